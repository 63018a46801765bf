"""Dates that name the calendar: ISO and slashed dates, month and day, years and spans of years,
decades, centuries, quarters and halves, seasons, holidays."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..vocab import ORDINALS, WEEKDAYS, _DAY_WORD, _DAY_WORDS, _DEICTIC_DAYS, _MONTH, _ONES, _PARTCODE, _SEASONS, _WEEKDAY, _num
from ..tense import _PLUPERFECT, _Ctx
from ..dates import (
    HOLIDAYS, _STRICT, _TENSE_BIAS, _add_months, _nth_weekday, _place_day, _place_month, _place_yearly, _quarter, _shift,
    _week,
)
from ..engine import _Norm, _Ref, _narrative, rule
from .common import (
    _BY, _GIVEN_NAME, _MODPFX, _MONTH_KEYS, _NAME_END, _NAME_NEXT, _NEW_YEARS, _PLAN_TO, _QUARTERS, _STARTING, _TITLE_CASE,
    _MORNING_STAMP, _STAMP_DASH, _YEAR, _YEAR_FROM, _YEAR_SHIFT, _YEARS, _ZONE, _cap, _mod, _month,
)


@rule(rf"\b(?:(?:{_WEEKDAY}|(?:mon|tue|wed|thu|fri|sat|sun)\b),?\s+)?(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})|"
      rf"(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH})),?\s+(?P<y>{_YEAR}),?\s+(?:at\s+)?(?P<h>[012]?\d)[:.](?P<min>[0-5]\d)"
      rf"(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]\.?\s?m\b))?(?:\s+(?:{_ZONE})\b)?(?!\s*(?:%|percent|per\s+cent|points?|p\b))",
      _MONTH_KEYS, 2, 6, needs=(r"\d[:.][0-5]\d",))
def _dateline_time(m: re.Match, c: _Ctx) -> _Norm:
    """"Posted Oct. 18, 2011, 9:15 p.m. ET", "Sun 15 May 2016, 13:40": a full date and the clock time after
    it, as web pages stamp a story."""
    mon, day, h = _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"]), int(m["h"])
    if m["ap"]:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    if h > 23 or not _cap(m["mon"] or m["mon2"]):
        return None
    return "TIME", f"{dt.date(int(m['y']), mon, day).isoformat()}T{h:02d}:{m['min']}"


@rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:t(?P<H>\d{2}):(?P<M>\d{2}))?\b",
      (re.compile(r"-\d"),), 1, 2)
def _iso(m: re.Match, c: _Ctx) -> _Norm:
    try:
        dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"] and int(m["H"]) < 24 and int(m["M"]) < 60:  # 'T24:01', 'T99:99': the date alone
        return ("TIME", f"{m['y']}-{m['m']}-{m['d']}T{m['H']}:{m['M']}")
    return ("DATE", f"{m['y']}-{m['m']}-{m['d']}")


@rule(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
      (re.compile(r"/\d"),), 1, 1)
def _slash(m: re.Match, c: _Ctx) -> _Norm:
    """"10/26/89" month first, as American papers write it; "31/12/2021" day first, as it must be."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if y < 100:
        y += 1900 if y > (c.dct.year % 100) + 10 else 2000
    if mo > 12 >= d:
        mo, d = d, mo
    try:
        return ("DATE", dt.date(y, mo, d).isoformat())
    except ValueError:
        return None


def _numeric_day(m: re.Match) -> _Norm:
    """The day of the groups ``y``, ``m`` and ``d``; None when the calendar has no such day."""
    try:
        return ("DATE", dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat())
    except ValueError:
        return None


@rule(r"(?<![\d/.])(?P<y>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/]|\.\d)",
      _YEARS, 1, 1, flags=0, needs=(r"\d[/.]\d",))  # the year keys: no scan of the text of its own
def _year_first(m: re.Match, c: _Ctx) -> _Norm:
    """"2013/03/12", "2013.03.12": year, month, day, as ISO orders them."""
    return _numeric_day(m)


@rule(r"(?<![\w.])(?<!version\s)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d/]|\.\d)",
      _YEARS, 1, 1, needs=(r"\d\.\d",))
def _dotted(m: re.Match, c: _Ctx) -> _Norm:
    """"14.03.2013": day, month, year, as the countries that write dates with dots order them (not a
    version number: "version 2.10.2013")."""
    return _numeric_day(m)


_RANGE_FROM = re.compile(rf"\b(?:between|from)\s+(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
                         rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH})),?\s+"
                         r"(?:and|to|through|until)\s+$", re.I)  # "from June 1 to", "from 4 October to"
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)
_DAY_MONTH_EARLIER = re.compile(rf"\b(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH}))\b(?!,?\s+\d{{4}})",
                                re.I)
_SEASON_AND = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+(?:and|or|to|into)\s+$", re.I)
_AHEAD_OF_THE = re.compile(r"\bahead\s+of\s+(?:(?:the|its|their|his|her|[\w.]+['\u2019]s)\s+)*$", re.I)
_RANGE_TO = r"\s*(?:-|\u2013|\u2014|and|to|through|or)\s*"


_GROUP_WORD = r"\s+(?:group|movement|organi[sz]ation|brigade|coalition|alliance)\b"  # "the November 17 group"
_DAY_GROUP = re.compile(r"\s+\d{1,2}" + _GROUP_WORD, re.I)
_GROUP_NAMED = re.compile(r"(?-i:\s+[A-Z][a-z]+(?:['\u2019]s)?)?" + _GROUP_WORD, re.I)  # "the 8th of March Women's Group"


def _month_day(m: re.Match, c: _Ctx) -> _Norm:
    """"Jan. 5", "Friday, Jan. 5, 2022", "March eighth", "Aug. 21 last year"; in "Jan. 5-6, 2022" the
    year after the range is the first day's too; "fiscal 2008, which ends May 31": the year's."""
    day = _DAY_WORDS[" ".join(m["dw"].lower().split())] if m.groupdict().get("dw") else int(m["d"])
    if not _cap(m["mon"]) or day > 31:
        return None
    mon = _month(m["mon"])
    year = m["y"] or (m["ry"] if "ry" in m.re.groupindex else None)  # _day_month has no range
    rel = (m.groupdict().get("rel") or "").lower()
    if rel == "that" or m.groupdict().get("yf"):  # "on 3 November that year": of the year last named (or one
        # from it: "on 5 May the next year"), else placed as without it
        placed = _month_day_placed(m, c, mon, day)
        shift = _YEAR_SHIFT[m["yf"].lower()] if m.groupdict().get("yf") else 0
        return ("DATE", _Ref("in_year", placed[1], f"-{mon:02d}-{day:02d}", shift)) if placed else None
    if rel:  # "Aug. 21 last year"
        year = c.dct.year + {"last": -1, "this": 0, "next": 1}[rel]
    if not year and (fy := _FY_END.search(c.text, max(0, m.start() - 40), m.start())):
        year = int(fy["y"]) + (mon <= 2)  # a year ending in January or February is named for the one it began in
    if year:
        try:
            return ("DATE", dt.date(int(year), mon, day).isoformat())
        except ValueError:
            return None
    if (mon, day) == (9, 11) and c.dct > dt.date(2001, 9, 11) and _ATTACKS.match(c.text, m.end()):
        return ("DATE", "2001-09-11")  # "since the Sept. 11 attacks": the day of them
    if _GROUP_NAMED.match(c.text, m.end()):
        return None  # "the November 17 group", "the 26th of July Movement": a name
    if m.groupdict().get("wd") and _cap(m["wd"]):
        # "Monday, Jan. 3": the year, near the DCT, in which that day is that weekday
        wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
        years = [y for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1) if _weekday_of(y, mon, day) == wd]
        if len(years) == 1:
            return ("DATE", dt.date(years[0], mon, day).isoformat(), True)
    if whose := _years_thing(c, m.start()):
        try:  # "Next year's race is scheduled for April 21": of next year
            return ("DATE", dt.date(c.dct.year + (1 if whose[1].lower() == "next" else -1), mon, day).isoformat(), True)
        except ValueError:
            return None
    last = _LAST_BEFORE.search(c.text, max(0, m.start() - 6), m.start())
    if m.groupdict().get("nx") or last:
        # "a concert next June 17": the one ahead; "shot to death last Oct. 23" (its "last" left out of the
        # extent, as AQUAINT has it): the one gone by
        d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, "past" if last else "future", _STRICT)
        return ("DATE", d.isoformat(), True) if d else None
    return _month_day_placed(m, c, mon, day)


def _on_or_after(start: dt.date, mon: int, day: int) -> _Norm:
    """The first ``mon``/``day`` on or after ``start`` (the end of a range, a deadline after a day named)."""
    try:
        return ("DATE", dt.date(start.year + ((mon, day) < (start.month, start.day)), mon, day).isoformat(), True)
    except ValueError:
        return None


def _weekday_of(year: int, mon: int, day: int) -> int | None:
    """The weekday (Monday 0) of that day, None if the calendar has no such day."""
    try:
        return dt.date(year, mon, day).weekday()
    except ValueError:
        return None


_ATTACKS = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackings)\b", re.I)
# "last year's final ... in April", "next year's race ... on April 21": the month of that year
_YEARS_THING = re.compile(r"\b(next|last)\s+year['\u2019]s\s+[^.;,]{0,50}$", re.I)
# (not past another verb's clause: "would cut spending next year and would review its dividend in December",
# "goes on sale early next year, which will disappoint anyone hoping for one at Christmas")
_NEXT_YEAR_BEFORE = re.compile(r"\bnext\s+year\b(?!['\u2019]s)(?:(?!\b(?:and|but|or|which|who|when|that)\s+(?:\w+\s+)?"
                               r"(?:would|will|could|should|may|might|must|can|is|are|was|were|has|have|had)\b)"
                               r"[^.;!?])*$", re.I)


def _in_next_year(c: _Ctx, at: int) -> bool:
    """"would move next year to a longer format, beginning on the August bank holiday and running into
    mid-September": a day or month of no year told ahead after "next year" in its sentence is of that year."""
    opening = max(c.sentence(at)[0], at - 200)
    return "ext year" in c.text[opening:at] and c.tense(at) != "past" and \
        _NEXT_YEAR_BEFORE.search(c.text, opening, at) is not None


def _years_thing(c: _Ctx, at: int) -> re.Match | None:
    """"Next year's race is set for Oct. 9", "...: last year's final was postponed in April": a thing of
    next (last) year, the subject of the clause, whose date is named (not "must adopt next year's budget
    by June 27": the adopting's)."""
    opening = c.sentence(at)[0]
    if not (whose := _YEARS_THING.search(c.text, max(opening, at - 60), at)):
        return None
    before = c.text[opening:whose.start()].rstrip()
    return whose if not before.strip("\"'\u201c") or before.endswith((":", ";")) else None
# (not "the first quarter of fiscal 2024, which ended Sept. 30": the quarter's end, placed by its tense)
_FY_END = re.compile(rf"(?<!quarter\sof\s)(?<!half\sof\s)\bfiscal\s+(?:year\s+)?(?P<y>{_YEAR}),?\s+(?:which\s+)?"
                     r"(?:ends|ended|ending|closes|closed|runs\s+(?:to|through|until))\s+(?:on\s+)?$", re.I)


def _month_day_placed(m: re.Match, c: _Ctx, mon: int, day: int) -> _Norm:
    """The month and day of ``m`` without a year, placed by the tense of the clause; the end of a range,
    on or after its start ("between June 1 and Nov. 30")."""
    if _in_next_year(c, m.start()):
        try:
            return ("DATE", dt.date(c.dct.year + 1, mon, day).isoformat(), True)
        except ValueError:
            return None
    if _UNTIL_BEFORE.search(c.text, max(0, m.start() - 8), m.start()) and \
            (earlier := list(_DAY_MONTH_EARLIER.finditer(c.text, max(c.sentence(m.start())[0], m.start() - 150),
                                                          m.start()))) and _cap(earlier[-1]["mon"] or earlier[-1]["mon2"]):
        # "a letter dated 2 February, which gave them until 30 September": a deadline after the day named
        e = earlier[-1]
        start = _place_day(_month(e["mon"] or e["mon2"]), int(e["d"] or e["d2"]), c.dct, c.tense(e.start()))
        if start:
            return _on_or_after(start, mon, day)
    if (first := _RANGE_FROM.search(c.text, max(0, m.start() - 40), m.start())) and _cap(first["mon"] or first["mon2"]):
        mon1, day1, tense = _month(first["mon"] or first["mon2"]), int(first["d"] or first["d2"]), c.tense(first.start())
        # "will run from 4 October to 13 October", said on 15 October: both ahead
        start = _place_yearly(lambda y: dt.date(y, mon1, day1), c.dct, tense, _STRICT if tense else _TENSE_BIAS)
        if start:
            return _on_or_after(start, mon, day)
    since = c.since(m.start())
    tense = "past" if since else None if _AHEAD_OF_THE.search(c.text, max(0, m.start() - 40), m.start()) or \
        _PERIOD_ENDING.search(c.text, max(0, m.start() - 12), m.start()) else \
        c.tense(m.start("mon"))  # "approved ahead of the agency's Nov. 20 target date", "its quarter, ending Sept. 30": the nearest
    if (said := _WHICH_IS.match(c.text, m.end())) and \
            (d := c.dct + dt.timedelta(days=_DEICTIC_DAYS[said[1].lower()])).month == mon and d.day == day:
        return ("DATE", d.isoformat(), True)  # "on April 18, which is tomorrow"
    if _STARTING.search(c.text, max(0, m.start() - 14), m.start()) or \
            m.start() < m.start("mon") and c.scheduled_for(m.start()):
        tense = "future"  # "a tax on soda starting January 1st": a start ahead; "has been listed for 14 October"
    if tense != "future" and not since and _BY.search(c.text, max(0, m.start() - 8), m.start()) and \
            not _AGENT_BY.search(c.text, max(0, m.start() - 16), m.start()) and \
            not _PLUPERFECT.search(c.text, max(0, m.start() - 60), m.start()) and \
            not c.firm_past(m.start()):
        tense = "future"  # "requires the operators to remove their scooters by Dec. 31": a deadline ahead
    d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, tense, _STRICT if since else _TENSE_BIAS)
    if d and not since and (tense is None or (d < c.dct) != (tense == "past")) and \
            (governed := _decided(c, m.start(), tense)):  # "was arrested on Dec. 20": looked up only when it can matter
        d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, governed, _STRICT)
    elif d and d < c.dct and tense == "future" and _PLAN_TO.search(c.text, max(0, m.start() - 30), m.start()):
        d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, "future", _STRICT)  # "the race will be run Oct. 18"
    return ("DATE", d.isoformat(), True) if d else None


# "Oct. 4, 1582 was followed by Oct. 15": the agent of a passive, no deadline
_AGENT_BY = re.compile(r"\b(?:followed|preceded|replaced|succeeded|superseded|overtaken)\s+by\s+$", re.I)
_UNTIL_BARE = re.compile(r"\b(?:until|till)\s+$", re.I)
_TO_BEGIN = re.compile(r"\bto\s+(?:begin|start|open|close|end|resume|launch|expire|take\s+effect|finish|return)\s+"
                       r"(?:in|on|by|from)\s+$", re.I)
_WAS_DUE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|scheduled|supposed|set|expected|meant|planned|going)\s+$", re.I)
_WHICH_IS = re.compile(r",?\s+which\s+(?:is|was|will\s+be)\s+(today|tomorrow|yesterday)\b", re.I)
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
_PERIOD_ENDING = re.compile(r"\bending\s+(?:on\s+)?$", re.I)  # a period's last day, gone by or not: the nearest


@rule(r"\b(?:(?P<around>around|about|approximately|roughly)\s+)?" + _MODPFX +
      rf"(?:(?<!good\s)(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<nx>next)\s+)?(?P<mon>{_MONTH})\s+"
      rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw>{_DAY_WORD})(?![\w-]))\b"
      rf"(?:,?\s+(?P<y>{_YEAR})\b|\s+(?:of\s+)?(?P<rel>last|this|next|that)\s+year\b|{_YEAR_FROM}|"
      rf"(?={_RANGE_TO}\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<ry>{_YEAR})\b))?",
      _MONTH_KEYS, 5, 6)
def _month_day_rule(m: re.Match, c: _Ctx) -> _Norm:
    """:func:`_month_day`, its year maybe the story's (see :func:`_narrative`); not "by mid-March 11 people
    were sick" (a month's part has no day: the number is a count); "around Oct. 15": that day, roughly (mod
    APPROX, in the extent as TimeBank has "around Nov. 1")."""
    if m["mod"] and m["d"] and not m["y"] and _COUNTED.match(c.text, m.end()):
        return None
    norm = _narrative(_month_day(m, c), c)
    if m["around"] and norm and m["d"] and not m["mod"]:
        return (*norm[:2], norm[2] if len(norm) > 2 else False, "APPROX")
    return norm


# "April 24 and 25 people": a count, not the second day of a range
_COUNTED = re.compile(r"\s*%|\s+(?!(?:in|at|on|to|for|of|and|or|when|while|with|by|as|the|a|an|until|before|after|"
                      r"from|is|was|will|are|were)\b)[a-z]")


@rule(rf"\b(?P<mon>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_TO}(?P<x>(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)\b"
      rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
      _MONTH_KEYS, 1, 6, needs=(r"\d",))
def _day_range_end(m: re.Match, c: _Ctx) -> _Norm:
    """The second day of "Jan. 5-6", "April 24 and 25": in the month and year of the first."""
    d1, d2 = int(m["d1"]), int(m["d"])
    if not _cap(m["mon"]) or not d1 < d2 <= 31 or _COUNTED.match(c.text, m.end("x")):
        return None
    mon = _month(m["mon"])
    if m["y"]:
        return ("DATE", dt.date(int(m["y"]), mon, d2).isoformat())
    first = _place_day(mon, d1, c.dct, c.tense(m.start("mon")))
    return ("DATE", dt.date(first.year, mon, d2).isoformat(), True) if first else None


@rule(rf"\b(?:(?<!good\s)(?<!holiday\s)(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
      rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<rel>last|this|next|that)\s+year|{_YEAR_FROM})?\b",
      _MONTH_KEYS, 5, 4, needs=(r"\d",))
def _day_month(m: re.Match, c: _Ctx) -> _Norm:
    return _narrative(_month_day(m, c), c)


@rule(rf"\bthe\s+(?:(?P<which>first|last|final)\s+day|(?P<dw>{_DAY_WORD}))\s+of\s+(?P<mon>{_MONTH})"
      rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
      _MONTH_KEYS, 5, 2, needs=(r"(?:day|st|nd|rd|th)\s+of\b",))
def _day_of_named_month(m: re.Match, c: _Ctx) -> _Norm:
    """"the fifth of January", "the twenty-first of March, 2019", "the last day of June"."""
    if not m["which"]:
        return _narrative(_month_day(m, c), c)
    if not _cap(m["mon"]):
        return None
    mon = _month(m["mon"])
    year = int(m["y"]) if m["y"] else _place_month(mon, c.dct, c.tense(m.start()))
    day = 1 if m["which"].lower() == "first" else calendar.monthrange(year, mon)[1]
    return _narrative(("DATE", dt.date(year, mon, day).isoformat(), not m["y"]), c)


@rule(rf"\b(?P<x>(?P<d>\d{{1,2}})(?:st|nd|rd|th)?){_RANGE_TO}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
      rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b",
      _MONTH_KEYS, 5, 2, needs=(r"\d",))
def _day_range_start(m: re.Match, c: _Ctx) -> _Norm:
    """The first day of "10-11 February 2022", "the 3rd and 4th of May": in the month and year of the second."""
    d, d2 = int(m["d"]), int(m["d2"])
    if not _cap(m["mon"]) or not d < d2 <= 31:
        return None
    mon = _month(m["mon"])
    if m["y"]:
        return ("DATE", dt.date(int(m["y"]), mon, d).isoformat())
    first = _place_day(mon, d, c.dct, c.tense(m.start("mon")))
    return ("DATE", first.isoformat(), True) if first else None


# "an address to Congress on the seventeenth", as a transcript writes it (from the fifth: "on the first"
# and the like are mostly no day)
_LATER_DAY_WORDS = sorted((w for w, n in _DAY_WORDS.items() if n >= 5 and " " not in w), key=len, reverse=True)
_LATER_DAY = "|".join(_LATER_DAY_WORDS)


@rule(rf"\bon\s+(?P<x>the\s+(?P<d>{_LATER_DAY}))\b"
      r"(?!\s*(?:of\b|-|(?!(?:after|before|when|while|and|or|but|as|at|in|amid|following|because)\b)[a-z]))",
      tuple(dict.fromkeys(r"\b" + w.split("-")[0] + r"\b" for w in _LATER_DAY_WORDS)), 2, 3, needs=(r"\bon\s+the\s",))
def _day_word_of_month(m: re.Match, c: _Ctx) -> _Norm:
    """"on the seventeenth": as "on the 17th"."""
    return _day_of_month(m, c)


@rule(r"\b(?:on|by|until|till|since|from|before|after)\s+(?P<x>the\s+(?P<d>\d{1,2})(?:st|nd|rd|th))\b"
      r"(?!\s*(?:of\b|-|(?!(?:after|before|when|while|and|or|but|as|at|in|amid|following|because)\b)[a-z]))"
      r"(?!\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?!of\b)[a-z])",  # "the 14th and 16th holes"
      (re.compile(r"the\s+\d"),), 3, 1)  # a literal first: re finds it fast
def _day_of_month(m: re.Match, c: _Ctx) -> _Norm:
    """"on the 2nd": that day of the DCT's month or of a neighbouring one, placed by tense."""
    d = int(m["d"]) if m["d"].isdigit() else _DAY_WORDS[" ".join(m["d"].lower().split())]
    tense = c.tense(m.start("x"))
    start = c.sentence(m.start())[0]
    if (named := _last_day_named(c, start, m.start())) and named.day < d <= calendar.monthrange(named.year, named.month)[1]:
        return ("DATE", named.replace(day=d).isoformat(), True)  # "on the 14th of July, before ... on the 20th"
    days = []
    for delta in (-1, 0, 1):
        y, mo = _add_months(c.dct.year, c.dct.month, delta)
        if d <= calendar.monthrange(y, mo)[1]:
            days.append(dt.date(y, mo, d))
    before = [x for x in days if x <= c.dct]
    after = [x for x in days if x >= c.dct]
    if not before or not after or tense == "past":
        day = before[-1] if before else after[0]
    elif tense == "future":
        day = after[0]
    else:
        day = min(before[-1], after[0], key=lambda x: abs((x - c.dct).days))
    return ("DATE", day.isoformat(), True)


_DAY_NAMED = re.compile(rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})\s+"
                        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>{_YEAR}))?", re.I)


def _last_day_named(c: _Ctx, start: int, end: int) -> dt.date | None:
    """The last day named by its month in ``c.text[start:end]``, placed as it would be alone."""
    named = None
    for named in _DAY_NAMED.finditer(c.text, start, end):
        pass
    if named is None or not _cap(named["mon"] or named["mon2"]):
        return None
    mon, day = _month((named["mon"] or named["mon2"]).rstrip(".")), int(named["d"] or named["d2"])
    try:
        return dt.date(int(named["y"]), mon, day) if named["y"] else _place_day(mon, day, c.dct, c.tense(named.start()))
    except ValueError:
        return None


_OF_MONTH = r"(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?P<rel>this|next|last)\s+month\b"


def _of_month(m: re.Match, c: _Ctx, day: str) -> _Norm:
    """That ``day`` of this, next or last month."""
    y, mo = _add_months(c.dct.year, c.dct.month, {"this": 0, "next": 1, "last": -1}[m["rel"].lower()])
    return ("DATE", dt.date(y, mo, int(day)).isoformat())


@rule(rf"\b(?:the\s+)?{_OF_MONTH}", (r"\bmonth\b",), 4, 1, needs=(r"\d",))
def _day_of_a_month(m: re.Match, c: _Ctx) -> _Norm:
    """"the 21st of next month"."""
    return _of_month(m, c, m["d"])


@rule(rf"\b(?P<x>(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)){_RANGE_TO}{_OF_MONTH}", (r"\bmonth\b",), 6, 1,
      needs=(r"\d",))
def _day_range_of_a_month(m: re.Match, c: _Ctx) -> _Norm:
    """"the 20th" of "the 20th and 21st of this month" (the rule above takes the 21st)."""
    return _of_month(m, c, m["d1"])


_DELIVERY = re.compile(r"\s+(?:delivery|contracts?|futures)\b")  # "for August delivery"


@rule(_MODPFX + rf"(?:(?P<rel>last|next|this|this\s+past|past)\s+)?(?P<mon>{_MONTH})"
      rf"(?:(?:\s+of)?,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<ry>last|this|next|that)\s+year|{_YEAR_FROM})?\b",
      _MONTH_KEYS, 6, 4)
def _month_year(m: re.Match, c: _Ctx) -> _Norm:
    word = m["mon"].rstrip(".")
    if not _cap(word) or c.text.startswith(" ", m.end()) and _DAY_GROUP.match(c.text, m.end()):
        return None  # (nor "the November 17 group": a name)
    mon = _month(word)
    mod = _mod(m["mod"])
    if m["y"]:
        return ("DATE", f"{m['y']}-{mon:02d}", False, mod)
    if m["ry"] and m["ry"].lower() == "that" or m["yf"]:  # "in July that year": of the year last named
        return ("DATE", _Ref("in_year", f"{_place_month(mon, c.dct, 'past', _STRICT):04d}-{mon:02d}", f"-{mon:02d}",
                             _YEAR_SHIFT[m["yf"].lower()] if m["yf"] else 0), False, mod)
    if m["ry"]:  # "July last year"
        return ("DATE", f"{c.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['ry'].lower()]:04d}-{mon:02d}", False, mod)
    if word.lower() == "may" and not (m["mod"] or m["rel"] or _MAY_OK.search(c.text, max(0, m.start() - 40), m.start()) and
                                      _MAY_OK.search(c.text[max(0, m.start() - 12):m.start()]) or
                                      _MONTH_AND.search(c.text, max(0, m.start() - 16), m.start()) or
                                      _MAY_PLANNED.search(c.text, max(0, m.start() - 30), m.start())):
        return None
    if word.lower() == "march" and c.text.endswith("Long ", max(0, m.start() - 5), m.start()):
        return None  # the Long March rockets
    if len(word) == 3 and word.lower() in ("mar", "jan", "jun", "jul", "sep", "oct", "nov", "dec", "aug", "apr", "feb") \
            and not m["mon"].endswith("."):
        return None
    if not (m["rel"] or m["mod"]) and _NAME_NEXT.match(c.text, m.end("mon")) and \
            (not _MONTH_BEFORE.search(c.text, max(0, m.start() - 12), m.start()) or
             _COUPLE.search(c.text, max(0, m.start() - 20), m.start())):
        return None  # "the plays of August Wilson", "June Carter sang", "Earl and June Spradley": a name
    if not (m["rel"] or m["mod"]) and (_NAME_END.match(c.text, m.end()) and
                                       _GIVEN_NAME.search(c.text, max(0, m.start() - 24), m.start()) and
                                       not _TITLE_CASE.search(c.text, max(0, m.start() - 40), m.start()) or
                                       _SPEAKS.match(c.text, m.end("mon")) and
                                       not _MONTH_BEFORE.search(c.text, max(0, m.start() - 12), m.start())):
        return None  # "the treasurer, Judith March, said", "bassist Paul August", '"...," March said': a person
    if word.lower() == "march" and not m["rel"] and _A_MARCH.match(c.text, m.end("mon")) and \
            re.search(r"\b(?:the|a|an|annual)\s+(?:``|[\"\u201c])?$", c.text[max(0, m.start() - 10):m.start()], re.I):
        return None
    rel = (m["rel"] or "").lower()
    tense = "past" if "last" in rel or "past" in rel else "future" if rel == "next" else c.tense(m.start("mon"))
    done = False  # "By November they'd narrowed it down", "By July the firm ran out of cash": done by then
    if not rel and _BY.search(c.text, max(0, m.start() - 8), m.start()):
        done = bool(_PLUPERFECT.search(c.text, max(0, m.start() - 60), m.start()) or
                    _PLUPERFECT.search(c.text, m.end(), m.end() + 30) or c.firm_past(m.start()))
        tense = "past" if done else "future"
    elif not rel and tense is None and _UNTIL_BARE.search(c.text, max(0, m.start() - 8), m.start()):
        tense = "future"  # '"Then we sleep," she said, "until January."': a wait told of nothing past
    elif not rel and _DELIVERY.match(c.text, m.end()):
        tense = "future"  # "Gold for August delivery fell": a contract for a month ahead
    elif not rel and (to := _TO_BEGIN.search(c.text, max(0, m.start() - 30), m.start())) and \
            not _WAS_DUE.search(c.text, max(0, to.start() - 24), to.start()):
        tense = "future"  # "urged Ottawa to fund a study, to begin in January": what is to happen
    since = c.since(m.start("mon"))
    year = c.dct.year if rel == "this" else \
        _place_month(mon, c.dct, tense, _STRICT if rel or since or done else _TENSE_BIAS)
    if not rel and (whose := _years_thing(c, m.start())):
        year = c.dct.year + (1 if whose[1].lower() == "next" else -1)  # "last year's final was postponed in April"
    elif not rel and _in_next_year(c, m.start()):
        return ("DATE", f"{c.dct.year + 1:04d}-{mon:02d}", True, mod)
    if not rel and not since and (tense is None or ((year, mon) < (c.dct.year, c.dct.month)) != (tense == "past")) \
            and (governed := _decided(c, m.start(), tense) or
                 ("past" if tense == "past" and c.subject_past(m.start()) else None)):
            # "collapsed in mid-December", "Exports in January rose": looked up only when it can matter
        year = _place_month(mon, c.dct, governed, _STRICT)
    if rel == "last" and (c.dct.year - year) * 12 + c.dct.month - mon in (0, 1):
        year -= 1  # "last February" said in March is a year back: the month just gone is "in February"
    elif rel == "next" and year == c.dct.year and 0 <= mon - c.dct.month <= 3:
        year += 1  # "next July" said in July, or in April (this July is "in July", "this July"): the one a year on
    if not rel and not since and (told := _clause_year(c, m.start())):
        return ("DATE", f"{told}-{mon:02d}", True, mod)
    norm = ("DATE", f"{year:04d}-{mon:02d}", True, mod)  # "last August": the year is not written either
    return norm if rel else _narrative(norm, c)


# The year of a month's own clause: "A retrospective in 1999 ran from March to June", "in 2017 an ice storm closed
# City Hall in early April", "The 2020 Games would be held in late July" (not "who emigrated in 1979, qualified in
# March", "joined in 1961 and retires in December", "since 1986", nor "registration for the 1999 race would open")
_CLAUSE_YEAR = re.compile(rf"(?:\b(?:in|during)\s+(?P<y>{_YEAR})|^\W*the\s+(?P<y2>{_YEAR})\s+[a-z][\w-]*)"
                          r"(?:(?![,;:()\[\]\"\u201c\u201d]|\b(?:which|who|whom|whose|that|since|and|but|or|when|while|"
                          r"before|after|until|till|than|because|although|where|if|said|says)\b).){0,90}$", re.I | re.S)


def _clause_year(c: _Ctx, at: int) -> str | None:
    """The year written before ``at`` in its clause (see ``_CLAUSE_YEAR``), or None."""
    start = c.sentence(at)[0]
    if not re.search(r"\d{4}", c.text[start:at]):
        return None  # the common case, decided at once
    if joined := _MONTH_JOINED.search(c.text, max(start, at - 40), at):
        at = joined.start()  # "in late July and August": the year of the month before
    m = _CLAUSE_YEAR.search(c.text, start, at)
    return (m["y"] or m["y2"]) if m else None


_MONTH_JOINED = re.compile(rf"\b{_MONTH}\s+(?:and|or|until|till|through)\s+(?:(?:early|mid|late)[\s-]+)?$", re.I)


def _decided(c: _Ctx, at: int, tense: str | None) -> str | None:
    """The direction the words say for sure, where the tense was only a hint: the verb governing the
    date ("collapsed in December"), or a firm past cue ("filed for bankruptcy in July")."""
    return c.governed(at) or ("past" if tense == "past" and c.firm_past(at) else None)


# "the March for Life", "a March on Washington", "the March of the Mothers": a march, not the month
_A_MARCH = re.compile(r"\s+(?:for|against|through|across)\b|\s+(?:of|on)\s+(?:(?:the|a|an)\s+)?[A-Z]")
# Words before a month that make it the month even before a capitalized word ("In August Congress ...")
# a given name and "and" before a month and a surname: a couple ("Earl and June Spradley")
_COUPLE = re.compile(rf"\b(?!(?i:{_MONTH})\b)[A-Z][a-z]+\s+and\s+$")
_MONTH_BEFORE = re.compile(r"\b(?:in|on|since|until|till|by|during|from|through|before|after|between|and|or|to|early|"
                           r"late|mid)\s*-?\s*$", re.I)
# A month that speaks is a person ('"It cannot happen again," March said')
_SPEAKS = re.compile(r",?\s+(?:said|says|told|added|wrote|argued|explained|recalled|insisted|noted|asked)\b")
# "between March and May": the month after another
_MONTH_AND = re.compile(rf"\b(?!may\b){_MONTH}\s*(?:and|or|to|through|-|\u2013)\s*$", re.I)
# "scheduled for May", "until at least May", "as early as May", "the consumer price index for May" (not "voted for
# May": a name)
_MAY_PLANNED = re.compile(r"\b(?:(?:scheduled|planned|set|slated|due|booked|postponed|delayed|moved|put\s+off|pushed\s+back)"
                          r"\s+(?:for|to|until)|at\s+least|as\s+(?:early|late|soon)\s+as|later\s+than|"
                          r"(?:index|figures|data|report|sales|numbers|statistics|estimates?|payrolls|output|prices|rate|"
                          r"orders|starts|exports|imports)\s+for)\s+$", re.I)
_MAY_OK = re.compile(r"\b(?:in|into|since|until|till|by|of|during|from|through|before|after|last|next|this|early|late|"
                     r"mid)\s*-?\s*$", re.I)


_AFTER_NUMBER = re.compile(r"[$#\u00a3\u20ac\u00a5\d.,:/]\s?$")  # "$2000", "\u00a32000", "\u20ac2000": an amount
_CODE_AFTER = re.compile(r"\s+[A-Z]{1,3}\d")
_DASH_AFTER = re.compile(_STAMP_DASH)
_CODE_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\d[:-][a-z]+|(?<!\d)\d{3})-$")  # "TOI-1999", "555-2015": a phone
# a count's noun ("some 1900 National Guard members", "a total of 1998 foreign-funded enterprises", "some 2000 local
# and foreign observers")
_PLURAL_NEXT = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:[a-z]+-[a-z]+\s+|[a-z]+\s+(?:and|or)\s+[a-z]+\s+)?[a-z]{3,}s\b")
_COUNT_LEAD = re.compile(r"\b(?:about|around|some|nearly|almost|approximately|roughly|over|than|least|total\s+of|had|has|have|only|just|"
                         r"estimated?|estimates|shipped|sold|built|produced|delivered|planted|trim|trims|trimmed|"
                         r"examining|examined|eliminate|eliminated|hired|hiring|"
                         r"collected|gathered|received|drew|attracted)\s+$", re.I)  # "had 2022 signatures by Thursday"
_CLOCK_AFTER = re.compile(r"\s*(?:a\.m|p\.m|hours|GMT|UTC|local\s+time)\b", re.I)
_NUMBERED = re.compile(r"\b(?:route|highway|interstate|flight|room|no\.|number|numbered|nos?\.|model|article|section|bill|"
                       r"chapter|page|gate|bus|platform|suite|apartment|apt\.|resolution|windows|boeing|airbus|box|pier|terminal|"
                       r"precinct|hangar|berth|squadron|channel|series|paddle|lot|block|train|intercity|table|car|coach|"
                       r"(?-i:Local|Exit|Act|Russell))\s+$", re.I)  # ("the small-cap Russell 2000": a stock index)
_COUNT_OF = re.compile(r"\b(?:majority|margin|tally|crowd|attendance|turnout|total|population|capacity)\s+of\s+$", re.I)
_COUNT_AFTER = re.compile(r"\s+(?:or\s+(?:more|fewer|less|so)|block\s+of)\b")  # (and "the 2000 block of Magnolia Drive")
_NAME_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|called|named|dubbed)|['\u2019]s)\s+(?!(?:Spring|Summer|Autumn|"
                          r"Fall|Winter|Christmas|Easter|Fiscal|Financial|Calendar|Class|Year|Jan|Feb|Mar|Apr|May|Jun|"
                          r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|"
                          r"November|December|Olympics|Games)\b)(?:[A-Z][a-z]+\s+){1,2}$")
_STREET = re.compile(r"\s+(?:(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|"
                     r"Drive|Way|Place|Square)|Broadway\b)")


@rule(_MODPFX + rf"(?:(?P<fy>fiscal|fy)\s*(?:year\s+)?|the\s+year\s+)?(?P<y>{_YEAR})(?!\s*(?:%|percent|million|billion|"
      r"people|troops|dollars|yen|marks|pounds|shares|units|tons|feet|acres|miles|points|votes|cases|deaths|seats|"
      r"jobs|workers|employees|soldiers|students|homes|cars|passengers|meters|metres|kilometers|kilometres|euros|"
      r"rubles|barrels|tonnes|megawatts|kilowatts|hectares|litres|liters|gallons|kilograms|doors|guineas))(?![\d,.]\d)"
      r"(?!-(?:\d|megawatt|kilowatt|tonne|ton|seat|bed|acre|hectare|mile|kilomet|metre|meter|foot|page))",
      _YEARS, 6, 2)
def _year(m: re.Match, c: _Ctx) -> _Norm:
    before = c.text[max(0, m.start() - 2):m.start()]
    if _AFTER_NUMBER.search(before) and not m["mod"] and not m["fy"]:
        return None
    if not m["mod"] and not m["fy"] and (_NUMBERED.search(c.text, max(0, m.start() - 12), m.start()) or
                                         _STREET.match(c.text, m.end())):
        return None  # "Route 2020", "Flight 1549", "1600 Pennsylvania Avenue": a number, not a year
    if not m["mod"] and not m["fy"] and (_COUNT_AFTER.match(c.text, m.end()) or
                                         _NAME_BEFORE.search(c.text, max(0, m.start() - 24), m.start()) or
                                         c.text.endswith("of ", 0, m.start()) and
                                         _COUNT_OF.search(c.text, max(0, m.start() - 24), m.start())):
        return None  # "crowds of 2000 or more", "a majority of 1997": a count; "the Aurora 2030": a name
    if c.text.endswith("-", 0, m.start()) and _CODE_BEFORE.search(c.text, max(0, m.start() - 8), m.start()):
        return None  # the planet "TOI-1999 b", the case "3:15-cr-2017": a code
    if c.text[m.start() - 1:m.start()] == "\n" and _DASH_AFTER.match(c.text, m.end()) and _MORNING_STAMP.search(c.text):
        return None  # "1530 - The man demands ..." among "0945 - ...": an hour by the 24-hour clock
    if _CLOCK_AFTER.match(c.text, m.end(), m.end() + 6) or _CODE_AFTER.match(c.text, m.end()) or \
            _PLURAL_NEXT.match(c.text, m.end()) and (m["mod"] or _COUNT_LEAD.search(c.text, max(0, m.start() - 14), m.start())):
        return None  # "at 1900 hours", the asteroid "2004 MK17", "about 2000 members of Grey Power"
    y = m["y"]
    return ("DATE", f"FY{y}" if m["fy"] else y, False, _mod(m["mod"]))


@rule(rf"\b(?:the\s+(?=\S+\s+(?:financial|fiscal|tax)\s))?(?P<y>{_YEAR})(?:\s*[-/\u2013]\s*(?P<y2>\d\d))?\s+"
      r"(?:(?:financial|fiscal|tax)\s+year\b|(?=budget\b))", (r"\bfinancial\b", r"\bfiscal\b", r"\btax\b", r"\bbudget\b"), 4, 1, needs=("year", "budget"))
def _fiscal_year_named(m: re.Match, c: _Ctx) -> _Norm:
    """"the 2011 financial year" FY2011; "the 2023-24 financial year", "the 2019-20 budget" (Australia,
    Britain, India): a fiscal year, named by the year it ends in."""
    y = int(m["y"])
    if not m["y2"]:
        return ("DATE", f"FY{y:04d}") if not m.group(0).endswith(" ") else None  # (not "the 2011 budget": a year's)
    return ("DATE", f"FY{y + 1:04d}") if (y + 1) % 100 == int(m["y2"]) else None


@rule(rf"\b(?:the\s+)?(?:financial|fiscal)\s+year\s+(?P<y>{_YEAR})\s*[-/\u2013]\s*(?P<y2>\d\d)\b(?![-/\u2013]?\d)",
      (r"\bfinancial\b", r"\bfiscal\b"), 1, 6, needs=("year",))
def _fiscal_year_after(m: re.Match, c: _Ctx) -> _Norm:
    """"the financial year 2023-24" (India, South Africa): the fiscal year ending in 2024, as "the 2023-24 financial
    year"."""
    return _fiscal_year_named(m, c)


# no noun after a year before 1500 ("in 1415 cases", "between 1200 and 1400 people" are counts)
_EARLY_END = r"(?=\s*[,.;:)]|\s+(?:when|after|before|and|under|during)\b|\s+to\s+[a-z])"


@rule(rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})|(?P<mon2>{_MONTH})(?:\s+(?P<d2>\d{{1,2}})"
      r"(?:st|nd|rd|th)?,?)?)\s+(?P<y>1[0-4]\d\d)\b(?=\s*[,.;:)]|\s+(?:at|in|on|when|and|by|after|before|the)\b)",
      _MONTH_KEYS, 3, 2, needs=(r"1[0-4]\d\d",))
def _early_date(m: re.Match, c: _Ctx) -> _Norm:
    """"laid on 13 June 1182.", "sealed in June 1215 at Runnymede": a day or month of a year before 1500, known
    as one by the month before it and no noun after it (not "By June 1215 people had gathered": a count)."""
    mon, day = _month(m["mon"] or m["mon2"]), m["d"] or m["d2"]
    if not _cap(m["mon"] or m["mon2"]):
        return None
    if not day:
        return ("DATE", f"{m['y']}-{mon:02d}")
    try:
        return ("DATE", dt.date(int(m["y"]), mon, int(day)).isoformat())
    except ValueError:
        return None


@rule(r"\b(?:in|since|until|till|around|circa|about)\s+(?P<x>1[0-4]\d\d)" + _EARLY_END,
      (re.compile(r"1[0-4]\d\d"),), 1, 1)
def _early_year(m: re.Match, c: _Ctx) -> _Norm:
    """"stepped down in 1415, when", "abandoned around 1350.": a year before 1500, known as one only by the
    word before it and no noun after it."""
    return ("DATE", m["x"])


@rule(r"\bbetween\s+(?P<x>1[0-4]\d\d)(?=\s+and\s+1[0-4]\d\d" + _EARLY_END + r")",
      (re.compile(r"1[0-4]\d\d"),), 1, 3)
def _early_range_start(m: re.Match, c: _Ctx) -> _Norm:
    """"built between 1180 and 1230.": the first year of the range (the rule below takes the second; "from
    1200 to 1400" is more often a count)."""
    return ("DATE", m["x"])


@rule(r"\bbetween\s+1[0-4]\d\d\s+and\s+(?P<x>1[0-4]\d\d)" + _EARLY_END,
      (re.compile(r"1[0-4]\d\d"),), 3, 1)
def _early_range_end(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", m["x"])


_SPAN_SEP = r"\s*[-\u2013/]\s*"  # "1990-91", "2018\u20132019", "2013/14"
_SPAN_STOP = r"(?![-/\u2013]?\d)\b"  # not a date "2010-11-05"


def _span_end(m: re.Match) -> int | None:
    """The second year of "1990-91", "2018-2019", "2013/14", if the pair is a span of years."""
    y1, y2 = int(m["y1"]), m["y2"]
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2) + (100 if int(y2) <= y1 % 100 else 0)
    return end if y1 < end <= y1 + 30 else None


@rule(rf"\b(?P<x>(?P<y1>{_YEAR})){_SPAN_SEP}(?P<y2>{_YEAR}|\d\d){_SPAN_STOP}", _YEARS, 1, 2,
      needs=("-", "\u2013", "/"))
def _year_span_start(m: re.Match, c: _Ctx) -> _Norm:
    """The first year of "in 1990-91", "the 2018-2019 season" (the second is a timex of its own)."""
    return ("DATE", m["y1"]) if _span_end(m) else None


@rule(rf"\b(?P<y1>{_YEAR}){_SPAN_SEP}(?P<x>(?P<y2>{_YEAR}|\d\d)){_SPAN_STOP}", _YEARS, 1, 2,
      needs=("-", "\u2013", "/"))
def _year_span_end(m: re.Match, c: _Ctx) -> _Norm:
    """The second year of "1990-91": a year of the first one's century."""
    end = _span_end(m)
    return ("DATE", f"{end:04d}") if end else None


@rule(r"\b(?:in|since|of|by|until|from|to|before|after|during|and|or)\s+(?P<x>['\u2019](?P<yy>\d\d))\b(?!['\u2019]?s\b)",
      tuple(f"{q}{d}" for q in "'\u2019" for d in "0123456789"), 1, 1)
def _year_short(m: re.Match, c: _Ctx) -> _Norm:
    """"after the freeze in '89", "since '98": the latest such year not after the DCT's."""
    y = c.dct.year // 100 * 100 + int(m["yy"])
    return ("DATE", f"{y - 100 * (y > c.dct.year):04d}")


@rule(r"\b(?:fiscal|fy)\s*(?P<y>\d{2})\b",
      ("fiscal", "fy"), 1, 2)
def _fiscal_short(m: re.Match, c: _Ctx) -> _Norm:
    y = int(m["y"])
    return ("DATE", f"FY{(1900 if y > 50 else 2000) + y}")


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:{'|'.join(_ONES[1:10])}))?"


@rule(rf"\b(?:(?P<mon>{_MONTH})\s+|(?P<the>the\s+year)\s+)?(?P<y>(?:nineteen|eighteen)[\s-]+(?:{_TENS_WORDS}|{_TEENS}|"
      rf"hundred)|twenty[\s-]+(?:{_TENS_WORDS}|{_TEENS})|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{_TENS_WORDS}|{_TEENS}|"
      rf"{'|'.join(_ONES[1:10])}))?)\b",
      (r"\bnineteen\b", r"\beighteen\b", r"\btwenty\b", r"\bthousand\b"), 3, 3)
def _spelled_year(m: re.Match, c: _Ctx) -> _Norm:
    """"nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven" (broadcast
    transcripts). "two thousand" and "nineteen hundred" alone are as likely counts: only after a month
    or "the year"."""
    words = m["y"].lower().replace("-", " ").split()
    if words[0] == "two":
        if not (m["mon"] or m["the"]):
            return None
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (int(_num(" ".join(rest))) if rest else 0)
    else:
        if words[1] == "hundred" and not (m["mon"] or m["the"]):
            return None
        year = int(_num(words[0])) * 100 + (int(_num(" ".join(words[1:]))) if words[1] != "hundred" else 0)
    if m["mon"]:
        return ("DATE", f"{year:04d}-{_month(m['mon']):02d}") if _cap(m["mon"]) else None
    return ("DATE", f"{year:04d}")


@rule(r"\b(?:the\s+)?" + r"(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)'?s\b",
      _YEARS, 3, 1, needs=("0s", "0's"))
def _decade(m: re.Match, c: _Ctx) -> _Norm:
    """"the 1990s": a decade; "the 1800s" is the century those years begin (the 2000s stay a decade,
    as the word is used)."""
    dec = m["dec"]
    return ("DATE", dec[:2] if dec.endswith("00") and dec != "2000" else dec[:3], False, _mod(m["mod"]))


_DEGREES_BEFORE = re.compile(r"\b(?:highs?|lows?|temperatures?|readings?|thermometers?|mercury)\b[^.;]{0,20}?\b(?:in|into|to)\s+"
                             r"(?:the\s+)?(?:(?:low|mid|high|upper|lower)[\s-]+)?$", re.I)
_DECADE_WORDS = {w: i for i, w in enumerate(("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                              "eighties", "nineties"), start=2)}


@rule(r"(?:\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?|(?<![\w']))'(?P<dec>\d)0s\b"  # "the 1950s and '60s"
      rf"|\bthe\s+(?:(?P<mod2>early|late|mid)[\s-]+)?(?:nineteen[\s-]+)?(?P<word>{'|'.join(_DECADE_WORDS)})\b",
      ("0s", *(rf"\b{w}\b" for w in _DECADE_WORDS)), 4, 1)
def _decade_short(m: re.Match, c: _Ctx) -> _Norm:
    """"the '60s", "the nineties": a decade of the DCT's century, or of the one before (not "highs in the
    fifties", "temperatures in the low 60s": degrees)."""
    if _DEGREES_BEFORE.search(c.text, max(0, m.start() - 40), m.start()):
        return None
    d = int(m["dec"]) if m["dec"] else _DECADE_WORDS[m["word"].lower()]
    cent = c.dct.year // 100  # the DCT's decade or an earlier one; the next only when it is at hand
    century = cent if d <= (c.dct.year % 100) // 10 or cent * 100 + d * 10 - c.dct.year <= 5 else cent - 1
    return ("DATE", f"{century}{d}", False, _mod(m["mod"] or m["mod2"]))


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<dw>" + _DAY_WORD + r"))"
      r"[\s-]+century(?:\s+(?:ad\b|a\.d\.))?(?!\s+(?:of|bc|b\.c)\b)",
      ("centur",), 4, 1)
def _century(m: re.Match, c: _Ctx) -> _Norm:
    """"the 12th century", "the fourth century", "18th-century jewels": the century (its years' first digits),
    not "the first century of its history"."""
    if not m.group(0).lower().startswith("the") and not re.search(r"-century$", m.group(0), re.I) and \
            _WHOSE.search(c.text, max(0, m.start() - 12), m.start()):
        return None  # "Crane's first century since August", "his second century of the season": a hundred runs
    n = int(m["n"]) if m["n"] else _DAY_WORDS[" ".join(m["dw"].lower().replace("-", " ").split())]
    return ("DATE", f"{n - 1:02d}", False, _mod(m["mod"]))


_WHOSE = re.compile(r"(?:['\u2019]s|\b(?:his|her|their|its|my|our|your))\s+$", re.I)


@rule(r"\b(?:(?P<approx>(?i:around|about|circa))\s+)?(?:(?:AD|A\.D\.)\s+(?P<y>[1-9]\d{0,3})\b|(?P<y2>[1-9]\d{0,3})\s+(?:AD\b|A\.D\.))",
      (r"\bad\b", re.compile(r"a\.d\.(?<=\ba\.d\.)")), 2, 1, flags=0)  # the literal first: re skips to it
def _anno_domini(m: re.Match, c: _Ctx) -> _Norm:
    """"abandoned around AD 400": a year as written, of the first millennium too (no number alone is taken for one)."""
    return ("DATE", f"{int(m['y'] or m['y2']):04d}", False, "APPROX" if m["approx"] else None)


@rule(r"\b(?:(?P<approx>(?i:around|about|circa|c\.))\s*)?(?:(?P<y>[1-9]\d{0,3}(?:,\d{3})?)|(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)"
      r"|(?:the\s+)?(?P<dw>" + _DAY_WORD + r"))(?(y)|[\s-]+(?i:century|millennium))\s*(?:BCE?\b|B\.C\.(?:E\.)?)",
      (r"\bbc\b", r"\bbce\b", re.compile(r"b\.c\.(?<=\bb\.c\.)")), 4, 1, flags=0)
def _before_christ(m: re.Match, c: _Ctx) -> _Norm:
    """"around 350 BC", "the fourth century BC", "the third millennium B.C.": as TIMEX3 writes years before
    the Christian era (BC0350; the fourth century BC is BC03, the years 399 to 300 BC); not British
    Columbia's ("2,000 BC residents")."""
    if m["y"]:
        if _NOUN_NEXT_BC.match(c.text, m.end()):
            return None
        return ("DATE", f"BC{int(m['y'].replace(',', '')):04d}", False, "APPROX" if m["approx"] else None)
    n = int(m["n"]) if m["n"] else _DAY_WORDS[" ".join(m["dw"].lower().replace("-", " ").split())]
    if "millennium" in m.group(0).lower():
        return ("DATE", f"BC{n - 1}", False, "APPROX" if m["approx"] else None)
    return ("DATE", f"BC{n - 1:02d}", False, "APPROX" if m["approx"] else None)


_NOUN_NEXT_BC = re.compile(r"\s+(?!(?:and|or|to|until|till|when|while|the|in|at|on|of|by|for|from|with|was|were|is|"
                           r"are|had|has|as|that|which|but|onwards?|before|after)\b)[a-z]")


@rule(r"\bthe\s+(?P<pos>first|second|latter)\s+half\s+of\s+the\s+"
      r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century|(?P<dec>(?:1[5-9]|20)\d0)'?s)\b", ("half",), 2, 5)
def _half_of_era(m: re.Match, c: _Ctx) -> _Norm:
    """"the first half of the 20th century": the century (or decade), its start or end part; not a half
    of the DCT's year."""
    value = f"{int(m['n']) - 1:02d}" if m["n"] else m["dec"][:3]
    return ("DATE", value, False, "START" if m["pos"].lower() == "first" else "END")


# A game's halves: the words of a match report in the sentence
_MATCH_PLAY = re.compile(r"\b(?:scor(?:ed|es|ing)|penalt(?:y|ies)|touchdowns?|halftime|half-time|kick-?off|"
                         r"(?:the|a)\s+match(?!-)|the\s+game(?!-)|minutes?\s+(?:later|left|remaining)|(?:won|lost|beat|led|"
                         r"trailed)\s+\d+-\d+|\d+-\d+\s+(?:win|victory|defeat|loss|lead))\b", re.I)


# A game's quarters and halves: the words only a match report has, anywhere in the text ("his 12-yard
# touchdown pass in the fourth quarter", '"We didn't tackle in the second half," he said')
_MATCH_WORDS = ("touchdown", "field goal", "quarterback", "halftime", "half-time", "kickoff", "kick-off", "kicked off",
                "interception", "free throw", "three-pointer")
_SCORE = re.compile(r"\b(?:won|lost|beat|led|trailed)\s+\d+-\d+|\b\d+-\d+\s+(?:win|victory|defeat|loss|lead|half-?time)\b")


def _match_report(c: _Ctx) -> bool:
    """Whether the text reports a game (see ``_MATCH_WORDS``, or a score won or lost), looked up once per
    text (substrings of the lower-cased text first: far cheaper than a regex over all of it)."""
    if "match" not in c.memo:
        low = c.text.lower()
        c.memo["match"] = any(w in low for w in _MATCH_WORDS) or "-" in low and _SCORE.search(low) is not None
    return c.memo["match"]


def _quarter_year(n: int, size: int, c: _Ctx, at: int, end: int) -> int:
    """The year of quarter (``size`` 4) or half (2) ``n`` named without one (the match ending at ``end``):
    the DCT's, or the year before for one not begun yet that is spoken of in the past ("profit fell in the
    fourth quarter") or, just ended, whose figures are reported ("fourth-quarter GDP figures are due next
    month" in January);
    "by the end of the second quarter" is a deadline, ahead."""
    cur = _quarter(c.dct) if size == 4 else (c.dct.month - 1) // 6 + 1
    if n <= cur:
        # "would cut 150 jobs by the end of the first quarter", "would stay soft through the first half", said
        # in November: next year's (not "will report first-quarter results", nor "the third quarter" said in
        # October of the one just ended: a period gone by)
        return c.dct.year + (n < cur and (_BY.search(c.text, max(0, at - 8), at) is not None or
                                          (size == 2 or cur - n >= 2) and c.tense(at) == "future" and
                                          not _REPORTED_ON.match(c.text, end) and not _MEASURE.match(c.text, end) and
                                          not _TO_REPORT.search(c.text, max(0, at - 50), at)))
    ahead = c.tense(at) == "future" or _BY.search(c.text, max(0, at - 8), at)
    just_ended = n - cur == size - 1  # the fourth quarter in the first
    return c.dct.year - (not ahead or just_ended and bool(
        _REPORTED_ON.match(c.text, end) or
        _MEASURE.match(c.text, end) and _TO_REPORT.search(c.text, max(0, at - 50), at)))


# "fourth-quarter GDP figures", "first-half results": a report on a period gone by, whatever the tense
_REPORTED_ON = re.compile(r"[\s-]+(?:(?:gdp|sales|profit|revenue|earnings|growth|trading|output|jobs|inflation)\s+)?"
                          r"(?:figures|results|data|numbers|statistics|report)\b", re.I)
# and "will report fourth-quarter earnings", "its estimate of fourth-quarter gross national product" (but
# "Q4 earnings will rise" may be of the quarter ahead)
_MEASURE = re.compile(r"[\s-]+(?:earnings|profits?|revenues?|sales|gdp|gnp|gross\s+(?:national|domestic)\s+product)\b",
                      re.I)
_TO_REPORT = re.compile(r"\b(?:report|release|announce|post|publish)s?\b[^.;]{0,40}$|\bestimates?\s+of\s+$", re.I)


@rule(rf"\bthe\s+(?P<mon>march|june|sept(?:ember|\.)?|dec(?:ember|\.)?)[\s-]+(?P<unit>quarter|half)\b"
      rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?", (r"\bquarter\b", r"\bhalf\b"), 3, 3)
def _month_quarter(m: re.Match, c: _Ctx) -> _Norm:
    """"the December quarter", "the June half" (as Australian and New Zealand reports name them): the
    quarter or half that month ends, in the year the month alone would be placed in."""
    mon = _month(m["mon"].rstrip("."))
    if not _cap(m["mon"]) or m["unit"].lower() == "half" and mon not in (6, 12):
        return None
    year = int(m["y"]) if m["y"] else _place_month(mon, c.dct, c.tense(m.start("mon")))
    return ("DATE", f"{year:04d}-Q{(mon + 2) // 3}" if m["unit"].lower() == "quarter" else f"{year:04d}-H{mon // 6}")


_QUARTER_ENDED = re.compile(rf"\s+(?:ended|ending)\s+(?P<mon>{_MONTH})", re.I)


@rule(r"\b(?:(?P<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+)?"
      r"(?:the\s+)?(?:(?P<pre>this|last|next)\s+year's\s+|(?P<ago>year[\s-](?:ago|earlier))\s+|"
      rf"fiscal\s+(?P<yp>{_YEAR})['\u2019]s\s+)?"
      r"(?P<fy0>fiscal\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|"
      r"past|previous|next|coming)[\s-]+)?(?P<fy>fiscal[\s-]+)?(?:calendar[\s-]+)?(?P<unit>quarter|half)"
      rf"(?:\s+(?:of\s+)?(?:fiscal\s+|calendar\s+)?(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?\b"
      r"(?!\s+(?:century|of\s+a)|[\s-]+(?:hour|minute|point|mile|dozen)s?\b|-(?:finals?|back|deck|master|marathon|"
      r"term|time|pipe|brother|sister)s?\b)",  # (not "her first half-marathon")
      ("quarter", "half"), 10, 7)
def _quarter_rule(m: re.Match, c: _Ctx) -> _Norm:
    ordw = (m["ord"] or "").lower()
    unit = m["unit"].lower()
    guessed = False  # the year of "the third quarter" said without one
    size = 4 if unit == "quarter" else 2
    letter = "Q" if unit == "quarter" else "H"
    cur = _quarter(c.dct) if size == 4 else (c.dct.month - 1) // 6 + 1
    if not ordw and not m["y"]:
        if unit != "quarter" or not m.group(0).lower().startswith("the"):
            return None  # "a quarter of the shares"
        if m["ago"]:  # "the year-ago quarter": the quarter under discussion, a year before (not a half)
            return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1), "Q"))
        # "the quarter": the one reported on, the quarter last named (a fiscal "first quarter" stays
        # the first); else "the quarter ended July 31" is the three months to then, named by the middle one
        fallback = _shift(c.dct, "quarter", -1)
        ended = _QUARTER_ENDED.match(c.text, m.end())
        if ended:
            last = _month(ended["mon"])
            fallback = _quarter_to(_place_month(last, c.dct, "past", _STRICT), last)
        return ("DATE", _Ref("quarter", fallback), False, _mod(m["edge"]))
    rel = (m["rel"] or m["pre"] or "").lower()
    explicit = m["y"] or m["yp"]  # "the first quarter of 1992", "fiscal 1992's first quarter"
    year = int(explicit) if explicit else c.dct.year + {"last": -1, "next": 1}.get(rel, 0) - bool(m["ago"])
    if ordw in ORDINALS or ordw == "final":
        n = size if ordw == "final" else ORDINALS[ordw]
        if n > size:
            return None
        if not explicit and (m["rel"] or "").lower() == "the" and not (m["fy"] or m["fy0"]) and \
                c.tense(m.start()) != "past":
            # "output ramps up as planned in the second half of the year": the DCT's (not the one gone by)
            return ("DATE", f"{c.dct.year:04d}-{letter}{n}", False, _mod(m["edge"]))
        if not explicit and rel in ("", "the") and not m["ago"]:  # "the second half"
            if not (m["fy"] or m["fy0"]) and (size == 2 and _MATCH_PLAY.search(c.text, *c.sentence(m.start())) or
                                              _match_report(c)):
                return None  # "scored twice in the second half": a half of the match, not of the year
            year, guessed = _quarter_year(n, size, c, m.start(), m.end()), True
            if size == 4 and (m["fy"] or m["fy0"]):
                if (months := _APPOSED_MONTHS.match(c.text, m.end())) and (value := _months_ended(months, c)):
                    return ("DATE", value, not months["y"], _mod(m["edge"]))  # its months told: that calendar quarter
                # "net income for the fiscal third quarter rose": a company's own quarter, whose months the
                # ordinal does not tell; the one just reported (or, said of the future, the next) ends in the
                # year of the calendar quarter before (or after) the DCT's
                year = int(_shift(c.dct, "quarter", 1 if c.tense(m.start()) == "future" else -1)[:4])
    elif ordw in ("last", "latest", "previous", "past"):
        if explicit:
            n = size
        else:
            k = year * size + cur - 2
            year, n = k // size, k % size + 1
    elif ordw == "next" or ordw == "coming":
        k = year * size + cur
        year, n = k // size, k % size + 1
    else:  # current
        n = cur
    prefix = "FY" if (m["fy"] or m["fy0"]) and m["y"] or m["yp"] else ""
    return ("DATE", f"{prefix}{year:04d}-{letter}{n}", guessed, _mod(m["edge"]))


@rule(rf"\bthe\s+(?P<pos>first|last|final)\s+(?P<n>three|six)\s+months\s+of\s+"
      rf"(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year)\b",
      (r"\bmonths\b",), 10, 4)  # the keys and reach of the duration rule: their windows are found once
def _months_of_year(m: re.Match, c: _Ctx) -> _Norm:
    """"the first six months of 1999": its first half; "the last three months of 2004": its fourth quarter; "of
    the year" placed as "the first quarter" would be."""
    first = m["pos"].lower() == "first"
    half = m["n"].lower() == "six"
    guessed = not m["y"] and m["rel"].lower() == "the"
    if m["y"]:
        year = int(m["y"])
    elif guessed:
        year = _quarter_year(1 if first else 2 if half else 4, 2 if half else 4, c, m.start(), m.end())
    else:
        year = c.dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return ("DATE", f"{year:04d}-H{1 if first else 2}" if half else f"{year:04d}-Q{1 if first else 4}", guessed)


# a fiscal quarter's months told after it: "its fiscal third quarter, the three months ended July 1" (those
# words stay a DURATION and a date, as the annotators have them)
_APPOSED_MONTHS = re.compile(rf",\s+the\s+three\s+months\s+(?P<how>ended|ending|to)\s+(?P<mon>{_MONTH})"
                             rf"(?:\s+(?P<d>\d{{1,2}}))?(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)


def _quarter_to(year: int, last: int, day: int | None = None) -> str:
    """The calendar quarter of the three months to ``last`` of ``year`` ("the quarter ended July 31"): the one
    holding most of them, named by the month before the last (a company's quarter may end a few days into
    the next: "the three months ended July 1")."""
    mid = last - (2 if day is not None and day <= 7 else 1)
    year, mid = (year - 1, mid + 12) if mid < 1 else (year, mid)
    return f"{year:04d}-Q{(mid - 1) // 3 + 1}"


def _months_ended(m: re.Match, c: _Ctx) -> str | None:
    """The calendar quarter of "the three months ended July 1" (see :func:`_quarter_to`)."""
    if not _cap(m["mon"].rstrip(".")):
        return None
    last = _month(m["mon"])
    if m["y"]:
        year = int(m["y"])
    else:  # ended: gone by, however close the other side; ending: by the tense
        year = _place_month(last, c.dct, "past" if m["how"].lower() == "ended" else c.tense(m.start()), _STRICT)
    return _quarter_to(year, last, int(m["d"]) if m["d"] else None)


@rule(rf"\b(?:the\s+)?(?P<pos>first|last|final|second)\s+two\s+(?P<fy>fiscal\s+)?quarters\s+of\s+(?:fiscal\s+)?"
      rf"(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year)\b",
      ("quarters",), 5, 3)
def _two_quarters(m: re.Match, c: _Ctx) -> _Norm:
    """"the first two quarters of 1990": its first half."""
    year = int(m["y"]) if m["y"] else c.dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return ("DATE", f"{'FY' if m['fy'] and m['y'] else ''}{year:04d}-H{1 if m['pos'].lower() == 'first' else 2}")


@rule(rf"\bQ(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?\b",
      _QUARTERS, 1, 3, flags=0)
def _q_short(m: re.Match, c: _Ctx) -> _Norm:
    """"Q3 2021"; "Q4" alone: the DCT's year, or the year before for a later quarter spoken of in the
    past (as "the fourth quarter" is)."""
    if m["y"]:
        return ("DATE", f"{m['y']}-Q{m['n']}")
    n = int(m["n"])
    return ("DATE", f"{_quarter_year(n, 4, c, m.start(), m.end()):04d}-Q{n}", True)


@rule(rf"\bH(?P<n>[12])\s+(?:of\s+)?(?P<y>{_YEAR})\b",
      (r"\bh1\b", r"\bh2\b"), 1, 2, flags=0)
def _h_short(m: re.Match, c: _Ctx) -> _Norm:
    """"H1 2013": a half of that year (only with the year: "H1" alone is as often a visa or a heading)."""
    return ("DATE", f"{m['y']}-H{m['n']}")


@rule(rf"\b(?P<y>{_YEAR})\s+Q(?P<n>[1-4])\b",
      _QUARTERS, 2, 1, flags=0)
def _y_q(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", f"{m['y']}-Q{m['n']}")


_BEFORE = re.compile(r"\b(?:before|until|till)\s+$", re.I)
_HABIT = re.compile(r"\b(?:usually|often|typically|always|normally|generally|tends?\s+to|a\s+lot|every|most\s+years)\b",
                    re.I)
_SEASON_KIND = re.compile(r"\s+(?:wheat|barley|oats|rye|crops?|cereals?|coats?|tyres|tires|jackets?|boots|uniforms?|"
                          r"plumage|statement|budget)\b", re.I)  # (and Britain's "autumn statement", "spring budget")


@rule(r"\b(?:(?P<edge>the\s+(?:beginning|start|end|middle)\s+of)\s+)?"
      r"(?:(?P<rel>this\s+coming|the\s+coming|this|last|next|this\s+past|the|coming|early|late|mid)[\s-]+)?"
      rf"(?:(?P<mod>early|late|mid)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})(?:[-\u2013/]\d\d\b)?|['\u2019](?P<y2>\d\d)\b|"
      rf"(?P<sy>nineteen[\s-]+(?:{_TENS_WORDS}|{_TEENS}))|(?P<ry>last|this|next|that)\s+year)|{_YEAR_FROM})?\b",
      (r"\bspring", r"\bsummer", r"\bfall", r"\bautumn", r"\bwinter"), 6, 5)
def _season(m: re.Match, c: _Ctx) -> _Norm:
    rel = " ".join((m["rel"] or "").lower().split())
    if m["s"].lower() == "fall" and not m["y"] and not m["y2"] and (not rel or rel in ("the", "coming", "the coming") and re.match(r"\s+(?:of|in|from|to|on)\b", c.text[m.end():])):
        return None  # "the fall of the regime", "a fall in prices": the noun, not the season
    if rel in ("", "the") and not m["y"] and not m["sy"] and re.match(r"\s+(?:of\s+)?[A-Z]", c.text[m.end():m.end() + 5]):
        return None  # "the Winter Olympics", "The Fall of Rome": a name, not the season
    if not (m["y"] or m["y2"] or m["sy"] or m["ry"] or m["yf"]) and _SEASON_KIND.match(c.text, m.end()):
        return None  # "the winter wheat", "winter tyres": a kind of crop or gear, not a season
    code = _SEASONS[m["s"].lower()]
    mod = _mod(m["mod"]) or _mod(rel if rel in ("early", "late", "mid") else None) or _mod(m["edge"])
    if m["sy"]:  # "the winter of nineteen ninety-four" (broadcast transcripts)
        words = m["sy"].lower().replace("-", " ").split()
        return ("DATE", f"{1900 + int(_num(' '.join(words[1:]))):04d}-{code}", False, mod)
    if m["y"]:
        return ("DATE", f"{m['y']}-{code}", False, mod)
    if (m["ry"] or "").lower() == "that" or m["yf"]:  # "in the spring of that year": of the year last named
        return ("DATE", _Ref("in_year", f"{c.dct.year - 1:04d}-{code}", f"-{code}",
                             _YEAR_SHIFT[m["yf"].lower()] if m["yf"] else 0), False, mod)
    if m["ry"]:  # "the spring of last year"
        return ("DATE", f"{c.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['ry'].lower()]:04d}-{code}", False, mod)
    if m["y2"]:  # "the summer of '69": the latest such year not ahead of the DCT
        y = c.dct.year // 100 * 100 + int(m["y2"])
        return ("DATE", f"{y - 100 * (y > c.dct.year):04d}-{code}", False, mod)
    if not rel and not m["edge"] and not _MAY_OK.search(c.text[max(0, m.start() - 12):m.start()]) and \
            not _SEASON_AND.search(c.text, max(0, m.start() - 16), m.start()):  # "in the spring and summer"
        return None
    if rel in ("", "the") and not m["edge"] and re.search(r"\b(?:in|during)\s+$", c.text[max(0, m.start() - 8):m.start()],
                                                         re.I) and \
            (not rel and c.governed(m.start()) != "future" or
             _HABIT.search(c.text, *c.sentence(m.start())) and c.tense(m.start()) is None):
        # "vegetable prices usually soften in winter", "It rains a lot here in the fall": any (but "by summer": this
        # one; and "is to be finished in spring": the one ahead)
        return ("DATE", f"XXXX-{code}")
    # south of the equator (an Australian or New Zealand story) the summer spans the new year
    south = _southern(c)
    mid = ({"SP": 10, "SU": 1, "FA": 4, "WI": 7} if south else {"SP": 4, "SU": 7, "FA": 10, "WI": 1})[code]
    spans_new_year = code == ("SU" if south else "WI")
    if rel == "this":  # "this spring": its year is not written either
        year = c.dct.year if not spans_new_year or c.dct.month > 2 else c.dct.year - 1
        return ("DATE", f"{year:04d}-{code}", True, mod)
    elif "last" in rel or "past" in rel:
        year = _place_month(mid, c.dct, "past", _STRICT)
        if year == c.dct.year and abs(mid - c.dct.month) <= 1:
            year -= 1
    elif rel == "next" or "coming" in rel:
        year = _place_month(mid, c.dct, "future", _STRICT)
        if year == c.dct.year and -1 <= mid - c.dct.month <= 2 and rel == "next":
            year += 1  # "next spring" said in April: this one is under way; "next summer" said in May: this one
            # is the coming one ("the coming spring": it is)
    elif _BY.search(c.text, max(0, m.start() - 8), m.start()) or \
            _BEFORE.search(c.text, max(0, m.start() - 8), m.start()) and c.tense(m.start()) != "past":
        year = _place_month(mid, c.dct, "future", _STRICT)  # "by the autumn", "no turn before the summer": ahead
    else:
        governed = c.governed(m.start())  # ("comes in the fall", "is scheduled to resume in spring": ahead, surely)
        year = _place_month(mid, c.dct, governed or c.tense(m.start()), *((_STRICT,) if governed else ()))
    if spans_new_year:
        year -= 1  # placed by its January; named, as in calendar_range, by the year it begins in
        if rel == "next" and c.dct.month == 12:
            year += 1  # "next winter" said in December: not the one begun
    norm = ("DATE", f"{year:04d}-{code}", True, mod)  # "last summer": the year is not written either
    # "kidnapped on 18 October 2002 ... at a holiday park closed for the winter": the story's
    return norm if rel not in ("", "the") else _narrative(norm, c)


# ("plans to mark it on New Year's Eve", "is due to be shown at Christmas")
_PLANNED_FOR = re.compile(r"\b(?:will|plans?\s+to|planning\s+to|hopes?\s+to|expects?\s+to|(?:is|are)\s+due\s+to|"
                          r"(?:is|are)\s+(?:scheduled|set)\s+to)\b[^.;,]{0,50}$", re.I)
_HOLIDAY = "|".join(sorted((re.escape(h).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for h in HOLIDAYS),
                            key=len, reverse=True))


# A holiday's name; needs a word of each ("good" Friday, "labor" Day, St. "patrick"'s Day, ...)
@rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+|the\s+(?=(?:{_HOLIDAY})\s+(?:long\s+)?week)|"
      rf"(?<!,\s)the\s+(?P<ou>day|week(?P<oe>end)?)\s+(?P<od>before|after|of)\s+)?(?P<h>{_HOLIDAY})(?:(?<=holiday)\s+monday\b)?"
      rf"(?:(?P<wk>\s+(?:long\s+(?=weekend))?week(?P<we>end)?)|\s+(?P<part>morning|afternoon|evening|night)\b)?(?:,?\s+(?:of\s+|in\s+)?(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<yrel>last|this|next|that)\s+year|{_YEAR_FROM})?\b",
      ("christmas", "halloween", "easter", "thanksgiving", "friday", r"\bday\b", r"\bjuly\b", r"\bholiday\b",
       "assumption", "pentecost", "whit", "juneteenth", "hogmanay", r"\bgras\b", r"\bburns\b", "bonfire", "fawkes",
       r"\bash\b", "shrove", "maundy", r"\bholy\b", r"\bpalm\b", "remembrance", "mothering", r"\bsuper\b", r"\breek\b",
       r"\bcyber\b", "waitangi", r"\bbirthday\b", *_NEW_YEARS), 6, 5,
      needs=tuple(sorted({re.escape(re.sub(r"^(?:st\.?|saint) ", "", h).split()[0].split("'")[0]) for h in HOLIDAYS})))
def _holiday(m: re.Match, c: _Ctx) -> _Norm:
    """A holiday; "Easter week", "Christmas week": the ISO week it falls in; "the Thanksgiving weekend",
    "Labor Day weekend": the weekend next to it (a Monday's is the one before); "the day after
    Thanksgiving", "the week of Family Day", "the weekend before Christmas": counted from it (but in "Nov. 21,
    the day before Thanksgiving" the day is named, and the holiday is a date of its own)."""
    found = _holiday_day(m, c)
    if found and m["ou"]:
        day, sign = dt.date.fromisoformat(found[1]), {"before": -1, "after": 1, "of": 0}[m["od"].lower()]
        if m["ou"].lower() == "day":
            return (("DATE", (day + dt.timedelta(days=sign)).isoformat(), *found[2:]) if sign and
                    dt.date.min < day < dt.date.max else None)
        if m["oe"]:  # the Saturday of the weekend before (or after) the day, else of the one it is in or next to
            wd = day.weekday()
            day += dt.timedelta(days=-((wd - 5) % 7 or 7) - 7 * (wd == 6) if sign < 0 else (5 - wd) % 7 or 7
                                if sign > 0 else -(wd == 0))
            return ("DATE", _week(day) + "-WE", *found[2:])
        return ("DATE", _week(day + dt.timedelta(weeks=sign)), *found[2:])
    if found and m["part"]:  # "on Christmas night": that part of the day
        return ("TIME", f"{found[1]}T{_PARTCODE[m['part'].lower()]}", *found[2:])
    if found and m["wk"]:
        day = dt.date.fromisoformat(found[1])
        if m["we"]:
            return ("DATE", _week(day - dt.timedelta(days=day.weekday() == 0)) + "-WE", *found[2:])
        return ("DATE", _week(day), *found[2:])
    return found


@rule(r"\b(?P<x>bank\s+holiday\s+monday)\b|\bthe\s+bank\s+holiday(?P<we>\s+weekend)?\b(?!\s+monday)", (r"\bbank\b",), 1, 3)
def _bank_holiday_monday(m: re.Match, c: _Ctx) -> _Norm:
    """"on Bank Holiday Monday": Britain's next such Monday (Easter's, the first and last of May, the last
    of August), or, told of the past, the last; "the bank holiday (weekend)" alike, if within three weeks of the
    DCT (the one the story is about: "the office, which closed for the bank holiday, is now staffed")."""
    if m["x"] and not m["x"][-6].isupper() or not 2 <= c.dct.year <= 9998:
        return None
    days = sorted(d for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1)
                  for d in ((HOLIDAYS["easter monday"](y), HOLIDAYS["early may bank holiday"](y),
                             HOLIDAYS["june bank holiday"](y), _nth_weekday(y, 8, 0, 1), HOLIDAYS["october bank holiday"](y))
                            if _irish(c) else
                            (HOLIDAYS["easter monday"](y), HOLIDAYS["early may bank holiday"](y),
                             HOLIDAYS["spring bank holiday"](y), HOLIDAYS["august bank holiday"](y))))
    if not m["x"]:
        if _DAY_APPOSED.search(c.text, max(0, m.start() - 12), m.start()):
            return None  # "The board meets tomorrow, the bank holiday, to ...": the day is named already
        tense = c.tense(m.start())
        near = [d for d in days if abs((d - c.dct).days) <= 21 and (tense != "past" or d <= c.dct) and
                (tense != "future" or d >= c.dct)]
        if not near:
            return None
        day = min(near, key=lambda d: abs((d - c.dct).days))
        return ("DATE", _week(day - dt.timedelta(days=2)) + "-WE" if m["we"] else day.isoformat(), True)
    if (named := _DATE_AFTER.match(c.text, m.end())) and _cap(named["mon"] or named["mon2"]):
        # "the final is on Bank Holiday Monday, 28 May": the one of that day
        mon, day = _month(named["mon"] or named["mon2"]), int(named["d"] or named["d2"])
        return next((("DATE", d.isoformat(), True) for d in days if (d.month, d.day) == (mon, day)
                     and abs((d - c.dct).days) < 200), None)
    if c.tense(m.start()) == "past":
        return ("DATE", max(d for d in days if d < c.dct).isoformat(), True)
    return ("DATE", min(d for d in days if d >= c.dct).isoformat(), True)


_DAY_APPOSED = re.compile(r"\b(?:today|tomorrow|yesterday|monday),\s+$", re.I)
_DATE_AFTER = re.compile(rf",\s+(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH}))\b", re.I)
_AD_NEXT = re.compile(r"\s+(?:ad|ads|advert|adverts|advertisement|commercial|spot|campaign)\b")
_DATE_BEFORE = re.compile(rf"(?:\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_YEAR}))?|"
                          rf"\b(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH})(?:\s+(?P<y2>{_YEAR}))?),\s+(?:the\s+)?$", re.I)


# A Canadian story (its places named three times or more, or a province's in its dateline, and no US dateline):
# its Thanksgiving is in October
_CANADA = re.compile(r"\b(?:Canada|Canadian|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|British\s+Columbia|"
                     r"Toronto|Ottawa|Montreal|Vancouver|Calgary|Winnipeg|Halifax|Edmonton|B\.C\.)\b")
_CANADIAN_DATELINE = re.compile(r"\A\s*[A-Z][A-Z .'-]+,\s+(?:Ont|Que|Alta|Man|Sask|N\.S|B\.C|Nfld|N\.B|P\.E\.I)\.")
_US_DATELINE = re.compile(r"\A\s*[A-Z][A-Z .,]+\((?:AP|UPI)\)|\A\s*(?:WASHINGTON|NEW YORK|CHICAGO|LOS ANGELES)\b")


_SOUTH = re.compile(r"\bNew\s+Zealand|\bAustralia|\b(?:Auckland|Wellington|Christchurch|Dunedin|Sydney|Melbourne|Brisbane|"
                    r"Perth|Adelaide|Hobart|Canberra|Darwin|Queensland|Tasmania|New\s+South\s+Wales|NSW)\b")


_NORTH = re.compile(r"\b(?:U\.S\.|United\s+States|America|Americans?|Britain|British|England|English|London|Europe|"
                    r"European|Canada|Canadian|Washington|Ohio|California|Texas|Florida|New\s+York|Chicago|Thanksgiving|"
                    r"NASA|Germany|France|Japan|China)\b")


def _southern(c: _Ctx) -> bool:
    """Whether the text is an Australian or New Zealand story (its places named more often than those of the
    north, at least twice), looked up once per text."""
    if "south" not in c.memo:
        n = len(_SOUTH.findall(c.text))
        c.memo["south"] = n >= 2 and n > len(_NORTH.findall(c.text))
    return c.memo["south"]


_HONOURS = re.compile(r"\s+(?:honou?rs?|list|parade)\b", re.I)
_NEW_ZEALAND = re.compile(r"\bNew\s+Zealand|\bN\.?Z\b|\b(?:Auckland|Wellington|Christchurch|Dunedin|Tauranga|Rotorua|"
                          r"Napier|Nelson|Waikato|Canterbury|Otago)\b")


_IRELAND = re.compile(r"\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Wexford|Wicklow|Donegal|Sligo|Mayo|"
                      r"Kerry|Tipperary|Ennis|Dalkey|Athlone|Taoiseach|D\u00e1il|Dail|Garda[\u00ed]?|RT\u00c9)\b")
_NOT_IRELAND = re.compile(r"\bNorthern\s+Ireland\b|\bBelfast\b|\bDerry\b|\bUlster\b")


def _irish(c: _Ctx) -> bool:
    """Whether the text is a story of the Republic of Ireland (its bank holidays are other Mondays: June's, the first
    of August, the last of October), looked up once per text."""
    if "ireland" not in c.memo:
        c.memo["ireland"] = len(_IRELAND.findall(c.text)) >= 2 and not _NOT_IRELAND.search(c.text)
    return c.memo["ireland"]


def _canadian(c: _Ctx) -> bool:
    """Whether the text is a Canadian story (see ``_CANADA``), looked up once per text."""
    if "canada" not in c.memo:
        c.memo["canada"] = (len(_CANADA.findall(c.text)) >= 3 or _CANADIAN_DATELINE.search(c.text) is not None) and \
            not _US_DATELINE.search(c.text)
    return c.memo["canada"]


def _holiday_day(m: re.Match, c: _Ctx) -> _Norm:
    if not (_cap(m["h"]) or m["h"].lower().endswith("bank holiday")) or \
            (m["h"].lower().startswith("may") and not m["h"][4:5].isupper()):
        return None  # "may day" as a modal verb ("the spring bank holiday" is written small)
    if not m["y"] and not m["wk"] and (_NAME_NEXT.match(c.text, m.end()) or _AD_NEXT.match(c.text, m.end())):
        return None  # "Easter Island", "Christmas Island": a name; "its May Day ad": a title
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("\u2019", "'")
    if name == "labour day" and not _canadian(c):
        return None  # New Zealand's is in October, Australia's states' in March, May or October: no one day
    if name.endswith("s birthday") and _HONOURS.match(c.text, m.end()):
        return None  # "the Queen's Birthday honours": a list, no day
    on = HOLIDAYS["canadian " + name] if name.startswith("thanksgiving") and _canadian(c) else \
        HOLIDAYS["new zealand " + name] if name.endswith("s birthday") and _NEW_ZEALAND.search(c.text) else HOLIDAYS[name]
    if not m["y"] and not m["rel"] and (named := _DATE_BEFORE.search(c.text, max(0, m.start() - 30), m.start())) and \
            _cap(named["mon"] or named["mon2"]):  # (not "dated 4 May 1915, the last Christmas Day 1916": a list)
        # "could slip to Oct. 24, Independence Day": the holiday of the day named (another country's)
        mon, day, year = _month(named["mon"] or named["mon2"]), int(named["d"] or named["d2"]), named["y"] or named["y2"]
        if year:
            return ("DATE", dt.date(int(year), mon, day).isoformat())

        def on(y: int) -> dt.date:  # placed below as the holiday would be
            return dt.date(y, mon, day)
    if m["y"]:
        return ("DATE", on(int(m["y"])).isoformat())
    fixed = on(2001).timetuple()[1:3] == on(2002).timetuple()[1:3]  # Christmas, not Easter
    if m["yf"] or (m["yrel"] or "").lower() == "that":
        # "on Christmas Day the previous year", "on Christmas Eve that year": of a year counted from the one last named
        return ("DATE", _Ref("in_year", on(c.dct.year).isoformat(), on(c.dct.year).isoformat()[4:] if fixed else
                             next(k for k, f in HOLIDAYS.items() if f is on),
                             _YEAR_SHIFT[m["yf"].lower()] if m["yf"] else 0))
    if m["yrel"]:  # "on Easter last year"
        return ("DATE", on(c.dct.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]).isoformat())
    rel = (m["rel"] or "").lower()
    if rel == "this":
        return ("DATE", on(c.dct.year).isoformat(), True)
    if rel == "last" and dt.timedelta(0) <= c.dct - on(c.dct.year) <= dt.timedelta(days=14):
        return ("DATE", on(c.dct.year - 1).isoformat(), True)  # "Last Christmas", said on Dec. 27: a year back
    if rel:
        tense, bias = ("past" if "past" in rel or rel == "last" else "future"), _STRICT
    elif c.since(m.start("h")):
        tense, bias = "past", _STRICT  # "not seen his son since Christmas": the last one gone by, however far
    else:
        tense, bias = c.tense(m.start("h")), _TENSE_BIAS
        if tense != "past" and _BY.search(c.text, max(0, m.start() - 8), m.start()):
            tense = "future"  # "expected 25,000 riders by Columbus Day": a deadline ahead
    d = on(c.dct.year + 1) if not rel and _in_next_year(c, m.start()) else _place_yearly(on, c.dct, tense, bias)
    if d and not rel and tense and (d < c.dct) != (tense == "past") and \
            (governed := _decided(c, m.start(), tense)):  # "was born on Mother's Day": as for "on Dec. 20"
        d = _place_yearly(on, c.dct, governed, _STRICT)
    elif d and d < c.dct and tense == "future" and _PLANNED_FOR.search(c.text, max(0, m.start() - 60), m.start()):
        d = _place_yearly(on, c.dct, "future", _STRICT)  # "plans to mark it with a ceremony on New Year's Eve"
    if not d:
        return None
    # "In 1968 she collected the jars ... On Christmas Eve she sealed them": of the story's year, as a month would be
    return _narrative(("DATE", d.isoformat(), True), c) if fixed and not (rel or m["ou"] or m["part"] or m["wk"]) \
        else ("DATE", d.isoformat(), True)
