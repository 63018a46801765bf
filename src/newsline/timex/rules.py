"""The rules, one normalizer each: a match in, a TIMEX3 ``(type, value[, year_inferred[, mod]])`` out,
or None to reject it. The order is the priority between matches of the same length."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .vocab import (
    MONTHS, ORDINALS, WEEKDAYS, _DAYPART, _DAY_WORD, _DAY_WORDS, _DEICTIC_DAYS, _MODS, _MONTH, _NUM, _NUM_FIRST,
    _ONES, _PARTCODE, _SEASONS, _UNIT, _UNITCODE, _WEEKDAY, _fmt, _num, _unit,
)
from .tense import _Ctx, _tense
from .dates import (
    HOLIDAYS, _STRICT, _TENSE_BIAS, _add_months, _month_end, _nth_weekday, _place_day, _place_month,
    _place_weekday, _place_yearly, _quarter, _shift, _week,
)
from .engine import _Norm, _Ref, rule


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _mod(words: str | None) -> str | None:
    """TIMEX3 mod of a modifier phrase: "late", "mid-", "the end of" -> END/MID/START."""
    kept = [w for w in (words or "").lower().replace("-", " ").split() if w not in ("the", "of")]
    return _MODS.get(kept[-1]) if kept else None


_MODPFX = r"\b(?:(?P<mod>early|late|mid|the\s+(?:beginning|start|end|middle)\s+of|(?:the\s+)?end\s+of)[\s-]+)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

_YEARS = (re.compile(r"1[5-9]\d\d"), re.compile(r"20\d\d"))  # two literal starts scan fast, one class slow
_QUARTERS = (r"\bq1", r"\bq2", r"\bq3", r"\bq4")
_AM_PM = re.compile(r"m\b(?:(?<=[ap]m)|(?<=[ap]\.m)|(?<=[ap]\sm)|(?<=[ap]\.\sm))")  # literal first: fast
# whole words: names and units never run into the next word (\b, \s or "." follow them)
_MONTH_KEYS = tuple(rf"\b{m}\b" for m in (*MONTHS, "sepember"))  # _MONTH reads "sepember" too
_WEEKDAY_KEYS = tuple(rf"\b{d}\b" for d in WEEKDAYS)
_UNIT_KEYS = tuple(rf"\b{u}\b" for u in (
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
    "seconds", "decade", "decades", "century", "centuries", "quarter", "quarters", "weekend", "weekends", "night",
    "nights", "fortnight", "fortnights"))
_NEW_YEARS = ("year's", "year\u2019s")


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


_RANGE_TO = r"\s*(?:-|\u2013|\u2014|and|to|through|or)\s*"


@rule(_MODPFX + rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+"
      rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw>{_DAY_WORD})(?![\w-]))\b"
      rf"(?:,?\s+(?P<y>{_YEAR})\b|(?={_RANGE_TO}\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<ry>{_YEAR})\b))?",
      _MONTH_KEYS, 5, 6)
def _month_day(m: re.Match, c: _Ctx) -> _Norm:
    """"Jan. 5", "Friday, Jan. 5, 2022", "March eighth"; in "Jan. 5-6, 2022" the year after the range is
    the first day's too."""
    day = _DAY_WORDS[" ".join(m["dw"].lower().split())] if m.groupdict().get("dw") else int(m["d"])
    if not _cap(m["mon"]) or day > 31:
        return None
    mon = _month(m["mon"])
    year = m["y"] or (m["ry"] if "ry" in m.re.groupindex else None)  # _day_month has no range
    if year:
        try:
            return ("DATE", dt.date(int(year), mon, day).isoformat())
        except ValueError:
            return None
    since = c.since(m.start())
    tense = "past" if since else c.tense(m.start("mon"))
    d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, tense, _STRICT if since else _TENSE_BIAS)
    if d and not since and (tense is None or (d < c.dct) != (tense == "past")) and \
            (governed := c.governed(m.start())):  # "was arrested on Dec. 20": looked up only when it can matter
        d = _place_yearly(lambda y: dt.date(y, mon, day), c.dct, governed, _STRICT)
    return ("DATE", d.isoformat(), True) if d else None


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


@rule(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})"
      rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
      _MONTH_KEYS, 5, 2, needs=(r"\d",))
def _day_month(m: re.Match, c: _Ctx) -> _Norm:
    return _month_day(m, c)


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


@rule(r"\b(?:on|by|until|till|since|from|before|after)\s+(?P<x>the\s+(?P<d>\d{1,2})(?:st|nd|rd|th))\b"
      r"(?!\s*(?:of\b|-|[a-z]))",
      (re.compile(r"the\s+\d"),), 3, 1)  # a literal first: re finds it fast
def _day_of_month(m: re.Match, c: _Ctx) -> _Norm:
    """"on the 2nd": that day of the DCT's month or of a neighbouring one, placed by tense."""
    d = int(m["d"])
    tense = c.tense(m.start("x"))
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


@rule(_MODPFX + rf"(?:(?P<rel>last|next|this|this\s+past|past)\s+)?(?P<mon>{_MONTH})"
      rf"(?:(?:\s+of)?,?\s+(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<ry>last|this|next)\s+year)?\b",
      _MONTH_KEYS, 6, 4)
def _month_year(m: re.Match, c: _Ctx) -> _Norm:
    word = m["mon"].rstrip(".")
    if not _cap(word):
        return None
    mon = _month(word)
    mod = _mod(m["mod"])
    if m["y"]:
        return ("DATE", f"{m['y']}-{mon:02d}", False, mod)
    if m["ry"]:  # "July last year"
        return ("DATE", f"{c.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['ry'].lower()]:04d}-{mon:02d}", False, mod)
    if word.lower() == "may" and not (m["mod"] or m["rel"] or _MAY_OK.search(c.text, max(0, m.start() - 40), m.start()) and
                                      _MAY_OK.search(c.text[max(0, m.start() - 12):m.start()])):
        return None
    if len(word) == 3 and word.lower() in ("mar", "jan", "jun", "jul", "sep", "oct", "nov", "dec", "aug", "apr", "feb") \
            and not m["mon"].endswith("."):
        return None
    if word.lower() == "march" and not m["rel"] and _A_MARCH.match(c.text, m.end("mon")) and \
            re.search(r"\b(?:the|a|an|annual)\s+(?:``|[\"\u201c])?$", c.text[max(0, m.start() - 10):m.start()], re.I):
        return None
    rel = (m["rel"] or "").lower()
    tense = "past" if "last" in rel or "past" in rel else "future" if rel == "next" else c.tense(m.start("mon"))
    if not rel and _BY.search(c.text, max(0, m.start() - 8), m.start()) and \
            not _PLUPERFECT.search(c.text, max(0, m.start() - 60), m.start()):
        tense = "future"
    since = c.since(m.start("mon"))
    year = c.dct.year if rel == "this" else _place_month(mon, c.dct, tense, _STRICT if rel or since else _TENSE_BIAS)
    if not rel and not since and (tense is None or ((year, mon) < (c.dct.year, c.dct.month)) != (tense == "past")) \
            and (governed := c.governed(m.start())):  # "collapsed in mid-December": looked up only when it can matter
        year = _place_month(mon, c.dct, governed, _STRICT)
    if rel == "last" and year == c.dct.year and mon == c.dct.month:
        year -= 1
    return ("DATE", f"{year:04d}-{mon:02d}", not rel, mod)  # "last August" says which: not a guess


# "the March for Life", "a March on Washington", "the March of the Mothers": a march, not the month
_A_MARCH = re.compile(r"\s+(?:for|against|through|across)\b|\s+(?:of\s+(?:the|a|an)|on)\s+(?:the\s+)?[A-Z]")
_BY = re.compile(r"\bby\s+$", re.I)  # "by August" is a deadline: news sets deadlines ahead, whatever the verb
# "had risen by October": done by then, in the past
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|not\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ne)\b", re.I)
_MAY_OK = re.compile(r"\b(?:in|since|until|till|by|of|during|from|through|before|after|last|next|this|early|late|mid)\s*-?\s*$", re.I)


_AFTER_NUMBER = re.compile(r"[$#\d.,:/]\s?$")
_CLOCK_AFTER = re.compile(r"\s*(?:a\.m|p\.m|hours|GMT|UTC)\b", re.I)
_NUMBERED = re.compile(r"\b(?:route|highway|interstate|flight|room|no\.|number|nos?\.|model|article|section|"
                       r"chapter|page|gate|bus|platform|suite|apartment|apt\.|resolution|windows|boeing|airbus)\s+$", re.I)
_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|"
                     r"Way|Place|Square)")


@rule(_MODPFX + rf"(?:(?P<fy>fiscal|fy)\s*(?:year\s+)?)?(?P<y>{_YEAR})(?!\s*(?:%|percent|million|billion|"
      r"people|troops|dollars|yen|marks|pounds|shares|units|tons|feet|acres|miles|points|votes|cases|deaths|seats|"
      r"jobs|workers|employees|soldiers|students|homes|cars|passengers|meters|metres|kilometers|kilometres|euros|"
      r"rubles|barrels))(?![\d,.]\d)(?!-\d)",
      _YEARS, 6, 2)
def _year(m: re.Match, c: _Ctx) -> _Norm:
    before = c.text[max(0, m.start() - 2):m.start()]
    if _AFTER_NUMBER.search(before) and not m["mod"] and not m["fy"]:
        return None
    if not m["mod"] and not m["fy"] and (_NUMBERED.search(c.text, max(0, m.start() - 12), m.start()) or
                                         _STREET.match(c.text, m.end())):
        return None  # "Route 2020", "Flight 1549", "1600 Pennsylvania Avenue": a number, not a year
    if _CLOCK_AFTER.match(c.text, m.end(), m.end() + 6):
        return None
    y = m["y"]
    return ("DATE", f"FY{y}" if m["fy"] else y, False, _mod(m["mod"]))


@rule(r"\b(?:in|since|until|till)\s+(?P<x>1[0-4]\d\d)"
      r"(?=\s*[,.;:)]|\s+(?:when|after|before|and|under|during)\b|\s+to\s+[a-z])",
      (re.compile(r"1[0-4]\d\d"),), 1, 1)
def _early_year(m: re.Match, c: _Ctx) -> _Norm:
    """"stepped down in 1415, when": a year before 1500, known as one only by "in" before it and no
    noun after it ("in 1415 cases" is a count)."""
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


_DECADE_WORDS = {w: i for i, w in enumerate(("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                              "eighties", "nineties"), start=2)}


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?'(?P<dec>\d)0s\b"
      rf"|\bthe\s+(?:(?P<mod2>early|late|mid)[\s-]+)?(?:nineteen[\s-]+)?(?P<word>{'|'.join(_DECADE_WORDS)})\b",
      ("0s", *(rf"\b{w}\b" for w in _DECADE_WORDS)), 4, 1)
def _decade_short(m: re.Match, c: _Ctx) -> _Norm:
    """"the '60s", "the nineties": a decade of the DCT's century, or of the one before."""
    d = int(m["dec"]) if m["dec"] else _DECADE_WORDS[m["word"].lower()]
    cent = c.dct.year // 100  # the DCT's decade or an earlier one; the next only when it is at hand
    century = cent if d <= (c.dct.year % 100) // 10 or cent * 100 + d * 10 - c.dct.year <= 5 else cent - 1
    return ("DATE", f"{century}{d}", False, _mod(m["mod"] or m["mod2"]))


@rule(r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b",
      ("centur",), 4, 1)
def _century(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", f"{int(m['n']) - 1:02d}", False, _mod(m["mod"]))


def _quarter_year(n: int, size: int, c: _Ctx, at: int) -> int:
    """The year of quarter (``size`` 4) or half (2) ``n`` named without one: the DCT's, or the year
    before for one not begun yet that is spoken of in the past ("profit fell in the fourth quarter")."""
    cur = _quarter(c.dct) if size == 4 else (c.dct.month - 1) // 6 + 1
    return c.dct.year - (n > cur and c.tense(at) != "future")


_QUARTER_ENDED = re.compile(rf"\s+(?:ended|ending)\s+(?P<mon>{_MONTH})", re.I)


@rule(r"\b(?:the\s+)?(?:(?P<pre>this|last|next)\s+year's\s+|(?P<ago>year[\s-](?:ago|earlier))\s+)?"
      r"(?P<fy0>fiscal\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|"
      r"past|previous|next|coming)[\s-]+)?(?P<fy>fiscal[\s-]+)?(?P<unit>quarter|half)"
      rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?P<y>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?\b"
      r"(?!\s+(?:century|of\s+a))",
      ("quarter", "half"), 7, 7)
def _quarter_rule(m: re.Match, c: _Ctx) -> _Norm:
    ordw = (m["ord"] or "").lower()
    unit = m["unit"].lower()
    size = 4 if unit == "quarter" else 2
    letter = "Q" if unit == "quarter" else "H"
    cur = _quarter(c.dct) if size == 4 else (c.dct.month - 1) // 6 + 1
    if not ordw and not m["y"]:
        if unit != "quarter" or not m.group(0).lower().startswith("the"):
            return None  # "a quarter of the shares"
        if m["ago"]:  # "the year-ago quarter": the quarter under discussion, a year before
            return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1)))
        # "the quarter": the one reported on, the quarter last named (a fiscal "first quarter" stays
        # the first); else "the quarter ended July 31" is the three months to then, named by the middle one
        fallback = _shift(c.dct, "quarter", -1)
        ended = _QUARTER_ENDED.match(c.text, m.end())
        if ended:
            last = _month(ended["mon"])
            year = _place_month(last, c.dct, "past", _STRICT)
            mid = (last - 2) % 12 + 1
            fallback = f"{year - (mid > last):04d}-Q{(mid - 1) // 3 + 1}"
        return ("DATE", _Ref("quarter", fallback))
    rel = (m["rel"] or m["pre"] or "").lower()
    year = int(m["y"]) if m["y"] else c.dct.year + {"last": -1, "next": 1}.get(rel, 0) - bool(m["ago"])
    if ordw in ORDINALS:
        n = ORDINALS[ordw]
        if n > size:
            return None
        if not m["y"] and not rel and not m["ago"]:
            year = _quarter_year(n, size, c, m.start())
    elif ordw in ("final", "fourth"):
        n = size
    elif ordw in ("last", "latest", "previous", "past"):
        if m["y"]:
            n = size
        else:
            k = year * size + cur - 2
            year, n = k // size, k % size + 1
    elif ordw == "next" or ordw == "coming":
        k = year * size + cur
        year, n = k // size, k % size + 1
    else:  # current
        n = cur
    prefix = "FY" if (m["fy"] or m["fy0"]) and m["y"] else ""
    return ("DATE", f"{prefix}{year:04d}-{letter}{n}")


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
    return ("DATE", f"{_quarter_year(n, 4, c, m.start()):04d}-Q{n}", True)


@rule(rf"\b(?P<y>{_YEAR})\s+Q(?P<n>[1-4])\b",
      _QUARTERS, 2, 1, flags=0)
def _y_q(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", f"{m['y']}-Q{m['n']}")


@rule(r"\b(?:(?P<rel>this|last|next|this\s+past|the|early|late|mid)[\s-]+)?(?:(?P<mod>early|late|mid)[\s-]+)?"
      rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})|['\u2019](?P<y2>\d\d)\b|"
      rf"(?P<sy>nineteen[\s-]+(?:{_TENS_WORDS}|{_TEENS}))))?\b",
      (r"\bspring", r"\bsummer", r"\bfall", r"\bautumn", r"\bwinter"), 4, 5)
def _season(m: re.Match, c: _Ctx) -> _Norm:
    rel = (m["rel"] or "").lower()
    if m["s"].lower() == "fall" and not m["y"] and not m["y2"] and (not rel or rel == "the" and re.match(r"\s+(?:of|in|from|to|on)\b", c.text[m.end():])):
        return None  # "the fall of the regime", "a fall in prices": the noun, not the season
    if rel in ("", "the") and not m["y"] and not m["sy"] and re.match(r"\s+(?:of\s+)?[A-Z]", c.text[m.end():m.end() + 5]):
        return None  # "the Winter Olympics", "The Fall of Rome": a name, not the season
    code = _SEASONS[m["s"].lower()]
    mod = _mod(m["mod"]) or _mod(rel if rel in ("early", "late", "mid") else None)
    if m["sy"]:  # "the winter of nineteen ninety-four" (broadcast transcripts)
        words = m["sy"].lower().replace("-", " ").split()
        return ("DATE", f"{1900 + int(_num(' '.join(words[1:]))):04d}-{code}", False, mod)
    if m["y"]:
        return ("DATE", f"{m['y']}-{code}", False, mod)
    if m["y2"]:  # "the summer of '69": the latest such year not ahead of the DCT
        y = c.dct.year // 100 * 100 + int(m["y2"])
        return ("DATE", f"{y - 100 * (y > c.dct.year):04d}-{code}", False, mod)
    if not rel and not _MAY_OK.search(c.text[max(0, m.start() - 12):m.start()]):
        return None
    mid = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    if rel == "this":
        year = c.dct.year if code != "WI" or c.dct.month > 2 else c.dct.year - 1
        return ("DATE", f"{year:04d}-{code}", False, mod)
    elif "last" in rel or "past" in rel:
        year = _place_month(mid, c.dct, "past", _STRICT)
        if year == c.dct.year and abs(mid - c.dct.month) <= 1:
            year -= 1
    elif rel == "next":
        year = _place_month(mid, c.dct, "future", _STRICT)
    else:
        year = _place_month(mid, c.dct, c.tense(m.start()))
    if code == "WI":
        year -= 1  # placed by its January; named, as in calendar_range, by the year it begins in
    return ("DATE", f"{year:04d}-{code}", not rel, mod)


_HOLIDAY = "|".join(sorted((re.escape(h).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for h in HOLIDAYS),
                            key=len, reverse=True))


@rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<h>{_HOLIDAY})(?P<wk>\s+week)?"
      rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?\b",
      ("christmas", "halloween", "easter", "thanksgiving", "friday", r"\bday\b", *_NEW_YEARS), 6, 4,
      needs=tuple(sorted({h.split()[0] for h in HOLIDAYS})))  # "good" Friday, "labor" Day, ...
def _holiday(m: re.Match, c: _Ctx) -> _Norm:
    """A holiday; "Easter week", "Christmas week": the ISO week it falls in."""
    found = _holiday_day(m, c)
    if found and m["wk"]:
        return ("DATE", _week(dt.date.fromisoformat(found[1])), *found[2:])
    return found


def _holiday_day(m: re.Match, c: _Ctx) -> _Norm:
    if not _cap(m["h"]) or (m["h"].lower().startswith("may") and not m["h"][4:5].isupper()):
        return None  # "may day" as a modal verb
    on = HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower()).replace("\u2019", "'")]
    if m["y"]:
        return ("DATE", on(int(m["y"])).isoformat())
    rel = (m["rel"] or "").lower()
    if rel == "this":
        return ("DATE", on(c.dct.year).isoformat(), True)
    if rel:
        tense, bias = ("past" if "past" in rel or rel == "last" else "future"), _STRICT
    else:
        tense, bias = c.tense(m.start("h")), _TENSE_BIAS
    d = _place_yearly(on, c.dct, tense, bias)
    return ("DATE", d.isoformat(), True) if d else None


# "today's world", "today's youth": today as the present era, not a day; left untagged
_TODAYS_ERA = re.compile(r"'s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generation|children|kids|economy|"
                         r"markets?|technology|standards|computers|culture|times)\b", re.I)


@rule(r"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?:(?P<part0>(?:mid[\s-]?)?"
      rf"(?:morning|afternoon|evening))\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
      rf"(?:(?:'s)?\s+(?P<part>{_DAYPART}))?\b",
      (r"\btoday\b", r"\byesterday\b", r"\btomorrow\b", r"\btonight\b"), 3, 2)
def _deictic(m: re.Match, c: _Ctx) -> _Norm:
    w = m["w"].lower()
    if w == "today" and not m["part"] and _TODAYS_ERA.match(c.text, m.end("w")):
        return None
    if w == "tonight":
        return None if m["part0"] else ("TIME", f"{c.dct.isoformat()}TNI")
    d = c.dct + dt.timedelta(days=_DEICTIC_DAYS[w])
    part = m["part"] or m["part0"]  # "yesterday morning", "mid-afternoon yesterday"
    if m["part"] and m["part0"]:
        return None
    if part:
        return ("TIME", f"{d.isoformat()}T{_PARTCODE[part.lower().removeprefix('mid').lstrip(' -')]}")
    return ("DATE", d.isoformat(), False, _mod(m["mod"]) if (m["mod"] or "").lower() in ("early", "late") else None)


@rule(rf"\b(?:(?P<rel>this|last|yesterday|tomorrow)\s+)(?P<part>{_DAYPART})\b",
      ("morning", "afternoon", "evening", "night"), 2, 1, needs=("this", "last", "yesterday", "tomorrow"))
def _this_morning(m: re.Match, c: _Ctx) -> _Norm:
    rel, part = m["rel"].lower(), m["part"].lower()
    if rel == "last" and part != "night":
        return None
    off = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
    return ("TIME", f"{(c.dct + dt.timedelta(days=off)).isoformat()}T{_PARTCODE[part]}")


@rule(rf"\bovernight(?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY}))?\b", (r"\bovernight\b",), 2, 3)
def _overnight(m: re.Match, c: _Ctx) -> _Norm:
    """"overnight losses": the night before the story is filed ("overnight trading is expected": the
    coming one); "overnight Tuesday": that day's night. Not "an overnight stay", nor the adverb: "rose
    overnight" may be "all at once"."""
    if m["wd"]:
        if not _cap(m["wd"]):
            return None
        d = _place_weekday(WEEKDAYS[m["wd"].lower().rstrip(".")], c.dct, c.tense(m.start("wd")), None)
    elif re.search(r"\ban?\s+$", c.text[max(0, m.start() - 3):m.start()], re.I) or \
            not _ATTRIBUTIVE.match(c.text, m.end()):
        return None
    else:
        d = c.dct - dt.timedelta(days=c.tense(m.start()) == "past")
    return ("TIME", f"{d.isoformat()}TNI")


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


@rule(rf"\bthe\s+(?P<rel>previous|preceding|following|next)\s+(?P<wd>{_WEEKDAY})(?!\w)(?!,?\s+{_MONTH}\s+\d)",
      _WEEKDAY_KEYS, 3, 2, needs=("previous", "preceding", "following", "next"))
def _weekday_from_anchor(m: re.Match, c: _Ctx) -> _Norm:
    """"down 4.5% from the previous Friday", "the following Monday": the weekday before or after the
    day last named; with no day named, before or after the DCT."""
    if not _cap(m["wd"]):
        return None
    back = m["rel"].lower() in ("previous", "preceding")
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    return ("DATE", _Ref("weekday", _place_weekday(wd, c.dct, None, "last" if back else "next").isoformat(),
                         f"{wd} {-1 if back else 1}"))


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1, "final": -1}


@rule(rf"\bthe\s+(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+(?P<wd>{_WEEKDAY})\s+"
      rf"(?:in|of)\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?",
      _WEEKDAY_KEYS, 5, 4, needs=tuple(_NTH))  # the reach of _weekday: windows shared
def _nth_weekday_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the first Tuesday in November", "the last Friday of June 2019": that day of the month, a
    month without a year placed like a date without one."""
    if not (_cap(m["wd"]) and _cap(m["mon"])):
        return None
    wd, mon, n = WEEKDAYS[m["wd"].lower().rstrip(".")], _month(m["mon"]), _NTH[m["n"].lower()]

    def day(y: int) -> dt.date:
        d = _nth_weekday(y, mon, wd, n)
        if d.month != mon:
            raise ValueError("no fifth such weekday")
        return d
    if m["y"]:
        return ("DATE", day(int(m["y"])).isoformat())
    d = _place_yearly(day, c.dct, c.tense(m.start("wd")))
    return ("DATE", d.isoformat(), True) if d else None


@rule(rf"\b(?:(?P<mod>late|early)\s+(?:on\s+)?)?(?:(?P<rel>last|next|this|this\s+past|past|coming)\s+)?"
      rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_DAYPART}))?\b(?!,?\s+{_MONTH}\s+\d)",
      _WEEKDAY_KEYS, 5, 4)
def _weekday(m: re.Match, c: _Ctx) -> _Norm:
    if not _cap(m["wd"]):
        return None
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    rel = "last" if "past" in rel or rel == "last" else "next" if rel in ("next", "coming") else rel or None
    tense = "past" if c.text.startswith(("'s", "\u2019s"), m.end("wd")) else c.tense(m.start("wd"))
    d = _place_weekday(wd, c.dct, tense, rel)  # "Wednesday's ruling" has already happened
    if m["part"]:
        return ("TIME", f"{d.isoformat()}T{_PARTCODE[m['part'].lower()]}")
    return ("DATE", d.isoformat(), False, _mod(m["mod"]))


@rule(rf"\b(?P<wd>{_WEEKDAY})\s+of\s+(?P<rel>last|next|this)\s+week\b", _WEEKDAY_KEYS, 5, 4,
      needs=("week",))
def _weekday_of_week(m: re.Match, c: _Ctx) -> _Norm:
    """"Tuesday of last week": that day of the week before (or after, or of) the DCT's."""
    if not _cap(m["wd"]):
        return None
    n = {"last": -1, "next": 1, "this": 0}[m["rel"].lower()]
    monday = c.dct - dt.timedelta(days=c.dct.weekday()) + dt.timedelta(weeks=n)
    return ("DATE", (monday + dt.timedelta(days=WEEKDAYS[m["wd"].lower().rstrip(".")])).isoformat())


def _tense_around(m: re.Match, c: _Ctx) -> str | None:
    """The tense of the sentence around a match, the match itself left out: "next" is a future cue.
    At most 300 characters each side are read, so that a sentence without end stays linear."""
    start, end = c.sentence(m.start())
    start, end = max(start, m.start() - 300), min(end, m.end() + 300)
    blank = c.text[start:m.start()] + " " * (m.end() - m.start()) + c.text[m.end():end]
    return _tense(blank, m.start() - start)


@rule(r"\b(?:(?P<mod>early|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+(?:in\s+)?)?"
      r"(?P<rel>this\s+past|this|last|next|the\s+past|the\s+previous|the\s+preceding|the\s+current|"
      r"the\s+coming|the\s+following|the\s+next|past|previous|current|coming)\s+(?P<fy>fiscal\s+)?"
      r"(?P<unit>week|weekend|month|year|quarter|decade|century)\b",
      (r"\bweek\b", r"\bweekend\b", r"\bmonth\b", r"\byear\b", r"\bquarter\b", r"\bdecade\b", r"\bcentury\b"), 6, 1,
      needs=("this", "last", "next", "past", "previous", "preceding", "current", "coming", "following"))
def _relative(m: re.Match, c: _Ctx) -> _Norm:
    full = " ".join(m["rel"].lower().split())
    rel = full.replace("the ", "").replace("this past", "past")
    unit = m["unit"].lower()
    # "the following year", "the previous month", and "the next week" in a story told in the past,
    # count from the date last named ("was made general in 1995, and the following year ..."): the
    # article points back to it. The DCT is the fallback when no date was named.
    anaphoric = full in ("the following", "the previous", "the preceding") or \
        full == "the next" and _tense_around(m, c) == "past"
    if full in ("the past", "the coming"):
        if unit in ("week", "month", "year", "decade", "century"):
            return ("DURATION", f"P1{_UNITCODE[unit] if unit != 'decade' else 'DE'}".replace("P1DE", "P10Y")
                    .replace("P1CE", "P100Y"))
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1,
         "coming": 1, "following": 1}[rel]
    value = _shift(c.dct, unit, n)
    if anaphoric and unit in ("year", "month", "week") and value and not m["fy"] and not m["mod"]:
        return ("DATE", _Ref("anchor", value, f"{unit} {n}"))
    if value and m["fy"]:
        if unit not in ("year", "quarter"):
            return None
        value = "FY" + value
    return ("DATE", value, False, _mod(m["mod"])) if value else None


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
    return ("DATE", str(c.dct.year), False, "MID")


@rule(rf"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+(?:(?P<wd>{_WEEKDAY}),?\s+)?"
      rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bmorning\b", r"\bafternoon\b", r"\bevening\b", r"\bnight\b"), 1, 6)  # rarer than month names
def _part_of_day(m: re.Match, c: _Ctx) -> _Norm:
    """"on the morning of Feb. 24": that day, at that part of it."""
    day = _month_day(m, c)
    return ("TIME", f"{day[1]}T{_PARTCODE[m['part'].lower()]}", *day[2:]) if day else None


@rule(rf"\bthe\s+weekend\s+of\s+(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bweekend\b",), 2, 5)
def _weekend_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the weekend of March 5": the weekend of that day's ISO week."""
    day = _month_day(m, c)
    return ("DATE", _week(dt.date.fromisoformat(day[1])) + "-WE", *day[2:]) if day else None


@rule(r"\bthe\s+weekend\b",
      (r"\bweekend\b",), 2, 1)
def _the_weekend(m: re.Match, c: _Ctx) -> _Norm:
    """The weekend in the clause's direction; without a tense cue the nearer one (a Monday story's
    "over the weekend" is two days old, a Friday story's is tomorrow)."""
    tense = c.tense(m.start())
    last = c.dct - dt.timedelta(days=(c.dct.weekday() - 5) % 7)  # the last Saturday, the DCT's if it is one
    if tense == "past" or (tense is None and c.dct.weekday() in (0, 1, 2, 6)):
        return ("DATE", _week(last) + "-WE")
    return ("DATE", _week(last + dt.timedelta(days=7) if c.dct.weekday() != 5 else last) + "-WE")


_ENDED = re.compile(r"\s+(?:ended|ending)\b")


@rule(r"\b(?<!then\s)current(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|flows?)\b)",
      (r"\bcurrent",), 1, 2)
def _current(m: re.Match, c: _Ctx) -> _Norm:
    """"current realities": the present, as an adjective (TimeML's PRESENT_REF)."""
    return ("DATE", "PRESENT_REF")


@rule(r"\bthe\s+week\b(?!\s+(?:of|before|after|ended|ending|that|when|earlier|ago|to|following|in\s+which)\b)",
      (r"\bweek\b",), 1, 3)
def _the_week(m: re.Match, c: _Ctx) -> _Norm:
    """"Stocks fell on Friday. For the week, the index dropped 3.8%": the week of the day last
    named, else the DCT's."""
    return ("DATE", _Ref("anchor", _shift(c.dct, "week", 0), "week 0"))


@rule(r"\bthe\s+(?P<mod>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>week|month|decade|century)\b",
      (r"\bweek\b", r"\bmonth\b", r"\bdecade\b", r"\bcentury\b"), 5, 1)
def _edge_of_the(m: re.Match, c: _Ctx) -> _Norm:
    """"by the end of the month", "until the end of the decade": the DCT's month (week, decade,
    century), with its mod."""
    return ("DATE", _shift(c.dct, m["unit"].lower(), 0), False, _mod(m["mod"]))


@rule(r"\b(?:the\s+(?P<mod>end|beginning|start|middle)\s+of\s+)?the\s+(?P<kind>full\s+|fiscal\s+|calendar\s+)?year\b"
      r"(?![\s-]+(?:before|after|earlier|ago|later|when|in\s+which|that|of|to|since|end\b|\d))",
      (r"\byear\b",), 6, 3)
def _the_year(m: re.Match, c: _Ctx) -> _Norm:
    """"for the year": the DCT's year; "the year ended Sept. 30" is a twelve-month stretch."""
    if _ENDED.match(c.text, m.end()):
        return ("DURATION", "P1Y") if not m["mod"] else None
    return ("DATE", str(c.dct.year), False, _mod(m["mod"]))


@rule(rf"\b{_NUM_FIRST}(?:(?P<mod>about|around|roughly|approximately|some|almost|nearly|less\s+than|more\s+than|over|"
      rf"at\s+least)\s+)?(?P<n>{_NUM})[\s-]+(?P<unit>{_UNIT})(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|after|from\s+now|"
      r"hence)\b",
      _UNIT_KEYS, 7, 5, needs=("ago", "earlier", "before", "later", "after", "now", "hence"))
def _ago(m: re.Match, c: _Ctx) -> _Norm:
    n = _num(m["n"])
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    if direction == "later" or direction in ("before", "after") and not re.match(r"\s*[,.;]", c.text[m.end():m.end() + 2]):
        return None  # "two days before the vote", "three days later": a stretch from an event, not the DCT
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if n == "X" or n is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("hour", "minute", "second"):
        return ("DATE", c.dct.isoformat())
    value = _shift(c.dct, "day" if unit == "night" else "week" if unit == "fortnight" else unit,
                   sign * int(n) * (2 if unit == "fortnight" else 1))
    if m["orso"] and not m["mod"]:
        return ("DATE", value, False, "APPROX") if value else None
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and not m["mod"] and not _other_period(m, c):
        return ("DATE", _Ref("year_before", value))
    mod = _APPROX.get(" ".join((m["mod"] or "").lower().split()))
    if direction != "ago" and value and unit in ("day", "week", "month", "year"):
        # "On Monday, ... Two days earlier, ...": counted from the date last named, else from the DCT
        return ("DATE", _Ref("anchor", value, f"{unit} {sign * int(n)}"), False, mod)
    return ("DATE", value, False, mod) if value else None


_APPROX = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
           "almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN", "more than": "MORE_THAN",
           "over": "MORE_THAN", "at least": "EQUAL_OR_MORE"}  # TIMEX3 mod


@rule(rf"\b{_NUM_FIRST}(?:(?P<lead>the\s+(?:past|last|next|first|previous|coming|following|final|latest)|the|"
      rf"another)\s+)?(?:(?P<more>more\s+than|less\s+than|about|nearly|almost|"
      rf"at\s+least|up\s+to|some|around|roughly|approximately)\s+)?(?P<n>{_NUM})(?:\s+(?:more|additional|extra|further|full|trading|business|working|straight|consecutive|successive|long))?[\s-]+(?P<unit>{_UNIT})"
      r"(?P<half>\s+and\s+a\s+half)?(?P<adj>-(?:long|old))?\b",
      _UNIT_KEYS, 10, 4)
def _duration(m: re.Match, c: _Ctx) -> _Norm:
    n = _num(m["n"])
    if n is None:
        return None
    unit = _unit(m["unit"])
    if unit in ("quarter", "second", "half") and re.fullmatch(r"(?:1[89]|20)\d\d", m["n"]):
        return None  # "the 1988 quarter", "the 1988 second quarter": a year, not a count
    if m["half"]:
        n = n + 0.5 if isinstance(n, (int, float)) else n  # "a minute and a half"
    if (m["adj"] or "").lower() == "-old" or _AGE.match(c.text, m.end()):
        return None  # an age ("a 44-year-old", "37 years old") is not a temporal expression
    if m["n"].lower() in ("a", "an") and (unit in ("weekend",) or m["unit"].lower().endswith("s")):
        return None  # "a decades-long battle": the plural is no count of one
    if re.match(r"\s+(?:ago|earlier|from\s+now)\b", c.text[m.end():m.end() + 10], re.I):
        return None
    if m["n"].lower() == "one" and unit == "day" and not m["lead"] and not m["more"] and _MODAL.search(
            c.text, max(0, m.start() - 12), m.start()):
        return ("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not a day long
    article = m["n"].lower() in ("a", "an")
    if unit == "quarter" and re.match(r"\s+of\b", c.text[m.end():m.end() + 4]):
        return None  # "three-quarters of its food": a fraction
    if article and unit == "second" and not _AFTER_SECOND.match(c.text, m.end()):
        return None  # "a second group": an ordinal
    if article and not m["lead"] and not m["more"] and _RATE.search(c.text, max(0, m.start() - 30), m.start()):
        return ("SET", f"P1{_UNITCODE[unit]}" if unit not in ("hour", "minute", "second") else f"PT1{_UNITCODE[unit]}")
    if not m["lead"] and not m["adj"] and isinstance(n, int) and unit in ("day", "week", "month", "year") and \
            _IN.search(c.text, max(0, m.start() - 4), m.start()) and c.tense(m.start()) == "future" and \
            not _RECORD.search(c.text, max(0, m.start() - 70), m.start()):
        return ("DATE", _shift(c.dct, unit, n))  # "the vote will take place in two weeks": a date ahead
    return ("DURATION", _duration_value(n, unit))


@rule(r"\b(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-long\b", (r"\blong\b",), 1, 1)
def _unit_long(m: re.Match, c: _Ctx) -> _Norm:
    """"a day-long meeting", "a decades-long battle": one such unit, or some."""
    unit = m["unit"].lower()
    return ("DURATION", _duration_value("X" if m["pl"] else 1, unit))


_IN = re.compile(r"\bin\s+$", re.I)
# "the first pope to do so in 600 years", "the highest level in a decade": a span looked back over
_RECORD = re.compile(r"\b(?:first|last|only|biggest|largest|highest|lowest|worst|best|fastest|strongest|weakest|"
                     r"longest|deadliest|most|least)\b[^.;]*$", re.I)
# "$500 million a year", "four flights a week", "twice a day": a rate, i.e. a SET
_RATE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|times|twice|once|per|cents?|share|percent|"
                   r"[a-z]{2,}s))\s*%?\s*$", re.I)
_AFTER_SECOND = re.compile(r"\s*(?:[,.;:)!?]|$|(?:or|and|later|ago|earlier|before|after|of)\b)")


_MODAL = re.compile(r"\b(?:will|would|could|may|might|shall|can|should|must)\s+(?:\w+\s+)?$", re.I)
_AGE = re.compile(r"[\s-]+old\b", re.I)


def _duration_value(n: float | str, unit: str) -> str:
    if unit == "decade":
        return f"P{_fmt(n * 10) if isinstance(n, (int, float)) else 'X'}Y" if n != "X" else "PXDE"
    if unit == "century":
        return f"P{_fmt(n * 100)}Y" if isinstance(n, (int, float)) else "PXCE"
    if unit == "fortnight":
        return f"P{_fmt(n * 2)}W" if isinstance(n, (int, float)) else "PXW"
    if unit == "weekend":
        return f"P{_fmt(n * 2)}D" if isinstance(n, (int, float)) else "PXD"
    code = _UNITCODE[unit]
    if isinstance(n, float) and not n.is_integer():
        small = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M")}
        if code in small:
            k, sub = (60, "S") if unit == "minute" else small[code]
            whole = int(n)
            rest = round((n - whole) * k)
            t = "T" if unit in ("hour", "minute", "second") or sub == "H" else ""
            if whole:
                return f"P{t}{whole}{code}{rest}{sub}" if t or sub != "H" else f"P{whole}{code}T{rest}{sub}"
            return f"P{t}{rest}{sub}"
    t = "T" if unit in ("hour", "minute", "second") else ""
    return f"P{t}{_fmt(n)}{code}"


@rule(r"\b(?:for|in|over|within|during)\s+(?P<x>(?:the\s+)?(?:(?:past|last|next)\s+)?"
      r"(?P<unit>years|months|weeks|days|decades|hours|minutes))\b",
      (r"\byears\b", r"\bmonths\b", r"\bweeks\b", r"\bdays\b", r"\bdecades\b", r"\bhours\b", r"\bminutes\b"), 4, 1)
def _vague_plural(m: re.Match, c: _Ctx) -> _Norm:
    """"for years", "in recent months": a stretch of unknown length (the preposition stays out)."""
    return ("DURATION", _duration_value("X", _unit(m["unit"])))


@rule(r"\b(?:(?P<fn>every|each|per)\s+(?P<unit>day|week|month|year|quarter|hour|morning|night|evening|weekend)|"
      r"(?P<adv>daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly))\b",
      (r"\bevery\b", r"\beach\b", r"\bper\b", r"\bdaily\b", r"\bweekly\b", r"\bmonthly\b", r"\byearly\b",
      r"\bannually\b", r"\bquarterly\b", r"\bhourly\b", r"\bnightly\b"), 1, 2)
def _set(m: re.Match, c: _Ctx) -> _Norm:
    word = (m["unit"] or m["adv"]).lower()
    if word == "quarterly" and _ATTRIBUTIVE.match(c.text, m.end()):
        return None  # "its quarterly dividend", "the quarterly results": a kind of report, not a recurrence
    value = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "month": "P1M", "monthly": "P1M",
             "year": "P1Y", "yearly": "P1Y", "annually": "P1Y", "quarter": "P3M", "quarterly": "P3M",
             "hour": "PT1H", "hourly": "PT1H", "morning": "TMO", "night": "TNI", "nightly": "TNI",
             "evening": "TEV", "weekend": "P1WE"}[word]
    return ("SET", value)


# followed by a word that is not a function word: an adjective before its noun
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|but|of|to|in|on|at|for|by|from|with|as|since|through|until|is|are|was|"
                          r"were|be|been|will|would|than)\b)[a-z]", re.I)


@rule(rf"\b(?:every|each)\s+(?:(?P<mon>{_MONTH})(?![\w.]|\.\s*\d)(?!\s+\d)|(?P<s>spring|summer|fall|autumn|winter)\b)",
      (r"\bevery\b", r"\beach\b"), 1, 2)
def _set_month(m: re.Match, c: _Ctx) -> _Norm:
    """"each July", "every spring": every July or spring (a SET), not the one nearest the DCT."""
    if m["s"]:
        return ("SET", f"XXXX-{_SEASONS[m['s'].lower()]}")
    if not _cap(m["mon"]):
        return None  # "each may ..."
    return ("SET", f"XXXX-{_month(m['mon']):02d}")


@rule(rf"\bthe\s+week\s+of\s+(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bweek\b",), 1, 6)
def _week_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the week of March 6": the week containing that day."""
    if not _cap(m["mon"]):
        return None
    mon, d = _month(m["mon"]), int(m["d"])
    day = dt.date(int(m["y"]), mon, d) if m["y"] else _place_day(mon, d, c.dct, c.tense(m.start()))
    return ("DATE", _week(day), not m["y"]) if day else None


@rule(rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{_MONTH})"
      rf"(?:,?\s+(?P<y>{_YEAR}))?(?!\s+\d)\b", (r"\bweek\b",), 2, 3)
def _nth_week_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the first week of May": the ISO week holding most of May 1-7, i.e. May 4 (the second week:
    May 11, ...; "the last week": the month's last day but three)."""
    if not _cap(m["mon"]):
        return None
    mon, ordw = _month(m["mon"]), m["ord"].lower()
    year = int(m["y"]) if m["y"] else _place_month(mon, c.dct, c.tense(m.start()))
    day = (_month_end(year, mon) - dt.timedelta(days=3) if ordw in ("last", "final") else
           dt.date(year, mon, 4 + 7 * (ORDINALS[ordw] - 1)))
    return ("DATE", _week(day), not m["y"])


@rule(r"\bthe\s+(?P<h>first|last|second|latter|early|later)\s+half\s+of\s+the\s+(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|"
      r"'(?P<short>\d)0s)\b", (r"\bhalf\b",), 2, 5)
def _half_decade(m: re.Match, c: _Ctx) -> _Norm:
    """"the last half of the '80s": the decade's end (TIMEX3 has no half-decade)."""
    if m["dec"]:
        value = m["dec"][:3]
    else:
        d = int(m["short"])
        cent = c.dct.year // 100
        value = f"{cent if d <= (c.dct.year % 100) // 10 or cent * 100 + d * 10 - c.dct.year <= 5 else cent - 1}{d}"
    return ("DATE", value, False, "START" if m["h"].lower() in ("first", "early") else "END")


_PLURAL_DAYS = tuple(f"{d}s" for d in WEEKDAYS if d.endswith("day"))


@rule(rf"\b(?:(?:every|each)\s+(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_DAYPART}))?"
      rf"|(?P<wd2>{'|'.join(d[:-1] for d in _PLURAL_DAYS)})(?:s|\s+(?P<part2>mornings|afternoons|evenings|nights)))\b",
      _WEEKDAY_KEYS + tuple(rf"\b{d}\b" for d in _PLURAL_DAYS), 2, 2,
      needs=("every", "each", "days", "mornings", "afternoons", "evenings", "nights"))
def _set_weekday(m: re.Match, c: _Ctx) -> _Norm:
    """"every Monday", "on Sundays", "Tuesday nights", "each Friday evening": a weekly SET."""
    wd = m["wd"] or m["wd2"]
    if not _cap(wd):
        return None
    part = (m["part"] or (m["part2"] or "")[:-1]).lower()
    return ("SET", f"XXXX-WXX-{WEEKDAYS[wd.lower().rstrip('.')] + 1}" + (f"T{_PARTCODE[part]}" if part else ""))


# After a clock time: the day it is on ("10 a.m. EST on March 20", "11:45 p.m. Sunday night").
_ON_DAY = (rf"(?:,?\s+(?:on\s+)?(?P<wd>{_WEEKDAY}|today|yesterday|tomorrow)(?:\s+{_DAYPART}\b)?"
           rf"|(?=\s+\(\d{{4}}\s+(?:gmt|utc)\),?\s+(?:on\s+)?(?P<pwd>{_WEEKDAY})\b))?"  # "10:35 a.m. (0735 GMT) Friday"
           rf"(?:,?\s+(?:on\s+)?(?P<mon>{_MONTH})\s+(?P<md>\d{{1,2}})\b(?:,?\s+(?P<y>{_YEAR})\b)?)?")
_ZONE = r"(?:[ecmp][sd]?t|gmt|utc|bst|cest|cet|local\s+time)"


def _named_day(word: str, c: _Ctx, at: int) -> dt.date:
    """The day "Friday" (placed by the tense at ``at``), "today", "yesterday" or "tomorrow" names."""
    w = word.lower()
    if w in _DEICTIC_DAYS:
        return c.dct + dt.timedelta(days=_DEICTIC_DAYS[w])
    return _place_weekday(WEEKDAYS[w.rstrip(".")], c.dct, c.tense(at), None)


def _clock_on_day(m: re.Match, c: _Ctx, h: int, minute: int) -> _Norm:
    """A clock time on the day written after it (see ``_ON_DAY``), else on the day the story is telling
    about: the day last named in the paragraph, or the DCT."""
    clock = f"T{h:02d}:{minute:02d}"
    if m["mon"]:
        try:
            d = (dt.date(int(m["y"]), _month(m["mon"]), int(m["md"])) if m["y"] else
                 _place_day(_month(m["mon"]), int(m["md"]), c.dct, c.tense(m.start())))
        except ValueError:
            return None
    elif m["wd"] or m["pwd"]:
        d = _named_day(m["wd"] or m["pwd"], c, m.start())
    else:  # "at 10 p.m.": on the day the story is telling about
        return ("TIME", _Ref("time", f"{c.dct.isoformat()}{clock}", clock))
    return ("TIME", f"{d.isoformat()}{clock}") if d else None


@rule(rf"\b(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?\s*(?P<ap>[ap]\.\s?m\.|[ap]\.?\s?m\b)"
      rf"(?:\s+(?P<tz>{_ZONE})\b)?{_ON_DAY}",
      (_AM_PM,), 3, 9, needs=(r"\d",))
def _clock(m: re.Match, c: _Ctx) -> _Norm:
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    return _clock_on_day(m, c, h % 12 + (12 if m["ap"].lower().startswith("p") else 0), int(m["min"] or 0))


@rule(rf"(?<!\(|\d)(?<![:.,]\d)\b(?P<h>[01]?\d|2[0-3])(?::|(?<=\d\d))(?P<min>[0-5]\d)\s+(?:gmt|utc)\b{_ON_DAY}",
      (r"\bgmt\b", r"\butc\b"), 1, 9)
def _clock_24h(m: re.Match, c: _Ctx) -> _Norm:
    """"at 0900 GMT", "09:30 UTC on Friday": a 24-hour clock with its zone. Not "10:35 a.m. (0735 GMT)",
    the same time restated in brackets."""
    return _clock_on_day(m, c, int(m["h"]), int(m["min"]))


@rule(rf"\b(?:at|by|until|till|around|about|before|after|from|since|to|between)\s+"
      rf"(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)"
      rf"(?![\d:]|\.\d)(?:\s+(?:hours|hrs)\b)?(?:\s+{_ZONE}\b)?{_ON_DAY})",
      (re.compile(r":(?<=\d:)[0-5]\d"),), 1, 9)  # the literal first: re skips to it
def _clock_bare(m: re.Match, c: _Ctx) -> _Norm:
    """"at 10:30 on Tuesday", "until 18:00": a clock time without a.m./p.m. after a preposition (a
    score or a verse has none)."""
    return _clock_on_day(m, c, int(m["h"]), int(m["min"]))


_HOURWORDS = {w: i for i, w in enumerate(_ONES[:13])}


@rule(rf"\b(?P<h>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['\u2019]clock\b"
      rf"(?!\s+in\s+the\b){_ON_DAY}", (r"\bo'clock\b", "o\u2019clock"), 2, 6)
def _oclock(m: re.Match, c: _Ctx) -> _Norm:
    """"at 9 o'clock": the hour as written (it says nothing of a.m. or p.m.), on the day as "at 9 a.m."."""
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    return _clock_on_day(m, c, h, 0) if 1 <= h <= 12 else None


@rule(r"\b(?:at|by|until|till|around|about|before|after|from|since)\s+(?P<x>(?P<h>\d{1,2}|one|two|three|four|five|six|"
      r"seven|eight|nine|ten|eleven|twelve)(?::(?P<min>\d{2}))?(?:\s+o'clock)?\s+in\s+the\s+"
      r"(?P<part>morning|afternoon|evening))\b",
      ("morning", "afternoon", "evening"), 6, 1)
def _clock_daypart(m: re.Match, c: _Ctx) -> _Norm:
    """"at 4 in the morning": a clock time, placed like "at 4 a.m."."""
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if m["part"].lower() != "morning" else 0)
    clock = f"T{h:02d}:{int(m['min'] or 0):02d}"
    return ("TIME", _Ref("time", f"{c.dct.isoformat()}{clock}", clock))


@rule(rf"\b(?P<w>noon|midnight)(?:\s+{_ZONE}\b)?(?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY}|today|yesterday|tomorrow))?\b",
      ("noon", "midnight"), 1, 5)
def _noon(m: re.Match, c: _Ctx) -> _Norm:
    """"noon Friday", "midnight ET": like a clock time, on the day named after it, else on the day the
    story is telling about."""
    if re.search(r"\bhigh\s+$", c.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "high noon": the showdown, not the hour
    clock = f"T{'12:00' if m['w'].lower() == 'noon' else '24:00'}"
    if not m["wd"]:
        return ("TIME", _Ref("time", f"{c.dct.isoformat()}{clock}", clock))
    return ("TIME", f"{_named_day(m['wd'], c, m.start()).isoformat()}{clock}")


@rule(r"\b(?:right\s+|in\s+)?(?P<x>(?P<now>now|currently|nowadays|these\s+days|at\s+present|the\s+present(?:\s+time)?|"
      r"at\s+the\s+moment|presently)|(?P<past>recently|lately|the\s+past|recent\s+"
      r"(?:weeks|months|years|days|times|quarters)|once\s+upon\s+a\s+time|years\s+ago|months\s+ago|weeks\s+ago|"
      r"days\s+ago|"
      r"decades\s+ago|long\s+ago)|(?P<fut>the\s+(?:near\s+|distant\s+)?future|someday|"
      r"(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)|the\s+years\s+to\s+come))\b",
      (r"\bnow", r"\bcurrent", r"\bdays", r"\bpresent", r"\bmoment", r"\brecent", r"\blately", r"\bpast",
      r"\bonce", r"\bago", r"\bfuture", r"\bsomeday", r"\bcoming", r"\bcome"), 6, 4)
def _vague(m: re.Match, c: _Ctx) -> _Norm:
    if m["now"]:
        if m["now"].lower() == "now" and re.match(r"\s+that\b", c.text[m.end():m.end() + 6], re.I):
            return None
        return ("DATE", "PRESENT_REF")
    if m["past"]:
        return ("DATE", "PAST_REF")
    return ("DATE", "FUTURE_REF")


@rule(r"\b(?:the\s+(?:near|short|long)[\s-]term|a\s+later\s+date|as\s+soon\s+as\s+possible)\b",
      (r"\bterm\b", r"\bdate\b", r"\bpossible\b"), 3, 1)
def _future_phrase(m: re.Match, c: _Ctx) -> _Norm:
    """"in the near term", "at a later date", "as soon as possible": some time ahead."""
    if _ATTRIBUTIVE.match(c.text, m.end()):
        return None  # "the long-term debt": a kind of debt
    return ("DATE", "FUTURE_REF")


@rule(r"\b(?:earlier|later)\s+(?:this\s+(?P<unit>week|month|year|day)|in\s+(?P<x>the\s+(?P<unit2>week|month|year|day)))\b",
      (r"\bearlier", r"\blater"), 1, 4)
def _earlier_this(m: re.Match, c: _Ctx) -> _Norm:
    """"earlier this week": the week (its extent with "earlier", as TimeBank mostly has it); "later in
    the day": the DCT's day."""
    if m["unit2"]:
        return ("DATE", _shift(c.dct, m["unit2"].lower(), 0))
    return ("DATE", _shift(c.dct, m["unit"].lower(), 0))


@rule(r"\b(?:the\s+)?(?P<unit>week|month)\s+(?:ago|earlier)\b|\ba\s+(?P<unit2>week|month)\s+(?:ago|earlier)\b",
      (r"\bago", r"\bearlier"), 3, 1)
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


@rule(r"\b(?:(?:the|a)\s+)?year[\s-]+(?:earlier|ago)(?:\s+(?P<unit>period|month))?\b",
      (r"\bago", r"\bearlier"), 3, 2)
def _year_ago(m: re.Match, c: _Ctx) -> _Norm:
    if m["unit"] and m["unit"].lower() == "month":
        return ("DATE", _shift(c.dct, "month", -12))
    if _other_period(m, c):
        return ("DATE", _shift(c.dct, "year", -1))
    return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1)))


_OTHER_PERIOD = re.compile(r"\b(?:nine|six|12|twelve)\s+months\b|\b(?:first|second)\s+half\b|"
                           r"\bfull[\s-]year\b|\bfiscal\s+(?:year|19\d\d|20\d\d)\b|\bfor\s+the\s+year\b", re.I)


def _other_period(m: re.Match, c: _Ctx) -> bool:
    """Whether the sentence of "a year earlier" reports on a period other than a quarter ("in the
    first nine months, ... up from 40% a year earlier"): then it is that year, not a quarter."""
    start, end = c.sentence(m.start())
    return bool(_OTHER_PERIOD.search(c.text, max(start, m.start() - 300), min(end, m.end() + 300)))


@rule(rf"\b(?:the\s+)?(?P<y>{_YEAR})\s+(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:period|quarter)\b",
      (r"\bperiod", r"\bquarter"), 4, 1)
def _year_period(m: re.Match, c: _Ctx) -> _Norm:
    if m["ord"]:  # "the 1988 third quarter"
        return ("DATE", f"{m['y']}-Q{ORDINALS[m['ord'].lower()]}")
    return ("DATE", _Ref("period", m["y"], m["y"]))


@rule(r"\b(?:(?:the\s+)?(?:(?:corresponding|comparable|same)\s+)?(?:quarter|period)\s+(?:of\s+)?"
      r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year's\s+(?:quarter|period))\b",
      (r"\bquarter\b", r"\bperiod\b"), 4, 5, needs=("year",))
def _period_year_before(m: re.Match, c: _Ctx) -> _Norm:
    """"the quarter a year ago", "last year's quarter", "the corresponding period last year": the
    quarter under discussion, a year before."""
    return ("DATE", _Ref("year_before", _shift(c.dct, "year", -1)))


@rule(r"\bthe\s+(?:latest|most\s+recent|recent)\s+(?:period|quarter)\b",
      (r"\bperiod", r"\bquarter"), 4, 1)
def _latest_period(m: re.Match, c: _Ctx) -> _Norm:
    return ("DATE", _Ref("quarter", _shift(c.dct, "quarter", -1)))


@rule(r"\b(?:(?:earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+(?P<dir>next|following|previous|"
      r"preceding))\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year|quarter)(?![\w-])"
      r"(?!\s+(?:of|when|as|that|in\s+which|or)\b)"
      r"|\bthe\s+(?P<unit2>day|night|week|month|year)\s+(?P<dir2>before|after)(?=\s*[,.;:!?]|\s*$)",
      (r"\bday\b", r"\bmorning\b", r"\bafternoon\b", r"\bevening\b", r"\bnight\b", r"\bweek\b",
       r"\bmonth\b", r"\byear\b", r"\bquarter\b"), 4, 2,
      needs=("that", "same", "next", "following", "previous", "preceding", "before", "after"))
def _anaphoric(m: re.Match, c: _Ctx) -> _Norm:
    """"that year", "later that day", "the same month", "the next morning", "the day before": the
    date last named in the text (or the day after or before it), never the DCT's: without a date to
    refer to, nothing is tagged."""
    unit = (m["unit"] or m["unit2"]).lower()
    direction = (m["dir"] or m["dir2"] or "").lower()
    n = 1 if direction in ("next", "following", "after") else -1 if direction else 0
    if unit == "quarter":
        return ("DATE", _Ref("quarter", None)) if not n else None
    if n and not m["unit2"] and unit not in ("day", *_PARTCODE):
        return None  # "the following year" and the like: a rule of their own
    part = _PARTCODE.get(unit)
    return ("TIME" if part else "DATE", _Ref("anchor", None, f"{'day' if part else unit} {n} {part or ''}"))


@rule(r"\bmid[\s-]?(?P<part>morning|afternoon|day)\b",
      (r"\bmid",), 1, 2)
def _midday(m: re.Match, c: _Ctx) -> _Norm:
    """"by mid-afternoon", "at midday": on the day last named in the paragraph, else the DCT."""
    code = "T12:00" if m["part"].lower() == "day" else f"T{_PARTCODE[m['part'].lower()]}"
    return ("TIME", _Ref("time", f"{c.dct.isoformat()}{code}", code))
