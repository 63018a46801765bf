"""Dates named from the DCT or from the date last named: today, weekdays, last/this/next units,
"N units ago", "the following year", the year's end."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..vocab import (
    WEEKDAYS, _DAYPART, _DEICTIC_DAYS, _MONTH, _NUM, _NUM_FIRST, _PARTCODE, _UNIT, _UNITCODE, _WEEKDAY, _num,
    _unit,
)
from ..tense import _PAST, _PLUPERFECT, _Ctx, _tense
from ..dates import _STRICT, _TENSE_BIAS, _nth_weekday, _place_weekday, _place_yearly, _shift, _week
from ..engine import _Norm, _Ref, _narrative, rule
from .common import (
    _ATTRIBUTIVE, _BY, _GIVEN_NAME, _PLAN_TO, _STARTING, _SUBJECT_START, _TITLE_CASE, _TODAYS_ERA, _UNIT_KEYS,
    _WEEKDAY_KEYS, _YEAR, _cap, _mod, _month, _named_day, _other_period, _year_told,
)
from .absolute import _month_day


# A time years back, just before a sentence that opens with "Today": then and now
_THEN_AGO = re.compile(r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"thirty|forty|fifty|a\s+few|several|many)\s+(?:years|decades|generations|centuries)|"
                       r"a\s+(?:decade|generation|century))\s+ago\b[^\n]*?[.!?]"
                       r"[\"'\u201d]?\s+[\"'\u201c]?$", re.I)


# "said it should arrive by", "were expected to finish by"
_MODAL = re.compile(r"\b(?:will|would|should|could|can|may|might|must|expected|due|scheduled|planned)\s", re.I)
# "today" as nowadays: "the system we have today", "no one living on Earth today", "what the town is like
# today", "a market that simply doesn't exist today"
_NOWADAYS_BEFORE = re.compile(r"(?:\b(?:we|you|they|people)\s+(?:have|use|know|see|face|fly|drive|measure|live\s+in)|"
                              r"\b(?:no\s*one|nobody|anyone|everyone|people)\s+(?:living|alive|working)\b[^.,;!?]{0,20}|"
                              r"\b(?:is|are)\s+like|n't\s+exist|\bexists?)\s+$", re.I)
# then, against it: a decade or a year told of ("from about 700 in the mid-1980s to fewer than 150 today",
# "more bears in town today than when I was a boy"), read up to the DCT's year less ten
_THEN = re.compile(r"\b(?:(?:in|since|from|during|than|until|by|of|after|before|around)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
                   r"(?P<y>1\d{3}|20\d\d)s?\b|when\s+(?:i|we)\s+(?:was|were|started|began|first)|used\s+to)", re.I)

_A_DAY_AFTER = re.compile(r"\s+(?:is|was|will\s+be)\s+(?:a|an|the|my|our|your|their)\b", re.I)  # "Today is a sad day"
_CLAUSE_AFTER = re.compile(r"\b(?:than|when|where|because|since|as|which|who|that)\b|[,;]")  # the end of its clause


def _nowadays(m: re.Match, c: _Ctx) -> bool:
    """Whether "today" is the present of a then-and-now (TIMEX3 PRESENT_REF), not the day: a phrase of
    nowadays before it, or a time years back told of in its sentence (or the one before, when it
    opens a sentence: "Ten years ago there were 300 metres of dune. Today there are 90") in a clause
    not told in the past ("Survivors of the 1985 quake gathered today" is the day)."""
    if _NOWADAYS_BEFORE.search(c.text, max(0, m.start() - 40), m.start()):
        return True
    start, end = c.sentence(m.start())
    if m["w"] == "Today" and _THEN_AGO.search(c.text, max(0, m.start() - 160), m.start()):
        return True
    if m["w"] == "Today" and c.text[start:m.start()].strip(" \t\n\"'\u201c") == "":
        start = c.sentence(max(0, start - 2))[0]
    if _A_DAY_AFTER.match(c.text, m.end()):
        return False
    after = _CLAUSE_AFTER.search(c.text, m.end() + 1, end)
    return not _PAST.search(c.text, c.sentence(m.start())[0], m.start()) and \
        not _PAST.search(c.text, m.end(), after.start() if after else end) and any(
        not t["y"] or int(t["y"]) <= c.dct.year - 10 for t in _THEN.finditer(c.text, start, end))


# ("open an hour early today": the early is the hour's, not the day's)
@rule(r"\b(?:(?<!hour\s)(?<!hours\s)(?<!minutes\s)(?P<mod>early|late|later|earlier)\s+)?(?:(?P<part0>(?:mid[\s-]?)?"
      rf"(?:morning|afternoon|evening))\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
      rf"(?:(?:'s)?\s+(?P<part>{_DAYPART}))?\b",
      (r"\btoday\b", r"\byesterday\b", r"\btomorrow\b", r"\btonight\b"), 3, 2)
def _deictic(m: re.Match, c: _Ctx) -> _Norm:
    w = m["w"].lower()
    if w == "today" and not m["part"] and _TODAYS_ERA.match(c.text, m.end("w")):
        return None
    if w == "today" and c.text.startswith(" programme", m.end()):
        return None  # the BBC's Today programme
    if w in ("tonight", "today") and m["w"][0].isupper() and not (m["mod"] or m["part0"]) and \
            (cap := _CAP_BEFORE.search(c.text, max(0, m.start() - 30), m.start())) and \
            c.text[c.sentence(m.start())[0]:m.start()].strip(" \"'\u201c") and \
            not _OPENING_WORD.fullmatch(c.text, cap.start(), m.start()):  # (not "But Today, ...")
        return None  # "this is Arts Tonight", "Radio 4's Farming Today", "USA Today": a name
    if w == "today" and not (m["part"] or m["part0"] or m["mod"]) and _nowadays(m, c):
        return ("DATE", "PRESENT_REF")
    if w == "tonight":
        return None if m["part0"] else ("TIME", f"{c.dct.isoformat()}TNI")
    d = c.dct + dt.timedelta(days=_DEICTIC_DAYS[w])
    part = m["part"] or m["part0"]  # "yesterday morning", "mid-afternoon yesterday"
    if m["part"] and m["part0"]:
        return None
    if part:
        return ("TIME", f"{d.isoformat()}T{_PARTCODE[part.lower().removeprefix('mid').lstrip(' -')]}")
    return ("DATE", d.isoformat(), False, _mod(m["mod"]) if (m["mod"] or "").lower() in ("early", "late") else None)


@rule(rf"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?:(?P<rel>this|last|yesterday|tomorrow)\s+)(?P<part>{_DAYPART})\b",
      ("morning", "afternoon", "evening", "night"), 3, 1, needs=("this", "last", "yesterday", "tomorrow"))
def _this_morning(m: re.Match, c: _Ctx) -> _Norm:
    """"this morning", "late last night", "later this evening" (the extent holds the modifier, as in
    "earlier this week")."""
    rel, part = m["rel"].lower(), m["part"].lower()
    if rel == "last" and part != "night" or m["rel"][0].isupper() and m["part"][0].isupper() and \
            c.text.endswith(("the ", "The ", "every ", "first "), max(0, m.start() - 6), m.start()):
        return None  # "the Last Night of the Proms": a name
    off = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
    mod = _mod(m["mod"]) if (m["mod"] or "").lower() in ("early", "late") else None
    return ("TIME", f"{(c.dct + dt.timedelta(days=off)).isoformat()}T{_PARTCODE[part]}", False, mod)


_SHIFT = re.compile(r"\s+(?:shifts?|crews?|staff|workers|guards|nurses|flights?|trains?|bus(?:es)?|ferry|ferries|stays?|"
                    r"bags?|camps?|trips?|guests|visits?|parking|success(?:es)?|sensations?|stars?|celebrit(?:y|ies)|"
                    r"closures?|closing|openings?|opening|hours|services?|cover|admissions?|beds?|rates?|accommodation|"
                    r"journeys?|sleepers?|deliver(?:y|ies)|curfews?)\b",
                    re.I)
# A change said to come all at once ("prices rose overnight", "won't fix that overnight"), or nights in a
# round ("checked every four hours, including overnight")
_AT_ONCE = re.compile(r"\b(?:rose|rise|rises|soared|jumped|doubled|tripled|fell|plunged|changed|change|changes|became|become|"
                      r"becomes|turned|transformed|vanished|disappeared|happened|happen|grew|fix|fixes|fixed|solve|solves|"
                      r"solved|cure|cured|including)\b(?:\s+[\w,'-]+){0,4}\s+$",
                      re.I)


@rule(rf"\bovernight(?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY}))?\b", (r"\bovernight\b",), 2, 3)
def _overnight(m: re.Match, c: _Ctx) -> _Norm:
    """"overnight losses", "crews searched the wreckage overnight": the night before the story is filed
    ("overnight trading is expected", "will stay overnight": the coming one); "overnight Tuesday": that
    day's night. Not "an overnight stay", nor "prices rose overnight", "became a star overnight": all at once."""
    if m["wd"]:
        if not _cap(m["wd"]):
            return None
        d = _named_day(m["wd"], c, m.start("wd"))
    elif re.search(r"\ban?\s+$", c.text[max(0, m.start() - 3):m.start()], re.I) or _SHIFT.match(c.text, m.end()) or \
            not _ATTRIBUTIVE.match(c.text, m.end()) and _AT_ONCE.search(c.text, max(0, m.start() - 40), m.start()):
        return None  # "the overnight crew": whoever works nights; "rose overnight": all at once, no night of its own
    else:
        d = c.dct - dt.timedelta(days=c.tense(m.start()) == "past")
    return ("TIME", f"{d.isoformat()}TNI")


@rule(r"\b(?:through|throughout|during|in|all)\s+(?P<x>the\s+night)\b(?!\s+(?:of|before|after|when|that|session|shift|"
      r"sky|skies|train|bus|flight|watch|game|match|market)\b)",
      (r"\bnight\b",), 2, 2, needs=(r"the\s+night",))
def _the_night(m: re.Match, c: _Ctx) -> _Norm:
    """"Rescuers drilled through the night": the night of the day the story tells of, else the one
    before the DCT (or, said of the future, the DCT's)."""
    d = c.dct - dt.timedelta(days=c.tense(m.start()) == "past")
    return ("TIME", _Ref("time", f"{d.isoformat()}TNI", "TNI"))


@rule(rf"\b(?:the\s+)?(?P<x>day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_WEEKDAY}|"
      r"yesterday|tomorrow))\b",
      _WEEKDAY_KEYS + (r"\byesterday\b", r"\btomorrow\b"), 4, 1, needs=("before", "after"))
def _day_before(m: re.Match, c: _Ctx) -> _Norm:
    """"the day before last Tuesday('s hearing)", "the day after tomorrow": a day from a named day."""
    w = m["wd"].lower().rstrip(".")
    if w in ("yesterday", "tomorrow"):
        d = c.dct + dt.timedelta(days=-1 if w == "yesterday" else 1)
    else:
        if not _cap(m["wd"]):
            return None
        rel = (m["rel"] or "").lower() or None
        tense = "past" if c.text.startswith(("'s", "\u2019s"), m.end("wd")) else c.tense(m.start("wd"))
        d = _place_weekday(WEEKDAYS[w], c.dct, tense, rel)
    return ("DATE", (d + dt.timedelta(days=-1 if m["dir"].lower() == "before" else 1)).isoformat())


@rule(rf"\b(?P<x>the\s+(?P<u>week|weekend|month|year|{_WEEKDAY})\s+(?:before\s+last|(?P<next>after\s+next)))\b",
      (r"\bbefore\b", r"\bafter\b"), 3, 1, needs=("last", "next"))
def _before_last(m: re.Match, c: _Ctx) -> _Norm:
    """"the weekend before last", "the Friday before last": the one before the last one; "the week after
    next": the one after the next."""
    u = m["u"].lower()
    sign = 1 if m["next"] else -1
    if not 3 <= c.dct.year <= 9996 or u not in ("year", "month", "week", "weekend") and not _cap(m["u"]):
        return None  # (no year before the calendar's first or after its last)
    if u == "year":
        return ("DATE", f"{c.dct.year + 2 * sign:04d}")
    if u == "month":
        y, mon = divmod(c.dct.year * 12 + c.dct.month - 1 + 2 * sign, 12)
        return ("DATE", f"{y:04d}-{mon + 1:02d}")
    if u in ("week", "weekend"):
        return ("DATE", _week(c.dct + dt.timedelta(days=14 * sign)) + ("-WE" if u == "weekend" else ""))
    if m["next"]:
        return ("DATE", (_place_weekday(WEEKDAYS[u.rstrip(".")], c.dct, "future", "next") +
                         dt.timedelta(days=7)).isoformat())
    return ("DATE", (_place_weekday(WEEKDAYS[u.rstrip(".")], c.dct, "past", "last") - dt.timedelta(days=7)).isoformat())


@rule(rf"\b(?P<wd>{_WEEKDAY})\s+(?:of\s+)?(?P<rel>last|this|next)\s+week\b", _WEEKDAY_KEYS, 1, 4, needs=("week",))
def _weekday_of_week(m: re.Match, c: _Ctx) -> _Norm:
    """"closed on Monday last week", "Friday of next week": that weekday of the week before (this, the next)."""
    if not _cap(m["wd"]):
        return None
    monday = c.dct - dt.timedelta(days=c.dct.weekday()) + dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[m["rel"].lower()])
    try:
        return ("DATE", (monday + dt.timedelta(days=WEEKDAYS[m["wd"].lower().rstrip(".")])).isoformat())
    except OverflowError:
        return None


@rule(r"\b(?:by|until|till|from|at|in|around|before)\s+(?P<x>midweek)\b", ("midweek",), 2, 1)
def _midweek(m: re.Match, c: _Ctx) -> _Norm:
    """"more storms could arrive by midweek": the week of the Wednesday ahead (or, told in the past, gone by)."""
    wednesday = _place_weekday(2, c.dct, c.tense(m.start()) or "future", None)
    return ("DATE", _week(wednesday))


@rule(rf"\bthe\s+(?P<rel>previous|preceding|following|next)\s+(?P<wd>{_WEEKDAY})(?!\w)(?!,?\s+{_MONTH}\s+\d)",
      _WEEKDAY_KEYS, 3, 2, needs=("previous", "preceding", "following", "next"))
def _weekday_from_anchor(m: re.Match, c: _Ctx) -> _Norm:
    """"down 4.5% from the previous Friday", "the following Monday": the weekday before or after the
    day last named; with no day named, before or after the DCT."""
    if not _cap(m["wd"]):
        return None
    back = m["rel"].lower() in ("previous", "preceding")
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    return ("DATE", _Ref("weekday", _place_weekday(wd, c.dct, None, "past" if back else "next").isoformat(),
                         f"{wd} {-1 if back else 1}"))


@rule(rf"\bon\s+(?P<x>the\s+(?P<wd>{_WEEKDAY}))(?!\w|['\u2019]s|\s+(?:of|before|after|following|edition|paper|night|morning|"
      rf"afternoon|evening|session|sessions)\b|,?\s+(?:the\s+)?\d)",
      _WEEKDAY_KEYS, 3, 2, needs=(r"\bthe\s",))
def _the_weekday(m: re.Match, c: _Ctx) -> _Norm:
    """"polls close on Thursday 5 May ... the first results from 1am on the Friday" (British), "Two days later,
    on the Wednesday": the first such weekday from the day last named on; with no day named, placed as a
    weekday alone."""
    if not _cap(m["wd"]) or _TITLE_WORD.match(c.text, m.end()):
        return None  # (nor "on the Sunday Times bestseller list": a name)
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    opening = c.sentence(m.start())[0]
    back = _PLUPERFECT.search(c.text, opening, m.start()) or _AFTER_CLAUSE.search(c.text, max(opening, m.start() - 80),
                                                                                   m.start())
    # "had been swept off a ford on the Tuesday", "flooded on Sunday 27 August, after a month's rain fell on the
    # Saturday": a day before the one named
    return ("DATE", _Ref("weekday", _place_weekday(wd, c.dct, c.tense(m.start("wd")), None).isoformat(),
                         f"{wd} {-1 if back else 0}"))


_AFTER_CLAUSE = re.compile(r",\s+(?:just\s+|shortly\s+|hours\s+|a\s+day\s+)?after\s+[^.;,]*$", re.I)
_MONTH_WORD = re.compile(rf"\b({_MONTH})(?!\w)", re.I)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1, "final": -1}


@rule(rf"\bthe\s+(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+(?P<wd>{_WEEKDAY}|weekend)\s+"
      rf"(?:in|of)\s+(?:(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?|(?P<rel>the|this|next|every|each)\s+month\b)",
      (*_WEEKDAY_KEYS, r"\bweekend\b"), 5, 4, needs=tuple(_NTH))  # the reach of _weekday: windows shared
def _nth_weekday_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the first Tuesday in November", "the last Friday of June 2019", "the last Monday of the month":
    that day of the month, a month without a year placed like a date without one; "the last weekend
    in March": the weekend of that month's last Saturday."""
    weekend = m["wd"].lower() == "weekend"
    if not ((weekend or _cap(m["wd"])) and (m["rel"] or _cap(m["mon"]))):
        return None
    if (m["rel"] or "").lower() in ("every", "each"):
        return ("SET", "P1M")  # "on the last Sunday of every month": once a month, no one day
    wd, n = 5 if weekend else WEEKDAYS[m["wd"].lower().rstrip(".")], _NTH[m["n"].lower()]

    def value(d: dt.date) -> str:
        return f"{_week(d)}-WE" if weekend else d.isoformat()
    named = [w for w in _MONTH_WORD.findall(c.text, c.sentence(m.start())[0], m.start()) if _cap(w)] \
        if m["rel"] and m["rel"].lower() == "the" else None
    if named:  # "on 21 November, the third Thursday of the month": of the month just named
        mon = _month(named[-1])
    elif m["rel"]:  # "of the month", "of this month": the DCT's; "of next month"
        first = dt.date(c.dct.year, c.dct.month, 1)
        if m["rel"].lower() == "next":
            first = (first + dt.timedelta(days=31)).replace(day=1)
        d = _nth_weekday(first.year, first.month, wd, n)
        return ("DATE", value(d)) if d.month == first.month else None
    else:
        mon = _month(m["mon"])

    def day(y: int) -> dt.date:
        d = _nth_weekday(y, mon, wd, n)
        if d.month != mon:
            raise ValueError("no fifth such weekday")
        return d
    if m["y"]:
        return ("DATE", value(day(int(m["y"]))))
    d = _place_yearly(day, c.dct, c.tense(m.start("wd")))
    return ("DATE", value(d), True) if d else None


# A present-tense verb right before a weekday ("opens Monday", "votes on Tuesday"); not "is"/"has"
_PRESENT_VERB = re.compile(r"\b(?!(?:is|has|was|does|this|its|his|as|us|hers|ours|theirs|yes|less|unless|thus|plus|"
                           r"news|times|days|weeks|months|years|hours|minutes)\b)([a-z]{2,}[^s\W]s)\s+(?:again\s+|in\s+)?(?:on\s+)?$")
# After a weekday: a surname's "of" ("Ellie Friday of Britain", not "in Miami Wednesday, demanding"), a
# person's ", who", or the modal of a clause about the day ("said Saturday would come too soon")
_AFTER_WEEKDAY = re.compile(r"\s+(?P<of>of)\b|,\s+(?P<who>who)\b"
                            r"|\s+(?P<modal>will|would|could|should|might|may|is\s+going\s+to)\s+(?!have\b)[a-z]+")
_REPORTING = frozenset("says tells announces reports confirms adds notes warns insists argues claims admits "
                       "denies".split())


_HAD = re.compile(r"\bhad\b", re.I)
_SCHEDULED = re.compile(r"['\u2019]s(?:\s+[\w-]+){1,5}?\s+(?:opens|begins|starts|kicks\s+off|runs|"
                        r"(?:will|would)\s+(?:start|begin|open|run|finish|end|go\s+ahead|take\s+place|be\s+held)|"
                        r"is\s+(?:scheduled|set|due|expected|slated|planned))\b")
_EVENT_NOUN = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:election|vote|poll|referendum|match|game|derby|final|race|"
                         r"fixture|meeting|summit|hearing|debate|ceremony|parade|launch|concert|show|opening|"
                         r"paper|newspaper|edition|issue|programme|program|broadcast|episode|bowl|cup|tournament|"
                         r"championship|marathon|festival|premiere|kick-?off)\b", re.I)
_AFTERMATH = re.compile(r"\b(?:results?|outcome|aftermath|wake|fallout)\s+of\s+$", re.I)  # "the results of Thursday's elections"
# (but "whatever the outcome of Friday's vote", "awaiting the result of Sunday's poll": still to come)
_PENDING = re.compile(r"\b(?:whatever|regardless\s+of|depending\s+on|awaiting|awaits?)\s+the\s+(?:results?|outcome)\s+of\s+$",
                      re.I)
_REPORTED = re.compile(r"\b(?:said|says|announced|confirmed|confirms)\s+(?:that\s+)?$")  # "Organisers said Saturday's stage would start"
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|cancels|postponed|postpones|called\s+off|calls\s+off|scrapped|scraps|suspended|"
                         r"delayed|moved)\s+$", re.I)  # what was not to be: the nearest such day, either way
# A present progressive before a day with no other tense in the clause: a plan ("are holding a vigil Sunday"),
# not "the Sunday service"
_PROGRESSIVE_PLAN = re.compile(r"(?:\b(?:is|are|am)|\w['\u2019](?:re|s))\s+(?:\w+\s+)?[a-z]{2,}ing\b[^.;:!?\n]*(?<!\bthe)(?<!\ba)(?<!\bthis)\s+$",
                               re.I)
_SCHEDULE_WITH_OBJECT = re.compile(r"[\s\"'\u201c]*(?:[A-Z][\w.&'-]*\s+){1,3}(?:reports|publishes|releases|announces|holds|hosts|"
                                   r"plays|faces|meets)\s+(?:[\w'-]+\s+){1,4}?on\s+$")
_ARRANGED_WORD = re.compile(r"called|proposed|scheduled|arranged|booked|agreed|aside|adjourned|postponed|recessed|deferred|"
                            r"cancell?ed", re.I)  # a literal of each branch of _ARRANGED_FOR: a cheap test first
_ARRANGE_NOUN = r"(?:strike|walkout|stoppage|meeting|vote|session|summit|protest|rally|talks|hearing)"
_ARRANGED_FOR = re.compile(
    rf"\b(?:called\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_ARRANGE_NOUN}\s+for\s+|"  # (not "called a strike on Monday")
    rf"(?:proposed|scheduled|arranged|booked)\s+(?:a|an|the|for)\s+(?:[\w-]+\s+){{0,3}}?{_ARRANGE_NOUN}\s+(?:for|on)\s+|"
    r"agreed\s+(?:[\w-]+\s+){0,3}?to\s+(?:return|meet|resume|reconvene)\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?|"
    r"(?:set|put)\s+(?:[\w-]+\s+){0,2}?aside\s+until\s+|(?:adjourned|postponed|recessed|deferred)\s+(?:[\w-]+\s+){0,2}?until\s+|"
    # "have canceled classes for Tuesday": what was to happen that day, called off ahead of it (not "was canceled")
    r"(?<!was\s)(?<!were\s)cancell?ed\s+(?:[\w-]+\s+){1,2}?for\s+)$",
    re.I)
_UNTIL_DAY = re.compile(r"\b(?:until|till|through|to)\s+(?:at\s+least\s+)?$", re.I)
_FROM_NOW_UNTIL = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}?(?:today|tonight|now|this\s+(?:morning|afternoon|evening))\s+"
                             r"(?:until|till|to|through)\s+$", re.I)
_DAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|today)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|its|his|her|our|your|my|these|those|some|many|all|its|no)\s+$", re.I)
# The present tense of a sentence opening with its day: a day ahead ("Monday marks the anniversary")
_PRESENT_AFTER = re.compile(r"\s+(?:is|(?!(?:was|has|does|says|tells|adds|notes|reports|announces)\b)[a-z]{2,}[^s\W]s)\b")
_BARE_SCHEDULE = re.compile(r"(?<!\bto\s)(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)"
                            r"(?<!\bher\s)\b(?:resume|meet|begin|start|reopen|return|travel|"
                            r"leave(?<!\bon\sleave)(?<!\bpaid\sleave)(?<!\bsick\sleave)|arrive|face|"
                            r"go\s+to\s+the\s+polls|take\s+office)\s+(?:again\s+)?(?:on\s+)?$|"  # not "halted play on", "put on
                            # paid leave"; a fixture in the present: "Their semi-final first leg is on Sunday"
                            r"\b(?:leg|final|semi-final|match|game|race|vote|ballot|election|hearing|meeting|opening|premiere)"
                            r"\s+(?:is|are)\s+(?:on\s+)?$")
_WITH_DEICTIC = re.compile(r"\b(today|tonight|tomorrow|yesterday|last\s+night)\s+(?:and|or|through|to|until)\s+(?:on\s+)?$",
                           re.I)  # "continue tomorrow and on Monday"
_AND_THEN = re.compile(r"(?:,\s+and|;)\s+$")  # "..., and by Sunday 400 volunteers were searching"
# A clock time before "on" and the day: the day is where the clock time stands ("a summit called for noon on Monday")
_CLOCK_ON = re.compile(r"(?:\b\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|\b(?:noon|midnight|midday))"
                       r"(?:\s+[a-z]{2,5}\b\.?)?(?:\s+time)?\s+on\s+$", re.I)
# "declared Saturday a day of mourning", "has named Monday a holiday": a day set apart, ahead
_DECLARED = re.compile(r"\b(?:declared|declares|proclaimed|proclaims|designated|designates|named|names)\s+$", re.I)
_DECLARED_AS = re.compile(r"\s+(?:a|an|as)\s", re.I)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|starting\s+with|until|till|for)\s+$", re.I)
_CAP_BEFORE = re.compile(r"\b[A-Z][\w']*\s+$")  # a capitalized word just before
_OPENING_WORD = re.compile(r"(?:But|And|So|Yet|Or|Even|Only|Until|Since|From|Then|Now|Also)\s+")


def _around(sentence: tuple[int, int], start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The part of a sentence within ``reach`` characters of a match: bounded on a run-on line."""
    return max(sentence[0], start - reach), min(sentence[1], end + reach)
_PAPER_ON = re.compile(r"\b(?:Mail|Independent|Express|Mirror|Telegraph|Observer|Herald|Post|Star)\s+on\s+$")
_THE = re.compile(r"(?:\b[Tt]he|\w['\u2019]s)\s+$")  # "The Sunday Times", "Britain's Sunday Times"
_TITLE_WORD = re.compile(rf"\s+(?!(?i:{_MONTH})\b|(?:Mr|Mrs|Ms|Dr)\b)[A-Z][a-z]")


# "a Saturday", "on a wet Saturday", "on an ordinary Tuesday": some day of that name (not "at a meeting Monday")
_NTH_OF_THING = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|last|final)\s+$", re.I)
_INDEFINITE = re.compile(r"\b(?:[Aa]|[Oo]n\s+an?\s+[a-z]+)\s$")
# a kind of day's thing, not a day: "the Sunday edition", "the Saturday timetable"
_DAYS_SERVICE = re.compile(r"\s+(?:bus|train|ferry|rail|tram)?\s*(?:service|services|buses|trains|shopping|opening|"
                           r"hours|timetables?)\b")  # (but "in Monday trading": that Monday's)
_ON_BEFORE = re.compile(r"\b(?:on|by|from|until|since)\s+$", re.I)
_KIND_OF_DAY = re.compile(r"\s+(?:timetable|schedule|edition|paper|supplement|session)s?\b")
# a wire story's dateline before the sentence's first word: "NEW YORK (AP) --"
_DATELINE_LEAD = re.compile(r"[A-Z][A-Z .,'-]{1,40}(?:\([A-Za-z]+\))?\s*(?:--|\u2014|\u2013|_)")
_PAIRED_SET = re.compile(rf"\s+(?:and|or|&)\s+(?:{_WEEKDAY})(?:s|\s+(?P<part>mornings|afternoons|evenings|nights))\b", re.I)
_PRICE_ON = re.compile(r"\b(?:closing|opening)\s+(?:share\s+|stock\s+)?(?:price|level|value)\s+(?:of\s+\S+\s+)?on\s+$",
                       re.I)
_EVERY_BEFORE = re.compile(rf"\b(?:every|each)\s+(?:{_WEEKDAY})(?:,\s+(?:{_WEEKDAY}))*(?:,?\s+(?:and|or|&)|,)\s+$", re.I)


# A weekday in a name: "the Blue Monday Club" (a capitalized word before, a place's after), the album "Tuesday's Child"
_PLACE_NAMED = re.compile(r"\s+(?:Club|Bar|Pub|Inn|Cafe|Caf\u00e9|Band|Street|Road|Market|Show)\b")
_CAPITAL_BEFORE = re.compile(r"\b(?!(?:On|By|Last|Next|This|Until|Since|From|Early|Late|And|But|The|Every|Each)\b)"
                             r"[A-Z][a-z]+\s+$")
_TITLE_OPENS = re.compile(r"[\"\u201c]$")
_AFTER_WORD = re.compile(r"[a-z]\s+$")  # "played Tuesday Weld's uncle" (not "on Wednesday Cascade's lender")
_COMPANY = re.compile(r"(?:\s+[A-Z][\w&'-]*){1,3}\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Group|Holdings)\b")
_FIRM_BEFORE = re.compile(r"\b(?:the|a|an|retailer|chain|company|firm|group|maker|brand|store|label|publisher)\s+$",
                          re.I)
_NAMED_DAY = re.compile(r"\b(?:Black|Bloody|Blue|Manic)\s+$")  # "Black Saturday", "Bloody Sunday"
_SURNAME_OF = re.compile(r"\s+[A-Z][a-z]+['\u2019]s\b")
_TITLE_OF = re.compile(r"['\u2019]s\s+[A-Z][a-z]+")


@rule(rf"\b(?:(?<!hours\s)(?<!minutes\s)(?<!hour\s)(?<!open\s)(?P<mod>late|early)\s+(?:on\s+)?)?"
      rf"(?:(?P<rel>last|next|this\s+coming|this|this\s+past|(?<=the\s)past|coming)\s+)?"  # not "slips past Sunday"
      rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_DAYPART})|\s+(?P<post>last|next)(?!\s+(?:to|door|week|weekend|month|year|night|time|"
      rf"season|term|summer|winter|spring|autumn|fall)\b))?\b(?!,?\s+{_MONTH}\s+\d)",
      _WEEKDAY_KEYS, 5, 4)
def _weekday(m: re.Match, c: _Ctx) -> _Norm:
    """A weekday, placed by the tense of its clause; "on Monday last" (Irish and older British usage) the
    last one gone by, "from Monday next" (Indian and South African usage) the coming one."""
    if not _cap(m["wd"]):
        return None
    if not (m["rel"] or m["mod"] or m["part"]) and _THE.search(c.text, max(0, m.start() - 4), m.start()) and \
            _TITLE_WORD.match(c.text, m.end()):
        return None  # "The Sunday Times", "Britain's Sunday Times", "the Saturday Star": a name
    if m["part"] and _cap(m["part"]):
        return None  # "Monday Night Football", the album "Sunday Night Shout": a title
    if not (m["rel"] or m["mod"] or m["part"]) and (_PLACE_NAMED.match(c.text, m.end()) and
                                                    _CAPITAL_BEFORE.search(c.text, max(0, m.start() - 20), m.start()) or
                                                    _TITLE_OPENS.search(c.text, max(0, m.start() - 2), m.start()) and
                                                    _TITLE_OF.match(c.text, m.end()) or
                                                    _SURNAME_OF.match(c.text, m.end()) and
                                                    _AFTER_WORD.search(c.text, max(0, m.start() - 12), m.start()) and
                                                    not _ON_BEFORE.search(c.text, max(0, m.start() - 8), m.start())):
        return None  # "the Blue Monday Club", the album "Tuesday's Child", "Tuesday Weld's uncle": a name
    if not (m["rel"] or m["mod"] or m["part"]) and (_COMPANY.match(c.text, m.end()) and
                                                    _FIRM_BEFORE.search(c.text, max(0, m.start() - 12), m.start()) or
                                                    _NAMED_DAY.search(c.text, max(0, m.start() - 8), m.start())):
        return None  # "the retailer Sunday Best Apparel Inc.", "the Black Tuesday fires": a name
    if m["wd"] == "Sunday" and _PAPER_ON.search(c.text, max(0, m.start() - 16), m.start()):
        return None  # "the Mail on Sunday", "the Independent on Sunday": a newspaper
    if c.text.endswith("Sheffield ", max(0, m.start() - 10), m.start()):
        return None  # the football club
    if not (m["rel"] or m["mod"]) and _NTH_OF_THING.search(c.text, max(0, m.start() - 16), m.start()):
        return None  # "on the first Monday of the closure": counted from a happening of no date here
    bare = not (m["rel"] or m["mod"] or m["part"])
    if bare and _INDEFINITE.search(c.text, max(0, m.start() - 20), m.start()):
        # "on a Saturday it's the busiest part of the store": any Saturday; "in the small hours of a Sunday ten
        # months ago", "a Sunday timetable", "rattled a tin on a wet Saturday": some Sunday, or a kind of one
        return ("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')] + 1}") if \
            c.text.startswith((" it", " we", " they", " you", " the"), m.end()) and c.tense(m.start()) != "past" else None
    if bare and (c.text.endswith("Good ", max(0, m.start() - 5), m.start()) or
                 c.text.endswith(("the ", "The "), max(0, m.start() - 4), m.start()) and _KIND_OF_DAY.match(c.text, m.end()) or
                 _DAYS_SERVICE.match(c.text, m.end()) and not _ON_BEFORE.search(c.text, max(0, m.start() - 4), m.start())):
        return None  # "the Good Friday Agreement" (the holiday's rule has it, or it is a name); "the Sunday edition";
        # "get Sunday bus service", "without Sunday buses": a kind of day's (not "on Sunday buses will run")
    if (pair := _PAIRED_SET.match(c.text, m.end()) if bare else None) or not (m["rel"] or m["mod"]) and \
            _EVERY_BEFORE.search(c.text, max(0, m.start() - 60), m.start()):
        # "on Wednesday and Saturday nights", "every Tuesday and Friday", "every Monday, Wednesday and Friday",
        # "trains every Tuesday and Thursday evening": each day of the list is a SET
        part = pair["part"][:-1].lower() if pair and pair["part"] else (m["part"] or "").lower()
        return ("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower().rstrip('.')] + 1}" + (f"T{_PARTCODE[part]}" if part else ""))
    after = _AFTER_WEEKDAY.match(c.text, m.end())  # one look at what follows, mostly none
    if after and bare and (after["of"] and _GIVEN_NAME.search(c.text, max(0, m.start() - 24), m.start()) and
                  not _TITLE_CASE.search(c.text, max(0, m.start() - 40), m.start()) or
                  after["who"] and not c.text[c.sentence(m.start())[0]:m.start()].strip(" \"'\u201c")):
        return None  # "Ellie Friday of Britain was third. Friday, who won ...": a person
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    post = (m["post"] or "").lower()
    rel = "past" if "past" in rel or post == "last" else "next" if rel == "coming" or post == "next" else rel or None
    clock = _CLOCK_ON.search(c.text, max(0, m.start() - 30), m.start()) if bare else None
    tense = c.tense(clock.start() if clock else m.start("wd"))  # "called for noon on Monday": the clause's
    if bare and _PRICE_ON.search(c.text, max(0, m.start() - 40), m.start()):
        tense = "past"  # "will pay a premium to the closing price on Wednesday": a price a market closed at
    if c.text.startswith(("'s", "\u2019s"), m.end("wd")):
        # "after Wednesday's ruling" has happened; "Saturday's launch window opens at 4:38" is ahead
        # ("will take charge, starting with Friday's match": the clause's tense, before a thing to come)
        tense = "future" if _SCHEDULED.match(c.text, m.end("wd")) and \
            (_SUBJECT_START.fullmatch(c.text, c.sentence(m.start())[0], m.start()) or
             _REPORTED.search(c.text, max(0, m.start() - 16), m.start())) else \
            None if _CALLED_OFF.search(c.text, max(0, m.start() - 24), m.start()) else \
            tense if (_AHEAD_OF.search(c.text, max(0, m.start() - 20), m.start()) or
                      _PLAN_TO.search(c.text, max(0, m.start() - 30), m.start()) or
                      tense != "past" and _EVENT_NOUN.match(c.text, m.end("wd")) and
                      not (_AFTERMATH.search(c.text, max(0, m.start() - 16), m.start()) and
                           not _PENDING.search(c.text, max(0, m.start() - 40), m.start())) and
                      not c.text.endswith(("after ", "since ", "following "), max(0, m.start() - 10), m.start())) \
            else "past"  # "canceled Friday's flights", "is scrambling after Thursday's election"
        # ("an attempt to disrupt Thursday's general election", "Fans travelling to Saturday's derby should not be
        # affected": an event, placed by the clause's tense, the nearer one without any)
    if not rel and not m["mod"] and c.text.endswith(("s ", "s on ", "s in ", "s again ", "s again on "), max(0, m.start() - 11),
                                                     m.start()) and \
            (verb := _PRESENT_VERB.search(c.text, max(0, m.start() - 24), m.start())) and \
            not _DETERMINER_BEFORE.search(c.text, max(0, verb.start() - 8), verb.start()):  # not "their branches on"
        # "The company says Monday it will cut jobs": said then; "The summit opens Monday", with no
        # other tense in the sentence: a schedule, ahead
        tense = "past" if verb[1].lower() in _REPORTING else tense or "future"
    if tense is None and not rel and _PROGRESSIVE_PLAN.search(c.text, max(c.sentence(m.start())[0], m.start() - 60), m.start()):
        tense = "future"  # "The staff are holding an open house Sunday afternoon": a plan
    at = clock.start() if clock else m.start()  # "a curfew beginning at 8 p.m. Saturday": before the clock time
    if bare and (starting := _STARTING.search(c.text, max(0, at - 16), at)) and \
            (tense is None or _SUBJECT_START.fullmatch(c.text, c.sentence(m.start())[0], starting.start())):
        tense = "future"  # "Starting Monday, residents may water lawns only twice a week"
    elif bare and starting and tense == "past" and \
            re.search(r"\b[a-z]{3,}\s+$", c.text[max(0, starting.start() - 16):starting.start()]):
        tense = None  # "ordered two days of mourning beginning on Sunday": what was set starts on the nearer one
    if bare and tense is None and _UNTIL_DAY.search(c.text, max(0, m.start() - 18), m.start()):
        tense = "future"  # "the House, in recess since Presidents Day, does not return until Monday"
    if bare and "from " in c.text[max(0, m.start() - 80):m.start()] and \
            _FROM_NOW_UNTIL.search(c.text, max(0, (clock.start() if clock else m.start()) - 50),
                                   clock.start() if clock else m.start()):
        tense = "future"  # "a warning for ice from noon today until 10am on Saturday": a span from now on
    if not rel and tense != "future" and _BARE_SCHEDULE.search(c.text, max(0, m.start() - 24), m.start()):
        tense = "future"  # "The talks resume Monday", "Negotiators meet Tuesday": a plural subject's schedule
    if after and after["modal"] or bare and _PRESENT_AFTER.match(c.text, m.end()) and \
            (not (lead := c.text[c.sentence(m.start())[0]:m.start()].strip(" \"'\u201c")) or _DATELINE_LEAD.fullmatch(lead)):
        tense = "future"  # "said Saturday would come too soon", "Monday marks the 25th anniversary": what is to come
    if tense != "future" and bare and m.start() - c.sentence(m.start())[0] <= 80 and \
            _SCHEDULE_WITH_OBJECT.fullmatch(c.text, c.sentence(m.start())[0], m.start()):
        tense = "future"  # "Japan reports revised growth figures on Monday": a schedule in the present
    if tense != "future" and not rel and _ARRANGED_WORD.search(c.text, max(0, m.start() - 80), m.start()) and \
            _ARRANGED_FOR.search(c.text, max(c.sentence(m.start())[0], m.start() - 80), clock.start() if clock else m.start()):
        # "called a 24-hour strike for Monday", "proposed a new meeting on Friday", "agreed to return to the
        # bargaining table Monday", "set them aside until Tuesday morning": an arrangement for a day ahead
        tense = "future"
    if bare and _DECLARED_AS.match(c.text, m.end()) and _DECLARED.search(c.text, max(0, m.start() - 14), m.start()):
        tense = "future"
    if not rel and (with_day := _WITH_DEICTIC.search(c.text, max(0, m.start() - 20), m.start())):
        tense = "past" if with_day[1].lower() in ("yesterday", "last night") else "future"  # "tonight and Thursday night"
    at = clock.start() if clock else m.start()  # "by midnight on Sunday": the deadline's "by"
    if not rel and (by := _BY.search(c.text, max(0, at - 8), at)) and \
            not _HAD.search(c.text, *_around(c.sentence(m.start()), m.start(), m.end())) and \
            not (tense == "past" and (_SUBJECT_START.fullmatch(c.text, c.sentence(m.start())[0], by.start()) or
                                      _AND_THEN.search(c.text, max(0, by.start() - 8), by.start()) or
                                      c.past_verb_before(by.start()) and
                                      not _MODAL.search(c.text, c.sentence(m.start())[0], by.start()))):
        # "could be reached by Friday": a deadline ("had filed by Wednesday", "weakened to a tropical low by
        # Sunday afternoon": done then; "By Wednesday evening, 82 remained": the story told up to then)
        tense = "future"
    elif not rel and tense != "future" and _ORDERED_BY.search(c.text, max(0, at - 90), at) and \
            not _HAD.search(c.text, *_around(c.sentence(m.start()), m.start(), m.end())):
        tense = "future"  # "Pharmacies were told to pull the stock from their shelves by Monday": a deadline set
    d = _place_weekday(wd, c.dct, tense, rel)  # "Wednesday's ruling" has already happened
    if bare and _UNTIL_DAY.search(c.text, max(0, m.start() - 20), m.start()) and \
            _DAY_BEFORE.search(c.text, c.sentence(m.start())[0], m.start()):
        # "asked customers Monday to turn down thermostats until Friday": the first Friday after that day
        return ("DATE", _Ref("weekday", d.isoformat(), f"{wd} 1"))
    if m["part"]:
        return ("TIME", f"{d.isoformat()}T{_PARTCODE[m['part'].lower()]}")
    return ("DATE", d.isoformat(), False, _mod(m["mod"]))


# an order with its deadline: "were told to pull the stock from their shelves by Monday" (not "weakened to a low by")
_ORDERED_BY = re.compile(r"\b(?:told|asked|ordered|urged|instructed|directed|advised|required|given\s+until)\s+"
                         r"(?:[\w'-]+\s+){0,3}?to\s+[a-z]+\s+(?:[\w'-]+\s+){0,6}?by\s+$", re.I)
_AMOUNT_BEFORE = re.compile(r"[\d$\u00a3\u20ac](?:[\d,.]*\d)?\s*(?:million|billion|[km]|bn)?\s+$", re.I)


@rule(r"\bthis\s+time\s+(?P<rel>last|next)\s+year\b", (r"\btime\b",), 1, 3, needs=("year",))
def _this_time_year(m: re.Match, c: _Ctx) -> _Norm:
    """"this time last year": the day a year before the DCT (after, for "next year")."""
    year = c.dct.year + (1 if m["rel"].lower() == "next" else -1)
    day = min(c.dct.day, calendar.monthrange(year, c.dct.month)[1]) if 1 <= year <= 9999 else None
    return ("DATE", dt.date(year, c.dct.month, day).isoformat()) if day else None


@rule(rf"\ba\s+week\s+(?:on|from)\s+(?P<wd>{_WEEKDAY})\b(?!,?\s+(?:the\s+)?\d)", _WEEKDAY_KEYS, 4, 3,
      needs=("week",))
def _week_on(m: re.Match, c: _Ctx) -> _Norm:
    """"a week on Saturday" (British), "a week from Saturday": the Saturday after the coming one (not "benefits
    of $100 a week on Friday": a rate, then the day)."""
    if not _cap(m["wd"]) or _AMOUNT_BEFORE.search(c.text, max(0, m.start() - 16), m.start()):
        return None
    d = _place_weekday(WEEKDAYS[m["wd"].lower().rstrip(".")], c.dct, "future", None) + dt.timedelta(days=7)
    return ("DATE", d.isoformat())


@rule(rf"\b(?P<wd>{_WEEKDAY})\s+week\b(?![-\u2019']|\s+(?:of|ending|end|long|old)\b)", _WEEKDAY_KEYS, 1, 2, needs=("week",))
def _weekday_week(m: re.Match, c: _Ctx) -> _Norm:
    """"on Thursday week" (British): a week after the coming Thursday."""
    if not _cap(m["wd"]):
        return None
    d = _place_weekday(WEEKDAYS[m["wd"].lower().rstrip(".")], c.dct, "future", None) + dt.timedelta(days=7)
    return ("DATE", d.isoformat())


def _tense_around(m: re.Match, c: _Ctx) -> str | None:
    """The tense of the sentence around a match, the match itself left out: "next" is a future cue.
    At most 300 characters each side are read, so that a sentence without end stays linear."""
    start, end = c.sentence(m.start())
    start, end = max(start, m.start() - 300), min(end, m.end() + 300)
    blank = c.text[start:m.start()] + " " * (m.end() - m.start()) + c.text[m.end():end]
    return _tense(blank, m.start() - start)


_OVER = re.compile(r"\b(?:over|within|throughout|for|covering|spanning|spent|spend|spends|spending)\s+$", re.I)


@rule(r"\b(?:(?P<mod>early|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+(?:in\s+)?)?"
      r"(?P<rel>this\s+past|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+preceding|the\s+current|"
      r"the\s+coming|the\s+following|the\s+next|past|previous|current|coming)\s+(?P<fy>(?:fiscal|financial)\s+)?"
      r"(?P<unit>week|weekend|month|year|quarter|decade|century)\b",
      (r"\bweek\b", r"\bweekend\b", r"\bmonth\b", r"\byear\b", r"\bquarter\b", r"\bdecade\b", r"\bcentury\b"), 6, 1,
      needs=("this", "last", "next", "past", "previous", "preceding", "current", "coming", "following"))
def _relative(m: re.Match, c: _Ctx) -> _Norm:
    if not m["mod"] and m["rel"][0].isupper() and m["unit"][0].isupper() and \
            (_CAPITAL_BEFORE.search(c.text, max(0, m.start() - 20), m.start()) or
             _AFTER_WORD.search(c.text, max(0, m.start() - 3), m.start())):
        return None  # the programme "The Night Sky This Month", ABC's "This Week", "on This Week": a name
    full = " ".join(m["rel"].lower().split())
    rel = full.replace("the ", "").replace("this past", "past")
    unit = m["unit"].lower()
    # "the following year", "the previous month", and "the next week" in a story told in the past,
    # count from the date last named ("was made general in 1995, and the following year ...", "in 1973,
    # and for most of the next decade"): the
    # article points back to it. The DCT is the fallback when no date was named.
    anaphoric = full in ("the following", "the previous", "the preceding") or \
        full == "the next" and _tense_around(m, c) == "past"
    if full == "the last" and unit in ("decade", "century") and not m["mod"] and \
            not re.search(r"\bin\s+$", c.text[max(0, m.start() - 4):m.start()], re.I):
        full = "the past"  # "spent the last decade crawling", "the trend of the last decade" (not "in the last decade")
    if full in ("the past", "the coming") or full in ("the next", "the following") and not m["mod"] and \
            _OVER.search(c.text, max(0, m.start() - 12), m.start()) and not c.text.startswith(" or so", m.end()):
        # "shrank over the next week": a stretch ("over the next year or so": about then, as annotated)
        if unit in ("week", "month", "year", "decade", "century"):
            return ("DURATION", f"P1{_UNITCODE[unit] if unit != 'decade' else 'DE'}".replace("P1DE", "P10Y")
                    .replace("P1CE", "P100Y"))
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1,
         "coming": 1, "following": 1}[rel]
    value = _shift(c.dct, unit, n)
    if anaphoric and unit in ("year", "month", "week", "weekend", "decade") and value and not m["fy"] and not m["mod"]:
        return ("DATE", _Ref("anchor", value, f"{unit} {n}"))
    if value and m["fy"]:
        if unit not in ("year", "quarter"):
            return None
        if unit == "year" and (ends := _FY_ENDS.match(c.text, m.end())) and _month(ends["mon"]) < c.dct.month:
            value = f"{int(value) + 1:04d}"  # "the current fiscal year, which ends June 30" (said in November)
        elif unit == "year" and (began := _FY_BEGAN.match(c.text, m.end())) and _month(began["mon"]) > 1:
            # "the current fiscal year, which began Oct. 1": named by the year it ends in, the one after its start
            value = f"{int(value) + (_month(began['mon']) <= c.dct.month):04d}"
        elif unit == "year" and c.dct.month >= 8:
            # said from August on, the year is most often one ending next year (the US government's and many
            # firms' from October, Australia's from July, Britain's, Canada's, India's from April)
            value = f"{int(value) + 1:04d}"
        value = "FY" + value
    return ("DATE", value, False, _mod(m["mod"])) if value else None


@rule(r"\b(?:in|into|after|until|till|by|over|during)\s+(?P<x>(?:early\s+)?the\s+new\s+year)\b(?!['\u2019])",
      (r"\bnew\b",), 3, 1, needs=("new year",))
def _the_new_year(m: re.Match, c: _Ctx) -> _Norm:
    """"consult on their plans in the new year": the year ahead when said in its last months, or of the
    future after its first two, else the DCT's (written small: "New Year" is the holiday)."""
    if "New" in m["x"] or "Year" in m["x"]:
        return None
    ahead = c.dct.month >= 9 or c.dct.month >= 3 and _tense_around(m, c) == "future"
    return ("DATE", f"{c.dct.year + ahead:04d}", False, "START" if m["x"].lower().startswith("early") else None)


# A fiscal year named by the calendar year it ends in, told after it
_FY_BEGAN = re.compile(rf",?\s+(?:which\s+)?(?:began|begins|started|starts|beginning|starting)\s+(?:on\s+|in\s+)?"
                       rf"(?P<mon>{_MONTH})", re.I)
_FY_ENDS = re.compile(rf",?\s+(?:which\s+)?(?:ends|ending)\s+(?:on\s+)?(?P<mon>{_MONTH})", re.I)


_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my|your)|['\u2019]s?)\s+$", re.I)


@rule(r"\b(?:the\s+(?P<mod>start|beginning|end|middle)\s+of\s+)?(?P<rel>last|this|next)\s+season\b(?!['\u2019])",
      (r"\bseason\b",), 5, 1, needs=("last", "this", "next"))
def _sports_season(m: re.Match, c: _Ctx) -> _Norm:
    """"hit .312 last season", "the start of last season": a sports season, named by the year of the DCT or
    the one before or after it (as annotators of news write it; one spanning a new year starts in one of
    two), not "its next season" (an orchestra's programme)."""
    if _OWNER_BEFORE.search(c.text, max(0, m.start() - 8), m.start()):
        return None
    year = c.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return ("DATE", f"{year:04d}", False, _mod(m["mod"]))


@rule(r"\b(?P<since>since\s+)?(?P<x>(?:the\s+)?year(?:[\s-]|'s\s+|\u2019s\s+)end)\b",
      (re.compile(r"year(?:[\s-]|'s\s+|\u2019s\s+)end"),), 3, 2)
def _year_end(m: re.Match, c: _Ctx) -> _Norm:
    """"since year-end": the closing day of the accounts, Dec. 31 ("since" the one before, "by" the one
    ahead); "by year end", "by year's end": like "the end of the year", the year's end part."""
    if _ATTRIBUTIVE.match(c.text, m.end()):
        return None  # "year-end net": the accounts, not a day
    if m["since"] or _BY.search(c.text, max(0, m.start() - 8), m.start()):
        tense, bias = ("past" if m["since"] else "future"), _STRICT
    else:
        tense, bias = c.tense(m.start("x")), _TENSE_BIAS
    d = _place_yearly(lambda y: dt.date(y, 12, 31), c.dct, tense, bias)
    if d is None:
        return None
    return ("DATE", d.isoformat()) if "-" in m["x"] else ("DATE", f"{d.year:04d}", False, "END")


@rule(r"\b(?:the\s+)?mid[\s-]?year\b", (re.compile(r"mid[\s-]?year\b"),), 1, 2)
def _mid_year(m: re.Match, c: _Ctx) -> _Norm:
    """"by mid-year": the middle of the DCT's year."""
    if _ATTRIBUTIVE.match(c.text, m.end()):
        return None  # "mid-year results", "a midyear review": the report, not the time
    return ("DATE", f"{c.dct.year:04d}", False, "MID")


@rule(rf"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{_WEEKDAY}),?\s+)?"
      rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bmorning\b", r"\bafternoon\b", r"\bevening\b", r"\bnight\b"), 1, 6)  # rarer than month names
def _part_of_day(m: re.Match, c: _Ctx) -> _Norm:
    """"on the morning of Feb. 24": that day, at that part of it (of the story's year, unless a weekday
    written with it gave the year: "the morning of Thursday 3 November")."""
    day = _month_day(m, c)
    day = day if m["wd"] and not m["y"] else _narrative(day, c)
    if not day:
        return None
    code = f"T{_PARTCODE[m['part'].lower()]}"
    value = _Ref(day[1].kind, day[1].fallback + code, day[1].arg + code) if isinstance(day[1], _Ref) else day[1] + code
    return ("TIME", value, *day[2:])


@rule(rf"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?"
      rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})"
      rf"(?:,?\s+(?P<y>{_YEAR})|\s+(?P<rel>last|this|next)\s+year)?\b",
      (r"\bmorning\b", r"\bafternoon\b", r"\bevening\b", r"\bnight\b"), 1, 8, needs=(r"\d",))
def _part_of_day_month(m: re.Match, c: _Ctx) -> _Norm:
    """"on the night of 4 February 1961", "the evening of Tuesday 26 July": as :func:`_part_of_day`."""
    return _part_of_day(m, c)


@rule(rf"\bthe\s+weekend\s+of\s+(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{{1,2}})?"
      rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bweekend\b",), 2, 5)
def _weekend_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the weekend of March 5", "the weekend of Sept. 15-16": the weekend of that day's ISO week."""
    day = _month_day(m, c)
    return ("DATE", _week(dt.date.fromisoformat(day[1])) + "-WE", *day[2:]) if day else None


@rule(rf"\bthe\s+weekend\s+of\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
      rf"\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bweekend\b",), 2, 5)
def _weekend_of_day_month(m: re.Match, c: _Ctx) -> _Norm:
    """"the weekend of 10 January", "over the weekend of 1-2 February": as :func:`_weekend_of`."""
    return _weekend_of(m, c)


@rule(r"\bthe\s+weekend\b",
      (r"\bweekend\b",), 2, 1)
def _the_weekend(m: re.Match, c: _Ctx) -> _Norm:
    """The weekend in the clause's direction; without a tense cue the nearer one (a Monday story's
    "over the weekend" is two days old, a Friday story's is tomorrow)."""
    if _OF_A_THING.match(c.text, m.end()):
        return None  # "at the weekend of her 86th birthday": the weekend of what the clause names, no date of its own
    tense = c.tense(m.start())
    if tense is None and _FORECAST_AFTER.match(c.text, m.end()):
        tense = "future"  # "The weekend looks dry but cold": a forecast
    if (tense is None or c.dct.weekday() == 4) and c.text.endswith("for ", max(0, m.start() - 4), m.start()):
        tense = "future"  # "it looks dry for the weekend": a forecast, a plan (on a Friday, "tickets for the
        # weekend were released": the one ahead; but "officials met over the weekend" is the one gone by)
    if tense != "past" and c.text.endswith(("by ", "By ", "until ", "till "), max(0, m.start() - 6), m.start()) or \
            tense is None and c.text.endswith("through ", max(0, m.start() - 8), m.start()) and \
            re.search(r"\b(?:are|is)\s+\w+ing\b", c.text[c.sentence(m.start())[0]:m.start()]):
        # "farms may have to wait until the weekend", "by the weekend, highs in the fifties", "towns are holding
        # fiestas through the weekend"
        tense = "future"
    if tense == "future" and c.text.endswith(" at the weekend", 0, m.end()) and \
            _AFTER_A_RESULT.search(c.text, max(c.sentence(m.start())[0], m.start() - 90), m.start()):
        tense = None  # "will play in the final after a win over Fremantle at the weekend": the nearer one
    if tense == "past" and (order := _ORDERED_OVER.search(c.text, max(c.sentence(m.start())[0], m.start() - 90),
                                                           m.start())) and \
            not _WEEKDAY_NAMED.search(c.text, c.sentence(m.start())[0], order.end()):
        # "Lawmakers have been told to stay in town over the weekend": the weekend after the order, given (the
        # day not named) at most two days before the DCT (a Friday's story, the weekend ahead; a Monday's, the one
        # gone by)
        told = c.dct - dt.timedelta(days=2)
        return ("DATE", _week(told + dt.timedelta(days=(5 - told.weekday()) % 7 if told.weekday() != 6 else -1)) + "-WE")
    last = c.dct - dt.timedelta(days=(c.dct.weekday() - 5) % 7)  # the last Saturday, the DCT's if it is one
    if tense == "past" or (tense is None and c.dct.weekday() in (0, 1, 2, 6)):
        return ("DATE", _week(last) + "-WE")
    return ("DATE", _week(last + dt.timedelta(days=7) if c.dct.weekday() != 5 else last) + "-WE")


_ORDERED_OVER = re.compile(r"\b(?:told|asked|ordered|urged|urging|advised|instructed)\s+(?:[\w'-]+\s+){0,3}?(?:not\s+)?to\s+"
                           r"[a-z]+\b[^.;]{0,50}?\b(?:over|through|during|for|until|till|at)\s+$", re.I)
_WEEKDAY_NAMED = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|today)\b", re.I)
_FORECAST_AFTER = re.compile(r"\s+(?:looks|promises|is\s+(?:expected|forecast|likely|set)\s+to)\b")
_OF_A_THING = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+[a-z]|(?:his|her|their|its|our)\s+\w)")
# "after taking seven wickets in a win over Victoria", "after a nerve-shredding win over": a result before the clause
_AFTER_A_RESULT = re.compile(r"\bafter\s+(?:[\w'-]+\s+){0,8}?(?:win|victory|defeat|loss|draw|wins|victories|defeats)\b"
                             r"[^,.;]{0,50}$", re.I)
_ENDED = re.compile(r"\s+(?:ended|ending|to\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?\b)")  # "the year to 31 March"


@rule(r"\b(?<!then\s)current(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|flows?)\b)",
      (r"\bcurrent",), 1, 2)
def _current(m: re.Match, c: _Ctx) -> _Norm:
    """"current realities": the present, as an adjective (TimeML's PRESENT_REF)."""
    return ("DATE", "PRESENT_REF")


@rule(r"(?<!day\sof\s)\bthe\s+week\b(?!\s+(?:of|before|after|ended|ending|that|when|earlier|ago|to|following|in\s+which)\b)",
      (r"\bweek\b",), 1, 3)
def _the_week(m: re.Match, c: _Ctx) -> _Norm:
    """"Stocks fell on Friday. For the week, the index dropped 3.8%": the week of the day last
    named, else the DCT's (not "their busiest day of the week": any week)."""
    return ("DATE", _Ref("anchor", _shift(c.dct, "week", 0), "week 0"))


@rule(r"\bthe\s+(?P<mod>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>week|month|decade|century)\b",
      (r"\bweek\b", r"\bmonth\b", r"\bdecade\b", r"\bcentury\b"), 5, 1)
def _edge_of_the(m: re.Match, c: _Ctx) -> _Norm:
    """"by the end of the month", "until the end of the decade": the DCT's month (week, decade,
    century), with its mod; told in the past, the decade of the date last named ("published in 1952
    ... moved to Paris at the end of the decade")."""
    value = _shift(c.dct, m["unit"].lower(), 0)
    if value and m["unit"].lower() == "decade" and _tense_around(m, c) == "past":
        return ("DATE", _Ref("anchor", value, "decade 0"), False, _mod(m["mod"]))
    return ("DATE", value, False, _mod(m["mod"]))


@rule(r"\b(?:(?:of|during|throughout)\s+|(?:spent|spend|spends|spending)\s+)(?P<x>the\s+(?P<unit>decade|century))\b"
      r"(?!\s+(?:since|before|after|ago|earlier|later|that|when|in\s+which|to|of|or)\b|[-\u2013])",
      (r"\bdecade\b", r"\bcentury\b"), 3, 2, needs=("the decade", "the century"))
def _the_decade(m: re.Match, c: _Ctx) -> _Norm:
    """"grew rapidly for most of the decade", "the finest record of the decade", "They spent the decade
    chasing contracts": told in the past, the decade of the date last named (in 1984, the 1980s), else the
    DCT's ("the most important vote of the decade", "one of the stormiest spells of the century"); not "the
    decade since the shooting" (a stretch)."""
    if c.text.endswith("turn ", max(0, m.start() - 5), m.start()):
        return None  # "the turn of the century": a time around its start, of the one before or this
    unit = m["unit"].lower()
    value = _shift(c.dct, unit, 0)
    return ("DATE", _Ref("anchor", value, "decade 0") if unit == "decade" and _tense_around(m, c) == "past" else value)


@rule(r"\b(?:the\s+(?P<mod>end|beginning|start|middle)\s+of\s+)?the\s+(?P<kind>full\s+|fiscal\s+|calendar\s+)?year\b"
      r"(?![\s-]+(?:before|after|earlier|ago|later|when|in\s+which|that|of|since|end\b|\d|"
      r"to\b(?!\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))",  # "the year to 31 March"
      (r"\byear\b",), 6, 4)
def _the_year(m: re.Match, c: _Ctx) -> _Norm:
    """"for the year": the DCT's year; "the year ended Sept. 30" is a twelve-month stretch."""
    if _ENDED.match(c.text, m.end()):
        return ("DURATION", "P1Y") if not m["mod"] else None
    if not m["mod"] and re.search(r"\b(?:later|earlier)\s+in\s+$", c.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "later in the year": the year last named (_earlier_this)
    if not m["mod"] and not m["kind"] and (c.text.endswith(("was ", "is "), max(0, m.start() - 4), m.start()) or
                                          _AFTER_A_YEAR.search(c.text, max(0, m.start() - 8), m.start())):
        # "The campaign began in 1994. It was the year British Rail began to be broken up", "listed in 1968, the
        # year it employed 11,000 people": that year
        return ("DATE", _Ref("anchor", f"{c.dct.year:04d}", "year 0"))
    if not m["kind"] and (comma := c.text.rfind(",", max(c.sentence(m.start())[0], m.start() - 100), m.start())) and \
            _YEAR_WRITTEN.search(c.text, max(comma + 1, c.sentence(m.start())[0], m.start() - 100), m.start()) and \
            not c.text.startswith((" ahead", " just"), m.end()):
        # "momentum at the end of 2014 after a weak start to the year": the year its clause named
        return ("DATE", _Ref("anchor", f"{c.dct.year:04d}", "year 0"), False, _mod(m["mod"]))
    if not m["mod"] and c.dct.month <= 3 and _ENDED_THE.search(c.text, max(0, m.start() - 10), m.start()) or \
            not m["mod"] and c.dct.month <= 2 and (m["kind"] or "").strip().lower() in ("full", "fiscal", "") and \
            c.text.endswith(("for ", "For "), 0, m.start()) and _tense_around(m, c) == "past" and \
            not _OUTLOOK_FOR.search(c.text, max(0, m.start() - 16), m.start()):  # (not "kept its guidance for the year")
        # "ended the year with 14.2 million", written in February; "For the full year, it earned $7.9 billion",
        # in January: the one gone
        return ("DATE", f"{c.dct.year - 1:04d}")
    return ("DATE", f"{c.dct.year:04d}", False, _mod(m["mod"]))


_ENDED_THE = re.compile(r"\b(?:ended|finished|closed)\s+$", re.I)
_OUTLOOK_FOR = re.compile(r"\b(?:guidance|outlook|forecasts?|targets?|expectations?|estimates?|projections?)\s+for\s+$", re.I)
_AFTER_A_YEAR = re.compile(r"\b\d{4},\s+$")
_YEAR_WRITTEN = re.compile(rf"\b{_YEAR}\b(?!\s*(?:%|percent|million|billion|people|homes|[a-z]+s\b))")


@rule(rf"\b{_NUM_FIRST}(?:(?P<mod>about|around|roughly|approximately|some|almost|nearly|less\s+than|more\s+than|"
      rf"(?:(?:just|well)\s+)?over|(?:just|well)\s+under|"
      rf"at\s+least)\s+)?(?P<n>{_NUM})[\s-]+(?P<unit>{_UNIT})(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|after|from\s+now|"
      r"from\s+today|from\s+tomorrow|hence)(?P<today>\s+today)?\b"
      # (not "its lowest level in more than 12 years earlier this month": "earlier this month" is a date of its own)
      r"(?!(?<=earlier)\s+(?:this|in\s+the)\s+(?:day|week|month|year|morning|afternoon|evening)\b)"
      r"(?!(?<=later)\s+(?:this|in\s+the)\s+(?:day|week|month|year|morning|afternoon|evening)\b)",
      _UNIT_KEYS, 7, 5, needs=("ago", "earlier", "before", "later", "after", "now", "hence", "today", "tomorrow"))
def _ago(m: re.Match, c: _Ctx) -> _Norm:
    n = _num(m["n"])
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    if m["today"] and direction == "ago" and isinstance(n, int) and unit in ("year", "month", "week", "day"):
        # "Twenty years ago today": the same day then
        days = {"week": 7, "day": 1}.get(unit)
        if days:
            return ("DATE", (c.dct - dt.timedelta(days=days * n)).isoformat())
        y, mo = divmod(c.dct.year * 12 + c.dct.month - 1 - n * (12 if unit == "year" else 1), 12)
        try:
            return ("DATE", dt.date(y, mo + 1, c.dct.day).isoformat())
        except ValueError:
            return None
    if direction == "later" or direction in ("before", "after") and not re.match(r"\s*[,.;]", c.text[m.end():m.end() + 2]) \
            or c.text.startswith(" than", m.end()) or direction == "before" and c.text.endswith("in ", 0, m.start()):
        return None  # "two days before the vote", "three days later", "an hour earlier than usual", "twice in one
        # month before": a stretch
    if direction == "from now" and c.text.startswith(" on", m.end()):
        return None  # "twice a year from now on": from now on, a rate
    if direction.startswith("from") and direction.endswith(("today", "tomorrow")) and isinstance(n, int) and \
            unit in ("day", "week", "fortnight"):
        # "a week from today", "11 days from today", "a week from tomorrow": that day
        return ("DATE", (c.dct + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit] +
                                              direction.endswith("tomorrow"))).isoformat())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if n == "X" or n is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("hour", "minute", "second"):
        # "two hours ago": today; "closes an hour earlier" shifts a time of day: the stretch alone, as "later"
        return ("DATE", c.dct.isoformat()) if direction == "ago" else None
    if unit in ("decade", "century") and isinstance(n, (int, float)) and \
            float(n * (10 if unit == "decade" else 100)).is_integer():
        # "a decade ago", "half a century ago": the year then, as annotators write it
        unit, n = "year", int((10 if unit == "decade" else 100) * n)
    value = _shift(c.dct, "day" if unit == "night" else "week" if unit == "fortnight" else unit,
                   sign * int(n) * (2 if unit == "fortnight" else 1))
    if m["orso"] and not m["mod"]:
        return ("DATE", value, False, "APPROX") if value else None
    if unit == "year" and n == 1 and direction == "earlier" and not m["mod"] and (told := _year_told(m, c)):
        return ("DATE", told)
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and not m["mod"] and not _other_period(m, c):
        return ("DATE", _Ref("year_before", value))
    mod = _APPROX.get(" ".join((m["mod"] or "").lower().split()))
    if direction in ("earlier", "before", "after") and value and unit in ("day", "week", "month", "year"):
        # "On Monday, ... Two days earlier, ...": counted from the date last named, else from the DCT (but "ten
        # years from now", "hence": from the DCT)
        return ("DATE", _Ref("anchor", value, f"{unit}{'s' if unit == 'week' else ''} {sign * int(n)}"), False, mod)
    return ("DATE", value, False, mod) if value else None


_APPROX = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
           "almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN", "more than": "MORE_THAN",
           "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN", "just under": "LESS_THAN",
           "well under": "LESS_THAN", "at least": "EQUAL_OR_MORE"}  # TIMEX3 mod
