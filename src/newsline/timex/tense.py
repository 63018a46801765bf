"""Where a date without a year falls is decided by its clause: the tense cues of a sentence ("will",
"said", "-ed", "since", "had been due to"), the verb governing the date, and the context object the
rules read them through."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .vocab import _any_of, _fold


# "will", "won't", "'ll", "shall", "going to", "plans to", "when it returns" (the present of a time ahead), "scheduled", "set for", "expects", "expected the
# council to", "is to",
# "due to", "due March 1", "would" (not "would not say": a refusal told), "intends to", "next" (not "next to": a place; not "the next night": told on), "upcoming", "payable", "effective",
# "expires", "deadline" (not "at the trade deadline on Jan. 10": the verb tells), "as soon as", "forecast for" (not "cut its forecast for the second time"), "slated", "opens"; a past decision about what is
# to come: "agreed (Monday) to hear the case in the fall", "voted to", "hopes to"; the future as seen
# then: "the airport was to close from 6am Friday" (not "was to blame"); a possibility: "could strengthen
# over the weekend" (not "could not", "could have", "could be reached"), "a hearing was likely in January", "may come
# on Monday" (a few verbs only: not "in May", "may have").
# Grouped by first
# letter, mostly: re tries one branch per word instead of each in turn.
_TO = (r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:today|yesterday|last\s+night|"
       r"this\s+(?:morning|afternoon|evening)))?\s+to\s+(?!be\b)[a-z]+")  # "voted this afternoon to keep"
# A subject's present verb right before "in"/"on" and the date: a schedule ("who steps down in December",
# "which closes on Friday")
_PRES = (r"\s+(?!(?:is|has|was|does|says)\b)[a-z]{3,}+(?<=[a-rt-z]s)(?:\s+(?:down|up|off|out|over|office|effect|place))?"
         r"(?=\s+(?:in|on)\s)")  # the word taken whole, then its ending checked: no backtracking through it
# a fixture in the present passive: "The final is played on Sunday", "the races are held over two days"
_STAGED = r"\s+(?:played|held|staged|contested|run)\s+(?=on|over|at|in|from)"
_FUTURE = re.compile(r"\b(?=[a-z'])(?:'ll|to\s+(?:take|come\s+into|go\s+into)\s+(?:effect|force)\b|w(?:ill|on't|ould(?!\s+not\s+(?:say|comment|confirm|disclose|discuss|elaborate|"
                     r"reveal|specify|speculate|name|identify)\b)|h(?:o" + _PRES + r"|ich(?:" + _PRES + r"|\s+(?:open|close|begin|start|run|end|resume)(?=\s+(?:(?:in|on|until)\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)))|en\s+(?:it|he|she|they)\s+(?!(?:is|has|was|does|says)\b)[a-z]{3,}+(?<=[a-rt-z]s)\b)|(?:as|ere)\s+to\s+(?!blame\b|have\b)(?=[a-z]))|"
                     # "setting up": what a past act leads to ("called an election, setting up a vote on March 9")
                     rf"s(?:hall|cheduled|et\s+(?:for|to)|lated|tarts|(?:eeks?|ought|upposed){_TO}|etting\s+(?:up|the\s+stage\s+for))|"
                     r"go(?:ing\s+to|nna|(?:es)?\s+on\s+sale)|"
                     r"ahead\s+of\s+(?!schedule\b|time\b|its\s+time\b)|"  # "ahead of the launch of the euro on Jan. 1"
                     # "members were prepared to work through the weekend": ready for what is ahead
                     r"(?:prepared|ready|willing)\s+to\s+(?!have\b)(?=[a-z])|"
                     rf"p(?:lans?\s+(?:to|a|an|(?:talks|sessions|meetings|hearings|votes|rallies|protests|events)(?=\s))\b|lanning\s+to|lanned\s+(?:for|to)|ayable|(?:redicted|rojected)\s+(?:for|to)|remieres|(?:romised|ledged){_TO}|"
                     r"aving\s+the\s+way\s+for)|"
                     r"e(?:xpect(?:ed\s+(?:to|in|on|at|back|home|by|(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))|ed\s+(?:(?:the|a|an|its|his|her|their)\s+)?[a-z]+\s+to\s+[a-z]+|s?)|"
                     r"ffective|xpires?|nds)|i(?:s\s+to|ntends?\s+to|t" + _PRES + r"|s" + _STAGED + r")|"
                     rf"a(?:re\s+to|s\s+(?:soon|early)\s+as|(?:greed|ims?|imed){_TO}|re{_STAGED})|d(?:ue\s+(?:to|in|on|at|back|for|(?<!was\sdue\s)(?<!were\sdue\s)(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))\b|eadline(?!\s+on\b)|ebuts|ecided{_TO})|"
                     rf"next(?!\s+to\b|(?<=the\snext)\s(?:day|night|morning|afternoon|evening)\b)|u(?:pcoming|rged{_TO})|(?:un)?likely\s+(?:to|in|on|by|before|until|within)|c(?:oming|learing\s+the\s+way\s+for|ould\s+(?!not\b|have\b|be\s+(?:reached|located|found|contacted)\b)(?=[a-z]))|should\s+(?!not\b|have\b)(?=[a-z])|can\s+(?!not\b|have\b|be\b)(?=[a-z])|possible\s+(?=(?:from|on|by|until|over|through|this|next|later)\b)|m(?:ight|ay)\s+(?:well\s+|yet\s+|also\s+)?(?:be|come|take|happen|start|begin|open|close|end|resume|arrive|return|hold|vote|decide|rule|announce|meet|follow|sign|launch|reopen|finish)\b|(?<!\bher\s)(?<!\bhis\s)(?<!\bits\s)(?<!\btheir\s)forecast\s+(?:for|to)(?!\s+the\s+[a-z]+\s+time\b)|v(?:oted|owed){_TO}|"
                     rf"hope[sd]?{_TO}|hopes?\s+to\s+be\b|hoping(?<!\bwas\shoping)(?<!\bwere\shoping)\s+(?:to|for)\s|"
                     # "commits the government to holding elections in the autumn": what is to be done
                     r"commit(?:s|ted)?\s+(?:[a-z]+\s+){0,3}?to\s+[a-z]+ing\b|"
                     # "Patients are asked to attend appointments on Monday": a request for what is ahead
                     r"(?:is|are)\s+(?:being\s+)?(?:asked|told|advised|urged|invited|required)\s+to\s|"
                     # an arrangement made now for a day ahead: "has called a 24-hour strike on Thursday", "has asked
                     # him to give a talk on Friday", "has called both sides to a session on Saturday"
                     r"ha(?:s|ve)\s+(?:called\s+(?:for\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:strike|walkout|stoppage|meeting|vote|debate|"
                     r"election|referendum|ballot|session|summit|protest|rally)|(?:asked|invited|urged|summoned|called)\s+"
                     r"(?:[\w'.-]+\s+){1,4}?to\s+(?!be\b)(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|talks|"
                     r"hearing|summit)|[a-z]+))|"
                     # a passive infinitive: "a dividend to be paid starting in January"
                     # (not a finding: "was found to be cracked", "was said to be damaged")
                     r"(?<!\bhad\s)t(?:o(?<!\bfound\sto)(?<!\bsaid\sto)(?<!\bshown\sto)(?<!\bknown\sto)(?<!\bthought\sto)"
                     r"(?<!\bbelieved\sto)(?<!\breported\sto)(?<!\bseemed\sto)(?<!\bappeared\sto)(?<!\bproved\sto)"
                     r"\s+be\s+(?:[a-z]+ed|held|built|paid|sold|made|done|given|taken|run|laid|set|sent|spent|chosen|drawn|"
                     r"begun)|akes\s+effect)|"
                     # a schedule in the present: "opens in theaters on Nov. 15", "the show runs until Jan. 5"
                     r"r(?:e(?:opens|sumes?(?=\s+(?:in|on|at)\b))|uns\s+(?:until|till|through|from|out))|opens|closes|begins|kicks\s+off|"
                     # a departure on the timetable: "the parade leaves the pier at 10.30am on Saturday"
                     r"(?:leaves|departs)\s+(?!behind\b|(?:his|her|their)\s+(?:wife|husband|son|daughter|children|family)\b)|"
                     # put off to a day ahead: "a decision was put off until a special meeting on Friday"
                     r"(?:put\s+off|postponed|deferred|adjourned|pushed\s+back|on\s+hold|suspended|shelved)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:until|till)\s+|"  # ("talks have been put on hold until the summer")
                     # a time clause in the present tells of what is ahead: "to deliver seed before the rains return
                     # in March", "until the plant reopens in June"
                     r"(?:before|until|till|once)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:returns?|resumes?|reopens?|begins?|starts?|arrives?|comes?|ends?|opens?|closes?|expires?)"
                     r"(?=\s+(?:in|on)\s)|"
                     # (the rest start with one of these letters: checked once)
                     r"(?=[hfvmptwasdnc])(?:"
                     # a fixture: "Rovers host Harrowden on Saturday", "travel to Ashford on Saturday" (not "to host")
                     r"play\s+(?:at|away)\b(?!\s+\d)|"  # "Harlow play at Neath on Friday" (not "stopped play at 5.12pm")
                     r"(?:(?:host|face|meet|play)(?<!\bto\s....)(?<!\bnot\s....)|visit(?<!\bto\s.....)(?<!\bnot\s.....))s?"
                     r"(?=\s+(?!(?:on|in|at|to|for|with|until|till|of|as|from|by|and|or|up|out|down|off|a|an|role|part|hours|days|"
                     r"weeks|months|years)\b)[a-z])|"  # (not "residents face weeks of clearing up")
                     r"travels?\s+to|"
                     # a weather warning's hours: "has issued a winter storm warning from 1 a.m. Thursday"
                     r"(?:warning|watch|advisory|alert)\s+(?:is\s+)?(?:in\s+effect\s+)?(?:from|until|through)|"
                     # chosen for a fixture: "named in a squad to tour Sri Lanka in July"
                     r"(?:squad|team|side|delegation)\s+to\s+(?:tour|play|face|meet|visit|travel|compete)|"
                     r"(?:named|picked|selected|chosen)\s+(?:[a-z-]+\s+){0,6}?to\s+(?:tour|play|face|meet|visit|travel|"
                     r"compete|represent|captain|lead)))\b",
                     re.I)
_IRREGULAR = ("was were had did said told came went made took gave saw met began rose fell grew "
              "won lost sold bought paid left held brought built spent sent led ran wrote thought "
              "found became kept put set cut hit struck fought chose spoke broke drove flew knew "
              "stood sat shot swore threw understood withdrew forgot overtook underwent sought "
              "taught caught fled quit rang sang sank woke awoke meant slept stole swam tore wore hid dug drank "
              "ate froze hung rode shook slid spun sprang stuck swung wept drew felt got heard laid dealt blew "
              "bent bled beat arose clung crept shrank strode swept withheld upheld overcame overthrew mistook "
              "forgave forbade "
              # past participles not ending in -ed ("was chosen in February")
              "chosen taken given written driven spoken broken stolen frozen shown known grown thrown drawn flown "
              "sworn torn worn hidden beaten eaten fallen forgotten forgiven risen ridden seen begun sunk mistaken "
              "overtaken undertaken withdrawn overthrown forbidden arisen shaken born").split()


# Words start with a letter (the lookahead lets re skip the other positions at once); the
# irregular verbs grouped by first letter: about twice as fast as the plain alternation. An -ed word
# is taken whole (possessive: no backtracking through it) and then checked for its ending. ("what's left
# of the storm": a remainder, no verb)
_PAST = re.compile(r"\b(?=[a-z])(?!left\s+of\b)(?:" + _any_of({*_IRREGULAR, "ago", "last", "earlier", "previously", "former",
                                                "formerly"}).pattern + r"|[a-z0-9_]{4,}+(?<=ed)|"
                   # a reading: "the gauge read 24 feet" (not "I read 24 books a year")
                   r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)read(?=\s+(?:\d|minus\b|zero\b))|"
                   # a win over the favourite: "she upset the seventh seed" (not "an upset win", "was upset")
                   r"(?<!\ban\s)(?<!\bthe\s)(?<!est\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                   r"upset(?=\s+(?:the|a|an|his|her|their|no\.|top|[a-z]+(?:st|nd|rd|th)|defending|champion|favou?rites?)\b)|"
                   # "the $4.6 billion it forecast in July" (not "they forecast", "the forecast")
                   r"(?<=\bit\s)forecast|(?<=\bhe\s)forecast|(?<=\bshe\s)forecast|"
                   r"would\s+not\s+(?:say|comment|confirm|disclose|discuss|elaborate|reveal|specify))\b", re.I)
_NOT_VERBS = {"need", "needed", "speed", "indeed", "hundred", "united", "red", "bed", "feed", "seed",
              "breed", "proceed", "exceed", "succeed", "limited", "interested", "expected",
              "scheduled", "planned", "alleged", "allegedly", "armed", "based", "concerned",
              "related", "detailed", "advanced", "skilled", "talented", "biased", "aged",
              # "left 22 jobs unfilled until January": not done, an adjective (not "unveiled", "uncovered")
              "unchanged", "unfilled", "unopened", "unnamed", "unidentified", "unexpected", "unemployed",
              "unanswered", "unresolved", "unspecified", "undisclosed", "unscheduled", "unprecedented",
              "unannounced", "unaffected", "unarmed", "unattended", "uncontested", "undecided", "undated",
              "unrelated", "unsolved", "unmarked", "unclaimed", "unconfirmed", "unpublished", "unsigned", "unused",
              "unoccupied", "uninsured", "unvaccinated", "unharmed", "unpaved", "unstaffed", "untreated"}


# An -ed word after these is a passive or infinitive ("to be sold", "is heard") or an adjective ("a still
# unspecified date", "the revised plan"), and a past form after a modal a bare infinitive ("will put",
# "could set"): not a past-tense verb.
_PASSIVE_WORDS = frozenset("be being is are am get gets to a an another any each every the still very more most less "
                           "newly fully highly its their his her our "
                           "these those stay stays remain remains next "  # "will stay closed", "the next cut"
                           "will would could should can might must shall "  # "will put it on display"
                           "t".split())  # "aren't paid by noon Friday", "wasn't told": n't, the word's end as scanned
_ADVERBS = frozenset("also still even never not already just then now soon again".split())
# and an adverb between: "expected to be heavily disrupted on Tuesday"
_PASSIVE = re.compile(r"\b(?:" + "|".join(sorted(_PASSIVE_WORDS, key=len, reverse=True)) + r")\s+"
                      r"(?:[a-z]{2,}ly\s+|(?:" + "|".join(sorted(_ADVERBS)) + r")\s+)?",
                      re.I)
# After "was"/"were": "was planning to", "were expected to", "was to close": the future as seen then
_FUTURE_IN_PAST = re.compile(r"\s+(?:" + _FUTURE.pattern + r"|to\s+(?!blame\b|have\b)[a-z])", re.I)
# A verb right before the date's preposition: "collapsed in", "was arrested on", "will reopen in"
# (see _Ctx.governed)
_GOVERNED = re.compile(r"\b([a-z]+)\s+(?:in|on|during|from)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_GO_ON = re.compile(r"\b(?:go|goes)\s+on\s+$", re.I)
_SCHEDULED_PRESENT = frozenset("comes begins starts opens closes ends expires resumes reopens arrives returns "
                               "launches premieres".split())
# "examinations begin in mid-May" (not "the close on Friday", "did not start in May"): after a plural noun
_SCHEDULED_PLURAL = frozenset("begin start open close end expire resume reopen launch".split())
_PLURAL_SUBJECT = re.compile(r"\b(?!(?:is|was|has|this|its|his|as|us|thus|plus|yes|does|less|across)\s)[a-z]{2,}s\s+(?:[a-z]+ly\s+)?$")
_WILL = re.compile(r"\b(?:will|shall|'ll|won't)\s+(?:not\s+)?(?:be\s+)?$|\bto\s+be\s+$|"  # "is to be finished in"
                   # "tunnelling is scheduled to resume in spring" (not "was due to open in March")
                   r"\b(?:is|are)\s+(?:scheduled|due|set|expected|planned)\s+to\s+$", re.I)
_NOT_OBJECT = frozenset("a an the its his her their it them him that this these those and or but to of for with by "
                        "from at as which who what said says was were is are be been had has have".split())
_VERB_OBJECT = re.compile(r"\b([a-z]+)\s+(?P<det>(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?)?$", re.I)
# a verb and the place it was done at ("appeared before magistrates in"; not "worked at the wheel every morning from")
_VERB_PP = re.compile(r"\b([a-z]+)\s+(?:before|at|from|outside|near)\s+"
                      r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?!every\b|each\b)[\w'-]+\s+){0,2}$")
_OBJECT_VERBS = frozenset(_IRREGULAR) - {"was", "were", "had", "did", "said", "set", "put", "cut", "hit", "left", "felt"}
# "since March", "since shortly after the Oct. 23 killing", "since taking office in March": the date is in
# the past, whatever the verb
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?"
                    r"(?:(?:the|his|her|its|their)\s+)?(?:(?:early|late|mid)[\s-]+)?$"
                    # "since taking office in March", "since the vote on Monday": a clause or noun of its own
                    r"|\bsince\s+(?:(?!(?:is|are|will|would|can|may)\s)[a-z]+\s+){1,4}?(?:in|on)\s+"
                    r"(?:(?:early|late|mid)[\s-]+)?$", re.I)
# "has been postponed until", "is closed till", "remains shut until", "has until", "adjourned until": a
# state that lasts up to a date ahead
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+)?(?:(?:the|early|late|mid)[\s-]+)?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"[a-z](?:'|\u2019)s?\s+$")
_IF_CLAUSE = re.compile(r"\bif\s+(?:[\w'-]+\s+){0,5}$")
_EDGE_OF = re.compile(r"\bthe\s+(?:end|start|beginning|middle|close)\s+of\s+$", re.I)
_AT_LEAST_UNTIL = re.compile(r"\b(?:until|till|through)\s+at\s+least\s+$", re.I)
_LASTING = re.compile(r"\b(?:has|have|is|are|remains?)\s+(?:(?:been|not|now|still|back)\s+)*[a-z]+"
                      r"(?:\s+(?:back|off|down|up|over))?"
                      r"(?:\s+(?:from|at|in|to|for|with)\s+(?:[a-z'\u2019]+\s+){0,3}?[a-z'\u2019]+)?\s+$"  # "... from the office"
                      r"|\b(?:has|have)\s+(?:(?:only|just|now)\s+)?$"  # a deadline: "Iran has until May"
                      # "asked the city to keep the park closed through Sunday"
                      r"|\bkeep\s+(?:[\w'-]+\s+){0,4}?(?:closed|open|shut|in\s+place)\s+$"
                      r"|(?<!\bwas\s)(?<!\bwere\s)\bstill\s+(?:open|closed|available)\s+$"  # "with entries still open until"
                      # "were told to stay away until Friday": a state asked for, up to a date ahead
                      # ("advised Americans to stay indoors at least until Friday", "asked not to venture into the sea
                      # till Saturday")
                      r"|\b(?:told|asked|ordered|urged|advised|instructed)\s+(?:[\w'-]+\s+){0,3}?(?:not\s+)?to\s+[a-z]+\b"
                      r"[^.;]{0,40}$"
                      # an alert in force up to a day ahead: "issued an orange alert for Delhi and Haryana till Thursday"
                      # (not "issued an advisory on Friday urging boaters to stay off the water through the weekend":
                      # of that day's weekend)
                      r"|\b(?:issued|extended|declared|raised|upgraded)\s+(?:[\w'-]+\s+){0,4}?(?:alert|warning|watch|"
                      r"advisory|curfew|emergency)\b(?![^.;]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[^.;]{0,80}$"
                      # a state that may last: "could remain in the dark until the weekend"
                      r"|\b(?:will|would|could|may|might|should|must|can)\s+(?:not\s+)?(?:remain|stay|be|last|continue|"
                      r"run|keep)\b[^.;]{0,30}$"
                      # "a fire ban remains in force across the state until Sunday night"
                      r"|\b(?:remains?|is|are|stays?)\s+in\s+(?:force|place|effect)\b[^.;]{0,40}$"
                      # or will not end before it: "may not reopen until Tuesday", "won't be back until"
                      r"|\b(?:(?:will|may|might|must|shall)\s+not|won't|can't|cannot)\s+[a-z]+\b[^.;]{0,30}$"
                      # a deferral, reported when decided: "the court adjourned until Jan. 6", "postponed the vote till"
                      # (not one told in the past perfect: "the kick-off had been delayed until 3.20pm")
                      r"|(?<!had\sbeen\s)\b(?:adjourned|postponed|delayed|deferred|extended|suspended|put\s+off|pushed\s+back|"
                      r"barred|withheld|"
                      r"delays?|postpones?|defers?|extends?|push(?:es)?\s+back|puts?\s+off|"  # "will delay the launch until"
                      r"rescheduled|(?<!was\s)(?<!were\s)(?<!been\s)(?:cancell?ed|closed|halted|grounded|banned))"
                      # ("has extended it up to $90 million in loans through"; not "closed on March 13 and stayed shut
                      # through May": a state told as gone by)
                      r"\s+(?:(?!(?:stayed|remained|was|were)\b)[\w'$.,-]+\s+){0,10}?$"
                      # a deadline given: "has given the relatives until 9 a.m. Tuesday", "gave them till Friday"
                      r"|\b(?:given|gave|gives|give|granted|grants|grant)\s+(?:[\w'-]+\s+){0,4}?$", re.I)
# "set sentencing for Aug. 30", "scheduled a vote for", "moved the hearing to": a date fixed ahead (not
# "had been set for", "originally scheduled for": a plan that may be gone)
_SCHEDULED_FOR = re.compile(r"(?<!\bhad\s)(?<!\boriginally\s)(?<!\binitially\s)(?<!\bhad\sbeen\s)"
                            r"\b(?:set|scheduled|rescheduled|slated|fixed|listed|adjourned|pushed\s+back|postponed|delayed|"
                            # ("moved indoors for the winter" is no schedule)
                            r"moved(?!\s+(?:indoors|outdoors|inside|outside|home|away|abroad|out|in|there|here)\b)|"
                            r"put\s+off)\s+(?:[a-z]+\s+){0,3}?(?:for|to)\s+(?:(?:the|early|late|mid)[\s-]+)?$"
                            # "has pushed that back to Monday", "have brought the vote forward to" (not "a fault pushed
                            # the date back to March": told of as past)
                            r"|\b(?:has|have)\s+(?:pushed|put|moved|brought)\s+(?:[a-z]+\s+){1,3}?(?:back|forward)\s+(?:to|until|till)\s+"
                            r"(?:(?:the|early|late|mid)[\s-]+)?$"
                            # "voted to extend the curfew through Sunday": a state made to last up to a date
                            r"|\bextend(?:s|ed|ing)?\s+(?:[a-z']+\s+){0,8}?(?:through|until|till|to|into)\s+(?:at\s+least\s+)?"
                            r"(?:(?:the|early|late|mid)[\s-]+)?$"
                            # a meeting or strike called for a date ("has been called for 10am on Monday")
                            r"|\b(?:been|was|were|is|are)\s+called\s+for\s+$"
                            # "has been called at Carrow Head village hall at 7pm on Thursday"
                            r"|\b(?:been|is|are)\s+called\s+(?:for|at)\s+(?:[^.;,]{0,40}\s)?(?:at|for)\s+$"
                            r"|\bcalled\s+(?:a|an)\s+(?:[a-z]+\s+){0,4}?for\s+$"
                            # "has recalled the House of Assembly for Thursday", "summoned the cabinet for Monday"
                            r"|\b(?:recalled|summoned|convened)\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,4}?for\s+$",
                            re.I)
# "was originally scheduled for June", "initially planned for": a plan given up, no sign of what is ahead
_ORIGINALLY = re.compile(r"\b(?:originally|initially)\s+$")
# Words between a past verb and a date that make the date another clause's or a plan's ("agreed to buy it
# in January", "said that ...", "asked it to respond by Oct. 31", "as Easter week began") (see _Ctx.firm_past)
_DETACH = re.compile(r"\b(?:to|by|until|till|through|that|as|when|while|if|because|but|which|who|would|"
                     r"could|will|may|might|can|should|must|shall|ahead|before)\b", re.I)
# Past cues that date no event of their own: a report ("said ... in January"), an auxiliary, an adverb
_REPORTS = frozenset("said told announced reported added stated noted confirmed wrote claimed".split())
_WEAK_PAST = _REPORTS | frozenset("disclosed explained indicated estimated warned insisted argued admitted predicted "
                                  "promised pledged vowed agreed decided ago last earlier previously former formerly "
                                  "was were had did".split())
# "called a strike for 26 May": a date a plan is for
_FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
# A date opening its sentence before a comma: "In August, ...", "Then in 1966, ...", "Early in March, ..."
_FRONTED = re.compile(r"[\s\"'\u201c`]*(?:(?:But|And|Then|So)\s+)?(?:(?:[Tt]hen|[Ee]arly|[Ll]ate)\s+)?(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring)\s+")
_FRONT_END = re.compile(r"[^,.;:!?\n]{1,30},")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+\s+)?$", re.I)
_HAS = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+)?$", re.I)
_SCHEDULE_TAILS = ("for ", "to ", "the ", "early ", "late ", "mid-", "mid ", "through ", "until ", "till ", "into ", "at ")
# (how _SCHEDULED_FOR ends)
# "will last until", "to last through": the verb, not the "last" of "last week" that hints at the past
_BEFORE_VERB_LAST = frozenset("will would could can may might should must to not 'll".split())
_WORD_BEFORE = re.compile(r"([a-z']+)\s+$")
# "a "last gasp" party", "the last remaining": an adjective of a thing, no time gone by (not "last week",
# "the last three years", "the last time")
_LAST_ADJ = re.compile(r"last\s+(?:[\"'\u201c`]|(?!(?:week|month|year|night|weekend|season|spring|summer|fall|autumn|"
                       r"winter|time|decade|century|quarter|half|day|few|couple|several|two|three|four|five|six|seven|"
                       r"eight|nine|ten|[a-z]+day|january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|of|and|or|in|on|at|for|to|with)\b)[a-z])")
_HAVE_GOT = re.compile(r"(?:'ve|'s|\bhave|\bhas)\s+$")  # "we've got a freight due out": have
_AFTER_VERB_LAST = re.compile(r"\s+(?:until|till|through|into)\b")
# The same without re.I, for the folded text (see _fold): the same matches, several times faster.
_FUTURE_FOLDED, _PAST_FOLDED, _FUTURE_IN_PAST_FOLDED = (
    re.compile(rx.pattern) for rx in (_FUTURE, _PAST, _FUTURE_IN_PAST))


# "had risen by October": done by then, in the past
# ("had brought", "had sold", "had built", "had sent", "had made", "had kept": irregular participles too)
_PLUPERFECT = re.compile(r"(?:\bhad|\w'd)\s+(?:already\s+|not\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ne|ght|ld|ilt|ent|ade|ept|eft|ost|"
                         r"aid)\b", re.I)
# "had been due to expire Friday": a plan in the pluperfect was for a day now past. The pattern ends
# at the end of a future cue: the plan's own word or the verb right after it.
_PLUPERFECT_PLAN = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+)?(?:scheduled|expected|due|set|planned|planning)"
                              r"(?:\s+(?:to|for))?(?:\s+[a-z]+)?$")


def _modifier_plan(low: str, m: re.Match) -> bool:
    """Whether the future cue ``m`` is "planned for" after a noun, not after "was", "is" ("a second
    attempt planned for Tuesday was postponed": the main verb tells; "were planned for Saturday": ahead)."""
    return low.startswith("planned for", m.start()) and not _BE_BEFORE.search(low, max(0, m.start() - 8), m.start())


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$")


def _pluperfect_plan(low: str, m: re.Match) -> bool:
    """Whether the future cue ``m`` ("scheduled to", "due to", "expire") belongs to a plan in the
    pluperfect ("had been due to expire")."""
    return bool(_PLUPERFECT_PLAN.search(low, max(0, m.start() - 40), m.end()))


# A past decision about what is to come ("agreed Monday to hear the case in the fall") looks ahead only
# from where it ends; a date before it is when it was made ("At a hearing in October, lawyers sought to
# have the charges dismissed")
_DECIDED = ("sought", "promised", "pledged", "agreed", "aimed", "decided", "voted", "vowed", "hoped")
# A participle before its agent tells of the past only for a date after it ("restrictions approved by the
# board on Monday"), not for one before it ("talks on Monday, followed by a summit"); "followed by",
# "preceded by" only order things, whenever they are
_SEQUENCE = ("followed", "preceded")
_BY_AGENT = re.compile(r" by (?!the\s+(?:end|time|middle|start|close|beginning|turn)\b)"
                       r"(?:(?:a|an|the|his|her|its|their|several|some)\s|[A-Z])")
_AUXILIARIES = frozenset("was were had did".split())
_ORDINAL_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:first|second|third|last|final|latest|"
                             r"only|next)\s+$")
_NOUN_THEN_VERB = re.compile(r"\s+(?:(?!(?:on|in|at|by|of|for|to|from|with|and|or)\s)[a-z-]+\s+){1,2}?"
                             r"(?:will|would|can|could|may|might|must|shall|is|are)\s+[a-z]")


def _no_cue(sentence: str, low: str, m: re.Match) -> bool:
    """Whether the past cue ``m`` of ``sentence`` (``low`` its folded text) says nothing of the tense:
    a word that is no verb (or part of a compound: "a so-called passport", "state-owned"), a passive or adjective after "is", "the", "stay"; the verb "last" ("could
    last until May"); "was" of "was expected to"; "followed by"; an adjective after a count ("the three
    affected schools"); "charged with" after its noun."""
    word = low[m.start():m.end()]
    return (sentence[m.start():m.end()].lower() in _NOT_VERBS or sentence[m.start() - 1:m.start()] == "-" or
            _after_passive(low, m.start()) or
            low.endswith("and ", 0, m.start()) and _AND_PASSIVE.search(low, max(0, m.start() - 80), m.start()) is not None or
            word == "last" and (_verb_last(low, m.start()) or _LAST_ADJ.match(low, m.start())) or
            word == "got" and _HAVE_GOT.search(low, max(0, m.start() - 6), m.start()) is not None or
            word == "earlier" and low.startswith(" than", m.end()) or  # "no earlier than Wednesday": a bound
            # "the rebels' exiled leadership", "the city's flooded streets": an adjective after a possessive
            word.endswith("ed") and _POSSESSIVE_BEFORE.search(low, max(0, m.start() - 4), m.start()) is not None or
            # "in the first televised debate on Sunday": an adjective after a determiner and an ordinal
            word.endswith("ed") and _ORDINAL_BEFORE.search(low, max(0, m.start() - 20), m.start()) is not None or
            # "On Sunday, guided walks will leave the park": an adjective opening a clause, before its noun's verb
            word.endswith("ed") and not low[:m.start()].rstrip(" \"'\u201c").endswith(tuple("abcdefghijklmnopqrstuvwxyz0123456789")) and
            _NOUN_THEN_VERB.match(low, m.end()) is not None or
            # "would introduce the bill Monday if the two sides did not reach a deal": a condition, no past
            " if " in low[max(0, m.start() - 40):m.start()] and "would" in low[:m.start()] and
            _IF_CLAUSE.search(low, max(0, m.start() - 40), m.start()) is not None or
            word in ("was", "were") and _FUTURE_IN_PAST_FOLDED.match(low, m.end()) is not None or
            word in _SEQUENCE and _before_agent(sentence, low, m) or
            word.endswith("ed") and _COUNT_BEFORE.search(low, max(0, m.start() - 12), m.start()) is not None and
            _PLURAL_AFTER.match(low, m.end()) is not None or
            word in _CHARGES and low.startswith((" with ", " of "), m.end()) or _no_past_form(low, m))


def _will_name(sentence: str, m: re.Match) -> bool:
    """Whether the future cue ``m`` is "Will" in a name ("A Will County jury", "Will Smith")."""
    return bool(m.start()) and sentence.startswith("Will", m.start()) and sentence[m.end():m.end() + 2][-1:].isupper()


def _no_past_form(low: str, m: re.Match) -> bool:
    """Whether the past form ``m`` of the folded sentence ``low`` is a participle of what is ahead ("has been
    selected for the Games in July") or an adjective ("to publish updated figures", "behind closed doors")."""
    word = low[m.start():m.end()]
    return word.endswith(("ed", "en")) and low.startswith((" for ", " to "), m.end()) and \
        _HAS_BEEN.search(low, max(0, m.start() - 24), m.start()) is not None or \
        word.endswith("ed") and (_TO_VERB.search(low, max(0, m.start() - 20), m.start()) is not None or
                                 _PREP_BEFORE.search(low, max(0, m.start() - 10), m.start()) is not None)


# "will be shipped this week and installed over the weekend": a participle joined to a passive, of its tense
_AND_PASSIVE = re.compile(r"\bbe\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^.;,!?]{0,60}\band\s+$")
# "behind closed doors": an adjective after a preposition (no verb told in the past follows one)
_PREP_BEFORE = re.compile(r"\b(?:behind|with|without|of|in|into|under|among|against|amid)\s+$")
# "is scheduled to publish updated figures on Monday", "will tour damaged areas on Saturday": an adjective after
# an infinitive's verb
_TO_VERB = re.compile(r"\b(?:to|will|would|could|should|can|may|might|must)\s+(?!(?:have|be|get|being)\b)[a-z]+\s+$")
# "has already been selected for the Games in July", "have been invited to speak in May": chosen for what is ahead
_HAS_BEEN = re.compile(r"\bha(?:s|ve)\s+(?:already\s+|also\s+|now\s+|just\s+)?been\s+$")
# "will appear in court on Monday charged with theft": a participle of the charge, no verb told in the past
_CHARGES = frozenset("charged accused suspected convicted".split())


# "the three affected schools", "all 40 injured workers": an adjective between a count and its noun
_COUNT_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds|"
                           r"thousands|several|many|all|both)\s+$")
_PLURAL_AFTER = re.compile(r"\s+(?!(?:on|in|at|to|for|by|from|with|of|and|or|but|as|its|his|this|was|has|is)\b)"
                           r"[a-z]{2,}s\b")


def _before_agent(sentence: str, low: str, m: re.Match) -> bool:
    """Whether the past cue ``m`` is a participle before its agent (see :data:`_BY_AGENT`)."""
    return low.startswith(" by ", m.end()) and low[m.start():m.end()] not in _AUXILIARIES and \
        _BY_AGENT.match(sentence, m.end()) is not None


# A verb mostly comes before the date it governs: a cue after the date counts at twice its distance
# ("premiered at Cannes in May and opens on Nov. 15": May is the premiere's)
_AFTER = 2


def _no_plan(low: str, m: re.Match) -> bool:
    """Whether the future cue ``m`` of the folded sentence ``low`` tells of nothing ahead: "a planned
    merger" (see :func:`_modifier_plan`), "originally scheduled for", "were setting up a ladder", "on Monday ahead
    of"."""
    return _modifier_plan(low, m) or _ORIGINALLY.search(low, max(0, m.start() - 12), m.start()) is not None or \
        low.startswith("setting", m.start()) and _BE_BEFORE.search(low, max(0, m.start() - 7), m.start()) is not None or \
        low.startswith("ahead", m.start()) and _DAY_BEFORE.search(low, max(0, m.start() - 12), m.start()) is not None


# "speaking on Monday ahead of the announcement": a day already named, whose tense "ahead of" does not tell
_DAY_BEFORE = re.compile(r"(?:day|night|morning|afternoon|evening|week|month|year|\d|january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|spring|summer|autumn|fall|winter),?\s+$")


def _tense(sentence: str, at: int) -> str | None:
    """'past', 'future' or None: the tense cue nearest to position ``at`` in the sentence wins (one
    after it at twice its distance, see :data:`_AFTER`, and only in its clause, see :func:`_clause_end`)."""
    best: tuple[int, str] | None = None
    low = _fold(sentence)
    stop = _clause_end(sentence, at, len(sentence))
    for rx, cue in ((_FUTURE, "future"), (_PAST, "past")):
        for m in rx.finditer(sentence, 0, stop):
            if cue == "future" and (_no_plan(low, m) or _will_name(sentence, m)):
                continue
            label = "past" if cue == "future" and (_pluperfect_plan(low, m) or
                                                   low.startswith(_DECIDED, m.start()) and m.end() > at) else cue
            if label == "past" and cue == "past" and (
                    m.group(0).lower() in _NOT_VERBS or sentence[m.start() - 1:m.start()] == "-" or
                    low.startswith("last", m.start()) and (_verb_last(low, m.start()) or _LAST_ADJ.match(low, m.start())) or
                    low.startswith("got", m.start()) and _HAVE_GOT.search(low, max(0, m.start() - 6), m.start()) or
                    any(p.end() == m.start() for p in _PASSIVE.finditer(sentence, max(0, m.start() - 40), m.start())) or
                    m.group(0).lower() in ("was", "were") and _FUTURE_IN_PAST.match(sentence, m.end()) or
                    _no_past_form(low, m) or
                    m.group(0).lower() not in _AUXILIARIES and _BY_AGENT.match(sentence, m.end()) and
                    (m.start() > at or m.group(0).lower() in _SEQUENCE)):
                continue
            d = min(abs(m.start() - at), abs(m.end() - at)) * (_AFTER if m.start() > at else 1)
            if best is None or d < best[0]:
                best = (d, label)
    return best[1] if best else None


@dataclass(frozen=True)
class _Ctx:
    text: str
    dct: dt.date
    sentences: tuple[int, ...]
    cues: dict = field(default_factory=dict, compare=False)  # sentence index -> _cues()
    breaks: dict = field(default_factory=dict, compare=False)  # sentence index -> its clause breaks (offsets)
    memo: dict = field(default_factory=dict, compare=False)  # what a rule asks of the whole text, asked once

    def since(self, pos: int) -> bool:
        """"since March", "since early Friday": a point in the past, whatever the verb."""
        start = max(0, pos - 48)
        return "ince" in self.text[start:pos] and _SINCE.search(self.text, start, pos) is not None  # "Since" too

    def lasting_until(self, pos: int) -> bool:
        """"has been postponed until April", "is closed until Monday": the state lasts till a date ahead."""
        if self.text.endswith(" of ", 0, pos) and (edge := _EDGE_OF.search(self.text, max(0, pos - 20), pos)):
            pos = edge.start()  # "until at least the end of March"
        if "til" not in (before := self.text[max(0, pos - 16):pos]) and "hrough" not in before and \
                "least" not in self.text[max(0, pos - 7):pos]:
            return False  # the common case, decided at once
        if _AT_LEAST_UNTIL.search(self.text, max(0, pos - 24), pos):
            return True  # "put up at a motel through at least Tuesday"
        m = _UNTIL.search(self.text, max(0, pos - 16), pos)
        return bool(m and _LASTING.search(self.text, max(0, m.start() - 90), m.start()))

    def scheduled_for(self, pos: int) -> bool:
        """"set sentencing for Aug. 30", "moved the vote to March": a date fixed ahead."""
        if not self.text.endswith(_SCHEDULE_TAILS, max(0, pos - 8), pos):
            return False  # the common case, decided at once
        return bool(_SCHEDULED_FOR.search(self.text, max(0, pos - 60), pos))

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``pos``."""
        return self._bounds(bisect_right(self.sentences, pos) - 1)

    def _bounds(self, i: int) -> tuple[int, int]:
        """Start and end of sentence ``i``."""
        return (self.sentences[i] if i >= 0 else 0,
                self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text))

    def governed(self, pos: int) -> str | None:
        """'past' or 'future' when the verb right before the date at ``pos`` says which ("collapsed in
        mid-December", "was arrested on Dec. 20", "will reopen in December", "will be abolished from 1
        January"): then the direction is
        not a hint but the meaning, however far the date. A reported plan ("agreed to buy it in
        January", "said it would close in May") has other words between them: None."""
        before = self.text[max(0, pos - 14):pos]
        if " in " not in before and " on " not in before and "ing " not in before and \
                " In " not in before and " On " not in before and " from " not in before:
            return None  # no "in", "on", "during" before the date: the common case, decided at once
        m = _GOVERNED.search(self.text, max(0, pos - 40), pos)
        if not m:
            return None
        if _WILL.search(self.text, max(0, m.start(1) - 20), m.start(1)) or m[1].lower() in _SCHEDULED_PRESENT or \
                m[1].lower() in _SCHEDULED_PLURAL and _PLURAL_SUBJECT.search(self.text, max(0, m.start(1) - 30), m.start(1)) or \
                m[1].lower() == "sale" and _GO_ON.search(self.text, max(0, m.start(1) - 14), m.start(1)):
            return "future"  # (and "the next decision comes in the fall", "tickets go on sale in June": a schedule
            # told in the present)
        self._cache_cues(pos)
        i = bisect_right(self.sentences, pos) - 1
        first = self._bounds(i)[0]
        # the verb itself, or a past verb before its object ("took effect in", "held talks on", "won a vote
        # on"); an -ed word there may be an adjective ("will redeem preferred shares on"), so it counts only
        # before a determiner ("changed its name in", "opened her first store on")
        verbs = [m.start(1)]
        if m[1].lower() not in _NOT_OBJECT and (o := _VERB_OBJECT.search(self.text, max(first, m.start(1) - 30),
                                                                         m.start(1))) and \
                (o[1].lower() in _OBJECT_VERBS or o["det"] and o[1].lower().endswith("ed")):
            verbs.append(o.start(1))
        elif m[1].lower() not in _NOT_OBJECT and (p := _VERB_PP.search(self.text, max(first, m.start(1) - 40),
                                                                         m.start(1))):
            verbs.append(p.start(1))  # "appeared before magistrates in", "was sentenced at Leeds Crown Court in"
        past = any(label == "past" and (j := bisect_left(starts, v - first)) < len(starts) and starts[j] == v - first
                   for v in verbs for label, starts, _ in self.cues[i])
        return "past" if past else None

    def firm_past(self, pos: int) -> bool:
        """Whether the date at ``pos`` is past for sure, not by a hint that the nearness of the other
        side outweighs: the nearest past cue before it in its clause is a verb of its own ("filed for
        bankruptcy in July", "the quarter ended Oct. 31"), not a report ("said"), a perfect ("has set
        Nov. 10 as the deadline") or a verb detached from the date (see :data:`_DETACH`), and no future
        cue stands in the sentence before the end of the date's clause."""
        self._cache_cues(pos)
        i = bisect_right(self.sentences, pos) - 1
        start = self._bounds(i)[0]
        (_, future, _), (_, starts, ends), (_, decided, _) = self.cues[i][:3]
        if (future or decided) and min(future[:1] + decided[:1]) < self._clause_end(i, start, pos) - start:
            return False
        j = bisect_right(starts, pos - start) - 1
        if j < 0 and _FRONTED.fullmatch(self.text, start, pos):
            return self._fronted_past(pos, start, starts, ends, future + decided)
        if j < 0 or start + ends[j] < pos - 200:
            return False  # no past verb, or none near enough to govern the date
        cue_start, cue_end = start + starts[j], start + ends[j]
        return self.text[cue_start:cue_end].lower() not in _WEAK_PAST and \
            not _DETACH.search(self.text, cue_end, pos) and not _FOR.search(self.text, max(0, pos - 12), pos) and \
            not _PERFECT.search(self.text, max(0, cue_start - 20), cue_start)

    def subject_past(self, pos: int) -> bool:
        """Whether the date at ``pos`` is inside its sentence's subject, before any cue, and the verb after it
        is a past of its own: "Exports in January rose 4 percent", "Between January and October, it rose"."""
        self._cache_cues(pos)
        i = bisect_right(self.sentences, pos) - 1
        start = self._bounds(i)[0]
        (_, future, _), (_, starts, ends), (_, decided, _) = self.cues[i][:3]
        if pos - start > 60 or "," in self.text[start:pos] or bisect_right(starts, pos - start) or \
                bisect_right(future, pos - start) or bisect_right(decided, pos - start):
            return False
        return self._fronted_past(pos, start, starts, ends, future + decided)

    def past_verb_before(self, pos: int) -> bool:
        """Whether a past verb stands before ``pos`` in its sentence, not a present perfect ("have threatened")
        nor a report ("said"): "It was over by 9.30 a.m. on Monday", "Most had left by noon"."""
        self._cache_cues(pos)
        i = bisect_right(self.sentences, pos) - 1
        start = self._bounds(i)[0]
        _, starts, ends = self.cues[i][1]
        for k in range(bisect_right(starts, pos - start) - 1, -1, -1):
            cue_start = start + starts[k]
            if self.text[cue_start:start + ends[k]].lower() not in _REPORTS and \
                    not _HAS.search(self.text, max(0, cue_start - 20), cue_start):
                return True
        return False

    def _fronted_past(self, pos: int, start: int, starts: list[int], ends: list[int], ahead: list[int]) -> bool:
        """Whether the date opening its sentence at ``pos`` ("In August, she was arrested") is past for
        sure: the first verb of the clause after its comma is a past of its own, not a report ("In August,
        the firm said ..."), and no future cue comes before it. Without the comma ("In July the firm sold
        its stake"), the clause is the date's own."""
        comma = _FRONT_END.match(self.text, pos)
        begin = comma.end() if comma else pos
        for k in range(bisect_left(starts, begin - start), len(starts)):
            at = start + starts[k]
            if at > begin + 60 or any(begin - start <= f < starts[k] for f in ahead):
                return False
            word = self.text[at:start + ends[k]].lower()
            if word == "had" and _PLUPERFECT.match(self.text, at):
                return True  # "By July the company had run out of cash"
            if word in ("was", "were", "had"):
                continue  # the auxiliary of "was arrested": the verb follows
            return word not in _WEAK_PAST
        return False

    def tense(self, pos: int) -> str | None:
        if self.since(pos):
            return "past"
        if self.lasting_until(pos) or self.scheduled_for(pos):
            return "future"
        i = self._cache_cues(pos)
        start, end = self._bounds(i)
        # a cue after the date counts only up to the next clause ("holds elections in the autumn, and
        # the opposition has accused ...": "accused" is another clause's)
        cues, stop = self.cues[i], self._clause_end(i, start, pos) - start
        if ", wh" in self.text[max(start, pos - 160):pos] and \
                (rel := _RELATIVE_BEFORE.search(self.text, max(start, pos - 160), pos)):
            # "will begin inspecting the dam, which supplies a tenth of the power, on Friday": the relative
            # clause's verbs are not the date's
            a, b = rel.start() - start, rel.end() - start
            cues = [(label, [x for x in starts if not a <= x < b], [y for x, y in zip(starts, ends) if not a <= x < b])
                    for label, starts, ends in cues]
        if cues[2][1] and _OCCASION.search(self.text, max(start, pos - 60), pos):
            # "voted to call in the administrators at a board meeting on Monday night": the decision's own day
            cues = [("past" if label == "decided" else label, starts, ends) for label, starts, ends in cues]
        return _nearest_cue(cues, pos - start, stop)

    def _cache_cues(self, pos: int) -> int:
        """The index of the sentence holding ``pos``, its cues scanned once: a megabyte-long line stays linear."""
        i = bisect_right(self.sentences, pos) - 1
        if i not in self.cues:
            start, end = self._bounds(i)
            self.cues[i] = _cues(self.text[start:end])
        return i

    def _clause_end(self, i: int, start: int, pos: int) -> int:
        """:func:`_clause_end` of ``pos`` in sentence ``i`` (starting at ``start``), its breaks found once:
        a megabyte-long line stays linear."""
        if i not in self.breaks:
            end = self._bounds(i)[1]
            breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self.text, start, end)]
            said = _attribution(self.text, start, end)
            self.breaks[i] = sorted({*breaks, said, end})
        breaks = self.breaks[i]
        return _relative_end(self.text, start, pos, breaks[bisect_left(breaks, pos)])


# a relative clause closed just before the date ("the dam, which supplies a tenth of the power, on Friday")
_RELATIVE_BEFORE = re.compile(r",\s+wh(?:ich|o)\b[^,;.!?]{1,120},\s+(?:on|in|at|by|from|until)?\s*$")
# the occasion at which a decision was taken ("at a board meeting on", "at its session on")
_OCCASION = re.compile(r"\bat\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|hearing|"
                       r"conference|summit|congress|convention|assembly|gathering)\s+(?:on\s+)?$", re.I)


def _cues(sentence: str) -> list[tuple[str, list[int], list[int]]]:
    """The tense cues of a sentence as :func:`_tense` sees them: per label, starts and ends (sorted,
    since the matches of one regex never overlap)."""
    low = _fold(sentence)
    out = []
    plans: tuple[list[int], list[int]] = ([], [])  # pluperfect plans: past cues, see _pluperfect_plan
    decided: tuple[list[int], list[int]] = ([], [])  # past decisions: future after their end, see _DECIDED
    agent: tuple[list[int], list[int]] = ([], [])  # participles before their agent: past for a date after them
    had = "had" in low
    for rx, label in ((_FUTURE_FOLDED, "future"), (_PAST_FOLDED, "past")):
        starts, ends = [], []
        for m in rx.finditer(low):
            if label == "past" and _no_cue(sentence, low, m) or label == "future" and _no_plan(low, m):
                continue
            if label == "future" and _will_name(sentence, m):
                continue
            into = (agent if low.startswith(" by ", m.end()) and _before_agent(sentence, low, m) else (starts, ends)) \
                if label == "past" else \
                plans if had and _pluperfect_plan(low, m) else \
                decided if low.startswith(_DECIDED, m.start()) else (starts, ends)
            into[0].append(m.start())
            into[1].append(m.end())
        out.append((label, starts, ends))
    out.append(("decided", *decided))
    out.append(("agent", *agent))
    if plans[0]:
        out.append(("past", *plans))
    return out


def _verb_last(low: str, at: int) -> bool:
    """Whether the past cue "last" at ``at`` of the folded sentence is the verb ("the trial could
    last until May"): a hint of the future, or of nothing, not of the past."""
    before = _WORD_BEFORE.search(low, max(0, at - 12), at)
    return bool(before and before[1] in _BEFORE_VERB_LAST or _AFTER_VERB_LAST.match(low, at + 4))


def _after_passive(low: str, at: int) -> bool:
    """Whether a :data:`_PASSIVE` match ends at ``at``, starting at most 40 characters before it: the
    word before the spaces is one of :data:`_PASSIVE_WORDS`, or an adverb after one (a word check per
    -ed word, not a regex scan of every sentence)."""
    i = at
    while i and low[i - 1].isspace():
        i -= 1
    if i == at:
        return False
    j = i
    while j and (low[j - 1].isalnum() or low[j - 1] == "_"):  # re's \w
        j -= 1
    if (low.endswith("ly", j, i) and i - j > 3 and low[j:i].isalpha() and low[j:i].isascii() or
            low[j:i] in _ADVERBS) and low[j - 1:j].isspace():  # an adverb between: "be heavily disrupted", "could also set"
        i = j - 1
        while i and low[i - 1].isspace():
            i -= 1
        j = i
        while j and (low[j - 1].isalnum() or low[j - 1] == "_"):
            j -= 1
    return j >= at - 40 and low[j:i] in _PASSIVE_WORDS


# Where a clause ends: before a new one (", and", "; "), a participle (", setting up a vote"), the verb a
# relative clause was inside of ("a convoy, which was turned back on Saturday, would try again"), a
# closing attribution (", manager Ross Kettering said."): the cues there are not the date's
_CLAUSE_BREAK = re.compile(r", and |, but |; |, where |, (?:al)?though |, while |, whereas |, which |, who | what |"
                           # "briefed them Wednesday and will ...", "would raise it on Monday and had asked for ...",
                           # "would take up the measure Monday and hoped to finish it", "will hear arguments
                           # Thursday and said she hoped ..."
                           r" and (?=will |would |plans to |is to |are to |had |has |have |hoped to |hopes to |"
                           r"expected to |expects to |wants to |wanted to |said |says |told |added |urged |asked |"
                           r"warned |advised |appealed |announced |runs |continues |remains )|"  # ("will offer shots
                           # starting Thursday and urged", "opened on Friday and runs through April 28")
                           # "passed a version in March that would apply only to ...": a relative clause's own
                           r" (?:that|which|who) (?=(?:he |she |it |they |we |I )?(?:would |will |could |might |should ))|"
                           # ("told a packed room on Saturday that she would not seek another term": what was said)
                           r",\s+(?=[a-z]+ing\s|(?:would|will|could|should|must|may|might|can)\s|"
                           r"[a-z]+ed\s+by\s)")  # ", escorted by firefighters": a participle's phrase
# a relative clause still open at the date, and the main clause's verb after it ("Dolton, which will report
# in January, has cut ..."; not "the previous inspection, in October, had found": no relative clause)
_OPEN_RELATIVE = re.compile(r",\s+wh(?:ich|o)\b[^,;.!?]*$")
_MAIN_AFTER = re.compile(r",\s+(?:has|have|had)\s")
# ", said Carl Vasko, ...", ', said one shop steward.'
_INVERTED = re.compile(r",[\"'\u201d]*\s+(?:said|says|added)\s+(?:[A-Z]|(?:the|an?|one|two|three|several|his|her|their|its)\s)")
# matched at the sentence's last comma only: no comma follows an attribution
_ATTRIBUTION = re.compile(r",[\"'\u201d]*\s+(?:[^\s,]+\s+){0,6}?(?:said|says|say|added|reported|announced|told\s+[a-z]+)"
                          r"\s*[.!?'\"\u201d]*\s*$")


def _attribution(text: str, start: int, end: int) -> int:
    """Where a closing attribution of ``text[start:end]`` starts ("..., manager Ross Kettering said.",
    "..., said Carl Vasko, the district manager."), else ``end``."""
    k = text.rfind(",", start, end)
    if k >= 0 and _ATTRIBUTION.match(text, k, end):
        return k
    m = _INVERTED.search(text, start, end)
    return m.start() if m else end


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause holding ``at`` ends (``end`` at the latest): the tense cues after it are another
    clause's ("holds elections in the autumn, and the opposition has accused ...")."""
    m = _CLAUSE_BREAK.search(text, at, end)
    return _relative_end(text, 0, at, min(m.start() if m else end, _attribution(text, at, end)))


def _relative_end(text: str, start: int, at: int, stop: int) -> int:
    """``stop``, or before it the end of a relative clause open at ``at`` (in the sentence from ``start``)."""
    if ", wh" in text[max(start, at - 160):at] and _OPEN_RELATIVE.search(text, max(start, at - 160), at) and \
            (m := _MAIN_AFTER.search(text, at, stop)):
        return m.start()
    return stop


def _nearest_cue(cues: list[tuple[str, list[int], list[int]]], at: int, stop: int) -> str | None:
    """:func:`_tense` in O(log n), cues from ``stop`` on left out: of non-overlapping spans, the nearest
    to ``at`` is the last one starting at or before it or the first one after; ties go the same way as
    in :func:`_tense`."""
    best: tuple[int, str] | None = None
    for label, starts, ends in cues:
        j = bisect_right(starts, at)
        for k in (j - 1, j):
            if 0 <= k < len(starts) and starts[k] < stop and not (label == "agent" and starts[k] > at):
                d = min(abs(starts[k] - at), abs(ends[k] - at)) * (_AFTER if starts[k] > at else 1)
                if best is None or d < best[0] or d == best[0] and label == "decided" and best[1] == "past":
                    best = (d, "past" if label == "agent" else label if label != "decided" else
                            "future" if ends[k] <= at else "past")
    return best[1] if best else None
