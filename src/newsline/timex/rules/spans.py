"""Durations ("three years", "the past decade") and sets ("every Monday", "quarterly"), and the
weeks and half-decades named by their place in a month or decade."""
from __future__ import annotations

import datetime as dt
import itertools
import re

from ..vocab import (
    ORDINALS, WEEKDAYS, _DAYPART, _MONTH, _NUM, _NUM_FIRST, _PARTCODE, _SEASONS, _UNIT, _UNITCODE, _WEEKDAY,
    _WORDNUM, _fmt, _num, _unit,
)
from ..tense import _Ctx
from ..dates import HOLIDAYS, _month_end, _place_day, _place_month, _shift, _week
from ..engine import _Norm, rule
from .common import _ATTRIBUTIVE, _UNIT_KEYS, _WEEKDAY_KEYS, _YEAR, _cap, _month


@rule(rf"\b{_NUM_FIRST}(?:(?P<lead>the\s+(?:past|last|next|first|previous|coming|following|final|latest)|the|"
      rf"another)\s+)?(?:(?P<more>(?:no\s+)?(?:more|less)\s+than|about|nearly|almost|(?:just|well)\s+(?:under|over)|"
      rf"at\s+least|up\s+to|some|around|roughly|approximately)\s+)?(?P<n>{_NUM})(?:\s+(?:more|additional|extra|further|full|trading|business|working|straight|consecutive|successive|long|"
      rf"(?P<judged>good|bad|hard|difficult|tough|lean|busy|happy|short)))?[\s-]+(?P<unit>{_UNIT})"
      r"(?P<half>\s+and\s+a\s+half)?(?:(?:(?<=year)|(?<=years)|(?<=hour)|(?<=hours)|(?<=minute)|(?<=minutes))\s+and\s+(?P<n2>[1-5]?\d|" + _NUM + r")\s+(?P<unit2>minutes?|seconds?|months?)\b)?"
      r"(?P<adj>-(?:long|old))?(?P<tail>\s+or\s+(?:so|more|longer))?(?:['\u2019]\s+time)?\b",  # "in three years' time"
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
    if (m["adj"] or "").lower() == "-old" or _AGE.match(c.text, m.end()) or \
            _AGES.search(c.text, max(0, m.start() - 40), m.start()):
        return None  # an age ("a 44-year-old", "37 years old", "range in age from 8 months to 41 years") is no time
    if m["judged"] and m["n"].lower() in ("a", "an"):
        return None  # "a tough month", "a good week": a judgement of a time, not a length (but "five good years")
    if unit == "weekend" and n != 1 and not m["unit"].lower().endswith("s"):
        return None  # "the May 24 weekend": a weekend named by its day, no count
    if not m["lead"] and re.search(r"\b(?:every|each)\s+$", c.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "every four years or so": a SET (_every_n)
    if not m["adj"] and c.text.startswith("-", m.end()) and c.text[m.end() + 1:m.end() + 2].isalpha():
        return None  # "a night-shift operator", "the day-care centre": a compound noun
    if c.text.endswith(("in-", "in "), 0, m.start()) and _ONE_IN.search(c.text, max(0, m.start() - 8), m.start()):
        return None  # "a 1-in-100-year storm": how rare, no stretch of time
    if m["n"].lower() in ("a", "an") and (unit in ("weekend",) or m["unit"].lower().endswith("s")):
        return None  # "a decades-long battle": the plural is no count of one
    if re.match(r"\s+(?:ago|earlier(?!\s+than|\s+this\s|\s+in\s+the\s)|from\s+now)\b", c.text[m.end():m.end() + 24], re.I) and \
            not (unit in ("hour", "minute", "second") and c.text[m.end():m.end() + 16].lstrip()[:7].lower() == "earlier"):
        return None
    if m["n"].lower() == "one" and unit == "day" and not m["lead"] and not m["more"] and _MODAL.search(
            c.text, max(0, m.start() - 24), m.start()):
        return ("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not a day long
    article = m["n"].lower() in ("a", "an")
    if m["unit"][0].isupper() and m["n"][0].isupper() and _CAPITAL_NEXT.match(c.text, m.end()):
        return None  # "the Ninth Five-Year Plan", "the Hundred Years War": a name
    if unit == "quarter" and (_FRACTION.match(c.text, m.end(), m.end() + 20) or
                              _BY_A_QUARTER.search(c.text, max(0, m.start() - 12), m.start())):
        return None  # "three-quarters of its food", "by a quarter point", "fell by a quarter", "cost a quarter": no time
    if article and unit == "day" and _DAY_OF.match(c.text, m.end()):
        return None  # "declared Saturday a day of mourning": a kind of day, not a length
    if article and unit == "second" and not _AFTER_SECOND.match(c.text, m.end()):
        return None  # "a second group": an ordinal
    if article and unit == "hour" and _SPEED.search(c.text, max(0, m.start() - 20), m.start()):
        return None  # "gusts of 110 miles an hour": a speed, not a time
    if article and not m["lead"] and not m["more"] and _RATE.search(c.text, max(0, m.start() - 30), m.start()) and \
            not _SHIFTED.match(c.text, m.end()):
        return ("SET", _duration_value(1, unit) if unit not in ("hour", "minute", "second") else f"PT1{_UNITCODE[unit]}")
    if not m["lead"] and not m["adj"] and not m["more"] and isinstance(n, int) and unit in ("day", "week", "month", "year") and \
            not m["n"].lower().startswith("a single") and \
            _IN.search(c.text, max(0, m.start() - 4), m.start()) and c.tense(m.start()) == "future" and \
            not _RECORD.search(c.text, max(0, m.start() - 70), m.start()) and \
            not _CAN_IN.search(c.text, max(0, m.start() - 100), m.start()) and \
            not _NOT_SINCE.search(c.text, max(0, m.start() - 80), m.start()):
        return ("DATE", _shift(c.dct, unit, n))  # "the vote will take place in two weeks": a date ahead
    tail = (m["tail"] or "").split()[-1:]  # "the next two years or so", "20 years or more"
    value = _duration_value(n, unit)
    if re.fullmatch(r"\d+\.\d+", m["n"]) and not m["half"] and unit in _UNITCODE and unit not in ("decade", "century"):
        value = f"P{'T' if unit in ('hour', 'minute', 'second') else ''}{m['n']}{_UNITCODE[unit]}"  # "14.2 months": as written
    if m["unit2"] and isinstance(n, int) and isinstance(n2 := _num(m["n2"]), int) and \
            (unit, m["unit2"].lower().rstrip("s")) in (("hour", "minute"), ("minute", "second"), ("year", "month")):
        value += f"{n2}{_UNITCODE[m['unit2'].lower().rstrip('s')]}"  # "an hour and 13 minutes": PT1H13M
    elif m["unit2"]:
        return None  # "two seconds and three months": no one length
    return ("DURATION", value, False, _OR_MORE.get(tail[0]) if tail else None)


_OR_MORE = {"so": "APPROX", "more": "EQUAL_OR_MORE", "longer": "EQUAL_OR_MORE"}
# "4hr 49min 49sec", "3min 25sec", "12sec": a race time in the abbreviations of sports pages, from the
# largest unit down (written lower-case: "the SEC" is no second)
_ABBR = {"hr": "H", "min": "M", "sec": "S"}
_ABBR_PART = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(hr|min|sec)")


@rule(r"\b\d{1,3}(?:\.\d+)?\s?(?:hrs?(?:\s+\d{1,2}\s?mins?)?(?:\s+\d{1,2}(?:\.\d+)?\s?secs?)?|"
      r"mins?(?:\s+\d{1,2}(?:\.\d+)?\s?secs?)?|secs?)\b",
      (r"hr\b", r"hrs\b", r"min\b", r"mins\b", r"sec\b", r"secs\b"), 4, 4, flags=0, needs=(r"\d",))
def _abbreviated_race_time(m: re.Match, c: _Ctx) -> _Norm:
    return ("DURATION", "PT" + "".join(f"{_fmt(_num(n))}{_ABBR[u]}" for n, u in _ABBR_PART.findall(m.group(0))))


@rule(r"\b(?P<h>\d{1,2}):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d(?:\.\d+)?))?(?![\d:])(?!\s*(?:[ap]\.?\s?m\b|gmt|utc|bst|[ecmp][sd]t)\b)",
      (re.compile(r":(?<=\d:)[0-5]\d"),), 4, 2, flags=re.I)  # the clock rule's key: the literal first
def _stopwatch_time(m: re.Match, c: _Ctx) -> _Norm:
    """"won in 2:09:12", "the women's race went to Orlova in 2:29:10", "finished in 6:31", "under 2:09": a
    race time, a duration (a clock time carries seconds only with "a.m." or a zone, which this is not)."""
    if not m["s"] and not _RACE_VERB.search(c.text, max(0, m.start() - 40), m.start()):
        return None  # "at 6:31": a clock time
    if m["s"] and not (_RACE_VERB.search(c.text, max(0, m.start() - 40), m.start()) or
                       _TIME_OF.search(c.text, max(0, m.start() - 12), m.start())):
        return None
    h, mi = int(m["h"]), int(m["mi"])
    sec = f"{_fmt(float(m['s']))}S" if m["s"] else ""
    return ("DURATION", f"PT{h}H{mi}M{sec}" if h else f"PT{mi}M{sec}")


# "won in", "finished in", "ran", "clocked", "in a time of", "under": before a race time
_RACE_VERB = re.compile(r"\b(?:won|win|wins|finished|finishes|finish|ran|run|runs|clocked|clocking|timed|record\s+of|"
                        r"time\s+of|went\s+to\s+[^.;]{1,40}?\s+in|under|in\s+a\s+time\s+of)\s+(?:in\s+|of\s+|a\s+)?$",
                        re.I)
_TIME_OF = re.compile(r"\b(?:in|of|under)\s+$", re.I)
_PART = rf"(?:\d{{1,3}}(?:\.\d+)?|{_WORDNUM})"  # a count in a race time: "12 days, 7 hours and 14 minutes", "49.3 seconds"
_PARTS = re.compile(rf"({_PART})\s+(day|hour|minute|second)", re.I)
_ORDER = ("day", "hour", "minute", "second")
# two or more of them, from the largest down, each once: every such sequence, the longest first
_RACE = "|".join(
    r",?\s+(?:and\s+)?".join(rf"{_PART}\s+{u}s?" for u in units)
    for n in (4, 3, 2) for units in itertools.combinations(_ORDER, n))


@rule(rf"\b(?:{_RACE})\b",
      (r"\bhour\b", r"\bhours\b", r"\bminute\b", r"\bminutes\b", r"\bsecond\b", r"\bseconds\b"), 8, 5,
      needs=(r"(?:day|hour|minute)s?,?\s+(?:and\s+)?[\w.-]+(?:\s[\w-]+)?\s+(?:hour|minute|second)",))
def _clock_duration(m: re.Match, c: _Ctx) -> _Norm:
    """"4 hours, 12 minutes and 9 seconds", "two hours and 41 minutes", "12 days, 7 hours and 14
    minutes": a race time, one duration."""
    parts = [(_num(n), u.lower()) for n, u in _PARTS.findall(m.group(0))]
    if not all(isinstance(n, int) or u == "second" and isinstance(n, float) for n, u in parts):
        return None  # a fraction only of the seconds: "1 minute 49.3 seconds"
    days = "".join(f"{n}D" for n, u in parts if u == "day")
    time = "".join(f"{n}{u[0].upper()}" for n, u in parts if u != "day")
    return ("DURATION", f"P{days}{'T' + time if time else ''}")




@rule(r"\b(?:(?P<lead>the\s+(?:past|last|next|first|final|previous|coming|following))\s+(?P<half>half[\s-])?|a\s+"
      r"(?P<half1>half[\s-]))(?P<unit>hour|minute)\b(?!\s+(?:hand|mark)\b)", (r"\bhour\b", r"\bminute\b"), 3, 2,
      needs=("the", "half"))
def _one_hour(m: re.Match, c: _Ctx) -> _Norm:
    """"in the past hour", "the last half hour", "a half-hour delay": one hour or minute, or half of it
    (the duration rule wants a count: "three hours", "half an hour")."""
    if m["lead"] and not m["half"] and m["unit"].lower() == "minute" and (
            _LAST_MINUTE.match(c.text, m.end()) or
            m["lead"].lower().endswith(("last", "final")) and
            not _OVER_THE.search(c.text, max(0, m.start() - 12), m.start())):
        return None  # "a last-minute deal", "in doubt until the last minute": the final moment, not sixty seconds
    if m["half"] or m["half1"]:
        return ("DURATION", "PT30M" if m["unit"].lower() == "hour" else "PT30S")
    return ("DURATION", "PT1H" if m["unit"].lower() == "hour" else "PT1M")


_OVER_THE = re.compile(r"\b(?:over|in|during|within|for)\s+$", re.I)  # "in the last minute, prices fell"


@rule(r"\banother\s+(?P<unit>day|week|month|year|decade|century|hour)\b(?![\s-]+(?:old|long)\b)",
      (r"\bday\b", r"\bweek\b", r"\bmonth\b", r"\byear\b", r"\bdecade\b", r"\bcentury\b", r"\bhour\b"), 1, 2,
      needs=("another",))
def _another(m: re.Match, c: _Ctx) -> _Norm:
    """"keeping it open another decade", "for another week": one more such unit."""
    return ("DURATION", _duration_value(1, m["unit"].lower()))


@rule(r"\b(?:the\s+)?(?:past|last|next|coming|previous|following|first|final)\s+fortnight\b", (r"\bfortnight\b",), 2, 1,
      needs=("past", "last", "next", "coming", "previous", "following", "first", "final"))
def _the_fortnight(m: re.Match, c: _Ctx) -> _Norm:
    """"over the past fortnight", "within the next fortnight": two weeks (the relative rule's units are
    calendar ones, and no calendar names a fortnight)."""
    return ("DURATION", "P2W")


_LAST_MINUTE = re.compile(r"-|\s+(?:deal|changes?|rush|bid|goal|reprieve)\b")


@rule(r"\b(?P<x>the\s+(?P<unit>week|month|year|decade|century))\s+since\b",
      (r"\bweek\b", r"\bmonth\b", r"\byear\b", r"\bdecade\b", r"\bcentury\b"), 1, 1, needs=("since",))
def _unit_since(m: re.Match, c: _Ctx) -> _Norm:
    """"In the decade since the shooting": the stretch from then to now, one such unit long."""
    return ("DURATION", _duration_value(1, m["unit"].lower()))


@rule(r"\b(?P<unit>hour|day|week|month|year|decade)(?P<pl>s)?-?long\b", (r"\blong\b", r"\bhourlong\b", r"\bdaylong\b", r"\bweeklong\b",
                                                                          r"\bmonthlong\b", r"\byearlong\b", r"\bdecadelong\b"), 1, 1)
def _unit_long(m: re.Match, c: _Ctx) -> _Norm:
    """"a day-long meeting", "a weeklong closure", "a decades-long battle": one such unit, or some."""
    unit = m["unit"].lower()
    return ("DURATION", _duration_value("X" if m["pl"] else 1, unit))


_IN = re.compile(r"\bin\s+$", re.I)
_AGES = re.compile(r"\b(?:ages?|aged)\s+(?:of\s+|from\s+|between\s+)?(?:\S+\s+(?:months?|years?|weeks?|days?)\s+"
                   r"(?:to|and)\s+)?$|\b(?:older|younger)\s+than\s+$|"  # "everyone older than six months"
                   r"\bage\s+(?:rose|fell|climbed|dropped|increased|went\s+up)\s+to\s+$", re.I)
_FRACTION = re.compile(r"\s+of\b|[\s-]+(?:percentage[\s-]+)?points?\b|-[a-z]", re.I)  # "a quarter-mile"
# "the first pope to do so in 600 years", "the highest level in a decade", "for the second time in four
# months", "will be the third closure of the line in 18 months": a span looked back over
_RECORD = re.compile(r"\b(?:first|(?:second|third|fourth|fifth)\s+time|last|only|biggest|largest|highest|lowest|worst|best|"
                     r"fastest|strongest|weakest|longest|deadliest|most|least)\b[^.;]*$|"
                     r"\b(?:second|third|fourth|fifth)\s+[a-z-]+(?:\s+(?:of|at|on|for|to)\s+(?:the\s+|a\s+|its\s+)?[a-z-]+)?\s+in\s+$|"
                     r"\b(?:times|games|matches|fixtures|races|goals|wins|defeats|visits|trips)\s+in\s+$",  # "play three
                     re.I)  # times in eight days": a stretch, not a date ahead
# "$500 million a year", "four flights a week", "twice a day": a rate, i.e. a SET
_SPEED = re.compile(r"\b(?:miles|mile|kilometres|kilometers|km|knots|feet|foot|metres|meters|metre|meter|inch|inches|"
                    r"centimetres|centimeters|cm|mm)\s+$", re.I)  # "rising a foot an hour"
_RATE = re.compile(r"\bone\s+(?!(?:more|less|day|week|month|year|hour)\b)[a-z]{3,}\s+$|"  # "only one train an hour"
                   r"(?:\d|\b(?:million|billion|thousand|hundred|times|twice|once|per|cents?|share|percent|people|children|"
                   r"men|women|"
                   r"(?!(?:was|has|this|its|his|hers|ours|yes|less|thus|plus|does|goes)\b)[a-z]{2,}s))\s*%?\s*$"
                   # "100 km a day", "£11bn a year", "12 miles of pipe a year": an amount just before
                   r"|\d(?:[\d,.]*\d)?(?:[a-z]+|(?:\s+(?:of\s+)?(?!(?:for|in|within|over|after|before|about|than|of|"
                   r"at|by|to|on|during|under|nearly|almost|only|just|the|and|or|[a-z]+ed)\b)[a-z]+){1,3})\s+$", re.I)
# "open all offices an hour early": how far a time moves, not a rate
# "get a month free", "publishes its minutes a fortnight after each decision": no rate (but "$28 a week
# before taxes" is)
_SHIFTED = re.compile(r"\s+(?:early|late|earlier|later|ahead|behind|free|off|after\s+(?:each|every|the|its|his|her|"
                      r"their|an?)\b)\b", re.I)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
_ONE_IN = re.compile(r"\b(?:1[\s-]+in[\s-]+|one-in-)$", re.I)  # (not "the first one in half a century")
# "We haven't lost a home series in three years": a stretch up to now, no date ahead
_NOT_SINCE = re.compile(r"\b(?:haven't|hasn't|have\s+not|has\s+not|have\s+never|has\s+never)\b[^.;,]*\bin\s+$", re.I)
# "we can build a probe in three years": what can be done within a stretch, no date ahead
_CAN_IN = re.compile(r"\bcan\b[^.;,]*\bin\s+$", re.I)
_BY_A_QUARTER = re.compile(r"\b(?:(?<!out\s)(?<!back\s)(?<!forward\s)by|cost|costs|costing|to|than|nearly|almost|about|roughly|only|just)\s+$", re.I)
_DAY_OF = re.compile(r"\s+of\s+(?:national\s+|public\s+)?(?:mourning|prayer|protest|action|rest|remembrance|reflection|"
                     r"celebration|thanksgiving|solidarity)\b", re.I)
# what follows "a second" of time ("for a second, nothing"; not "A second, smaller blast": an ordinal)
_AFTER_SECOND = re.compile(r"\s*(?:,(?!\s+(?:[a-z]+er|more|less|much|even)\s+[a-z])|[.;:)!?]|$|"
                           r"(?:or|and|later|ago|earlier|before|after|of)\b)")


_MODAL = re.compile(r"\b(?:will|would|could|may|might|shall|can|should|must)\s+(?:\w+\s+){0,2}$", re.I)
# "37 years old", "given at 12 to 15 months of age", "everyone 6 months and older"
_AGE = re.compile(r"[\s-]+old\b|\s+of\s+age\b|\s+and\s+(?:older|over|up|younger|under)\b", re.I)


def _duration_value(n: float | str, unit: str) -> str:
    if unit == "decade":
        return f"P{_fmt(n * 10) if isinstance(n, (int, float)) else 'X'}Y"  # "decades": PXY, as AQUAINT has it
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
            t = "T" if unit in ("hour", "minute", "second") else ""
            if whole:  # "a day and a half": P1DT12H, the hours after the T
                return f"P{t}{whole}{code}{'T' if sub == 'H' else ''}{rest}{sub}"
            return f"P{t or ('T' if sub == 'H' else '')}{rest}{sub}"
    t = "T" if unit in ("hour", "minute", "second") else ""
    return f"P{t}{_fmt(n)}{code}"


@rule(r"\b(?:(?:for|in|over|within|during)\s+|"
      # "after months of talks", "ended decades of rule": the stretch something took
      r"(?:after|follows?|followed|following|despite|amid|ends?|ended|ending|endured|survived|with|without)\s+"
      r"(?=(?:years|months|weeks|days|decades|centuries|hours)\s+of\b)|"
      # "it could take weeks to restore", "the cleanup will take months.": the time something takes; "had months to
      # prepare", "waited decades for this", "spent months matching": time had, waited or spent
      r"\b(?:take|takes|took|taking|taken)\s+(?=(?:years|months|weeks|days|decades|hours)(?:\s+(?:to|for|before|or|"
      r"rather|just)\b|\s*[.,;:!?\"\u201d]))|"
      r"\b(?:have|has|had|having)\s+(?=(?:years|months|weeks|days|decades|hours)\s+to\b)|"
      r"\b(?:waited|wait|waiting|spent|spend|spending)\s+(?=(?:years|months|weeks|days|decades|hours)\b))"
      r"(?P<x>(?:the\s+)?(?:(?:past|last|next|following)\s+)?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes))\b",
      (r"\byears\b", r"\bmonths\b", r"\bweeks\b", r"\bdays\b", r"\bdecades\b", r"\bcenturies\b",
       r"\bhours\b", r"\bminutes\b"), 4, 1)
def _vague_plural(m: re.Match, c: _Ctx) -> _Norm:
    """"for years", "for centuries", "in recent months", "after months of talks": a stretch of unknown
    length (the preposition stays out)."""
    return ("DURATION", _duration_value("X", _unit(m["unit"])))


@rule(r"\b(?:for|take|takes|took|taking)\s+(?:years|months|weeks|days|decades|hours),?\s+(?:or|not|and|possibly|perhaps)\s+"
      r"(?:even\s+|possibly\s+|perhaps\s+)?(?P<x>(?P<unit>years|months|weeks|days|decades|hours))\b",
      (r"\byears\b", r"\bmonths\b", r"\bweeks\b", r"\bdays\b", r"\bdecades\b", r"\bhours\b"), 2, 3,
      needs=("or", "not", "and", "possibly", "perhaps"))
def _or_units(m: re.Match, c: _Ctx) -> _Norm:
    """The second of "could take weeks or months", "for weeks, possibly months": a stretch too."""
    return ("DURATION", _duration_value("X", _unit(m["unit"])))


@rule(r"\b(?P<x>(?P<unit>years|months|weeks|days|hours))\s+(?:after|before|later|earlier)\b",
      (r"\byears\b", r"\bmonths\b", r"\bweeks\b", r"\bdays\b", r"\bhours\b"), 1, 1,
      needs=("after", "before", "later", "earlier"))
def _some_units_after(m: re.Match, c: _Ctx) -> _Norm:
    """"..., months after a restoration was completed", "Weeks later, ...": a stretch of unknown length
    that opens its clause (not "two years after": a count, nor "the years after the war")."""
    if not _CLAUSE_OPEN.search(c.text, max(0, m.start() - 3), m.start()):
        return None
    return ("DURATION", _duration_value("X", _unit(m["unit"])))


_ADVERB_NEXT = re.compile(r"\s+(?:also|again|too|only|instead|still|now|[a-z]+ly)\b")  # "pay tax quarterly also get"
_CLAUSE_OPEN = re.compile(r"(?:\A|[,;.!?:\n\"\u201c]\s*)\Z")


@rule(r"\b(?:(?P<fn>every|each|per)\s+(?P<unit>day|week|month|year|quarter|hour|half[\s-]hour|morning|afternoon|night|"
      r"evening|weekend)|(?:(?:once|twice|thrice)[\s-])?(?P<adv>daily|weekly|fortnightly|monthly|yearly|annually|quarterly|(?:half-)?hourly|"
      r"nightly|semiannual(?:ly)?|semi-annual(?:ly)?)|(?:once|twice|thrice)-an?-(?P<per>day|week|month|year))\b",
      (r"\bevery\b", r"\beach\b", r"\bper\b", r"\bdaily\b", r"\bweekly\b", r"\bmonthly\b", r"\byearly\b",
      r"\bannually\b", r"\bquarterly\b", r"\bhourly\b", r"\bnightly\b", r"\bsemi", r"\bonce\b", r"\btwice\b", r"\bfortnightly\b",
       r"\bthrice\b"), 1, 4)
def _set(m: re.Match, c: _Ctx) -> _Norm:
    if m["fn"] and m["fn"].lower() == "per" and _SPEED.search(c.text, max(0, m.start() - 20), m.start()):
        return None  # "moving at 18 miles per hour": a speed
    word = " ".join((m["unit"] or m["adv"] or m["per"]).lower().replace("-", " ").split()).replace("half hourly",
                                                                                                   "half-hourly")
    if word in ("quarterly", "semiannual", "semi-annual") and _ATTRIBUTIVE.match(c.text, m.end()) and \
            not _ADVERB_NEXT.match(c.text, m.end()):
        return None  # "its quarterly dividend", "the quarterly results": a kind of report, not a recurrence
    if m["adv"] and _periodical(m, c.text) or word == "yearly" and c.text.endswith("half-", 0, m.start()):
        return None  # (and "the lowest half-yearly total": a half's)
    value = {"day": "P1D", "daily": "P1D", "week": "P1W", "weekly": "P1W", "fortnightly": "P2W",
             "month": "P1M", "monthly": "P1M",
             "year": "P1Y", "yearly": "P1Y", "annually": "P1Y", "quarter": "P3M", "quarterly": "P3M",
             "hour": "PT1H", "hourly": "PT1H", "half-hourly": "PT30M", "half hour": "PT30M",
             "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "night": "XXXX-XX-XXTNI",
             "nightly": "XXXX-XX-XXTNI", "evening": "XXXX-XX-XXTEV",
             "weekend": "XXXX-WXX-WE"}.get(word, "P6M")  # "semiannual"
    return ("SET", value)


# "the Communist Party daily Granma", "the business daily said", "the English-language weekly,": a
# newspaper; "China Daily", "The Daily Mail", "Weekly Standard": a name
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_PAPER_VERB = re.compile(r"\s+(?:said|says|reported|reports|quoted|wrote|cited|added|published|newspaper|magazine)\b")
_PAPER_STOP = re.compile(r"\s*[,.;:)]")
# "the daily", "the English-language daily"; before a reporting verb also "the business daily"
_PAPER_BEFORE = re.compile(r"(?:\b(?:the|a|an)|[a-z]-[a-z]+)\s+$", re.I)
_PAPER_BEFORE_VERB = re.compile(r"(?:\b(?:the|a|an)(?:\s+[a-z]+)?|[a-z]-[a-z]+)\s+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]['\"\u201d\u2019)]?)\s*['\"\u201c\u2018(]?$")


def _periodical(m: re.Match, text: str) -> bool:
    """Whether "daily", "weekly", ... at ``m`` names a newspaper or magazine, not a recurrence."""
    word = m["adv"]
    if _cap(word) and (_NAME_AFTER.match(text, m.end()) or not _SENTENCE_START.search(text, max(0, m.start() - 4),
                                                                                     m.start())):
        return True
    before = text[max(0, m.start() - 30):m.start()]
    return bool(_NAME_AFTER.match(text, m.end()) or
                _PAPER_VERB.match(text, m.end()) and _PAPER_BEFORE_VERB.search(before) or
                _PAPER_STOP.match(text, m.end()) and _PAPER_BEFORE.search(before))


@rule(rf"\b(?:once|twice|thrice|(?:{_NUM}\s+or\s+)?{_NUM}\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>hour|day|week|month|year|"
      r"quarter|decade)\b(?!\s+(?:ago|earlier|later)\b)",
      (r"\bonce\b", r"\btwice\b", r"\bthrice\b", r"\btimes\b"), 3, 4)
def _times_a(m: re.Match, c: _Ctx) -> _Norm:
    """"twice a week", "three times a year": a SET of that period (TimeML keeps the count in ``freq``)."""
    return ("SET", _duration_value(1, _unit(m["unit"])))


@rule(r"\b(?:every|each)\s+fortnight\b|\b(?P<unit>day\s+after\s+day|week\s+after\s+week|month\s+after\s+month|"
      r"year\s+after\s+year)\b",
      (r"\bfortnight\b", r"\bafter\b"), 2, 2, needs=("fortnight", "day after day", "week after week", "month after month",
                                                   "year after year"))
def _every_fortnight(m: re.Match, c: _Ctx) -> _Norm:
    """"every fortnight": every two weeks; "year after year", "day after day": every one."""
    return ("SET", "P2W" if not m["unit"] else _duration_value(1, m["unit"].split()[0].lower()))


@rule(rf"\b(?:once\s+)?(?:every|each)\s+(?P<n>other|{_NUM})[\s-]+(?P<unit>{_UNIT})\b|"
      r"\b(?P<alt>alternate)\s+(?P<aunit>days|weeks|months|years)\b", (r"\bevery\b", r"\beach\b", r"\balternate\b"), 2, 5)
def _every_n(m: re.Match, c: _Ctx) -> _Norm:
    """"every two years", "every other week", "on alternate days", "every few months": a SET of that period."""
    if m["alt"]:
        return ("SET", _duration_value(2, _unit(m["aunit"])))
    n = 2 if m["n"].lower() == "other" else _num(m["n"])
    unit = _unit(m["unit"])
    if n is None or n == 1 and m["unit"].lower().endswith("s"):
        return None
    return ("SET", _duration_value(n, unit))


# the holidays on the same day each year: "every Boxing Day" is XXXX-12-26
_FIXED_HOLIDAYS = {h: f"XXXX-{d.month:02d}-{d.day:02d}" for h, day_of in HOLIDAYS.items()
                   if (d := day_of(2001)).timetuple()[1:3] == day_of(2002).timetuple()[1:3]}


@rule(rf"\b(?:every|each)\s+(?:(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?=[a-z]{{3}})|the\s+(?P<dth>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+)?"
      r"(?:(?P<h>" + "|".join(sorted((re.escape(h).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for h in _FIXED_HOLIDAYS),
                                  key=len, reverse=True)) + r")\b|"
      rf"(?P<mon>{_MONTH})(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]))?(?!\w|\.\s*\d)(?!\s+\d)|"
      r"(?P<s>spring|summer|fall|autumn|winter)\b)",
      (r"\bevery\b", r"\beach\b"), 1, 5)
def _set_month(m: re.Match, c: _Ctx) -> _Norm:
    """"each July", "every spring", "every July 17", "every Christmas": every one of them (a SET), not
    the one nearest the DCT."""
    if m["s"]:
        return ("SET", f"XXXX-{_SEASONS[m['s'].lower()]}")
    if m["h"]:
        return ("SET", _FIXED_HOLIDAYS[" ".join(m["h"].lower().replace("\u2019", "'").split())]) if _cap(m["h"]) else None
    if not _cap(m["mon"]):
        return None  # "each may ..."
    d = m["d"] or m["dd"] or m["dth"]  # "every July 17", "every 3 February", "each the 1st of May"
    if d and not 1 <= int(d) <= 31 or (m["dd"] or m["dth"]) and (m["d"] or not m["mon"]):
        return None
    return ("SET", f"XXXX-{_month(m['mon']):02d}" + (f"-{int(d):02d}" if d else ""))


@rule(rf"\b(?P<n>{_NUM})\s+(?:days?|nights?|hours?|evenings?|mornings?)\s+(?:a|an|per|each|every)\s+"
      r"(?P<unit>day|week|month|year)\b(?!\s+(?:ago|earlier|before|later)\b)",  # not "45 days a year ago"
      (r"\bday\b", r"\bdays\b", r"\bnight\b", r"\bnights\b", r"\bhour\b", r"\bhours\b", r"\bevenings\b",
       r"\bmornings\b"), 2, 3, needs=(r"\s(?:a|an|per|each|every)\s+(?:day|week|month|year)\b",))
def _days_a_week(m: re.Match, c: _Ctx) -> _Norm:
    """"six days a week", "one day a week" (said "days"), "eight hours a day": a SET of the period."""
    return ("SET", _duration_value(1, _unit(m["unit"])))


@rule(rf"\bthe\s+week\s+(?:of|ending|ended|to|beginning|starting|commencing)\s+(?:(?:on\s+)?(?:monday|sunday),?\s+)?"
      rf"(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
      rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?\b",
      (r"\bweek\b",), 1, 10)
def _week_of(m: re.Match, c: _Ctx) -> _Norm:
    """"the week of March 6", "the week ending 9 March" (weekly figures), "the week beginning 16 November": the
    week containing that day."""
    word = m["mon"] or m["mon2"]
    if not _cap(word):
        return None
    mon, d = _month(word), int(m["d"] or m["d2"])
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


@rule(r"\b(?:on|at|over|during)\s+(?P<x>weekends)\b", (r"\bweekends\b",), 1, 1)
def _weekends(m: re.Match, c: _Ctx) -> _Norm:
    """"closed on weekends": every weekend."""
    return ("SET", "XXXX-WXX-WE")


@rule(r"\b(?:(?:every|each)\s+weekday\b(?!\s+(?:morning|afternoon|evening|night)s?\b)|"
      r"(?<!\bon\s)weekdays(?=\s+(?:between|from|at|until|till|before|after)\b))",
      (r"\bweekdays\b", r"\bweekday\b"), 2, 1)
def _weekdays(m: re.Match, c: _Ctx) -> _Norm:
    """"every weekday", "call weekdays between 7:30 a.m. and 4 p.m.": every working day (not "on
    weekdays", which annotators leave untagged)."""
    return ("SET", "XXXX-WXX-WD")


_PLURAL_DAYS = tuple(f"{d}s" for d in WEEKDAYS if d.endswith("day"))


@rule(rf"\b(?:(?:every|each)\s+(?:(?:other|second|third|fourth|first|last)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_DAYPART}))?"
      rf"|(?P<wd2>{'|'.join(d[:-1] for d in _PLURAL_DAYS)})(?:s|\s+(?P<part2>mornings|afternoons|evenings|nights)))\b",
      _WEEKDAY_KEYS + tuple(rf"\b{d}\b" for d in _PLURAL_DAYS), 3, 2,
      needs=("every", "each", "days", "mornings", "afternoons", "evenings", "nights"))
def _set_weekday(m: re.Match, c: _Ctx) -> _Norm:
    """"every Monday", "on Sundays", "Tuesday nights", "each Friday evening", "every second Tuesday": a
    SET of that weekday."""
    wd = m["wd"] or m["wd2"]
    if not _cap(wd):
        return None
    part = (m["part"] or (m["part2"] or "")[:-1]).lower()
    return ("SET", f"XXXX-WXX-{WEEKDAYS[wd.lower().rstrip('.')] + 1}" + (f"T{_PARTCODE[part]}" if part else ""))

