"""Vague references ("recently" PAST_REF, "now" PRESENT_REF) and the periods a report compares
("a year ago", "the year-earlier quarter", "the latest period")."""
from __future__ import annotations

import re

from ..vocab import ORDINALS, _MONTH, _PARTCODE, _SEASONS
from ..tense import _Ctx
from ..dates import _STRICT, _place_month, _shift
from ..engine import _Norm, _Ref, rule
from .common import _ATTRIBUTIVE, _MONTH_KEYS, _YEAR, _cap, _mod, _month, _other_period, _year_told
from .relative import _tense_around


@rule(r"\b(?:in\s+)?(?P<x>(?:right\s+(?=now\b))?(?P<now>now|currently|nowadays|these\s+days|at\s+present|"
      r"the\s+present(?:\s+time)?|(?<=\bat\s)(?:the|this)\s+moment|(?<=\bat\s)this\s+hour|presently)|"
      r"(?<=\bin\s)(?P<those>those\s+days)|(?P<past>recently|lately|the\s+past|recent\s+(?:times|years|decades)|"
      r"once\s+upon\s+a\s+time|years\s+ago|months\s+ago|weeks\s+ago|days\s+ago|decades\s+ago|long\s+ago)|"
      r"(?:recent|(?:the\s+)?coming)\s+(?P<units>days|weeks|months|years|quarters|decades)|"
      r"(?P<fut>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|someday|the\s+years\s+to\s+come))\b",
      (r"\bnow", r"\bcurrent", r"\bdays", r"\bpresent", r"\bmoment", r"\bhour\b", r"\brecent", r"\blately", r"\bpast",
      r"\bonce", r"\bago", r"\bfuture", r"\bsomeday", r"\bcoming", r"\bcome"), 6, 4)
def _vague(m: re.Match, c: _Ctx) -> _Norm:
    if m["now"] and m["now"].lower().startswith("the present") and _NOUN_AFTER_PRESENT.match(c.text, m.end()):
        return None  # "The present building was begun in 1184": which building, not a time
    if m["now"]:
        if m["now"].lower() == "now" and re.match(r"\s+and\s+(?:then|again)\b", c.text[m.end():m.end() + 14], re.I):
            return None  # "a canvas now and then": no time of its own (but "now that he has gone" is the present)
        if m["now"] == "Now" and re.match(r",?\s+(?:(?:to|for)\s+(?:the|today['\u2019]s|a|our|some)|some\s+other|other)\b",
                                          c.text[m.end():m.end() + 16]):
            return None  # "Now to the weather", "Now for today's quiz", "Now some other news": a broadcast's turn
        return ("DATE", "PRESENT_REF")
    if (m["past"] or "").lower().startswith("the") and _COUNT_NEXT.match(c.text, m.end()):
        return None  # "over the past two seasons", "the past few games": a stretch of things counted, not the past
    if m["past"] or m["those"]:  # "in those days": then, long ago
        if (m["past"] or "").lower() == "recently" and \
                (re.search(r"\b(?:most|least|as)\s+$", c.text[max(0, m.start() - 6):m.start()], re.I)):
            return None  # "won four contests, most recently in 2019", "as recently as the 1970s": an order, a yardstick
        return ("DATE", "PAST_REF")
    # "in recent weeks", "in the coming months": a stretch back or ahead of some length; but "in recent
    # years" is the past (as annotators of TimeBank and of news for newsline alike write them)
    if m["units"]:
        return ("DURATION", _SOME[m["units"].lower()])
    return ("DATE", "FUTURE_REF")


_COUNT_NEXT = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|"
                         r"couple)\b", re.I)
_NOUN_AFTER_PRESENT = re.compile(r"\s+(?!(?:day|time|moment|and|or|but|is|was|as|to|in|of|for)\b)[a-z]")
_SOME = {"days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY", "quarters": "PXQ", "decades": "PXY"}


# "That May be so" (a capital after "that": a modal, miswritten), "that May Ellis": a verb or a name after it
_MODAL_MAY = re.compile(r"\s+(?:[A-Z]|(?:be|have|not|also|well|never|still|even|yet)\b)")


# a verb before "that" and an auxiliary after the month: "that" opens a clause, the month its subject
_SAYS_THAT = re.compile(r"\b(?:(?:say|suggest|show|expect|believe|hope|predict|warn|think|mean|know|fear|feel|find|claim|"
                        r"argue|insist|report|indicate|confirm|announce|estimate|note|agree|admit|decide|assume|"
                        r"forecast)(?:s|ed|d)?|said|thought|meant|knew|felt|found|clear|shown)\s+$")
_AUX_NEXT = re.compile(r"\s+(?:will|would|is|was|has|had|could|should|might|must|can)\b")


@rule(rf"\bthat\s+(?:same\s+)?(?:(?P<mon>{_MONTH})(?:\s+(?P<part>day|morning|afternoon|evening|night)"
      rf"(?:\s+in\s+(?P<y>{_YEAR}))?)?|(?P<s>spring|summer|fall(?!\s+(?:in|on)\b)|autumn|winter))\b"
      r"(?!\s+(?:of|from)\b)",  # "that fall of the regime", "that fall in prices" (but "turned up that summer in a shed")
      (*_MONTH_KEYS, r"\bspring\b", r"\bsummer\b", r"\bfall\b", r"\bautumn\b", r"\bwinter\b"), 5, 4,
      needs=(r"\bthat\s",))
def _that_month(m: re.Match, c: _Ctx) -> _Norm:
    """"(in 1967 ...) that July", "that autumn": the month or season of the year last named, else the
    last one before the DCT; "(the night of 17 November 1987 ...) that November night in 1987": the
    day of that month last named, at that part of the day."""
    if _SAYS_THAT.search(c.text, max(0, m.start() - 12), m.start()) and _AUX_NEXT.match(c.text, m.end()):
        return None  # "the forecast suggests that March will be drier": "that" opens what is said
    if m["mon"]:
        if not _cap(m["mon"]) or len(m["mon"]) == 3 and not (m["mon"] == "May" and not _MODAL_MAY.match(c.text, m.end())):
            return None  # "that may be", "that mar..." (not "talks broke down that May.", "That May the club fell")
        mon = _month(m["mon"])
        placed = f"{_place_month(mon, c.dct, 'past', _STRICT):04d}-{mon:02d}"
        if m["part"]:
            part = m["part"].lower()
            return ("DATE" if part == "day" else "TIME",
                    _Ref("that_day", f"{m['y']}-{mon:02d}" if m["y"] else placed,
                         f"{m['y'] or ''}-{mon:02d} {_PARTCODE.get(part, '')}".strip()))
        return ("DATE", _Ref("in_year", placed, f"-{mon:02d}"))
    code = _SEASONS[m["s"].lower()]
    return ("DATE", _Ref("in_year", f"{c.dct.year - 1:04d}-{code}", f"-{code}"))


@rule(rf"\bthe\s+(?P<rel>following|next|previous|preceding)\s+(?:(?P<mon>{_MONTH})|(?P<s>spring|summer|fall|autumn|winter))"
      r"\b(?!\s+\d)", (*_MONTH_KEYS, r"\bspring\b", r"\bsummer\b", r"\bfall\b", r"\bautumn\b", r"\bwinter\b"), 3, 2,
      needs=("following", "next", "previous", "preceding"))
def _month_from(m: re.Match, c: _Ctx) -> _Norm:
    """"(wrote in April 2011 ...) the following March": the first such month or season after (or before)
    the date last named; "the next March" only in a story told in the past, else the one ahead."""
    if m["mon"] and (not _cap(m["mon"]) or len(m["mon"]) == 3):
        return None
    sign = 1 if m["rel"].lower() in ("following", "next") else -1
    code, start = (f"{_month(m['mon']):02d}", _month(m["mon"])) if m["mon"] else \
        (_SEASONS[m["s"].lower()], _SEASON_START[_SEASONS[m["s"].lower()]])
    year = _place_month(start, c.dct, "future" if sign > 0 else "past", _STRICT)
    if start == c.dct.month:  # the one after (before) this month's
        year += sign
    fallback = f"{year:04d}-{code}"
    if m["rel"].lower() == "next" and _tense_around(m, c) != "past":
        return ("DATE", fallback, True)  # its year is not written: inferred
    return ("DATE", _Ref("month_from", fallback, f"{code} {start} {sign}"), True)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@rule(r"\bat\s+(?P<x>the\s+time)(?=\s*(?:[,.;:!?)\"'\u201d]|$)|\s+(?:and|but|or|because|so)\b)",
      (r"\btime\b",), 2, 2, needs=(r"at\s+the\s",))
def _at_the_time(m: re.Match, c: _Ctx) -> _Norm:
    """"who was on the bridge at the time, survived": the time of what was told, some time back (not
    "at the time of the attack", "at the time Howes was captured": a clause says which)."""
    return ("DATE", "PAST_REF")


@rule(r"\b(?:the\s+(?:near|short|long)[\s-]term|a\s+later\s+date|as\s+soon\s+as\s+possible)\b",
      (r"\bterm\b", r"\bdate\b", r"\bpossible\b"), 3, 1)
def _future_phrase(m: re.Match, c: _Ctx) -> _Norm:
    """"in the near term", "at a later date", "as soon as possible": some time ahead."""
    if _ATTRIBUTIVE.match(c.text, m.end()):
        return None  # "the long-term debt": a kind of debt
    return ("DATE", "FUTURE_REF")


@rule(r"\bsoon\b(?!\s+(?:after|afterwards?|thereafter|as|enough|became|turned|found|realized)\b)", ("soon",), 1, 2)
def _soon(m: re.Match, c: _Ctx) -> _Norm:
    """"it will soon begin", "may soon seek", "expects sales to soon grow", "it soon will": some time
    ahead. Not "as soon as", "too soon", "soon after the war" (a yardstick), nor "was soon released"
    (a story's next step)."""
    if re.search(r"\b(?:as|so|too|how|not|very)\s+$", c.text[max(0, m.start() - 6):m.start()], re.I):
        return None
    if _MODAL_BEFORE.search(c.text, max(0, m.start() - 40), m.start()) or _MODAL_AFTER.match(c.text, m.end()):
        return ("DATE", "FUTURE_REF")
    return None


_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|may|might|could|should|must|to|'ll)\b"
                           r"(?:\s+(?!(?:and|but|or)\b)[\w'-]+){0,3}\s+$", re.I)
_MODAL_AFTER = re.compile(r"\s+(?:will|would|may|might|could|should)\b", re.I)


@rule(r"\b(?:earlier|later)\s+(?:this\s+(?P<unit>week|month|year|day|decade)|in\s+(?P<x>the\s+(?P<unit2>week|month|year|day)))\b",
      (r"\bearlier", r"\blater"), 1, 4)
def _earlier_this(m: re.Match, c: _Ctx) -> _Norm:
    """"earlier this week": the DCT's week (its extent with "earlier", as TimeBank mostly has it); "later
    in the day": the day (week, ...) of the date last named ("The blast hit on Monday. Later in the
    day, ..."), else the DCT's."""
    if m["unit2"]:
        unit = m["unit2"].lower()
        return ("DATE", _Ref("anchor", _shift(c.dct, unit, 0), f"{unit} 0"))
    return ("DATE", _shift(c.dct, m["unit"].lower(), 0))


@rule(r"\b(?:the\s+)?(?P<unit>week|month)\s+(?:ago|earlier)\b(?!\s+than\b)|\ba\s+(?P<unit2>week|month)\s+(?:ago|earlier)\b"
      r"(?!\s+than\b)",  # "a month earlier than usual": a stretch
      (r"\bago", r"\bearlier"), 3, 2)
def _a_week_ago(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", _shift(c.dct, (m["unit"] or m["unit2"]).lower(), -1))


@rule(rf"\b(?:the\s+)?(?P<m1>{_MONTH})\s*[-\u2013/]\s*(?P<m2>{_MONTH})\s+(?:quarter|period|months)\b",
      (r"\bquarter\b", r"\bperiod\b", r"\bmonths\b"), 5, 1, needs=("-", "\u2013", "/"))
def _month_span_quarter(m: re.Match, c: _Ctx) -> _Norm:
    """"the April-June quarter": the calendar quarter those months make, in the year its last month
    falls in (by tense, as a month alone)."""
    if not (_cap(m["m1"]) and _cap(m["m2"])):
        return None
    first, last = _month(m["m1"]), _month(m["m2"])
    if first % 3 != 1 or last != first + 2:
        return None  # not a calendar quarter ("the July-September period" is one; "May-July" is not)
    return ("DATE", f"{_place_month(last, c.dct, c.tense(m.start())):04d}-Q{(first + 2) // 3}", True)


@rule(r"\b(?:(?:the|a)\s+)?year[\s-]+(?:earlier|ago)(?:\s+(?P<unit>period|month))?\b(?!\s+than\b)",
      (r"\bago", r"\bearlier"), 3, 2)
def _year_ago(m: re.Match, c: _Ctx) -> _Norm:
    if m["unit"] and m["unit"].lower() == "month":
        return ("DATE", _shift(c.dct, "month", -12))
    if "earlier" in m.group(0).lower() and not m["unit"] and (told := _year_told(m, c)):
        return ("DATE", told)
    if _other_period(m, c):
        return ("DATE", _shift(c.dct, "year", -1))
    return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1)))


@rule(rf"\b(?:the\s+)?(?P<y>{_YEAR})\s+(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:period|quarter)\b"
      rf"|\bthe\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:of|in)\s+(?P<y2>{_YEAR})\b",
      (r"\bperiod", r"\bquarter"), 4, 3)
def _year_period(m: re.Match, c: _Ctx) -> _Norm:
    """"the 1988 period", "the same period of 1988": the quarter under discussion, in that year."""
    if m["ord"]:  # "the 1988 third quarter"
        return ("DATE", f"{m['y']}-Q{ORDINALS[m['ord'].lower()]}")
    y = m["y"] or m["y2"]
    return ("DATE", _Ref("period", y, y))


@rule(r"\b(?:(?:the\s+)?(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+(?:of\s+)?"
      r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year's\s+(?:quarter|period))\b",
      (r"\bquarter\b", r"\bperiod\b"), 4, 5, needs=("year",))
def _period_year_before(m: re.Match, c: _Ctx) -> _Norm:
    """"the quarter a year ago", "last year's quarter", "the corresponding period last year": the
    quarter under discussion, a year before."""
    return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1)))


@rule(r"\bthe\s+(?:latest|most\s+recent|recent)\s+(?:period|quarter)\b",
      (r"\bperiod", r"\bquarter"), 4, 3)  # the reach of the rule above: one window for both
def _latest_period(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", _Ref("quarter", _shift(c.dct, "quarter", -1)))


_WHEN_NEXT = re.compile(r"\s+when\b")


@rule(r"\b(?:(?:earlier|later|(?P<edge>early|late))\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+(?P<dir>next|following|previous|"
      r"preceding))\s+(?P<unit>day|morning|afternoon|evening|night|weekend|week|month|year|quarter|decade)(?![\w-])"
      r"(?P<ago>(?:(?<=same\smonth)|(?<=same\sweek))\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)))?"
      r"(?!\s+(?:of|(?<!(?:said|says)\sthe\ssame\sday\s)that|in\s+which|or)\b)"
      r"|\bthe\s+(?P<unit2>day|morning|afternoon|evening|night|week|month|year)\s+(?P<dir2>before|after)"
      r"(?=\s*[,.;:!?]|\s*$|\s+(?:too|as\s+well|again)\b)",  # ("and the year before too")
      (r"\bday\b", r"\bmorning\b", r"\bafternoon\b", r"\bevening\b", r"\bnight\b", r"\bweek\b", r"\bweekend\b",
       r"\bmonth\b", r"\byear\b", r"\bquarter\b", r"\bdecade\b"), 4, 2,
      needs=("that", "same", "next", "following", "previous", "preceding", "before", "after"))
def _anaphoric(m: re.Match, c: _Ctx) -> _Norm:
    """"that year", "later that day", "later that decade", "the same month", "the next morning", "the day
    before": the date last named in the text (or the day after or before it), never the DCT's: without a
    date to refer to, nothing is tagged."""
    if m["rel"] and "same" in m["rel"] and re.match(r"\s+as\b", c.text[m.end():m.end() + 4]):
        return None  # "the same week as the vote": a comparison ("that afternoon as a precaution" is a time)
    unit = (m["unit"] or m["unit2"]).lower()
    if unit == "weekend" and c.text.endswith(" of ", 0, m.start()):
        return None  # "the Monday of that weekend": the Monday's
    direction = (m["dir"] or m["dir2"] or "").lower()
    if unit == "day" and not direction and c.text.startswith(" when", m.end()) and _WHEN_NEXT.match(c.text, m.end()):
        return None  # "that day when ...": the day the clause defines (but "a scare the next day when a panel failed")
    n = 1 if direction in ("next", "following", "after") else -1 if direction else 0
    if unit == "quarter":
        return ("DATE", _Ref("quarter", None)) if not n else None
    if n and not m["unit2"] and unit not in ("day", *_PARTCODE):
        return None  # "the following year" and the like: a rule of their own
    if m["ago"]:  # "up 6% from the same month last year": that month (or week) a year before
        return ("DATE", _Ref("anchor", None, "month -12" if unit == "month" else "week -52"))
    part = _PARTCODE.get(unit)
    return ("TIME" if part else "DATE", _Ref("anchor", None, f"{'day' if part else unit} {n} {part or ''}"), False,
            _mod(m["edge"]))  # "Early the next morning": START


@rule(r"\bmid[\s-]?(?P<part>morning|afternoon|day)\b",
      (r"\bmid",), 1, 2)
def _midday(m: re.Match, c: _Ctx) -> _Norm:
    """"by mid-afternoon", "at midday": on the day last named in the paragraph, else the DCT (said of
    the future, the day ahead last named: "the fog should lift by mid-afternoon")."""
    code = "T12:00" if m["part"].lower() == "day" else f"T{_PARTCODE[m['part'].lower()]}"
    return ("TIME", _Ref("time_ahead" if c.tense(m.start()) == "future" else "time", f"{c.dct.isoformat()}{code}", code))

