"""Temporal tagging: find temporal expressions and normalize them to TIMEX3 values.

Rule-based, in the tradition of HeidelTime: each rule is a regular expression plus a normalizer
that turns the match into a TIMEX3 ``type`` and ``value`` against the document creation time (DCT).
Granularity is kept (``2014`` stays a year); a month or weekday without a year is placed by the
tense of its clause (past: the most recent one before the DCT, future: the next one) and flagged
``year_inferred``. Candidates of all rules are collected first and the longest wins, so rules stay
independent of each other.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import filterfalse, islice
from typing import Callable, Iterator, Optional

from .text import sentence_starts

__all__ = ["Timex", "tag", "calendar_range", "count_from", "TYPES"]

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass  # not frozen: that makes each of the many built per article several times as costly
class Timex:
    """A temporal expression found in a text, with its TIMEX3 normalization."""

    start: int
    end: int
    text: str
    type: str
    value: str
    year_inferred: bool = False
    mod: str | None = None

    @property
    def range(self) -> tuple[dt.date | None, dt.date | None, str]:
        """Inclusive calendar range and granularity of the value (see :func:`calendar_range`)."""
        return calendar_range(self.value) if self.type in ("DATE", "TIME") else (None, None, "vague")


# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMBERS: dict[str, float | str] = {w: i for i, w in enumerate(_ONES)}
NUMBERS.update(_TENS)
NUMBERS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
                "a dozen": 12, "dozen": 12, "a half": 0.5, "half a": 0.5, "half an": 0.5,
                "a hundred": 100, "one hundred": 100, "hundred": 100,
                "a few": "X", "few": "X", "several": "X", "some": "X", "many": "X", "dozens of": "X",
                "hundreds of": "X", "a number of": "X", "a couple of few": "X"})
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
# "March eighth", "May twenty-first": the day of the month spelled out, as a transcript writes it
_DAY_WORDS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
_DAY_WORDS.update({f"twenty{sep}{w}": 20 + i for i, w in enumerate(_ORDINAL_WORDS[:9], 1) for sep in " -"})
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})

_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?|july?\.?|"
          r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"mon\.|tues?\.|wed\.|thurs?\.|fri\.|sat\.|sun\.)")
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
            r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_NUM = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_WORDNUM}(?:\s+and\s+a\s+half)?|a\s+single|an?|a\s+couple\s+of|"
        r"couple\s+of|a\s+dozen|a\s+few|few|several|some|many|dozens\s+of|hundreds\s+of|a\s+hundred|"
        r"half\s+an?|a\s+number\s+of)")
# The first characters of _NUM and of the words before it in _ago and _duration: checked first, they
# let re give up at most word starts before it tries the long alternations (a third of the scan).
_NUM_FIRST = r"(?=[\dacdefhlmnorstu])"
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|nights?|fortnights?)"
_DAYPART = r"(?:morning|afternoon|evening|night|overnight)"
_PARTCODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "tonight": "NI"}
_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_MODS = {"early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
         "mid": "MID", "middle": "MID"}
_UNITCODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
             "quarter": "Q", "weekend": "WE", "fortnight": "W", "hour": "H", "minute": "M",
             "second": "S", "night": "D"}


def _num(word: str) -> float | str | None:
    """Read a number written in digits or words ('two', 'twenty-five', 'a few' → 'X')."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w.endswith(" and a half"):
        base = _num(w[: -len(" and a half")])
        return base + 0.5 if isinstance(base, (int, float)) else base
    if w.endswith(" 1/2"):
        base = _num(w[:-4])
        return base + 0.5 if isinstance(base, (int, float)) else base
    if w in NUMBERS:  # before int(): its ValueError on a word costs more than the lookup
        return NUMBERS[w]
    try:
        return float(w) if "." in w else int(w)
    except ValueError:
        pass
    parts = w.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBERS:
        return _TENS[parts[0]] + int(NUMBERS[parts[1]])
    return None


def _fmt(n: float | str) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return str(n)


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


# --------------------------------------------------------------------------- tense

_FUTURE = re.compile(r"\b(?:will|won't|shall|'ll|going\s+to|gonna|plans?\s+to|planning\s+to|scheduled|set\s+for|"
                     r"expected\s+to|expects?\s+to|is\s+to|are\s+to|set\s+to|due\s+to|would|intends?\s+to|"
                     r"next(?!\s+to\b)|upcoming|coming|payable|effective|expires?|deadline|as\s+(?:soon|early)\s+as)\b", re.I)  # "next to": a place
_IRREGULAR = ("was were had did said told came went made took gave saw met began rose fell grew "
              "won lost sold bought paid left held brought built spent sent led ran wrote thought "
              "found became kept put set cut hit struck fought chose spoke broke drove flew knew "
              "stood sat shot swore threw understood withdrew forgot overtook underwent sought "
              "taught caught fled quit rang sang sank woke awoke meant slept stole swam tore wore hid dug drank "
              "ate froze hung rode shook slid spun sprang stuck swung wept drew felt got heard laid dealt blew "
              "bent bled beat arose clung crept shrank strode swept withheld upheld overcame overthrew mistook "
              "forgave forbade").split()


def _any_of(words: set[str]) -> re.Pattern[str]:
    """A regex for any of ``words``, grouped by first letter (several times faster than a plain
    alternation: re looks for the first letters before trying the rest)."""
    rest: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rest.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("|".join(f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in sorted(rest.items())))


_DAY_WORD = f"(?:{_any_of(set(_DAY_WORDS)).pattern})"


# Words start with a letter (the lookahead lets re skip the other positions at once); the
# irregular verbs grouped by first letter: about twice as fast as the plain alternation.
_PAST = re.compile(r"\b(?=[a-z])(?:" + _any_of({*_IRREGULAR, "ago", "last", "earlier", "previously", "former",
                                                "formerly"}).pattern + r"|[a-z0-9_]{2,}ed)\b", re.I)
_NOT_VERBS = {"need", "needed", "speed", "indeed", "hundred", "united", "red", "bed", "feed", "seed",
              "breed", "proceed", "exceed", "succeed", "limited", "interested", "expected",
              "scheduled", "planned", "alleged", "allegedly", "armed", "based", "concerned",
              "related", "detailed", "advanced", "skilled", "talented", "biased"}


# An -ed word after these is a passive or infinitive ("to be sold", "is heard") or an adjective ("a still
# unspecified date", "the revised plan"), not a past-tense verb.
_PASSIVE_WORDS = frozenset("be being is are am get gets to a an the still very more most less newly fully highly its their his her our "
                           "these those".split())
_PASSIVE = re.compile(r"\b(?:" + "|".join(sorted(_PASSIVE_WORDS, key=len, reverse=True)) + r")\s+", re.I)
# After "was"/"were": "was planning to", "were expected to", "was to be": the future as seen then
_FUTURE_IN_PAST = re.compile(r"\s+(?:" + _FUTURE.pattern + r"|to\s+be\b)", re.I)
# A verb right before the date's preposition: "collapsed in", "was arrested on", "will reopen in"
# (see _Ctx.governed)
_GOVERNED = re.compile(r"\b([a-z]+)\s+(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_WILL = re.compile(r"\b(?:will|shall|'ll|won't)\s+(?:not\s+)?(?:be\s+)?$", re.I)
# "since March", "since shortly after the Oct. 23 killing": the date is in the past, whatever the verb
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?"
                    r"(?:(?:the|his|her|its|their)\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)
# The same without re.I, for the folded text (see _fold): the same matches, several times faster.
_FUTURE_FOLDED, _PAST_FOLDED, _FUTURE_IN_PAST_FOLDED = (
    re.compile(rx.pattern) for rx in (_FUTURE, _PAST, _FUTURE_IN_PAST))


# "had been due to expire Friday": a plan in the pluperfect was for a day now past. The pattern ends
# at the end of a future cue: the plan's own word or the verb right after it.
_PLUPERFECT_PLAN = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+)?(?:scheduled|expected|due|set|planned|planning)"
                              r"(?:\s+(?:to|for))?(?:\s+[a-z]+)?$")


def _pluperfect_plan(low: str, m: re.Match) -> bool:
    """Whether the future cue ``m`` ("scheduled to", "due to", "expire") belongs to a plan in the
    pluperfect ("had been due to expire")."""
    return bool(_PLUPERFECT_PLAN.search(low, max(0, m.start() - 40), m.end()))


def _tense(sentence: str, at: int) -> str | None:
    """'past', 'future' or None: the tense cue nearest to position ``at`` in the sentence wins."""
    best: tuple[int, str] | None = None
    low = _fold(sentence)
    for rx, cue in ((_FUTURE, "future"), (_PAST, "past")):
        for m in rx.finditer(sentence):
            label = "past" if cue == "future" and _pluperfect_plan(low, m) else cue
            if label == "past" and (m.group(0).lower() in _NOT_VERBS or
                                    any(p.end() == m.start() for p in
                                        _PASSIVE.finditer(sentence, max(0, m.start() - 40), m.start())) or
                                    m.group(0).lower() in ("was", "were") and _FUTURE_IN_PAST.match(sentence, m.end())):
                continue
            d = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or d < best[0]:
                best = (d, label)
    return best[1] if best else None


# --------------------------------------------------------------------------- date arithmetic

def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    m = year * 12 + (month - 1) + delta
    return m // 12, m % 12 + 1


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


# A tense cue is a hint, not a verdict: news dates without a year cluster around the DCT, so the other
# direction still wins when it is this many times closer ("said ... by Jan. 14", written on Jan. 7).
_TENSE_BIAS = 4
_STRICT = 10 ** 6


def _pick(back: int, ahead: int, tense: str | None, bias: int = _TENSE_BIAS) -> int:
    """-1 (the candidate ``back`` units before the DCT) or +1 (``ahead`` units after), by tense and distance."""
    if tense == "past":
        return 1 if ahead * bias < back else -1
    if tense == "future":
        return -1 if back * bias < ahead else 1
    return -1 if back <= ahead else 1


def _place_month(month: int, dct: dt.date, tense: str | None, bias: int = _TENSE_BIAS) -> int:
    """Year of a month named without one: tense decides the direction, else the nearest. An explicit
    "last"/"next" passes ``bias=_STRICT``: then the direction is not a hint but the meaning."""
    back, ahead = (dct.month - month) % 12, (month - dct.month) % 12
    if back == 0:
        return dct.year
    return dct.year - (month > dct.month) if _pick(back, ahead, tense, bias) < 0 else dct.year + (month < dct.month)


def _place_day(month: int, day: int, dct: dt.date, tense: str | None) -> dt.date | None:
    """Date of a month and day named without a year, placed like :func:`_place_month` but by days."""
    return _place_yearly(lambda y: dt.date(y, month, day), dct, tense)


def _place_yearly(on: Callable[[int], dt.date], dct: dt.date, tense: str | None,
                  bias: int = _TENSE_BIAS) -> dt.date | None:
    """The occurrence of a yearly day (``on(year)``) before or after the DCT, by tense and distance."""
    candidates = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(on(y))
        except ValueError:
            pass
    if not candidates:
        return None
    before = [d for d in candidates if d <= dct]
    after = [d for d in candidates if d >= dct]
    if not before or not after:
        return (before or after)[-1 if before else 0]
    past, fut = before[-1], after[0]
    if past == fut:
        return past
    return past if _pick((dct - past).days, (fut - dct).days, tense, bias) < 0 else fut


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th (``-1``: last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1), "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31), "independence day": lambda y: dt.date(y, 7, 4),
    "bastille day": lambda y: dt.date(y, 7, 14), "boxing day": lambda y: dt.date(y, 12, 26),
    "may day": lambda y: dt.date(y, 5, 1), "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}


def _place_weekday(wd: int, dct: dt.date, tense: str | None, rel: str | None) -> dt.date:
    diff = wd - dct.weekday()
    if rel == "last":
        return dct - dt.timedelta(days=(-diff) % 7 or 7)
    if rel == "next":
        return dct + dt.timedelta(days=diff % 7 or 7)
    if rel == "this":
        return dct + dt.timedelta(days=diff)
    if tense == "past":
        return dct - dt.timedelta(days=(-diff) % 7)
    if tense == "future":
        return dct + dt.timedelta(days=diff % 7)
    back = (-diff) % 7
    return dct - dt.timedelta(days=back) if back <= 3 else dct + dt.timedelta(days=7 - back)


def _shift(dct: dt.date, unit: str, n: int) -> str | None:
    """The DCT moved by ``n`` units, at that unit's granularity."""
    if unit == "day":
        return (dct + dt.timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        return _week(dct + dt.timedelta(weeks=n)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        y, m = _add_months(dct.year, dct.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        q = dct.year * 4 + _quarter(dct) - 1 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{dct.year + n:04d}"
    if unit == "decade":
        v = dct.year // 10 + n
        return f"{v:03d}" if 0 <= v <= 999 else None  # '1000' would read as a year
    if unit == "century":
        v = dct.year // 100 + n
        return f"{v:02d}" if 0 <= v <= 99 else None
    return None


_IMPLAUSIBLE = re.compile(r"(?:FY)?(?:-|0000|\d{5})")


def _plausible(value: str) -> bool:
    """ASCII (``\\d`` also matches '٢') with a year in 0001-9999: a DCT near either end of the
    calendar moved by 'last century' or 'next year' must not give '-1' or '10000'."""
    return value.isascii() and not _IMPLAUSIBLE.match(value)


# --------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class _Ctx:
    text: str
    dct: dt.date
    sentences: tuple[int, ...]
    cues: dict = field(default_factory=dict, compare=False)  # sentence index -> _cues()

    def since(self, pos: int) -> bool:
        """"since March", "since early Friday": a point in the past, whatever the verb."""
        return bool(_SINCE.search(self.text, max(0, pos - 48), pos))

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``pos``."""
        i = bisect_right(self.sentences, pos) - 1
        return (self.sentences[i] if i >= 0 else 0,
                self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text))

    def governed(self, pos: int) -> str | None:
        """'past' or 'future' when the verb right before the date at ``pos`` says which ("collapsed in
        mid-December", "was arrested on Dec. 20", "will reopen in December"): then the direction is
        not a hint but the meaning, however far the date. A reported plan ("agreed to buy it in
        January", "said it would close in May") has other words between them: None."""
        before = self.text[max(0, pos - 14):pos]
        if " in " not in before and " on " not in before and "ing " not in before and \
                " In " not in before and " On " not in before:
            return None  # no "in", "on", "during" before the date: the common case, decided at once
        m = _GOVERNED.search(self.text, max(0, pos - 40), pos)
        if not m:
            return None
        if _WILL.search(self.text, max(0, m.start(1) - 20), m.start(1)):
            return "future"
        self.tense(pos)  # caches the sentence's cues
        i = bisect_right(self.sentences, pos) - 1
        at = m.start(1) - (self.sentences[i] if i >= 0 else 0)
        past = any(label == "past" and (j := bisect_left(starts, at)) < len(starts) and starts[j] == at
                   for label, starts, _ in self.cues[i])
        return "past" if past else None

    def tense(self, pos: int) -> str | None:
        if self.since(pos):
            return "past"
        i = bisect_right(self.sentences, pos) - 1
        if i not in self.cues:  # scan each sentence once: a megabyte-long line stays linear
            start, end = self.sentence(pos)
            self.cues[i] = _cues(self.text[start:end])
        return _nearest_cue(self.cues[i], pos - (self.sentences[i] if i >= 0 else 0))


def _cues(sentence: str) -> list[tuple[str, list[int], list[int]]]:
    """The tense cues of a sentence as :func:`_tense` sees them: per label, starts and ends (sorted,
    since the matches of one regex never overlap)."""
    low = _fold(sentence)
    out = []
    plans: tuple[list[int], list[int]] = ([], [])  # pluperfect plans: past cues, see _pluperfect_plan
    had = "had" in low
    for rx, label in ((_FUTURE_FOLDED, "future"), (_PAST_FOLDED, "past")):
        starts, ends = [], []
        for m in rx.finditer(low):
            if label == "past" and (sentence[m.start():m.end()].lower() in _NOT_VERBS or
                                    _after_passive(low, m.start()) or
                                    low[m.start():m.end()] in ("was", "were") and
                                    _FUTURE_IN_PAST_FOLDED.match(low, m.end())):
                continue
            into = plans if label == "future" and had and _pluperfect_plan(low, m) else (starts, ends)
            into[0].append(m.start())
            into[1].append(m.end())
        out.append((label, starts, ends))
    if plans[0]:
        out.append(("past", *plans))
    return out


def _after_passive(low: str, at: int) -> bool:
    """Whether a :data:`_PASSIVE` match ends at ``at``, starting at most 40 characters before it: the
    word before the spaces is one of :data:`_PASSIVE_WORDS` (a word check per -ed word, not a regex
    scan of every sentence)."""
    i = at
    while i and low[i - 1].isspace():
        i -= 1
    if i == at:
        return False
    j = i
    while j and (low[j - 1].isalnum() or low[j - 1] == "_"):  # re's \w
        j -= 1
    return j >= at - 40 and low[j:i] in _PASSIVE_WORDS


def _nearest_cue(cues: list[tuple[str, list[int], list[int]]], at: int) -> str | None:
    """:func:`_tense` in O(log n): of non-overlapping spans, the nearest to ``at`` is the last one
    starting at or before it or the first one after; ties go the same way as in :func:`_tense`."""
    best: tuple[int, str] | None = None
    for label, starts, ends in cues:
        j = bisect_right(starts, at)
        for k in (j - 1, j):
            if 0 <= k < len(starts):
                d = min(abs(starts[k] - at), abs(ends[k] - at))
                if best is None or d < best[0]:
                    best = (d, label)
    return best[1] if best else None


@dataclass(frozen=True)
class _Ref:
    """A value that depends on the period under discussion, resolved once all expressions are known.

    Financial news reports on a quarter ("third-quarter profit rose ...") and then compares with "a
    year ago" or "the year-earlier period": that is the same quarter a year before, not the DCT's
    year. ``kind``: ``quarter`` (the quarter last named), ``year_before`` (it, a year before),
    ``period`` (the year ``arg`` at the quarter last named). ``fallback`` when no quarter was named.
    ``time``: a clock time ``arg`` without a date is on the day last named in the paragraph ("The blast
    came on Friday ... at 10:35 a.m."), else on the DCT (``fallback``). ``anchor`` and ``weekday``:
    counted from the date last named ("later that year", "the following Monday"), else ``fallback``.
    """

    kind: str
    fallback: str | None
    arg: str = ""

    def resolve(self, quarter: str | None, day: str | None, anchor: str | None = None) -> str | None:
        if self.kind == "time":
            return day + self.arg if day else self.fallback
        if self.kind == "weekday":  # arg "weekday ±1": the first such weekday before/after the day last named
            if not anchor or not _DAY_VALUE.fullmatch(anchor):
                return self.fallback
            wd, sign = map(int, self.arg.split())
            a = dt.date.fromisoformat(anchor)
            return (a + dt.timedelta(days=sign * ((sign * (wd - a.weekday())) % 7 or 7))).isoformat()
        if self.kind == "anchor":  # arg "unit n[ part]": n units from the date last named
            unit, n, *part = self.arg.split()
            value = count_from(anchor, unit, int(n)) if anchor else None
            if value is None:
                return self.fallback
            return value + "".join(f"T{p}" for p in part) if unit == "day" else value
        if quarter is None:
            return self.fallback
        y, q = quarter.split("-")
        if self.kind == "quarter":
            return quarter
        if self.kind == "year_before":
            return f"{int(y) - 1:04d}-{q}"
        return f"{self.arg}-{q}"


def count_from(value: str, unit: str, n: int) -> str | None:
    """The date ``n`` units (``year``, ``month``, ``week``, ``day``) from the date ``value`` names, at
    that unit's granularity ("two months later" after "March 2004": 2004-05); None when ``value`` is
    too coarse for the unit ("two days after 1990") or the result leaves the calendar."""
    try:
        if unit == "year" and re.match(r"\d{4}(?!\d)", value):
            return f"{dt.date(int(value[:4]) + n, 1, 1).year:04d}"
        if unit == "month" and re.match(r"\d{4}-\d\d(?!\d)", value):  # a month, or a day
            y, mo = _add_months(int(value[:4]), int(value[5:7]), n)
            return dt.date(y, mo, 1).isoformat()[:7]
        if unit == "week" and (w := re.fullmatch(r"(\d{4})-W(\d\d)", value)):  # "next week ... the following week"
            return _week(dt.date.fromisocalendar(int(w[1]), int(w[2]), 1) + dt.timedelta(weeks=n))
        if unit in ("day", "week") and _DAY_VALUE.match(value):  # a day, or a time on it
            d = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=n * (7 if unit == "week" else 1))
            return _week(d) if unit == "week" else d.isoformat()
    except (ValueError, OverflowError):
        pass
    return None


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
# a year, month, week or day: what "that year", "the following week" refer to
_ANCHOR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")

_Norm = Optional[tuple]  # (type, value[, year_inferred[, mod]]) or None to reject
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


# re.I compares characters by their lower case, and also 'ı' and 'İ' with 'i', 'ſ' with 's' ('İ' is
# the only character whose lower case is longer): mapped so, folding keeps every offset.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _fold(text: str) -> str:
    """``text`` such that a rule's re.I pattern matches ``text`` exactly where its case-sensitive twin
    matches the result, at the same offsets."""
    return (text if text.isascii() else text.translate(_FOLD)).lower()


_KEYS_IN: dict[str, tuple[tuple[str, int, int], ...]] = {}  # a word of the texts seen holding keys -> them
_NO_KEYS: set[str] = set()  # the words of the texts seen that hold none (most words)


def _keys_in(word: str) -> tuple[tuple[str, int, int], ...]:
    """The literal keys in ``word`` (keys hold no whitespace) with their spans in it. The whitespace
    around a word is no ``\\w``: the answer holds wherever the word occurs."""
    if not _ANY_LITERAL.search(word):
        return ()
    out = []
    for key, lit in _LITERALS.items():
        starts, ends = key.startswith("\\b"), key.endswith("\\b")
        i = word.find(lit)
        while i >= 0:
            j = i + len(lit)
            if not (starts and i and (word[i - 1].isalnum() or word[i - 1] == "_") or  # re's \w
                    ends and j < len(word) and (word[j].isalnum() or word[j] == "_")):
                out.append((key, i, j))
            i = word.find(lit, i + 1)
    return tuple(out)


def _occurrences(low: str) -> dict[_Key, list[tuple[int, int]]]:
    """Spans of the keys in the folded text, in order, per key that occurs. The literal ones are
    looked up per distinct word (the words known to hold none are dropped before the set is built:
    half the cost of a set difference), and only the words holding one are located in the text:
    much cheaper than searching the text once per key or splitting it with offsets."""
    found: dict[_Key, list[tuple[int, int]]] = {}
    size = len(low)
    for word in set(filterfalse(_NO_KEYS.__contains__, low.split())):
        keys = _KEYS_IN.get(word)
        if keys is None:
            if len(_KEYS_IN) + len(_NO_KEYS) > 200_000:  # a bounded cache
                _KEYS_IN.clear()
                _NO_KEYS.clear()
            keys = _keys_in(word)
            if not keys:
                _NO_KEYS.add(word)
                continue
            _KEYS_IN[word] = keys
        n = len(word)
        at = low.find(word)
        while at >= 0:
            if (not at or low[at - 1].isspace()) and (at + n == size or low[at + n].isspace()):
                for key, a, b in keys:
                    found.setdefault(key, []).append((at + a, at + b))
                at = low.find(word, at + n)
            else:
                at = low.find(word, at + 1)  # inside a longer word
    for spans in found.values():
        spans.sort()  # each word was located in turn
    for rx in _PATTERN_KEYS:
        spans = [m.span() for m in rx.finditer(low)]
        if spans:
            found[rx] = spans
    return found


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``windows`` sorted, the overlapping ones joined."""
    if len(windows) == 1:
        return windows
    windows.sort()
    out = [windows[0]]
    for a, b in islice(windows, 1, None):
        if a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _matches(text: str) -> Iterator[tuple[int, re.Match]]:
    """``(rule index, match)`` of every rule in ``text``, as ``finditer`` over all of it would give
    them, scanning only the windows around each rule's keys, on the folded text."""
    low = _fold(text)
    rev = low[::-1]
    n = len(low)
    windows: dict[int, list[tuple[int, int]]] = {}  # rule index -> the windows around its keys
    for key, spans in _occurrences(low).items():
        for left, right, prios in _KEY_RULES[key]:
            around = [(n - left(rev, n - a).end(), right(low, b).end()) for a, b in spans]
            for prio in prios:
                windows.setdefault(prio, []).extend(around)
    for prio in sorted(windows):
        r = RULES[prio]
        src = low if r.scan is not r.rx else text
        for ws, we in _merged(windows[prio]):
            if r.needs is not None and r.needs.search(low, ws, we) is None:
                continue
            for m in r.scan.finditer(src, ws, we):
                if src is not text:
                    m = r.rx.match(text, m.start())  # the original's capitals
                if m is not None:  # never crash on input: a miss here is caught by the speed-path tests
                    yield prio, m


def _matches_everywhere(text: str) -> Iterator[tuple[int, re.Match]]:
    """What :func:`_matches` must equal: every rule over the whole text (the reference of the tests)."""
    return ((prio, m) for prio, r in enumerate(RULES) for m in r.rx.finditer(text))


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


_ANY_LITERAL = _any_of(set(_LITERALS.values()))  # all rules are registered by now
_PATTERN_KEYS = tuple(k for k in _KEYED if not isinstance(k, str))
_EXTENT_RULES = frozenset(p for p, r in enumerate(RULES) if "x" in r.rx.groupindex)  # see rule()


def _by_reach(prios: list[int]) -> tuple[tuple[Callable, Callable, tuple[int, ...]], ...]:
    """The rules ``prios`` grouped by their left and right reach: the rules of a group share the windows
    around a key, found once."""
    groups: dict[tuple[int, int], list[int]] = {}
    for p in prios:
        groups.setdefault((id(RULES[p].left), id(RULES[p].right)), []).append(p)
    return tuple((RULES[ps[0]].left.match, RULES[ps[0]].right.match, tuple(ps)) for ps in groups.values())


# key -> (left reach, right reach, the rules of that reach) of the rules it is a key of: per occurrence
_KEY_RULES = {k: _by_reach(ps) for k, ps in _KEYED.items()}


# --------------------------------------------------------------------------- driver

def tag(text: str, dct: dt.date) -> list[Timex]:
    """Find and normalize the temporal expressions of ``text`` written on ``dct``.

    Returns non-overlapping :class:`Timex` objects in text order; offsets index ``text``.
    """
    return _tag(text, dct, _matches)


_TITLE = re.compile(r"[A-Z0-9][\w']*(?:\s+[A-Z0-9][\w']*)+")
_ADJ_LEAD = re.compile(r"(?:the|a|an)\s+(?=[^\s-]+(?:-[^\s-]+)+$)", re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:of|and|or|to|in|on|at|for|by|from|with|that|when|ended|ending)\b)[A-Za-z]")
_QUOTED = re.compile(r"[,.!?]?(?:\"|''|\u201d)")
_OPEN_QUOTE = re.compile(r"(?:\"|``|''|\u201c)$")


def _tag(text: str, dct: dt.date, matches: Callable[[str], Iterator[tuple[int, re.Match]]]) -> list[Timex]:
    """:func:`tag` on the rule matches given by ``matches`` (the tests pass :func:`_matches_everywhere`)."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    ctx = _Ctx(text, dct, sentence_starts(text))
    found: list[tuple[int, int, int, re.Match]] = []
    for prio, m in matches(text):
        start, end = m.span("x") if prio in _EXTENT_RULES and m["x"] is not None else m.span()
        while end > start and text[end - 1] in " \t\n,-":
            end -= 1
        lead = _ADJ_LEAD.match(text, start, end)
        if lead and _NOUN_NEXT.match(text, end):
            start = lead.end()  # "the third-quarter loss", "a 24-hour strike": the article is the noun's
        if end <= start or _QUOTED.match(text, end) and _TITLE.fullmatch(text, start, end) and \
                _OPEN_QUOTE.search(text, max(0, start - 2), start):
            continue  # ABC's "This Week," CBS's ''60 Minutes'': the title of a show, not a time
        found.append((start, end, prio, m))
    # The longest expression wins, then the earlier rule. A match overlapping one already chosen loses
    # whatever it would normalize to, so it is only normalized when it could still be chosen.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken_starts: list[int] = []  # the chosen spans never overlap: sorted by start is sorted by end
    taken_ends: list[int] = []
    chosen: list[tuple[int, int, tuple]] = []
    for start, end, prio, m in found:
        i = bisect_left(taken_starts, end) - 1  # the last chosen span starting before this one ends
        if i >= 0 and taken_ends[i] > start:
            continue
        try:
            norm = RULES[prio].fn(m, ctx)
        except (ValueError, OverflowError, KeyError):
            continue
        if not norm or not norm[1] or isinstance(norm[1], str) and not _plausible(norm[1]):
            continue
        taken_starts.insert(i + 1, start)
        taken_ends.insert(i + 1, end)
        chosen.append((start, end, norm))
    chosen.sort()
    out: list[Timex] = []
    quarter: str | None = None  # the last quarter named: what "a year ago" compares with
    anchor: str | None = None  # the last date named: what "the following year" follows
    day: str | None = None  # the last day named in the paragraph: when "at 10 p.m." is
    last_end = 0
    for start, end, (typ, value, *rest) in chosen:
        if "\n\n" in text[last_end:start]:
            day = None
        last_end = end
        if isinstance(value, _Ref):
            value = value.resolve(quarter, day, anchor)
            if not value or not _plausible(value):
                continue
        elif _QUARTER_VALUE.fullmatch(value):
            quarter = value
        elif _DAY_VALUE.match(value):
            day = value[:10]
        if typ == "DATE" and _ANCHOR_VALUE.fullmatch(value):
            anchor = value
        inferred = bool(rest[0]) if rest else False
        mod = rest[1] if len(rest) > 1 else None
        out.append(Timex(start, end, text[start:end], typ, value, inferred, mod))
    return out


# --------------------------------------------------------------------------- calendar ranges

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


@functools.lru_cache(maxsize=4096)  # a handful of values recur across a corpus
def calendar_range(value: str) -> tuple[dt.date | None, dt.date | None, str]:
    """Inclusive calendar range and granularity of a TIMEX3 date value; ``(None, None, 'vague')`` when
    the value names no definite stretch of the calendar (PAST_REF, XXXX-..., durations)."""
    v = value.strip()
    try:
        if v.startswith("FY"):
            v = v[2:]
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T.*)?", v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "time" if m[4] else "day"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo), "month"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week"
            return monday, monday + dt.timedelta(days=6), "week"
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half"
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            end_y, end_m = _add_months(y, 1, b - 1)
            return dt.date(y, a, 1), _month_end(end_y, end_m), "season"
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if re.fullmatch(r"\d{3}", v):
            y = int(v) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31), "decade"
        if re.fullmatch(r"\d{2}", v):
            y = int(v) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"
    except (ValueError, OverflowError):  # 'year 0', '9999-W52' (ends in year 10000)
        pass
    return None, None, "vague"
