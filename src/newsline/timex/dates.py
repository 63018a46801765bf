"""Date arithmetic: placing a month, a day or a weekday without a year before or after the DCT,
moving by units, counting from a date, and the calendar range a TIMEX3 value stands for."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Callable


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
    "new year's day": lambda y: dt.date(y, 1, 1), "new year's": lambda y: dt.date(y, 1, 1), "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31), "independence day": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "bastille day": lambda y: dt.date(y, 7, 14), "boxing day": lambda y: dt.date(y, 12, 26),
    "may day": lambda y: dt.date(y, 5, 1), "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    # Canada's, the second Monday of October (see the holiday rule)
    "canadian thanksgiving": lambda y: _nth_weekday(y, 10, 0, 2),
    "canadian thanksgiving day": lambda y: _nth_weekday(y, 10, 0, 2),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "waitangi day": lambda y: dt.date(y, 2, 6),  # New Zealand's
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labour day": lambda y: _nth_weekday(y, 9, 0, 1),  # Canada's (the holiday rule tags it only there)
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3), "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr. holiday": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king holiday": lambda y: _nth_weekday(y, 1, 0, 3),
    # Australia's (most states), the second Monday of June; New Zealand's the first (see the holiday rule)
    "queen's birthday": lambda y: _nth_weekday(y, 6, 0, 2), "king's birthday": lambda y: _nth_weekday(y, 6, 0, 2),
    "new zealand queen's birthday": lambda y: _nth_weekday(y, 6, 0, 1),
    "new zealand king's birthday": lambda y: _nth_weekday(y, 6, 0, 1),
    # British bank holidays: the first and last Mondays of May, the last of August
    "early may bank holiday": lambda y: _nth_weekday(y, 5, 0, 1), "may day bank holiday": lambda y: _nth_weekday(y, 5, 0, 1),
    "spring bank holiday": lambda y: _nth_weekday(y, 5, 0, -1), "august bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
    "mothering sunday": lambda y: _easter(y) - dt.timedelta(days=21),  # Britain's, the fourth Sunday of Lent
    "victoria day": lambda y: dt.date(y, 5, 24) - dt.timedelta(days=dt.date(y, 5, 24).weekday()),  # Canada's
    "family day": lambda y: _nth_weekday(y, 2, 0, 3),  # most Canadian provinces'
    "heritage day": lambda y: dt.date(y, 9, 24),  # South Africa's
    "summer bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
    "easter bank holiday": lambda y: _easter(y) + dt.timedelta(days=1),
    # Ireland's: the first Monday of June, the last of October
    "june bank holiday": lambda y: _nth_weekday(y, 6, 0, 1), "october bank holiday": lambda y: _nth_weekday(y, 10, 0, -1),
    "whit monday": lambda y: _easter(y) + dt.timedelta(days=50), "whit sunday": lambda y: _easter(y) + dt.timedelta(days=49),
    "pentecost": lambda y: _easter(y) + dt.timedelta(days=49), "pentecost sunday": lambda y: _easter(y) + dt.timedelta(days=49),
    "feast of the assumption": lambda y: dt.date(y, 8, 15), "all saints' day": lambda y: dt.date(y, 11, 1),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3), "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2), "veterans day": lambda y: dt.date(y, 11, 11),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2), "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "juneteenth": lambda y: dt.date(y, 6, 19), "flag day": lambda y: dt.date(y, 6, 14),
    "patriots' day": lambda y: _nth_weekday(y, 4, 0, 3), "groundhog day": lambda y: dt.date(y, 2, 2),
    "st. patrick's day": lambda y: dt.date(y, 3, 17), "st patrick's day": lambda y: dt.date(y, 3, 17),
    "saint patrick's day": lambda y: dt.date(y, 3, 17),
    # Ireland's name for Boxing Day
    "st stephen's day": lambda y: dt.date(y, 12, 26), "st. stephen's day": lambda y: dt.date(y, 12, 26), "st. george's day": lambda y: dt.date(y, 4, 23),
    "st george's day": lambda y: dt.date(y, 4, 23), "st. andrew's day": lambda y: dt.date(y, 11, 30),
    "st andrew's day": lambda y: dt.date(y, 11, 30), "st. david's day": lambda y: dt.date(y, 3, 1),
    "st david's day": lambda y: dt.date(y, 3, 1), "burns night": lambda y: dt.date(y, 1, 25),
    "bonfire night": lambda y: dt.date(y, 11, 5), "guy fawkes night": lambda y: dt.date(y, 11, 5),
    "hogmanay": lambda y: dt.date(y, 12, 31), "remembrance day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11), "remembrance sunday": lambda y: _nth_weekday(y, 11, 6, 2),
    "canada day": lambda y: dt.date(y, 7, 1), "anzac day": lambda y: dt.date(y, 4, 25),
    "australia day": lambda y: dt.date(y, 1, 26), "earth day": lambda y: dt.date(y, 4, 22),
    "april fools' day": lambda y: dt.date(y, 4, 1), "april fool's day": lambda y: dt.date(y, 4, 1),
    "ash wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    "shrove tuesday": lambda y: _easter(y) - dt.timedelta(days=47),
    "mardi gras": lambda y: _easter(y) - dt.timedelta(days=47),
    "palm sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "maundy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "holy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "reek sunday": lambda y: _nth_weekday(y, 7, 6, -1),  # Ireland's pilgrimage up Croagh Patrick
    "super tuesday": lambda y: _nth_weekday(y, 3, 1, 1),  # the primaries of most US states (2008's was in February)
    "holy saturday": lambda y: _easter(y) - dt.timedelta(days=1),
}


def _place_weekday(wd: int, dct: dt.date, tense: str | None, rel: str | None) -> dt.date:
    diff = wd - dct.weekday()
    if rel in ("last", "past"):
        # "last Thursday" written on a Friday is the week before's: yesterday would be "Thursday"
        # ("this past Thursday" is yesterday)
        back = (-diff) % 7 or 7
        return dct - dt.timedelta(days=back + 7 if back == 1 and rel == "last" else back)
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


def count_from(value: str, unit: str, n: int) -> str | None:
    """The date ``n`` units (``decade``, ``year``, ``month``, ``week``, ``day``) from the date ``value`` names, at
    that unit's granularity ("two months later" after "March 2004": 2004-05); None when ``value`` is
    too coarse for the unit ("two days after 1990") or the result leaves the calendar. ``weeks``:
    weeks counted, from a day a day ("On Monday ... A week earlier": that Monday's week-old twin); ``weekend``:
    the weekend of the week."""
    try:
        if unit == "decade" and re.match(r"\d{3}", value) and 0 <= int(value[:3]) + n <= 999:
            return f"{int(value[:3]) + n:03d}"  # "in 1952 ... at the end of the decade": the 1950s
        if unit == "year" and re.match(r"(?:FY)?\d{4}(?!\d)", value):  # ("fiscal 2003 ... the following year": 2004)
            return f"{dt.date(int(value.removeprefix('FY')[:4]) + n, 1, 1).year:04d}"
        if unit == "month" and re.match(r"\d{4}-\d\d(?!\d)", value):  # a month, or a day
            y, mo = _add_months(int(value[:4]), int(value[5:7]), n)
            return dt.date(y, mo, 1).isoformat()[:7]
        if unit in ("week", "weeks") and (w := _WEEK_VALUE.fullmatch(value)):  # "next week ... the following week"
            return _week(dt.date.fromisocalendar(int(w[1]), int(w[2]), 1) + dt.timedelta(weeks=n))
        if unit == "weekend" and (w := _WEEK_VALUE.match(value) or _DAY_VALUE.match(value)):
            # "Friday, Aug. 10 ... That weekend": the weekend of the day's (or the week's) ISO week
            d = dt.date.fromisoformat(value[:10]) if w.re is _DAY_VALUE else \
                dt.date.fromisocalendar(int(w[1]), int(w[2]), 1)
            if n > 0 and w.re is _DAY_VALUE and d.weekday() < 5:
                n -= 1  # "closes on Wednesday, 24 May, and the following weekend": that week's, still ahead of it
            elif not n and w.re is _DAY_VALUE and d.weekday() == 0:
                d -= dt.timedelta(days=1)  # "from Friday 29 May until Monday 1 June ... that weekend": the one it ends
            return _week(d + dt.timedelta(weeks=n)) + "-WE"
        if unit in ("day", "week", "weeks") and _DAY_VALUE.match(value):  # a day, or a time on it
            d = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=n * (1 if unit == "day" else 7))
            return _week(d) if unit == "week" else d.isoformat()
    except (ValueError, OverflowError):
        pass
    return None


_QUARTER_VALUE = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # the period a report is on: a quarter or a half
# a year, month, week, day, season or half: what "that year", "the following week" refer to ("sold in the
# summer of 2011 and renamed the next year": 2012). Not a quarter: "a year earlier" after "the third
# quarter" is that quarter's year-ago twin (see _Ref).
_ANCHOR_VALUE = re.compile(r"FY\d{4}|\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-H[12]|-(?:SP|SU|FA|WI))?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")  # a month, or (matched at the start) a day
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)")  # an ISO week, its year and number


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
