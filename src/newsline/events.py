"""Event anchoring: turn dated mentions into events with evidence, a short title and participants.

An event is what a sentence says happened at the time one of its temporal expressions names. A
sentence without a date of its own that refers back to what was just described ("The move came
following a referendum") inherits the date of the previous sentence's event, marked ``inherited``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterator, Sequence

from .io import Article
from .text import QUOTED_IN, TITLES, sentence_starts
from .timex import Timex, count_from

__all__ = ["Event", "anchor"]


@dataclass  # not frozen: that makes each of the many built per article several times as costly
class Event:
    """One dated event, ready to become a Timeline row."""

    date: str
    start: dt.date | None
    end: dt.date | None
    granularity: str
    timex: str
    title: str
    sentence: str
    actors: tuple[str, ...]
    year_inferred: bool
    inherited: bool
    source: str
    url: str | None
    doc_date: dt.date
    article_title: str
    offset: int


# Vague references worth a row (a reader wants "in recent months" on the timeline); bare adverbs
# such as "now" say nothing about when the sentence's event happened.
_VAGUE_EVENT = re.compile(r"\b(?:in\s+recent|in\s+the\s+past|in\s+the\s+coming|in\s+the\s+(?:near\s+)?future)\b", re.I)

# Nouns of things that happen: what "The move came ..." points back to, and what a year before a noun
# dates ("the 2016 election", not "the 2021 model")
_EVENT_NOUNS = (
    "move|moves|decision|step|deal|agreement|attack|attacks|incident|announcement|action|actions|measure|measures|"
    "vote|event|events|visit|meeting|talks|call|strike|strikes|operation|offensive|invasion|annexation|takeover|"
    "referendum|ruling|verdict|plan|law|bill|order|sanctions|protest|protests|clashes|violence|episode|development|"
    "shift|launch|release|report|ceasefire|truce|war|crackdown|campaign|election|elections|purchase|sale|merger|"
    "acquisition|resignation|arrest|raid|explosion|blast|crash|shooting|killing|deaths?|lawsuit|suit|charges|"
    "indictment|investigation|probe|inquiry|trial|hearing|speech|statement|proposal|bombing|bombings|earthquake|"
    "quake|flood|floods|storm|fire|outbreak|collapse|coup|uprising|riots?|fighting|battle|assault|siege|withdrawal|"
    "deployment|evacuation|shutdown|outage|layoffs|bankruptcy|settlement|ban|cuts|closure|crisis|recession|"
    "revolution|massacre|disaster|hurricane|tsunami|drought|summit|conference|tour|race|games|olympics|cup|"
    "championship|final|tournament|accident|scandal|ceremony|wedding|funeral|victory|defeat|win|loss|discovery|"
    "resolution|treaty|accord|reform|amendment|recapitalization|restructuring|reorganization|offering|buyout|"
    "spinoff|split|uprising|rebellion|genocide|famine|epidemic|pandemic|eruption|spill|derailment|embargo|"
    "blockade|boycott|occupation|independence|partition|handover|liberation|founding|opening|robbery|robberies|"
    "rape|murder|murders|conviction|convictions|theft|burglary|kidnapping|escape|fraud|sentencing|acquittal|"
    "appeal|divorce|marriage|birth|retirement|audit|inspection|survey|renovation|restoration|rescue|sinking|"
    "fall|flight|expedition|voyage|walkout|lockout|recall|leak|failure|breach|hack|cyberattack|slide|landslide|"
    "mudslide|avalanche|tornado|typhoon|cyclone|blizzard|wildfire|heatwave")
_BACKREF = re.compile(
    rf"^(?:(?:The|This|That|These|Those|Such|Their|His|Her|Its)\s+(?:\w+\s+)?(?:{_EVENT_NOUNS})\b"
    r"(?!\s+(?:has|have|is|are|remains?)\b)"  # a state now ("The flight has not been smooth")
    r"(?!(?:,[^,.]{0,60},)?\s+(?:was|were)\s+to\b)"  # an intention ("Her plan, in a notebook, was to screen")
    r"|(?:It|This|That)\s+(?:came|followed|happened|occurred|took\s+place|marked|was\s+the\s+first))")
# "the 1951 brick building", "the 2021 model", "the 2019-20 season": a year describing a thing, not dating an
# event (see _describes)
_YEAR_BEFORE_NOUN = re.compile(r"(?:[-\u2013/]\d\d(?:\d\d)?)?\s+(?P<w1>[a-z]+)(?:[\s-]+(?P<w2>[a-z]+))?"
                               r"(?:[\s-]+(?P<w3>[a-z]+))?")
_DETERMINER_BEFORE = re.compile(r"(?P<prep>\b(?:in|at|during)\s+)?\b(?:the|a|an|its|his|her|their|our|this|that)\s+$",
                                re.I)
_SPAN_START = re.compile(r"\d{4}[-\u2013/]\d\d\b")
_POINT_OF = re.compile(r"\b(?:end|start|beginning|middle|close|height|eve)\s+of\s+$", re.I)
_IS_EVENT_NOUN = re.compile(rf"(?:{_EVENT_NOUNS})", re.I)
_SPACE_PUNCT = re.compile(r"\s+(?=[,;:.!?])")  # left where a date was cut out: "in the morning ( ), he said"
_END_QUOTE = re.compile(r"\s*[.,;:!?]?\s*[\"\u201d]$")
_NOT_UNTIL = re.compile(r"(?:\bnot|n't)\b[^,;]*\b(?:until|till)\s+(?:(?:the|early|late|mid)[\s-]+)?$")
# "Hours later, ...", "Shortly afterwards, ...": the next thing that happened, on the date before it; "days"
# and "weeks" later only where that date is coarse enough to hold them (a year; days: a month too)
_SOON_AFTER_PHRASE = (r"(?:(?:Hours|Minutes|Moments|Seconds)\s+(?:later|afterwards?)|(?:Shortly|Soon|Immediately|"
                      r"Just)\s+(?:after(?:wards?)?|thereafter)\b|Within\s+(?:hours|minutes)\b|"
                      r"(?P<days>Days|A\s+few\s+days)\s+later|"
                      r"(?P<weeks>Weeks|Months|A\s+few\s+(?:weeks|months))\s+later)")
_SOON_AFTER = re.compile(_SOON_AFTER_PHRASE + r"\s*,?\s+(?=[A-Za-z])")
_INTRO = re.compile(r"^(?:However|Meanwhile|Moreover|Also|Still|Yet|But|And|So|Then|Later|Earlier|Instead|"
                    r"Separately|Previously|Indeed|In\s+addition|On\s+the\s+other\s+hand|At\s+the\s+same\s+time|"
                    + _SOON_AFTER_PHRASE + r")\s*,?\s+")
_PREP_WORDS = {"in", "on", "at", "during", "since", "by", "from", "until", "till", "of", "for", "late", "early", "as",
               "over", "through", "throughout", "within", "before", "after", "around", "about", "between",
               "least", "later", "earlier", "than", "no"}  # "until at least", "no later than"
_PREP_MODIFIERS = {"least", "later", "earlier", "than", "as", "about", "around", "late", "early"}  # go on after these
_PREP_LEADERS = {"until", "till", "since", "from", "by", "before", "after", "through", "no", "late", "early", "later",
                 "earlier", "as"}  # and to these
# A capital at a word start: the capital comes first so that re skips to the capitals (a leading \b
# makes it try every position), the lookbehind puts the \b before it.
_NAME = re.compile(r"[A-Z](?<=\b[A-Z])[\w'\u2019.-]*"
                   r"(?:\s+(?:(?:of|de|al|bin|ibn|van|von|der|la|du|da|di|del|dos|das|es|el|le)\s+)?"
                   r"[A-Z][\w'\u2019.-]*)*")
_NOT_ACTOR = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "In", "On",
    "At", "During", "After", "Before", "Since", "However", "But", "And", "Speaking", "According", "Also", "As",
    "While", "When", "If", "One", "Some", "Many", "Scores", "Western", "Eastern", "Northern", "Southern", "Our",
    "Their", "His", "Her", "Its", "Meanwhile", "Earlier", "Later", "Last", "Next", "On", "Under", "Over",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mon.", "Tues.", "Wed.",
    "Thurs.", "Fri.", "Sat.", "Sun.", "With", "Without", "For", "From", "To", "By", "Despite", "Amid", "Among",
    "Within", "Across", "Against", "Through", "Following", "Until", "Now", "Today", "Yesterday", "Tomorrow",
    "Separately", "Moreover", "Still", "Yet", "So", "Then", "Instead", "Indeed", "Previously", "Thus", "Hence",
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands",
    "Millions", "More", "Most", "Several", "Few", "All", "Both", "Each", "Every", "Other", "Others", "Another",
    "No", "Not", "Only", "Even", "Here", "There", "What", "Who", "Why", "How", "Where", "Which", "Because",
    "Although", "Though", "Unless", "Whether", "Once", "Such", "Nor", "Neither", "Either", "Meantime",
    "Contrary", "Nothing", "Nobody", "Everyone", "Everything", "Everybody", "Something", "Someone", "Anyone",
    "Anything",
}
# the endings of participles, adverbs, agent and abstract nouns, adjectives: "Suspected", "Nearly", "Citing"
_COMMON_SHAPE = re.compile(r"..(?:ly|ed|ing|ers|ors|ists|ness|ions|ive|ous|ful|able|ible)$")
_COMMON_OPENERS = frozenset(
    "Officials Police Analysts Investors Residents Witnesses Authorities Sales Revenue Profit Profits Shares Prices "
    "Stocks Polls Voters Critics Experts Scientists Doctors Lawmakers Rebels Troops Soldiers Workers Employees "
    "Prosecutors Survivors Victims Students Parents Teachers Members Leaders Supporters Opponents Diplomats "
    "Executives Shareholders Consumers Customers Passengers Drivers Farmers Fans Families Heavy New Little Former "
    "Foreign Additional Just Ever Tens Fund Funds Capital Property Construction Pretax Coast Factory Helicopters "
    "Sometime Quarterly Director Earnings Net Income Losses Demand Exports Imports Output Growth Inflation Rates "
    "Crowds People Nobody Everybody Local Federal State Government Rescue Emergency Chief Senior Deputy Acting "
    "Interim Top".split())
_DIRECTIONS = frozenset(("Western", "Eastern", "Northern", "Southern"))
_HONORIFIC = re.compile(rf"\b(?:{TITLES})\.$")
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
_NOUN_AFTER = re.compile(r"\s(?!(?:for|to|in|on|and|or|of|at|with|from|by|as|is|was|are|were|has|had|have|said|"
                         r"says|will|would|but|after|before|since|until|into|over|under|yesterday|today|tomorrow|"
                         r"last|this|next|early|late|earlier|later|now|recently|when|where|which|who|that)\b)[a-z]")
_DEMONYM = ("an", "ish", "ese", "ic", "i")  # the endings of "Russian", "Kenyan", "British", "Chinese", "Arabic", "Iraqi"
_HYPHEN_ADJ = re.compile(r"-[a-z]+$")  # "Miami-based", "U.S.-led"
_AT_END = re.compile(r"[\s\"')\u201d\u2019]*$")
_TITLE_WORDS = 14
_MAX_ACTORS = 6


# A wire dateline opening the story ("WASHINGTON, Aug. 8 (Xinhua) --", "NAIROBI, Kenya (AP) _"): where and
# who filed it, not what happened (the date in it is a timex and left out already).
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\)"  # "(AP)", "(Plains Dispatch)"
_DATELINE = re.compile(r"^[A-Z][A-Z.'\s-]+(?:,\s*[A-Z][\w.'\s-]*?)?(?:,?\s*" + _AGENCY + r"\s*"
                       r"(?:--|-|_|\u2013|\u2014|:)?|"  # or with the day filed: "KESTRIN, Sept 14 -"
                       rf",\s*(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON})(?:,?\s+\d{{4}})?(?:\s*{_AGENCY})?\s*"
                       r"(?:--|-|_|\u2013|\u2014|:))\s*")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}")
_LEAD = re.compile(r"^(?:Speaking|Writing|Talking|According|Asked|During|After|Following|Amid|In|On|At|"
                   r"Since|Before)\b[^,]{0,90},\s+(?=[A-Za-z\"])")
# a final one ends the sentence; a number's commas are inside it ("which housed 1,200 people,")
_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:[^,]|(?<=\d),(?=\d{3}))+(?:,|\.?$)")
_NP_AT_END = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:[^\s,;]+\s+){0,4}[^\s,;]+$")
_AGE_AT_END = re.compile(r",\s*\d{1,3}$")
# "... were stolen from state fund 1MDB, which he set up in 2009": the object of the last preposition
_PP_OBJECT_AT_END = re.compile(r"\s(?:from|of|in|to|at|on|with|by|for|into|about|against)\s+((?:[^\s,;]+\s+){0,3}[^\s,;]+)$")
_SUBJECT = re.compile(r"(?:[A-Z][a-z]|(?:the|a|an|he|she|they|it|we|his|her|its|their)\s)")
_NAME_AT_END = re.compile(r"(?<=\s)(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,4}[A-Z][\w'\u2019.-]*$")
# ", founded in 1998,", ", elected last week,": a past participle opening a reduced relative clause
_PARTICIPLE = (r"(?:(?!(?:need|speed|indeed|hundred|shed)\b)"
               r"[a-z]{2,}ed|taken|given|written|chosen|driven|stolen|beaten|broken|spoken|frozen|fallen|"
               r"forgotten|risen|seen|shaken|shown|known|drawn|grown|thrown|flown|born|torn|sworn|built|"
               r"[bcft]?(?:ough|augh)t|held|sold|made|won|lost|shot|hit|set|put|cut|led|met|kept|left|sent|"
               r"spent|paid)")
_PARTICIPIAL = re.compile(rf",\s+(?:first\s+|originally\s+|newly\s+)?{_PARTICIPLE}(?:\s+[^\s,]+){{1,8}}?,(?=\s+[a-z])")
# "three metres below the record level reached in August 2002": after a preposition, a noun phrase
# and a participle are a reduced relative clause, the date's own event (a subordinator would start a
# clause: "since the quake struck in 2011"; "of" a subject: "details of the killing emerged"). Searched
# up to the date: $ is where it starts.
_OBJECT_PARTICIPLE = re.compile(rf"\b(?:below|above|beyond|to|from|with|like|near|past|over|under|including|"
                                rf"against|about|for|on)\s+"
                                rf"(?P<np>(?:the|a|an)\s+(?:(?!(?:that|which|who|the|a|an)\s)[^\s,;]+\s+){{0,3}}?"
                                rf"[\w'-]+)\s+(?P<v>{_PARTICIPLE})\s+(?:in|on|at)\s+$")
_PARTICIPLE_WORD = re.compile(_PARTICIPLE)
# "since 2002, when more than 20 people died": the clause that says what happened then
_WHEN = re.compile(r",\s+when\s+([^,;]+?)\s*(?:[,;]|\.?$)")
_ASIDE_AFTER_WHEN = re.compile(r"^(,\s+when\s+[^,;]+?),\s+[a-z]+(?:ing|ed)\b[^,;]*,(?=\s+[a-z])")
_APPOSITIVE = re.compile(r",\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}),(?=\s+[a-z])")  # ", Jane Doe, said"


def _strip_preps(head: str) -> str:
    """``head`` without the prepositions and modifiers that introduced the removed date phrase: one
    preposition, and more only where they make one phrase ("until at least", "no later than", "late
    on"), so that a verb keeps its particle ("took over in January": "took over")."""
    head = head.rstrip()
    last = ""
    while head:  # word by word from the end: no split of the whole head
        k = head.rfind(" ")
        word = head[k + 1:].lower()
        if word not in _PREP_WORDS or last and last not in _PREP_MODIFIERS and word not in _PREP_LEADERS:
            break
        head, last = (head[:k].rstrip() if k >= 0 else ""), word
    return head


def _clean(s: str) -> str:
    return " ".join(s.split())


def _whole_words(word: str, text: str) -> Iterator[int]:
    """The offsets where ``word`` occurs in ``text`` as a whole word."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            yield i
        i = text.find(word, i + 1)


def _written_lower(word: str, text: str) -> bool:
    """Whether ``word`` occurs in lower case in ``text`` as a whole word."""
    return next(_whole_words(word.lower(), text), None) is not None


def _named_inside(word: str, text: str) -> bool:
    """Whether ``text`` also writes ``word`` capitalized inside a sentence, as names are written: after
    a word, a comma or a title such as "Mr."."""
    for i in _whole_words(word, text):
        head = text[max(0, i - 8):i].rstrip()
        if head[-1:].isalnum() or head[-1:] in (",", ";", ":") or _HONORIFIC.search(head):
            return True
    return False


def _bare(word: str) -> str:
    """``word`` without a possessive or contraction, closing quotes or a full stop: "That's" → "That"."""
    for quote in ("'", "\u2019"):
        i = word.find(quote)
        if i > 0:
            word = word[:i]
    return word.rstrip(".") or word


def _not_name(word: str) -> bool:
    """A particle ("of") or a word of :data:`_NOT_ACTOR`, also as "That's" or "Monday."."""
    return word in _NOT_ACTOR or word.islower() or ("'" in word or "\u2019" in word or word[-1] == ".") and \
        _bare(word) in _NOT_ACTOR


def _common_opening(word: str, after: str, text: str) -> bool:
    """Whether ``word``, a single capitalized word opening a sentence, is no name: a word the article
    ``text`` also writes in lower case, capitalized by its place ("Revenue rose", "Factory owners"),
    or an adverb (``after`` it a comma: "Similarly, ..."), or a common word by its ending or by a list,
    unless the article capitalizes it inside a sentence too, as it would a name ("Rescued at sea",
    "Forecasters expect", "Heavy rain began"; "Kirschner said" is a name, though found only there)."""
    bare = _bare(word)
    return (bool(text) and (_written_lower(bare, text) or (bare in _COMMON_OPENERS or _COMMON_SHAPE.search(bare)) and
                            not _named_inside(bare, text)) or
            len(word) > 6 and word.endswith("ly") and after == ",")


def _actors(sentence: str, text: str = "", dates: str = "") -> tuple[str, ...]:
    """Named participants: runs of capitalized words, minus function words, calendar names, what is
    part of ``dates`` (the sentence's date phrases: "Thanksgiving Day") and common words opening the
    sentence (see :func:`_common_opening`; ``text`` is the article)."""
    out: list[str] = []
    if sentence[:1].isupper():
        sentence = _DATELINE.sub("", sentence, count=1)  # "CAGUAS, Puerto Rico (AP) _": where it was filed
    first = len(sentence) - len(sentence.lstrip("\"'\u201c\u2018`( "))  # where the sentence's first word starts
    for m in _NAME.finditer(sentence):
        run = m.group(0)
        if run in _NOT_ACTOR:
            continue  # the commonest run: "The", "He", "Monday"
        if " " in run:
            words = run.split()
            while words and _not_name(words[0]) and words[0] not in _DIRECTIONS:  # "Northern Ireland" stays
                words.pop(0)
            while words and _not_name(words[-1]):
                words.pop()
            name = " ".join(words)
        elif _not_name(run) or m.start() == first and _common_opening(run, sentence[m.end():m.end() + 1], text):
            continue
        else:
            name = run  # the common case: one word
        name = name.rstrip("'\u2019")
        if name.endswith(".") and not _INITIALISM.search(name) and \
                _AT_END.match(sentence, m.start() + len(run.rstrip("'\u2019"))):
            name = name[:-1]  # the full stop of the sentence, not of "U.S.", "N.Y." or "Mobil Corp. opened"
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        if " " not in name and (name.endswith(_DEMONYM) and _NOUN_AFTER.match(sentence, m.end()) or
                                "-" in name and _HYPHEN_ADJ.search(name)):
            continue  # "Russian troops", "Miami-based": adjectives ("Nairobi for Dar es Salaam" is a name)
        if len(name) > 1 and not name.isdigit() and name not in out and name not in _NOT_ACTOR and name not in dates:
            out.append(name)
            if len(out) == _MAX_ACTORS:
                break
    return tuple(out)


def _in_relative(sentence: str, timex: str, i: int) -> str | None:
    """"Her brother, who was jailed in the 1960s, followed in 1979": the date (``timex`` at ``i``)
    belongs to the relative clause, so the title is its antecedent doing what the clause says ("Her
    brother was jailed"). None when the date is not inside such a clause, or the antecedent is no
    short noun phrase."""
    # (", when Sen. Curtis Raymond, R-Ore., began a speech": the clause without its appositive)
    # (", when Governor Alan Ward, campaigning for a second term, unveiled a plan": without the aside too)
    if ", when " in sentence and (m := _WHEN.match(_ASIDE_AFTER_WHEN.sub(r"\1", _APPOSITIVE.sub("", sentence[i + len(timex):])))) \
            and m[1].count(" ") >= 2 and _LOWER_WORD.search(m[1]):
        return m[1]
    for m in _RELATIVE.finditer(sentence) if ", wh" in sentence else ():
        if m.start() < i < m.end():
            head = _AGE_AT_END.sub("", sentence[:m.start()])  # "Mahathir Mohamad, 92, who led ...": the name
            who = m.group(0).strip(" ,")
            body = who[who.index(" ") + 1:].rstrip(" .")
            if not (0 < len(head.split()) <= 6 and "," not in head and m.group(0).endswith(",")):
                # "The last to resign was Gregory XII, who ...": the name; "... a $2 billion loan, which
                # Russia granted in 2011": the noun phrase, the object of the clause when a subject opens it
                name = _NAME_AT_END.search(head) or _NP_AT_END.search(head) or _PP_OBJECT_AT_END.search(head)
                if not name or name.start() == 0:
                    continue
                obj = who.startswith("which") and _SUBJECT.match(body)
                if name.lastindex and obj and name[1].islower():
                    continue  # "a treaty calling for border demarcation, which the presidents signed": not it
                head = name.group(name.lastindex or 0)
                if obj:
                    return f"{body} {head}"
            return head + " " + body
    m = _reduced(sentence) if i > sentence.find(",") else None
    if m and m.start() < i < m.end():
        head = sentence[:m.start()]
        return f"{head} {_be(head)} {m.group(0).strip(' ,')}"
    return None


def _be(subject: str) -> str:
    """"was" or "were" for a passive of ``subject``: a plural noun ends in -s ("the bridges")."""
    last = subject.split()[-1]
    return "were" if last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is")) else "was"


def _object_participle(sentence: str, timex: str, i: int) -> str | None:
    """"below the record level reached in August 2002": "The record level was reached", with the rest
    of the clause after the date (``timex`` at ``i``, after "in", "on" or "at"). None when the date
    follows no such phrase."""
    if i < 8 or sentence[i - 5] not in "dnte":
        return None  # no participle ends otherwise
    w = sentence.rfind(" ", 0, i - 4)
    if w < 0 or not _PARTICIPLE_WORD.fullmatch(sentence, w + 1, i - 4):
        return None
    m = _OBJECT_PARTICIPLE.search(sentence, max(0, i - 80), i)
    if not m:
        return None
    tail = re.split(r"[,;]|\s(?:_|--)\s", sentence[i + len(timex):], maxsplit=1)[0].rstrip(" .")
    return f"{m['np']} {_be(m['np'])} {m['v']}{tail}"


def _reduced(sentence: str) -> re.Match | None:
    """The reduced relative clause right after the sentence's subject, a short noun phrase ("The
    company, founded in 1998, makes chips"); a clause after anything longer may be a verb's."""
    c = sentence.find(",")  # the clause follows a subject without a comma: it opens at the first one
    if c < 0 or not sentence[c + 2:c + 3].islower() or sentence.count(" ", 0, c) > 5:
        return None
    m = _PARTICIPIAL.match(sentence, c)
    return m if m and c and not _LEAD.match(sentence[:c] + ", x") else None


_CLAUSE_BREAK = re.compile(r";|\s(?:_|--)\s|\u2014|,\s+(?=(?:and|but|while|whereas|although|though|after|before|"
                           r"when|until|as|because)\s)")  # no leading \s*: re would try it at every position
_CONNECTIVE = re.compile(r"^(?:and|but|while|whereas|although|though|after|before|when|until|as|because|then)\s+",
                         re.I)


def _clause(sentence: str, phrase: str, breaks: list[tuple[int, int]]) -> str | None:
    """The clause of ``sentence`` holding the date ``phrase`` when the sentence joins several ("He
    resigned on Tuesday; the inquiry began in May"; ``breaks``: the spans of _CLAUSE_BREAK in it),
    without its connective; None when the clause says too little without its date ("made last
    week": two words at least, one in lower case), or the date is not within one clause."""
    i = sentence.find(phrase)
    if i < 0:
        return None
    start, end = 0, len(sentence)
    for a, b in breaks:
        if b <= i:
            start = b
        elif a >= i + len(phrase):
            end = a
            break
    if start == 0 and end == len(sentence):
        return None
    clause = _CONNECTIVE.sub("", sentence[start:end].strip(" ,"))
    rest = [w for w in clause.replace(phrase, " ").split() if w.lower() not in _PREP_WORDS]
    return clause if len(rest) >= 2 and _LOWER_WORD.search(" ".join(rest)) else None


def _title(sentence: str, timex: str | None) -> str:
    """A short "who did what" headline: the sentence minus the date phrase, discourse openers and a
    leading participial/prepositional phrase, cut at a word boundary."""
    s = sentence
    i = s.find(timex) if timex else -1
    if i >= 0 and ("," in s and (clause := _in_relative(s, timex, i)) or
                   s[i - 4:i] in (" in ", " on ", " at ") and (clause := _object_participle(s, timex, i))):
        s = clause  # a relative clause, or a reduced one
        i = s.find(timex)
    if i >= 0:
        tail = s[i + len(timex):]
        if tail.startswith(("'s ", "\u2019s ")):  # "for Friday's ceremony": "for the ceremony"
            head, tail = s[:i].rstrip(), tail[2:]
            if not (" " + head).endswith((" the", " The")):
                head += " the"
        elif timex.isalpha() and timex.islower() and re.match(r" [a-z]", tail):
            head = s[:i].rstrip()  # "by overnight losses": a modifier; "by" belongs to the noun
        elif "til" in s and _NOT_UNTIL.search(s, 0, i):
            head, tail = s[:i] + timex, tail  # "was not approved until 2010": the date is the news
        else:
            head = _strip_preps(s[:i])
        if head.endswith(",") and tail[:1] == "," and "," not in head[:-1] and " " in head and \
                not _LEAD.match(head + " x") and not _INTRO.match(head):
            s = head[:-1] + " " + tail[1:].lstrip()  # "The flood, in April 2011, killed": no commas left
        elif head and tail[:1] in ",;:":
            s = head.rstrip(",;:") + tail
        else:
            s = head + " " + tail.lstrip(" ,") if head else tail.lstrip(" ,")
    s = _INTRO.sub("", _DATELINE.sub("", s.strip()))
    intro = _LEAD.match(s)
    if intro and len(s) - intro.end() > 30:
        s = s[intro.end():]
    if "," in s:  # both start with one
        s = _APPOSITIVE.sub("", _RELATIVE.sub("", s)) if ", " in s else s
        if m := _reduced(s):
            s = s[:m.start()] + " " + s[m.end():].lstrip()
    s = _clean(s)
    if "(" in s or "`" in s or "''" in s or '"' in s or "\u201c" in s or "\u201d" in s or " ," in s or " ." in s \
            or " ;" in s or " :" in s:  # rare: what a cut-out date leaves, quotes (str tests beat a regex)
        s = _tidy(s)
    s = s.rstrip(" .;:")
    words = s.split(" ")
    if len(words) > _TITLE_WORDS:
        s = " ".join(words[:_TITLE_WORDS]).rstrip(" ,;:") + "\u2026"
    return s[:1].upper() + s[1:]


def _tidy(s: str) -> str:
    """``s`` without the empty brackets and the spaces before punctuation a cut-out date leaves, with
    curly quotes for a wire's `` and '', and without a quote opened or closed beyond it."""
    s = s.replace("()", "").replace("( )", "").replace("``", "\u201c").replace("''", "\u201d")
    if " ," in s or " ." in s or " ;" in s or " :" in s or " !" in s or " ?" in s:
        s = _SPACE_PUNCT.sub("", s)  # a plain replacement: no template to expand per match
    if '"' in s or "\u201c" in s or "\u201d" in s:
        if s.count('"') + s.count("\u201c") + s.count("\u201d") == 1:  # opened or closed beyond the title
            s = _END_QUOTE.sub("", s).lstrip("\u201c\" ")
        elif s[:1] in ("\u201c", '"') and s[1:2] in (" ", ",", ";", ":"):
            s = s[0] + s[1:].lstrip(" ,;:")  # "``Today, I'm here": the date was the quote's first word
    return s


_MAX_SENTENCE = 1000


def _window(text: str, s: int, e: int, a: int, b: int) -> str:
    """The words of ``text[s:e]`` around ``text[a:b]``, about :data:`_MAX_SENTENCE` characters, so
    that a megabyte-long line yields bounded evidence (and work) per event."""
    lo, hi = max(s, a - _MAX_SENTENCE // 2), min(e, b + _MAX_SENTENCE // 2)
    while s < lo < a and not text[lo - 1].isspace():
        lo += 1
    while b < hi < e and not text[hi].isspace():
        hi -= 1
    return _clean(text[lo:hi])


# Between the parts of one date phrase: a range ("Jan. 5-6") or a time restated in brackets before its
# day ("3:15 p.m. local time (1915 GMT) Wednesday").
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\u2014|and|to|through|until|or|\(\d{4}\s+(?:GMT|UTC)\),?(?:\s+on)?)\s*")
_YEAR_AFTER = re.compile(r",?\s+\d{4}\b")


def _date_phrases(text: str, found: list[Timex]) -> dict[int, str]:
    """The date phrase each expression of a sentence belongs to (by start), the part a title leaves
    out: the days of "Jan. 5-6" or "April 24 and 25, 1999" share one, or the title keeps "-6"."""
    groups: list[list[Timex]] = []
    for t in found:
        if groups and _RANGE_JOIN.fullmatch(text, groups[-1][-1].end, t.start):
            groups[-1].append(t)
        else:
            groups.append([t])
    out = {}
    for g in groups:
        end = g[-1].end
        if len(g) > 1 and (year := _YEAR_AFTER.match(text, end)):
            end = year.end()
        for t in g:
            out[t.start] = _clean(text[g[0].start:end])
    return out


_UPDATE_MAX = 400  # characters of a live page's update taken as its evidence


def _update(text: str, starts: tuple[int, ...], ends: tuple[int, ...], j: int) -> tuple[str, str] | None:
    """The evidence and title of a live page's update whose first sentence is sentence ``j``: its
    sentences to the end of the paragraph (about :data:`_UPDATE_MAX` characters), titled by the first
    that says something ("GOAL! Northbridge 2-1. Dennehy volleys in from the edge of the box.")."""
    para_end = text.find("\n\n", starts[j])
    para_end = len(text) if para_end < 0 else para_end
    last, title = j, None
    while True:
        sentence = _clean(text[slice(*_stripped(text, starts[last], ends[last]))])
        if title is None and _LOWER_WORD.search(sentence):
            title = _title(sentence, None)
        if last + 1 >= len(starts) or starts[last + 1] >= para_end or ends[last + 1] - starts[j] > _UPDATE_MAX:
            break
        last += 1
    evidence = _clean(text[slice(*_stripped(text, starts[j], min(ends[last], para_end)))])
    return (evidence, title or _title(evidence, None)) if evidence else None


def _stripped(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``text[s:e]`` without the whitespace around it."""
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def anchor(article: Article, timexes: Sequence[Timex]) -> list[Event]:
    """Events of one article from its temporal expressions (as found by the tagger)."""
    text = article.text
    starts = sentence_starts(text)
    ends = starts[1:] + (len(text),)
    by_sentence: dict[int, list[Timex]] = {}  # only the sentences holding a date are looked at
    last: str | None = None  # the value of the date last named
    last_inferred = False  # and whether its year was inferred
    dated = [t.start for t in timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")]  # not "now"
    told: list[Timex] = []  # the dates named so far, in order: what "The arrest came ..." may point back to
    today = article.published.isoformat()
    last_clock: str | None = None  # the last clock time named: what "Forty minutes later" counts from
    last_day: str | None = None  # the last day named: what "Two days later" counts from after a year told in passing
    filed = m.end() if (m := _DATELINE.match(text)) else 0  # the day in the dateline is when it was filed
    for k, t in enumerate(timexes):
        if t.end <= filed:
            continue
        if t.type == "DURATION":
            if k and text[timexes[k - 1].end:t.start] == ", " and timexes[k - 1].type in ("DATE", "TIME") and \
                    _BEFORE_NOUN.match(text, t.end):
                continue  # "on 28 March, four days before the attack.": the date just named, said again (but "in
                # 1997, six years after Oskaria won independence" dates the independence)
            j = bisect_right(dated, t.start)  # the next date, and the end of the sentence: does one follow?
            follows = j < len(dated) and dated[j] < ends[bisect_right(starts, t.start) - 1] and \
                (not _CLAUSE_BETWEEN.search(text, t.end, dated[j]) or  # not "after X said it would ... in May"
                 bool(_DATE_GIVEN.fullmatch(text, t.end, dated[j])))  # "three days later, at 9.20pm on Thursday"
            # "came nine days after launch", the launch told of before ("lifted off on Sept. 23"): from it (see _LIMIT)
            after = _AFTER_NOUN.match(text, t.end)
            noun = after and not _LIMIT.search(text, max(0, t.start - 12), t.start) and (after["noun"] or after["bare"])
            named = noun and _noun_date(noun, t.start, text, told, starts, ends, today, near=True, strict=True)
            ref = None if named else _told_of(t, text, told, starts, ends, today)  # "The arrest came six days after":
            # the arrest's date
            # "The next day ... The levee was built in 1958 ... [a paragraph on] Two days later, ...": from that day
            since = last_day if not ref and last and last_day and _YEAR_OR_MONTH.fullmatch(last) and \
                _DAYS.fullmatch(t.value) and last_day[:4] >= last[:4] and \
                _OPENS_AT.search(text, max(0, t.start - 4), t.start) else last
            counted = named and _from_noun(t, text, named, after) or \
                _counted(t, text, ref.value if ref else since, ref.year_inferred if ref else last_inferred,
                         follows, last_clock) or _vague_stretch(t, text) or \
                _period_ended(t, text, timexes[k + 1] if k + 1 < len(timexes) else None)
            if counted is None and not follows and noun and \
                    (of := _noun_date(noun, t.start, text, told, starts, ends, today, near=True)):
                counted = _from_noun(t, text, of, after)
            if counted is None:
                continue
            t = counted
        elif t.type not in ("DATE", "TIME") or text[t.start - 1:t.start] == "-" and \
                _BOUND.search(text, max(0, t.start - 5), t.start) or _ERA.match(text, t.end) or \
                t.text.endswith("-century") or t.text.endswith(" season") and _SPORTS_SEASON.fullmatch(t.text) or \
                _RECORD_PERIOD.fullmatch(t.text) and \
                _RECORD_OF.search(text, max(0, t.start - 60), t.start) or \
                k and text.startswith("(", t.start - 1) and not text[timexes[k - 1].end:t.start - 1].strip():
            continue  # "the post-1959 politics", "the 11th-century temple": no event of 1959 or the 1000s; "the
            # largest crowd of the week": a yardstick; "at 1500 local time (0900 GMT)": the same time again
        if t.range[0] is not None and not ("since" in text[max(0, t.start - 24):t.start] and _since(text, t, False)):
            # not "above target since the spring": a state's start; nor the day of "at 12.35pm on Thursday",
            # the clock time is what "47 minutes later" counts from
            if not (told and last and last.startswith(t.value) and _JOINED_BY_ON.fullmatch(text, told[-1].end, t.start)) \
                    and not (len(t.value) == 4 and QUOTED_IN.search(text, max(0, t.start - 40), t.start)):
                # (not "she told an interviewer in 1996. Two years later ...": the story's year counts on)
                last, last_inferred = t.value, t.year_inferred
                if _DAY.match(t.value):
                    last_day = t.value[:10]
            if _CLOCK_VALUE.fullmatch(t.value):
                last_clock = t.value
            told.append(t)
        i = bisect_right(starts, t.start) - 1
        if t.end <= ends[i]:
            by_sentence.setdefault(i, []).append(t)

    events: list[Event] = []
    named: set[str] = set()  # the dates that have an event: "Saturday's starting lineup" points back to one
    for i in sorted(by_sentence):
        s, e = _stripped(text, starts[i], ends[i])
        found = by_sentence[i]
        sentence = _clean(text[s:e])
        run_on = len(sentence) > _MAX_SENTENCE  # a huge unpunctuated line: evidence is a window per date
        ranged = [(t, t.range) for t in found]
        since = "since" in sentence  # "has run the plant since 1978" (see _since)
        # '"On Thursday, the court did exactly that."': said again (not '"...," she told reporters on Thursday')
        quoted = _QUOTE_CLOSE.search(text, s + 1, e).start() if sentence.startswith(_QUOTES) else -1
        if sentence.rstrip(_CLOSING).endswith("?") and not _QUOTED_QUESTION.search(sentence):
            continue  # "What happens overnight?": asked, not told (but "... placards that read "Where's our money?"")
        # a live page's headline, a paragraph of its own over the update telling it ("9:40 p.m.: Governor orders
        # curfew." over "The governor said a curfew will run from Friday at 8 p.m.")
        headline = _STAMP_HEADLINE.fullmatch(sentence) is not None and text[max(0, s - 2):s] in ("", "\n\n") and \
            (after := _PARAGRAPH_AFTER.match(text, e)) is not None and not _STAMP_HEADLINE.match(after["next"])
        if _HEADING.fullmatch(sentence) or headline and i + 1 in by_sentence:
            continue  # "The 1970s: the public defender": a section's heading, its paragraphs tell what happened
            # (and so does the update under a headline, when it dates what it tells)
        # an obituary's closing line ("Gerald Ashcombe, composer, born 2 May 1921; died 19 October 2004") restates
        # the life told above: no new event for a date the story has dated already, or a day in a year or month it
        # has ("born in 1921")
        footer = _FOOTER.match(sentence) is not None
        prediction = _prediction(text, s, e)
        # what _COUNTERFACTUAL needs: "would have", "could have", "'d have", or "if ... had"
        unreal = "d have" in sentence or "t have" in sentence or \
            "f " in sentence and ("had" in sentence or "'d" in sentence)
        chosen = [tr for tr in ranged if tr[1][0] is not None and not (since and _since(text, tr[0])) and
                  # "from May 14-16": the days of one event, at its first
                  not (len(tr[0].text) <= 2 and text[tr[0].start - 1:tr[0].start] in ("-", "\u2013") and
                       text[tr[0].start - 2:tr[0].start - 1].isdigit()) and
                  # "Tomorrow, cooler", "Sunny and warmer over the weekend": a forecast (not a time set ahead)
                  not (_AHEAD_WORD.fullmatch(tr[0].text) and _FORECAST.search(sentence) or
                       tr[1][0] >= article.published and "T" not in tr[0].value and _forecast_of(text, s, e, tr[0])) and
                  not text.endswith(("it's ", "It's ", "it is ", "It is ", "time is "), max(0, tr[0].start - 8),
                                    tr[0].start) and
                  not (unreal and _COUNTERFACTUAL.search(text, s, tr[0].start)) and
                  not _baseline(text, s, tr[0]) and not _predicted(prediction, tr[0]) and
                  not _PRICE_DAY.search(text, max(s, tr[0].start - 40), tr[0].start) and
                  not _PRICE_OF_DAY.match(text, tr[0].end) and
                  not (_BOOKMAKERS.match(text, s) and not _ODDS_CLAUSE_END.search(text, s, tr[0].start)) and
                  not _figure(text, s, tr[0]) and
                  # "played the organ at Sunday services", "the Saturday afternoon opera broadcast": a kind of day's
                  # thing, no day of its own
                  not (_WEEKDAY_TEXT.fullmatch(tr[0].text) and _HABIT_AFTER.match(text, tr[0].end)) and
                  # "The final is traditionally played on the last Saturday of May": a habit, no event
                  not ("ly " in text[max(s, tr[0].start - 60):tr[0].start] and
                       _HABITUAL.search(text, max(s, tr[0].start - 60), tr[0].start)) and
                  # (or after it: "In September the river normally runs a foot deep")
                  not ("ly " in text[tr[0].end:tr[0].end + 40] and _HABITUAL_AFTER.match(text, tr[0].end)) and
                  # "By the late 1930s it was one of the largest bottle makers", "By last year it was losing money":
                  # a state the story had come to, no event
                  not (text.startswith("By ", tr[0].start - 3) and not text[s:tr[0].start - 3].strip(_QUOTES_OPEN) and
                       tr[1][2] in ("month", "season", "quarter", "half", "year", "decade", "century") and
                       _BY_STATE.match(text, tr[0].end) and ", and " not in text[tr[0].end:e]) and
                  not _describes(text, tr[0]) and not _period_end(text, tr[0]) and
                  not (text[tr[0].start - 3:tr[0].start] == "of " and
                       (rest := _REST_OF.search(text, max(0, tr[0].start - 16), tr[0].start)) and
                       (rest["rest"] or tr[0].text.lower().startswith(("the next", "the following")))) and
                  not (_DAY_SPOKEN_OF.fullmatch(tr[0].text) and (_IS_A_DAY.match(text, tr[0].end) or
                                                                 _ON_AIR.search(text, s, tr[0].start) or
                                                                 _STATE_NOW.match(text, tr[0].end) or
                                                                 _STILL_NOW.search(text, s, tr[0].start)) or
                       _LAST_NIGHT.fullmatch(tr[0].text) and _STILL_STATE.search(text, s, tr[0].start)) and
                  not (tr[0].text[:5].lower() == "this " and _NTH_BEFORE.search(text, s, tr[0].start)) and
                  not (len(ranged) > 1 and tr[0].text.lower() in ("this year", "last year") and
                       _POSSESSIVE.match(text, tr[0].end)) and
                  not (tr[0].value in named and (tr[0].start < quoted or _POSSESSIVE.match(text, tr[0].end))) and
                  not (footer and any(tr[0].value.startswith(v) or v.startswith(tr[0].value) for v in named)) and
                  not (_NAMED_OUTRIGHT.search(tr[0].text) is None and _in_quote(text, tr[0].start) and
                       not _QUOTED_DEED.fullmatch(text, s, tr[0].start)) and
                  not (tr[0].start == s and _ASIDE.match(text, tr[0].end))] or \
            [tr for tr in ranged if _VAGUE_EVENT.search(text, max(0, tr[0].start - 8), tr[0].end)][:1]
        inferred: set[str] = set()  # days dropped for a time on them, whose year was inferred
        if len(chosen) > 1:  # "Six years later, in November 1997, voters rejected": one event, at the finer date
            chosen = [tr for k, tr in enumerate(chosen) if not any(
                o[0].value.startswith(tr[0].value) and len(o[0].value) > len(tr[0].value) and
                _RESTATED.fullmatch(text, *((tr[0].end, o[0].start) if tr[0].end <= o[0].start else (o[0].end, tr[0].start)))
                for o in chosen[max(0, k - 1):k + 2] if o is not tr)]
        if len(chosen) > 1 and any(_ATTRIBUTIVE_PERIOD.fullmatch(tr[0].text) for tr in chosen):
            # "will report fourth-quarter results on Feb. 13": the report is the event, the quarter its
            # subject; but "said Wednesday that its third-quarter profit fell" tells of the quarter
            reported = [tr for tr in chosen if _REPORTED.search(text, max(0, tr[0].start - 16), tr[0].start) and
                        not text.endswith(", reported ", max(0, tr[0].start - 11), tr[0].start)]
            # (but "First-half profits, reported last month, rose": when the report came, an event of its own)
            if reported:
                chosen = [tr for tr in chosen if tr not in reported]
            else:
                shortest = min(tr[1][1] - tr[1][0] for tr in chosen)
                chosen = [tr for tr in chosen if not (_ATTRIBUTIVE_PERIOD.fullmatch(tr[0].text) and
                                                      tr[1][1] - tr[1][0] > shortest)]
        if len(chosen) > 1:  # "on Feb. 28 at 8 p.m.": one event, at the time, not a second on the day
            days: dict[str, list[Timex]] = {}
            for tr in chosen:
                days.setdefault(tr[0].value, []).append(tr[0])
            times = {tr[0].value.partition("T")[0] for tr in chosen if "T" in tr[0].value and
                     not (tr[0].value.endswith("T24:00") and  # "the hearing ran past midnight": not when it began
                          _PAST_MIDNIGHT.search(text, max(0, tr[0].start - 24), tr[0].start)) and
                     # "The first service on Sunday was delayed ..., and the car park was full by 9am": another clause's
                     not any(abs(d.start - tr[0].start) < 300 and
                             _CLAUSE_BREAK.search(text, min(d.end, tr[0].end), max(d.start, tr[0].start))
                             for d in days.get(tr[0].value.partition("T")[0], ()))}
            inferred = {tr[0].value for tr in chosen if tr[0].value in times and tr[0].year_inferred}
            chosen = [tr for tr in chosen if tr[0].value not in times] if times else chosen
            first = {tr[0].value: tr for tr in reversed(chosen)}  # the first of each value wins
            if len(first) < len(chosen):  # "in 2002 that the floods of that year": one event, at the first
                # ("two days later, on Wednesday, September 17": the year of the day named was inferred)
                inferred |= {tr[0].value for tr in chosen if tr[0].year_inferred}
                chosen = [tr for tr in chosen if first[tr[0].value] is tr]
        dates = "\n".join(t.text for t in found)
        actors = None if run_on or not chosen else _actors(sentence, text, dates)
        phrase = _date_phrases(text, found) if chosen else {}
        previous: list[Event] = []  # the dated events of sentence ``before``, for the sentences after it
        # several dates in a sentence of several clauses: each titles its own clause
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(sentence)] if len(chosen) > 1 and not run_on and \
            any(tr[0].value != chosen[0][0].value for tr in chosen) else None
        for t, (start, end, gran) in chosen:
            evidence = _window(text, s, e, t.start, t.end) if run_on else sentence
            title = _title(breaks and _clause(evidence, phrase[t.start], breaks) or evidence, phrase[t.start])
            if not _LOWER_WORD.search(title):
                # a live page's stamp opening a shouted line ("17.41 CASTLEBRIDGE WIN IT! Ashworth sends ..."), on a
                # line of its own ("19.02 BST") or a paragraph ("11.51pm"): the news of the update it stamps, when
                # that first sentence has no date of its own ("Ardenia's president has ...")
                if not (_CLOCK_VALUE.fullmatch(t.value) and
                        (i + 1 < len(starts) and i + 1 not in by_sentence and
                         (newlines := text[e:starts[i + 1]].count("\n") + sentence.count("\n")) and
                         (newlines == 1 or newlines == 2 and text[s:e] == t.text) and
                         (update := _update(text, starts, ends, i + 1)) or
                         t.start == s and t.end < e and text[s - 1:s] in ("\n", "") and
                         (update := _update(text, starts, ends, i)))):
                    continue  # a bare dateline ("WASHINGTON, August 8 (Xinhua) --"): nothing happened in it
                evidence, title = update
            elif _CLOCK_VALUE.fullmatch(t.value) and t.start == s and text[s - 1:s] in ("\n", "") and \
                    (headline or not sentence.endswith((".", "!", "?", '"', "\u201d"))) and i + 1 < len(starts) and \
                    "\n" in text[e:starts[i + 1]] and \
                    (update := _update(text, starts, ends, i + 1)):
                # a live page's stamped headline ("15:30 Trust confirms ransomware attack") over its update's
                # paragraph: the headline titles the event, the paragraph tells it
                evidence = f"{sentence} {update[0]}"
            value = t.value
            if _PART_OF_DAY.fullmatch(value):  # "on Thursday morning": a timeline places it on the day
                value, gran = value[:10], "day"
                if t.value.endswith("T24:00") and start < dt.date.max and \
                        _PAST_MIDNIGHT.search(text, max(0, t.start - 24), t.start):
                    start = end = start + dt.timedelta(days=1)  # "soon after midnight": the next day's first hours
                    value = start.isoformat()
            ev = Event(value, start, end, gran, t.text, title, evidence,
                       actors if actors is not None else _actors(evidence, text, dates),
                       t.year_inferred or t.value.partition("T")[0] in inferred, False,
                       article.url or article.id, article.url, article.published, article.title, t.start)
            events.append(ev)
            named.add(t.value)
            if start is not None:
                previous.append(ev)
        before, before_end = i, e
        # The sentences after it without a date of their own that refer back inherit its date.
        while previous and before + 1 < len(starts) and before + 1 not in by_sentence:
            s, e = _stripped(text, starts[before + 1], ends[before + 1])
            sentence = _clean(text[s:e])
            if not sentence or not _refers_back(sentence, previous[-1].granularity, "\n" in text[before_end:s]):
                break
            p = _referent(previous, sentence)
            sentence = _window(text, s, e, s, s) if len(sentence) > _MAX_SENTENCE else sentence
            previous = [Event(p.date, p.start, p.end, p.granularity, p.timex, _title(sentence, None), sentence,
                              _actors(sentence, text), p.year_inferred, True, p.source, p.url, p.doc_date,
                              p.article_title, -1)]
            events.extend(previous)
            before, before_end = before + 1, e
    return events


_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT|24:00)")  # and midnight: "at midnight on July 12"
_CLOSING = " \t\n\"'\u201d\u2019"  # what may close a question after its mark
# "If it had happened at 3 in the afternoon, ...", "they'd have been here around Saturday": what did not happen
_COUNTERFACTUAL = re.compile(r"(?:\bif\s+(?:[^,;.]*\s)?(?:had|'d)|\b(?:would|could|might)(?:n't|\s+not)?\s+have|"
                             r"'d\s+have)\s+(?:been|come|run|hit|put|set|cut|let|begun|become|"
                             r"\w+(?:ed|en|wn|ne|ld|ht|ck|ung))\b(?:(?!\b(?:when|after|before|since|as|while)\b)[^,;])*$",
                             re.I)  # not "as it would have been done when the canal opened in 1838": that happened
_BOUND = re.compile(r"\b(?:post|pre|anti|non)-$", re.I)
# "scored 24 goals this season", "the top scorer last season": a season's tally or standing, no event of its year
_SPORTS_SEASON = re.compile(r"(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:last|this|next)\s+season", re.I)
_PAST_MIDNIGHT = re.compile(r"\b(?:after|past)\s+(?:about\s+|around\s+)?$", re.I)
_QUOTES = ('"', "\u201c", "``", "''", "'")
_RESTATED = re.compile(r",?\s+(?:in|on|at)?\s*")  # between a date and its finer restatement: "In 2003, on March 4"
_QUOTED_QUESTION = re.compile(r"\s[\"\u201c][^\"\u201c\u201d]+\?[\"\u201d]\s*$")  # a question quoted at a told sentence's end
_QUOTE_CLOSE = re.compile(r"[\"\u201d]|''|'(?!\w)|$")  # the end of a quote opening the sentence
# a heading of years and a label with no verb of the past ("The 1950s and 1960s: a mechanic's daughter"; not a
# chronology's "1985: Company founded")
_HEADING = re.compile(r"(?:The\s+)?(?:(?:early|late|mid)[\s-]+)?\d{4}s?"
                      r"(?:\s*(?:and|to|-|\u2013)\s*(?:the\s+)?\d{2,4}s?)?:\s+(?![^.!?]*\b[a-z]{2,}ed\b)[^.!?\n]{1,60}")
_STAMP_HEADLINE = re.compile(r"(?:UPDATE,?\s*)?\d{1,2}[:.]\d\d\s*(?:[ap]\.m\.|[ap]m)?\s*(?:[A-Z]{2,4}\s*)?[-\u2013\u2014:]+\s*"
                             r"(?:[^\s.!?]+\s+){0,10}[^\s.!?]+[.!?]?")
_PARAGRAPH_AFTER = re.compile(r"[ \t]*\n[ \t]*\n\s*(?P<next>[^\n]{1,60})")
_FOOTER = re.compile(r"[^.;]{2,120}?,\s+born\s+[^;]{4,80};\s+died\b")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
# a date given in full ("in the spring of 1944", "July 11", "23 May") or a day of the week ("We will appeal on
# Friday"), not one relative to the speaker's day ("today", "this week", "the summer")
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NAMED_OUTRIGHT = re.compile(r"\d{4}(?!s|['\u2019]s)|\d\s*[A-Z][a-z]|[A-Z][a-z]+\.?\s+\d|" + _WEEKDAY_NAME)
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "``", "''")
_ATTRIBUTIVE_PERIOD = re.compile(r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-(?:quarter|half)", re.I)
# "sales fell 2% from a year earlier", "up from $1.2 billion a year ago", "than last year", "against $95
# million in the second quarter": the yardstick of a comparison, no event
_BASELINE_TEXT = re.compile(r"(?:a|one|the|two|three|four|five|\d)\s+(?:years?|months?|quarters?)\s+(?:earlier|ago|before)|"
                            r"last\s+year|"
                            r"(?:fiscal|financial)\s+(?:year\s+)?\d{4}|"  # "unchanged from fiscal 2005"
                            r"the\s+(?:previous|prior)\s+(?:year|quarter)|the\s+(?:first|second|third|fourth)\s+quarter|"
                            r"the\s+same\s+(?:period|quarter|month|week|time)(?:\s+(?:last\s+year|a\s+year\s+"
                            r"(?:earlier|ago|before)))?|"
                            r"(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+\w+)?", re.I)
# "the project stalled for the rest of the decade", "for most of the next decade": how things stood over a
# stretch, no event (but "spent much of the 1960s working", "took most of last week" tell what was done then)
_REST_OF = re.compile(r"\b(?:(?P<rest>the\s+rest)|most|much|all|part)\s+of\s+$", re.I)
_PERIOD_YARDSTICK = re.compile(r"the\s+(?:first|second|third|fourth)\s+quarter|the\s+same\s+", re.I)
_NEAR_AMOUNT = re.compile(r"\s*(?:(?:a|an|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:of\s+)?(?:negative\s+)?[$\u00a3\u20ac]?"
                          r"[\d.,]+(?:\s*(?:%|percent|per\s+cent|million|billion|[a-z]+))?(?:,\s+or\s+[^,;]{1,30},)?"
                          r"\s+in\s+", re.I)  # "a profit of $38 million in"
_COMPARED_FROM = re.compile(r"\b(?:from|(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared\s+(?:with|to)|versus|vs\.|"
                            r"against)"
                            r"(?P<cmp>)\s(?:(?!\bto\b)[^;]){0,80}$", re.I)
_AMOUNT = re.compile(r"[\d$\u00a3\u20ac#]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"dozen|hundred|thousand|million|billion)\b", re.I)  # "compared with nine in all of last year"
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:a|an|the|its|their)\s+)?", re.I)
# "said Wednesday", "announced on Monday": the day of a report
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|confirmed|disclosed)\s+(?:on\s+)?$", re.I)
# "the quarter ended Sept. 30", "the fiscal year that ended in January", "the three months to June 29": where
# a period ends, naming it
_PERIOD_ENDED = re.compile(r"\b(?:(?:quarter|period|year|months|weeks|half|(?:fiscal|financial)\s+(?:year\s+)?\d{4},?)\s+"
                           r"(?:that\s+|which\s+)?(?:ended|ending|ends)|"  # ("fiscal 2023, which ends Sept. 30")
                           r"(?:three|six|nine|\d+)\s+months\s+to)\s+"
                           r"(?:on\s+|in\s+)?$", re.I)


# '"They landed in Niamey this morning," the minister said': a speaker's report of a deed done, news
_QUOTED_DEED = re.compile(r"[\"\u201c]\s*(?:we|they|he|she|it)\s+(?!(?:cried|laughed|hoped|wanted|loved|liked|hated|feared|wished|prayed|smiled|worried)\b)(?:[a-z]+ed|came|went|left|met|found|took|made|"
                          r"won|lost|fell|began|got)\b[^,;\"\u201d]*", re.I)


def _in_quote(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation (an odd number of quotation marks before it on its line).

    Speakers' "today", "this week" and "the summer" are hopes, opinions and asides far more often than
    news ("Not today and not any day," she said); a date given in full, or a weekday, is kept.
    """
    line = text.rfind("\n", 0, at) + 1
    return sum(text.count(mark, line, at) for mark in _QUOTE_MARKS) % 2 == 1


def _describes(text: str, t: Timex) -> bool:
    """Whether the year ``t`` describes a thing ("the 1951 brick building", "the 2019-20 season"): after
    a determiner, before lower-case words of which none is a noun of something that happens ("the 1998
    abortion clinic bombing" dates the bombing)."""
    start = t.start - 5 if len(t.text) == 2 and _SPAN_START.match(text, t.start - 5) else t.start  # "2019-20"
    if not (t.text.isdigit() and (m := _DETERMINER_BEFORE.search(text, max(0, start - 12), start))) or m["prep"] or \
            _POINT_OF.search(text, max(0, m.start() - 16), m.start()):
        return False  # "first described in a 2019 paper", "at the end of the 1994 season": a time of then
    m = _YEAR_BEFORE_NOUN.match(text, t.end)
    return bool(m) and not any(w and _IS_EVENT_NOUN.fullmatch(w) for w in (m["w1"], m["w2"], m["w3"]))


def _period_end(text: str, t: Timex) -> bool:
    """Whether ``t`` names the end of a reporting period ("the quarter ended Sept. 30"): no event."""
    return ("end" in (before := text[max(0, t.start - 12):t.start]) or "ths to " in before) and \
        _PERIOD_ENDED.search(text, max(0, t.start - 40), t.start) is not None  # "end": the common case at once


# A prediction: what forecasters, analysts or a company foresee is not yet a thing that happened ("Analysts
# expect the deal to close early next year", "The agency projects 42,000 riders by 2030", "cut its
# forecast for the second quarter")
_PREDICTION = re.compile(r"\b(?:predict(?:s|ed|ing)?|forecast(?:s|ing)?\s+that|(?:is|are|was|were)\s+forecast(?:ing)?|"
                         # "It forecast adjusted EBIT growth of 3 to 5 percent in 2019"
                         r"forecast(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:growth|sales|revenue|earnings|profits?|losses|demand|"
                         r"output|inflation)|"
                         # a company's outlook: "now expects revenue for fiscal 2023 of $1.68 billion"
                         r"expects?\s+(?:[\w-]+\s+){0,2}?(?:growth|sales|revenues?|earnings|profits?|losses|demand|output|"
                         r"prices?|inflation)\s+(?:for|in|of|this|next|to\s+(?:remain|stay|continue|rise|fall|grow|increase|"
                         r"decline|drop|peak|ease|recover|rebound))\b|"
                         # a target: "We expect the combination to deliver cost savings of $120 million by the end of 2026"
                         r"expects?\s+(?:[\w-]+\s+){0,3}?to\s+(?:deliver|generate|produce|yield|achieve|reali[sz]e|save|"
                         r"add|contribute|exceed|break\s+even|be\s+accretive)\b|"
                         r"projects?\s+(?:that|\d+)|projecting|projected\s+(?:that|\d+)|(?:analysts?|economists?|"
                         r"strategists?|consultants?|forecasters?|meteorologists?|pundits?)\s+(?:[^.;:]{0,50}?\s)?(?:expects?|"
                         r"expected|expecting|estimated?|see|sees|believes?|reckons?|think|"
                         # "Analysts said the pipeline could supply 12 billion cubic metres by 2028"
                         r"said\s+(?:[^.;:]{0,60}?\s)?(?:could|might|may|would))|"
                         # a warning of what may come: "has warned that heavy rain could reach the region next week"
                         r"warn(?:s|ed|ing)?\s+that\s+(?:[^.;:]{0,80}?\s)?(?:could|might|may))\b", re.I)


def _prediction(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the first prediction of a sentence ends, and where the clause after it turns away (see
    :func:`_predicted`): found once per sentence, a megabyte-long line stays linear."""
    sentence = text[start:end]
    if "redict" not in sentence and "orecast" not in sentence and "roject" not in sentence and \
            "nalyst" not in sentence and "conomist" not in sentence and "trategist" not in sentence and \
            "onsultant" not in sentence and "eteorolog" not in sentence and "warn" not in sentence and \
            "undit" not in sentence and "xpect" not in sentence:
        return None  # the common case, decided by substring tests at once
    m = _PREDICTION.search(text, start, end)
    if m is None:
        return None
    turn = _TURN.search(text, m.end(), end)  # (not "..., although a rival hopes to")
    if _RELATIVE_OPEN.search(text, max(start, m.start() - 60), m.start()) and \
            (close := text.find(", ", m.end(), turn.start() if turn else end)) >= 0:
        return m.end(), close  # "Its platform, which uses machine learning to predict failures, launched in 2021"
    return m.end(), turn.start() if turn else end


def _predicted(prediction: tuple[int, int] | None, t: Timex) -> bool:
    """Whether ``t`` is the time of a prediction made before it in its sentence, not of an event (the
    day the forecast was cut, written before it, is one: "On Wednesday it cut that outlook")."""
    return prediction is not None and prediction[0] <= t.start < prediction[1]


# "a 31% premium to Lumetric's closing price on Wednesday", "a premium to Tuesday's closing price": a price of that
# day, a yardstick, no event
_PRICE_DAY = re.compile(r"\b(?:closing|opening)\s+(?:share\s+|stock\s+)?(?:price|level)\s+(?:of\s+\S+\s+)?on\s+$", re.I)
# "Bookmakers last night made Cartwright the 5-2 favourite": odds, no event (but "..., who left Albion at the
# weekend", "..., and few gave him a chance after the semi-final on Friday": another clause's)
_BOOKMAKERS = re.compile(r"[\s\"'\u201c]*(?:The\s+)?(?:bookmakers|bookies)\b", re.I)
_ODDS_CLAUSE_END = re.compile(r",\s+(?:who|which|and|but|after|before|while)\b|\bwhen\b|;")
_PRICE_OF_DAY = re.compile(r"['\u2019]s\s+(?:closing|opening)\s+(?:share\s+|stock\s+)?(?:price|level)\b", re.I)
# (or to what happened: "could tip the economy into recession after growth slowed to 0.2% in the third quarter")
# (or back to an earlier outlook: "now expects earnings of $2.85, down from a forecast of $3.10 that it gave in August")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,;.]*$")
_TURN = re.compile(r";|\b(?:although|though|but|while|whereas)\b|\b(?:after|since)\s+(?:[\w'-]+\s+){0,3}?[a-z]{3,}ed\b|"
                   r"\b(?:down|up)\s+from\b")


def _baseline(text: str, sentence_start: int, t: Timex) -> bool:
    """Whether ``t`` is the yardstick of a comparison ("rose 5% from a year earlier"), not an event."""
    if not (t.text[-1:].isalpha() or t.value.startswith("FY")) or not _BASELINE_TEXT.fullmatch(t.text):
        return False  # a year, a day: no yardstick phrase, decided at once
    m = _COMPARED_FROM.search(text, max(sentence_start, t.start - 80), t.start)
    # the yardstick is what follows "from": "from a year earlier", "from $1.2 billion a year earlier"; a
    # quarter, only right after its amount ("against $95 million in the second quarter", not "from a year
    # earlier and made up 27 percent of spending in the fourth quarter")
    return bool(m) and (_ARTICLE_ONLY.fullmatch(text, m.end("cmp"), t.start) is not None or
                        _AMOUNT.search(text, m.end("cmp"), t.start) is not None and
                        not (_PERIOD_YARDSTICK.match(t.text) and _NEAR_AMOUNT.fullmatch(text, m.end("cmp"), t.start) is None))


# "has run the plant since 1978", "the lowest level since December 2008": where a state or a yardstick starts
_SINCE_BEFORE = re.compile(r"since\s+(?P<the>the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)
_MODIFIES_NOUN = re.compile(r"\s+(?!(?:and|or|but|when|as|to|for|in|on|at|of|by|with|from|after|before|until|is|are|"
                            r"was|were|has|have|had|will|would)\b)[a-z]")
_WHEN_AFTER = re.compile(r",?\s+when\b")
_ERA = re.compile(r"[-\s](?:century|era|vintage|style)\b|-(?:old|long)\b", re.I)
_LATER = re.compile(r"\s+(?P<dir>later|earlier|afterwards?)\b", re.I)
# "The vote came two days after three lines began diverting ships": what the clause tells of was then,
# counted back from the date last named (the vote's); not when a date follows in the sentence ("after his
# arrest on May 3", ``follows``)
_AFTER_EVENT = re.compile(r"\s+(?P<dir>after|before)\s+(?!(?:that|this|then)\b)", re.I)
_BEFORE_NOUN = re.compile(r"\s+(?:before|after)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*[.,;]")
# "three days later, at 9.20pm on Thursday": the date the stretch leads to, given
# (and "three days after the evacuation, on the Sunday")
_DATE_GIVEN = re.compile(r"\s+(?:later|earlier|(?:after|before)\s+(?:the|his|her|its|their)\s+[a-z]+),?\s+"
                         r"(?:at|on|in)\s+(?:about\s+|around\s+)?", re.I)
# A clause of its own between "came two days after" and a later date: that date is not the one counted
# from ("came a week after figures showed prices rose in the year to September")
_CLAUSE_BETWEEN = re.compile(r",|\b(?:that|which|who|would|could|will|might|said|says|warned|showed|shows)\b")
# "We begin tonight in Millford, where ...", "We'll have more on this story tonight": the broadcast's own time
# A live page's update that tells no news: "9.15am: Good morning and welcome to our coverage", "16:05 GMT - A
# reminder of how we got here", "17.46 That's it from us"
_ASIDE = re.compile(r"\s*(?:[:\u2013\u2014-]\s*)?(?:Good\s+(?:morning|afternoon|evening)|Hello\b|Welcome|A\s+reminder|"
                    r"Some\s+background|A\s+(?:quick\s+)?recap|To\s+recap|That(?:'s|\s+is)\s+(?:it|all)|Thanks?\s+(?:you\s+)?for|"
                    r"Stay\s+with\s+us|More\s+(?:soon|to\s+come))\b")
_ON_AIR = re.compile(r"\b(?:[Ww]e|I)(?:'ll|\s+will)?\s+(?:begin|start|have\s+more|be\s+back)\b[^.;!?,]{0,40}$")
# "It was the second escape from the jail this year": a count of what came before, told already
_NTH_BEFORE = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b"
                         r"(?![^.;!?,]*\b(?:had|has|have|was|were|is|are|will|would|said)\b)[^.;!?,]{0,60}$", re.I)
# A weather forecast ("Tonight, showers clearing", "Tomorrow, cooler, with a top of 28"): no event (nor is a
# broadcast's time check, "Good morning, it's seven o'clock")
_FORECAST = re.compile(r"\b(?:showers?|drizzle|thunderstorms?|flurries|sunny|sunshine|cloudy|cooler|warmer|top\s+of\s+\d|"
                       r"(?:highs?|lows?)\s+(?:of|near|around|tonight|today|tomorrow)\b|(?:south|north|east|west)erly|fog|"
                       r"frost|sleet|gusts?|(?:rain|snow)\s+(?:is|are)\s+(?:possible|likely|expected|forecast))\b", re.I)
_AHEAD_WORD = re.compile(r"(?i:tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:afternoon|evening)|"
                         r"later\s+today|overnight)")
# '"Today is about accountability"', '"Tonight feels like the end of something"': the day spoken of, no event
# "the front line roughly where it still runs today", "Both were still on alert last night": a state then (not
# "Crews were still pouring water into the silo last night": a work going on)
_STILL_NOW = re.compile(r"\bstill\b[^.;,!?]*$")
_STILL_STATE = re.compile(r"\bstill\s+(?![a-z]+ing\b)[^.;,!?]*$")
_LAST_NIGHT = re.compile(r"(?i:last\s+night)")
_DAY_SPOKEN_OF = re.compile(r"(?i:today|tonight)")
_IS_A_DAY = re.compile(r"\s+(?:is|was|feels|felt|has\s+been)\s+(?:about|a|an|the|not|like|my|our|your|their|his|her|"
                       r"what|why|one|just|no|for)\b")
# "Its market value today is less than a tenth of that", "Today it employs 640 people": how things stand, no event
_STATE_NOW = re.compile(r"(?:\s+(?:it|he|she|they|we|there))?\s+(?:is|are|has|have|employs|remains?|stands?|owns?|"
                        r"holds?|lives?|houses?|counts?|numbers?)\s+(?!(?:been|being|due|to|set|expected|scheduled|"
                        r"going|about|planning|meeting|holding)\b|[a-z]+ing\b|[a-z]+ed\b)")
# "drew the largest public gallery of the week", "the busiest day of the year": the period a record is of
_RECORD_OF = re.compile(r"\b(?:[a-z]{2,}est|most|least|first|only|best|worst)\b[^.;!?]*\bof\s+$", re.I)
_RECORD_PERIOD = re.compile(r"the\s+(?:day|week|month|year|season|decade|century|weekend|summer|winter|spring|autumn|"
                            r"fall)", re.I)  # "his highest score of the summer"
_CAME = re.compile(r"(?:\bcame|\bcomes|\bcome|,)\s+$")
_COUNT = re.compile(r"P(\d+)([YMWD])")
_DAYS = re.compile(r"P\d+D")
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")
_OPENS_AT = re.compile(r"(?:^|\n|[.!?]['\"\u201d]?\s)\s*$")  # at a sentence's start
_UNITS = {"Y": "year", "M": "month", "W": "weeks", "D": "day"}
_CLOCK_COUNT = re.compile(r"PT(\d+)([HM])")  # minutes or hours counted on from a clock time
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_JOINED_BY_ON = re.compile(r"\s+on\s+")  # "at 12.35pm on Thursday"


def _forecast_of(text: str, s: int, e: int, t: Timex) -> bool:
    """Whether the clause of ``t`` (within the sentence ``text[s:e]``) is a weather forecast ("Sunny and warmer
    over the weekend", "more heavy rain is possible over the weekend"; not "plan a search on Saturday, ...
    warmer temperatures forecast for next week")."""
    a, b = max(s, t.start - 60), min(e, t.end + 30)
    return any("," not in (between := text[min(m.end(), t.start):max(m.start(), t.end)]) and ";" not in between
               for m in _FORECAST.finditer(text, a, b))


def _figure(text: str, s: int, t: Timex) -> bool:
    """Whether ``t`` dates a figure, not a happening: a peak ("At its peak, in 1966, the plant employed 2,300
    people"), a workforce ("By the 1950s the company employed 4,000"), a level ("They stood at 112p last June"),
    the two ends of a change ("fell from 91 per cent in 2019 to 84 per cent last year")."""
    before, after = text[max(s, t.start - 40):t.start], text[t.end:t.end + 60]  # substring tests first: cheap
    return bool("peak" in before and _PEAK.search(text, max(s, t.start - 40), t.start) or
                ("mploy" in after or "umbered" in after) and _FIGURE_AFTER.match(text, t.end) or
                "stood at" in before and _STOOD_AT.search(text, max(s, t.start - 40), t.start) or
                t.type == "DATE" and "from " in text[max(s, t.start - 100):t.start] and
                _CHANGE_END.search(text, max(s, t.start - 100), t.start))


_FIGURE_AT = (r"(?:about\s+|around\s+|nearly\s+|almost\s+)?[$\u00a3\u20ac]?\d[\d,.]*(?:\s*(?:per\s*cent|percent|%)|"
              r"\s+(?!(?:years?|months?|weeks?|days?|hours?|to|and|or|through|until|in|on|at)\b)[a-z]+)?\s+(?:in\s+)?")
_CHANGE_END = re.compile(rf"\bfrom\s+{_FIGURE_AT}$|\bfrom\s+{_FIGURE_AT}\d{{4}}\s+to\s+{_FIGURE_AT}$", re.I)
_HABITUAL_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:traditionally|usually|normally|typically|generally|"
                             r"customarily|routinely)\s+[a-z]+s\b", re.I)
_HABITUAL = re.compile(r"\b(?:traditionally|usually|normally|typically|generally|customarily|routinely)\b[^,;:.!?]*$", re.I)
_WEEKDAY_TEXT = re.compile(_WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?")
_HABIT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:services?|mass|masses|worship|school|market|lunch(?:es)?|roast|broadcasts?|"
                          r"papers?|shows?)\b")
_BY_STATE = re.compile(r",?\s+(?:however,\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:was|were)\s+(?!\w+(?:ed|en)\b)\w")
_QUOTES_OPEN = " \t\n\"'\u201c"
# (not past the end of a relative clause: "The shelter, which housed 1,200 at the peak, will close on Friday")
_PEAK = re.compile(r"\bat\s+(?:its|their|his|her|the)\s+peak\b"
                   r"(?:(?!,\s+(?:will|would|shall|is|are|was|were|has|have|had)\b)[^.;])*$", re.I)
_FIGURE_AFTER = re.compile(r"\s+(?:(?!(?:and|but|which|who|when)\b)[A-Za-z][\w.'-]*\s+){0,4}?(?:employed|employs|numbered)\s+"
                           r"(?:about\s+|around\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?[\d,]+")
_STOOD_AT = re.compile(r"\bstood\s+at\s+[^,;.]{1,25}?\s+(?:in\s+|on\s+)?$")


def _since(text: str, t: Timex, last_time: bool = True) -> bool:
    """Whether ``t`` is where a state or a yardstick starts ("has run the plant since 1978", "its
    largest recall since 2010"): no event of its own, unless a clause says what happened then ("the
    worst since 2002, when 20 people died") or what happens now happened last then ("their first title
    since 1998"; with ``last_time`` False, that too is only a yardstick: nothing later counts from it)."""
    i = text.find("since", max(0, t.start - 24), t.start)
    return i >= 0 and bool(m := _SINCE_BEFORE.match(text, i, t.start)) and not _WHEN_AFTER.match(text, t.end) and \
        not (m["the"] and _MODIFIES_NOUN.match(text, t.end)) and \
        not (last_time and _LAST_TIME.search(text, max(0, i - 70), i))  # "since the January 1998 bombing": its date


# "their first title since 1998", "have not reached the final since 2014": what happened last then
_LAST_TIME = re.compile(r"\b(?:first|not|never)\b[^.;!?]*$|n't\b[^.;!?]*$", re.I)


_PERIOD_MONTHS = {"P3M": ("Q", 3), "P1Q": ("Q", 3), "P6M": ("H", 6), "P2Q": ("H", 6), "P1Y": ("Y", 12),
                  "P12M": ("Y", 12)}


def _period_ended(t: Timex, text: str, nxt: Timex | None) -> Timex | None:
    """"In the three months ended Dec. 31": the quarter that ended then (a half for six months; for "the
    year ended June 30", the fiscal year), not a stretch of unknown place."""
    period = _PERIOD_MONTHS.get(t.value)
    if not (period and nxt and _DAY.fullmatch(nxt.value) and _PERIOD_ENDED.search(text, t.start, nxt.start)):
        return None
    day = dt.date.fromisoformat(nxt.value)
    unit, months = period
    if unit == "Y":
        if day.day != calendar.monthrange(day.year, day.month)[1]:
            return None  # not a month's last day
        value = f"{day.year:04d}" if day.month == 12 else f"FY{day.year:04d}"
        return Timex(t.start, nxt.end, text[t.start:nxt.end], "DATE", value, nxt.year_inferred)
    if day.month % months or day.day != (31 if day.month in (3, 12) else 30):
        return None  # not the last day of a quarter (or half)
    return Timex(t.start, nxt.end, text[t.start:nxt.end], "DATE", f"{day.year:04d}-{unit}{day.month // months}",
                 nxt.year_inferred)


def _vague_stretch(t: Timex, text: str) -> Timex | None:
    """"Prices have risen in recent months", "will rise in the coming weeks": a stretch of unknown length
    back or ahead (a DURATION), kept as the vague time of what the sentence tells."""
    if not t.value.startswith("PX") or not _VAGUE_EVENT.search(text, max(0, t.start - 8), t.end):
        return None
    return Timex(t.start, t.end, t.text, "DATE", "PAST_REF" if "recent" in t.text.lower() else "FUTURE_REF")


# "The arrest came six days after ...": the noun of what came, whose date is counted from
_CAME_SUBJECT = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[a-z]+(?:['\u2019]s?)?\s+)?"
                           r"(?P<noun>[a-z]{4,})\s+"
                           r"(?:came|comes)\s+$")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_ENDINGS = r"(?:e|d|ed|es|s|ing|ion|ions|ation|ations|ment|ments|al|er|ers)"  # a word of the noun's family
_COUNTED = re.compile(r"\b(?:later|earlier|after|before|afterwards?)$")
# the words that tell of a happening a noun names without its stem ("Grieve died on July 24 ... Two days after his
# death"; "lifted off on Sept. 23 ... nine days after launch")
_KIN = {"death": "died|dies", "birth": "born", "launch": r"lifted\s+off|blasted\s+off|launched", "liftoff": r"lifted\s+off",
        "arrival": "arrived", "wedding": "married", "landfall": "made landfall|came ashore"}
_SUFFIX = re.compile(r"(?:ation|ion|ing|ment|al|e)$")  # "resignation", "election", "ruling", "approval", "vote"


def _told_of(t: Timex, text: str, told: list[Timex], starts: tuple[int, ...], ends: tuple[int, ...],
             today: str) -> Timex | None:
    """The date of what "The arrest came six days after ..." tells of: the latest date named in a sentence
    before that speaks of it ("was arrested ... Wednesday"), not merely the date last named; else the
    story's news, reported as of ``today`` (the DCT)."""
    m = _CAME_SUBJECT.search(text, max(0, t.start - 60), t.start)
    if not m or _LATER.match(text, t.end):
        return None  # "Her breakthrough came two years later": counted on from the date last named
    return _noun_date(m["noun"], t.start, text, told, starts, ends, today)


def _noun_date(noun: str, at: int, text: str, told: list[Timex], starts: tuple[int, ...], ends: tuple[int, ...],
               today: str, near: bool = False, strict: bool = False) -> Timex | None:
    """The date of the happening ``noun`` names ("the arrest", "the collapse"), for a sentence at ``at``: the
    latest date named in a sentence before that speaks of it ("was arrested ... Wednesday"). Told of in
    other words: the date of the sentence just before in the paragraph (``near``: the noun is the object
    of "after", not the subject that "came"), else the story's own news, the first day named before
    ``today``, the DCT ("approved on Tuesday ... The board's vote came"; "Engineers today began filling a
    sinkhole that opened ... Wednesday" tells of today's work and Wednesday's news). ``strict``: only the first."""
    stem = _SUFFIX.sub("", noun)
    if len(stem) < 3:
        return None
    # the noun, or a word of its family ("the vote": "voted"); a short stem only with an ending ("the note": not "not")
    told_of = re.compile(rf"\b(?:{stem}{_ENDINGS}{'?' if len(stem) > 3 else ''}"
                         rf"{'|' + _KIN[noun.lower()] if noun.lower() in _KIN else ''})\b", re.I)
    here = starts[bisect_right(starts, at) - 1]
    # what a sentence about the future counts from is ahead too, and what one about the past, gone by ("A week
    # before the fire, an inspector had visited", not the fire marshal's inquiry that begins Monday)
    ahead = bool(_FUTURE_WORDS.search(text, here, at))
    for p in reversed(told):
        i = bisect_right(starts, p.start) - 1
        if starts[i] < here and (p.value[:10] > today) == ahead and not _COUNTED.search(p.text) and \
                (not near or _DAY.match(p.value)) and told_of.search(text, starts[i], ends[i]):
            # (counted in days, from a day: "A week after the levee failed", not "The levee was built in 1988")
            return p  # (not "heard the crash ... ambulances arrived 20 minutes later": a date counted from it)
    if strict:
        return None  # only a sentence that tells of it
    if near and told and "\n\n" not in text[told[-1].end:at] and \
            bisect_right(starts, told[-1].start) == bisect_right(starts, at) - 1:
        return told[-1]  # "married on 14 June 2008. They signed it twelve days before the wedding": the sentence before
    return next((p for p in told if _DAY.match(p.value) and p.value[:10] < today), None)


# "A day after the collapse, ...", "The storm struck two days after the last contact": counted from the
# happening the noun names (not "after the company reported ...": a clause of its own; nor "stay home until 21 days
# after their last contact": a rule's limit)
_LIMIT = re.compile(r"\b(?:until|till|within|for|up\s+to)\s+$", re.I)
_AFTER_NOUN = re.compile(r"\s+(?P<dir>after|before)\s+(?:(?:the|his|her|its|their|that|this)\s+(?:[a-z]+\s+)??(?P<noun>[a-z]{4,})|"
                         r"(?P<bare>launch|liftoff|landfall|takeoff|kickoff))"
                         r"(?:\s+(?:began|started|broke\s+out|appeared|ended|opened|closed|struck|hit|failed|collapsed|"
                         r"burst|gave\s+way))?"  # "the leak began", "the levee failed"
                         r"(?=\s*[,.;]|\s+(?:with|and|but|as|when|in|at|on)\b)")


def _from_noun(t: Timex, text: str, ref: Timex, after: re.Match) -> Timex | None:
    """``t`` ("a day", "three days") before or after the date of ``ref``, as ``after`` says."""
    d = _COUNT.fullmatch(t.value) or _CLOCK_COUNT.fullmatch(t.value)
    if not d:
        return None
    n = int(d[1]) * (1 if after["dir"].lower() == "after" else -1)
    if d.re is _CLOCK_COUNT:  # "At about 4:15 a.m., a ransom note appeared ... two hours after the note appeared"
        value = _clock_plus(ref.value, n * (60 if d[2] == "H" else 1))
    else:
        value = count_from(ref.value, _UNITS[d[2]], n)
    end = after.end("noun") if after["noun"] else after.end("bare")
    return Timex(t.start, end, text[t.start:end], "DATE", value, ref.year_inferred) if value else None


def _counted(t: Timex, text: str, last: str | None, last_inferred: bool, follows: bool = False,
             last_clock: str | None = None) -> Timex | None:
    """"Two years later" as a date: TimeML keeps "two years" a DURATION, a timeline needs the year two
    after the date last named (``last``, its value; its year is inferred as that one's was); "came two
    days after" something: that something, two days before it. None when ``t`` is no such phrase, or
    that date is too coarse for it ("two days later" after "in 1990")."""
    m = _LATER.match(text, t.end)
    d = _COUNT.fullmatch(t.value) or _CLOCK_COUNT.fullmatch(t.value)
    if not m and (m := _AFTER_EVENT.match(text, t.end)) and \
            (follows or not _CAME.search(text, max(0, t.start - 8), t.start)):
        m = None
    if not (m and d and last):
        return None
    n = int(d[1]) * (-1 if m["dir"].lower() in ("earlier", "after") else 1)
    if d.re is _CLOCK_COUNT:  # "at 12.35pm ... Flights resumed 47 minutes later": 13:22
        if not _CLOCK_VALUE.fullmatch(last):
            if not (last_clock and (last_clock[:10] == last[:10] or _PART_OF_DAY.fullmatch(last))):
                return None
            last = last_clock  # "at 5:15 a.m. ... parked overnight ... Forty minutes later": the clock time
        value = _clock_plus(last, n * (60 if d[2] == "H" else 1))
    else:
        value = count_from(last, _UNITS[d[2]], n)  # "On 3 April ... Two weeks later": a day, April 17
    return Timex(t.start, m.end(), text[t.start:m.end()], "DATE", value, last_inferred) if value else None


def _clock_plus(value: str, minutes: int) -> str | None:
    """The clock time ``value`` moved by ``minutes``, if it stays on its day (None for no clock time)."""
    if not _CLOCK_VALUE.fullmatch(value):
        return None
    try:
        at = dt.datetime.fromisoformat(value) + dt.timedelta(minutes=minutes)
    except (ValueError, OverflowError):  # "T24:00", or past the calendar's end
        return None
    return at.isoformat(timespec="minutes") if at.date() == dt.date.fromisoformat(value[:10]) else None


_FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|to\s+be)\b", re.I)


def _refers_back(sentence: str, granularity: str, new_paragraph: bool) -> bool:
    """Whether ``sentence``, without a date of its own, tells of something on the date of the one
    before it ("The move came ...", "Hours later, ..."; see :data:`_SOON_AFTER` for the granularity).
    A new paragraph starts a new topic ("The acquisition raises ..." after a deal's closing date),
    unless it opens with when it happened ("Hours later, ...")."""
    if not new_paragraph and _BACKREF.match(_INTRO.sub("", sentence)):
        return True
    m = _SOON_AFTER.match(sentence) if sentence[:1] in "HMSIJWDA" else None
    return bool(m) and (not m["days"] or granularity in ("year", "month")) and (not m["weeks"] or granularity == "year")


def _referent(previous: list[Event], sentence: str) -> Event:
    """Which of the previous sentence's events ``sentence`` refers back to: the last one, but one
    already past when the sentence is not about the future ("The INS ruled on Wednesday that he
    must return by Jan. 14. The decision touched off protests": Wednesday's)."""
    if not _FUTURE_WORDS.search(sentence):
        past = [ev for ev in previous if ev.start is not None and ev.start <= ev.doc_date]
        if past:
            return past[-1]
    return previous[-1]
