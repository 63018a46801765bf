"""The rule registry: each rule is a regular expression with its normalizer, its keys (literal word
parts that every match holds) and its reach around them; and the references resolved once the whole
text is tagged (the quarter under discussion, the day last named)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable, Optional

from .tense import _Ctx
from .dates import HOLIDAYS, _DAY_VALUE, _MONTH_VALUE, _WEEK_VALUE, count_from


@dataclass(frozen=True)
class _Ref:
    """A value that depends on the period under discussion, resolved once all expressions are known.

    Financial news reports on a quarter ("third-quarter profit rose ...") and then compares with "a
    year ago" or "the year-earlier period": that is the same quarter a year before, not the DCT's
    year; a half alike. ``kind``: ``quarter`` (the quarter last named), ``year_before`` (the quarter
    or half last named, a year before), ``period`` (the year ``arg`` at it). ``fallback`` when no
    quarter or half was named.
    ``in_year``: the month or season ``arg`` of the year last named ("in 1967 ... that July"), or of the one
    ``shift`` years from it ("in 1990 ... in March the following year"); ``arg`` a holiday's name: its day
    then ("in 1990 ... on Easter Sunday the following year").
    ``that_day``: the day last named anywhere, at the part of the day ``arg`` names, if it is in the
    month (of the year) ``arg`` names ("the night of 17 November 1987 ... that November night"), else
    as ``in_year`` (or that month of the year written).
    ``time``: a clock time ``arg`` without a date is on the day last named in the paragraph ("The blast
    came on Friday ... at 10:35 a.m."), or before it if that day is of the week before the DCT (the
    story's day), else on the DCT (``fallback``); ``time_ahead``, one said of the future ("will arrive at
    10.15am"), on the day ahead last named (also a paragraph on, if within the week after the DCT).
    ``anchor`` and ``weekday``:
    counted from the date last named ("later that year", "the following Monday"), else ``fallback``.
    ``month_from``: the month or season ``arg`` after (or before) the date last named ("in April 2011 ...
    the following March"). ``narrative``: a month or day ``arg`` ("-06-29") placed in the past without its year (``fallback``)
    is of the year of the finer date just named years before ("in the spring of 1944 ... on June 29").
    """

    kind: str
    fallback: str | None
    arg: str = ""
    shift: int = 0

    def resolve(self, quarter: str | None, day: str | None, anchor: str | None = None) -> str | None:
        if self.kind in ("time", "time_ahead"):
            return day + self.arg if day else self.fallback
        if self.kind == "weekday":  # arg "weekday ±1": the first such weekday before/after the day last named
            wd, sign = map(int, self.arg.split())  # (0: on or after it)
            if anchor and (w := _WEEK_VALUE.fullmatch(anchor)) and not sign:
                return self.fallback  # "A fortnight ago ... on the Thursday": no day to count from
            if anchor and w:
                # "a fortnight ago ... The following Monday": after the week named, its Sunday (before it, its Monday)
                try:
                    anchor = dt.date.fromisocalendar(int(w[1]), int(w[2]), 7 if sign > 0 else 1).isoformat()
                except ValueError:
                    return self.fallback
            if not anchor or not _DAY_VALUE.fullmatch(anchor):
                return self.fallback
            a = dt.date.fromisoformat(anchor)
            try:
                return (a + dt.timedelta(days=(wd - a.weekday()) % 7 if not sign else
                                         sign * ((sign * (wd - a.weekday())) % 7 or 7))).isoformat()
            except OverflowError:  # past the calendar's end
                return self.fallback
        if self.kind == "narrative":
            if anchor and anchor[:4].isdigit() and int(anchor[:4]) <= int(self.fallback[:4]) - 2:
                value = anchor[:4] + self.arg
                if _month_of(value) < _month_of(anchor):
                    return self.fallback  # "in August 1989 ..., and laid off 300 workers in April": told on, not back
                return value if _valid(value) else self.fallback  # no February 29 of 1943
            return self.fallback
        if self.kind == "month_from":  # arg "code start ±1": the first such month or season after/before it
            code, start, sign = self.arg.split()
            if not anchor or not anchor[:4].isdigit():
                return self.fallback
            month = int(anchor[5:7]) if anchor[5:7].isdigit() else None  # a year, season or week: its year
            year = int(anchor[:4]) + (int(sign) if month is None or (int(start) - month) * int(sign) <= 0 else 0)
            if month is None and code == "WI" and sign == "1":
                year -= 1  # "in 1987 ... the following winter": the one beginning that December (1987-WI)
            return f"{year:04d}-{code}"
        if self.kind == "that_day":  # arg "[year]-month[ part]": the day last named (``day``) if of that month
            month, *part = self.arg.split()
            if day and _DAY_VALUE.fullmatch(day) and (day[4:7] == month if month[0] == "-" else day.startswith(month)):
                return day + "".join(f"T{p}" for p in part)
            if month[0] == "-" and anchor and anchor[:4].isdigit():
                return anchor[:4] + month  # "in 1967 ... that July night": as "that July"
            return self.fallback
        if self.kind == "in_year":  # arg "-07", "-SU": that month or season of the year last named
            if not (anchor and anchor[:4].isdigit()):
                return self.fallback
            year = int(anchor[:4]) + self.shift
            if self.arg[:1] != "-":
                return HOLIDAYS[self.arg](year).isoformat() if 1 <= year <= 9999 else self.fallback
            value = f"{year:04d}{self.arg}"
            return value if _valid(value) else self.fallback  # (no February 29 of 2011)
        if self.kind == "anchor":  # arg "unit n[ part]": n units from the date last named
            unit, n, *part = self.arg.split()
            if part and day:  # "Friday night ... the following morning": from the day last named, a time's too
                anchor = day
            value = count_from(anchor, unit, int(n)) if anchor else None
            if value is None and unit == "day" and n != "0" and day and _DAY_VALUE.fullmatch(day):
                value = count_from(day, unit, int(n))  # "on May 8, ... this week, and ... the next day": the day last named
            if value is None and unit == "week" and abs(int(n)) == 1 and anchor and _MONTH_VALUE.fullmatch(anchor):
                value = anchor  # "uncovered in November 2009 ... suspended the following week": in that month, about
            if value is None:
                return self.fallback
            return value + "".join(f"T{p}" for p in part) if unit == "day" else value
        if quarter is None:
            return self.fallback
        y, q = quarter.split("-")
        if self.kind == "quarter":
            return quarter if "Q" in quarter else self.fallback  # "the quarter" after "the first half": no half
        if self.kind == "year_before":
            return f"{int(y) - 1:04d}-{q}"
        return f"{self.arg}-{q}"


_Norm = Optional[tuple]  # (type, value[, year_inferred[, mod]]) or None to reject


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


def _month_of(value: str) -> int:
    """The month a date value (of a year, season, month or day) starts in: 0 for a year alone."""
    part = value[5:7]
    return int(part) if part.isdigit() else _SEASON_START.get(part, 0)


def _valid(value: str) -> bool:
    """Whether the day of ``value`` (a date, or a time on one) exists."""
    try:
        return not _DAY_VALUE.match(value) or bool(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return False


def _narrative(norm: _Norm, c: _Ctx) -> _Norm:
    """``norm`` of a month or day whose year was not written (its year inferred), when it is placed in
    the past: a ``narrative`` :class:`_Ref`, the year of a finer date named just before it if that is
    years back (a feature or obituary telling of 1944), else as placed."""
    if not norm or len(norm) < 3 or not norm[2] or not isinstance(norm[1], str) or norm[1][:10] >= c.dct.isoformat():
        return norm
    typ, value, *rest = norm
    return (typ, _Ref("narrative", value, value[4:]), *rest)


_Key = str | re.Pattern[str]


@functools.cache  # one pattern per reach: the rules of a reach share it (see _by_reach)
def _reach(tokens: int, ahead: bool) -> re.Pattern[str]:
    """The rest of the current token and ``tokens`` more (a token is a run of anything but whitespace
    and hyphens, the only characters the rules repeat without bound). On the reversed text it walks
    back. ``ahead``: one whole token more, what ``\\b`` or a lookahead peeks at (so a window never
    ends inside a token), and the separators up to the end of the text if nothing follows them."""
    # Possessive: the greedy walk never backtracks anyway, and re skips the bookkeeping for it.
    return re.compile(r"[^\s-]*+(?:[\s-]++[^\s-]++){0,%d}+%s" % (tokens + ahead, r"(?:[\s-]*\Z)?" if ahead else ""))


@dataclass(frozen=True)
class _Rule:
    rx: re.Pattern[str]
    scan: re.Pattern[str]  # rx without re.I, run on the folded text (much faster); rx itself if case matters
    fn: Callable[[re.Match, _Ctx], _Norm]
    left: re.Pattern[str]  # _reach(before) on the reversed text from a key's start
    right: re.Pattern[str]  # _reach(after, ahead) from a key's end
    needs: re.Pattern[str] | None  # found in the folded text of every match (see rule())


RULES: list[_Rule] = []
_LITERALS: dict[str, str] = {}  # literal key -> the characters it stands for
_KEYED: dict[_Key, list[int]] = {}  # key -> the indices of the rules it is a key of


def rule(pattern: str, keys: tuple[_Key, ...], before: int, after: int, flags: int = re.I,
         needs: tuple[str, ...] = ()) -> Callable:
    """Register a rule. A named group ``x``, when it matched, is the extent of the expression: the
    context around it (a preposition, "earlier") helps to match but is not part of the TIMEX3.

    Every match contains one of ``keys`` in the folded text (see :func:`_fold`): a literal part of a
    word (``\\b`` before or after it: at a word start or end) or a regex (peeking ahead no further
    than ``\\b``). A match reaches at most ``before`` tokens (see :func:`_reach`) before the token of
    the first key in it and reads at most ``after`` tokens past the token of a key before the next key
    or its end, lookaheads included. So scanning only that far around the keys finds exactly what
    scanning the whole text finds (``tests/test_timex_speedpath.py``). re.I patterns are written in
    lower case: they also run without re.I on the folded text.

    ``needs``: regexes (mostly literals), one of which every match contains in the folded text, apart
    from the keys ("ago" or "later" in "three days ago"; a digit in "5 March"): a window without any
    is not scanned. Most windows of such rules hold none (a unit word or a month name with no count
    or day near it), and one search for a literal is far cheaper than running the rule at each word."""
    if flags & re.I and re.search(r"[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", pattern)):
        raise ValueError(f"re.I pattern not in lower case: {pattern}")
    for key in keys:
        if isinstance(key, str):
            lit = _LITERALS[key] = key.removeprefix("\\b").removesuffix("\\b")
            if not lit or lit != lit.lower() or any(c.isspace() for c in lit):
                raise ValueError(f"bad key {key!r}: a literal is a lower-case part of a word")

    def deco(fn: Callable[[re.Match, _Ctx], _Norm]) -> Callable:
        rx = re.compile(pattern, flags)
        for key in dict.fromkeys(keys):
            _KEYED.setdefault(key, []).append(len(RULES))
        RULES.append(_Rule(rx, re.compile(pattern, flags & ~re.I) if flags & re.I else rx, fn,
                           _reach(before, False), _reach(after, True),
                           re.compile("|".join(needs)) if needs else None))
        return fn
    return deco
