"""Times of day: "10:30 a.m. EST on Friday", "at 9 o'clock", "noon Friday"."""
from __future__ import annotations

import datetime as dt
import re

from ..vocab import _FROM_MOMENT, _HOUR_WORD, _MONTH, _ONES, _PARTCODE, _WEEKDAY, _WORDNUM, _num
from ..tense import _Ctx
from ..dates import _place_day
from ..engine import _Norm, _Ref, rule
from .common import _AM_PM, _MORNING_STAMP, _NAME_NEXT, _STAMP_DASH, _ON_DAY, _ZONE, _cap, _month, _named_day


def _clock_on_day(m: re.Match, c: _Ctx, h: int, minute: int) -> _Norm:
    """A clock time on the day written after it (see ``_ON_DAY``), else on the day the story is telling
    about: the day last named in the paragraph (ahead, if the clock time is), or the DCT."""
    clock = f"T{h:02d}:{minute:02d}"
    mon, md = (m["mon"], m["md"]) if m["mon"] else (m["dmon"], m["dmd"])
    if mon:
        try:
            d = (dt.date(int(m["y"]), _month(mon), int(md)) if m["y"] else
                 _place_day(_month(mon), int(md), c.dct, c.tense(m.start())))
        except ValueError:
            return None
    elif m["wd"] or m["pwd"]:
        d = _named_day(m["wd"] or m["pwd"], c, m.start(), m["wrel"])
        if h < 6 and m["wd"] and m["wd"].lower().startswith(("tonight", "last")):
            d += dt.timedelta(days=1)  # "at 2am last night": in the small hours after that night
        if h < 12 and (m["wpart"] or "").lower() in ("afternoon", "evening", "night") and \
                not ("ap" in m.re.groupindex and m["ap"]):
            clock = f"T{h + 12:02d}:{minute:02d}"  # "at about 3:15 Saturday afternoon"
    else:
        return _told_of(c, m.start(), clock)
    return ("TIME", f"{d.isoformat()}{clock}", bool(mon and not m["y"])) if d else None


def _told_of(c: _Ctx, at: int, clock: str) -> _Norm:
    """The clock time ``clock`` ("T22:00") said at ``at`` without a day: on the day the story is telling
    about ("at 10 p.m."), or, said of the future, on the day ahead last named ("will arrive at 10.15am");
    "It's thirteen minutes past nine": now, on the DCT."""
    if _IT_IS.search(c.text, max(0, at - 8), at):
        return ("TIME", f"{c.dct.isoformat()}{clock}")
    ahead = c.tense(at) == "future" and not _WAS_PUT_BACK.search(c.text, max(0, at - 40), at)
    return ("TIME", _Ref("time_ahead" if ahead else "time", f"{c.dct.isoformat()}{clock}", clock))


_TITLE_AT = re.compile(r"[A-Z][a-z]+\s+(?:at|after|before)\s+$")  # "Harbour at Noon", "Rain after Midnight": a title
_IT_IS = re.compile(r"\b(?:[Ii]t's|[Ii]t\s+is|[Ii]t\u2019s)\s+(?:now\s+)?$")
# "Kick-off was delayed until 3.20pm": a clock time a day gone by was put back to (a date so put back is ahead)
_WAS_PUT_BACK = re.compile(r"\b(?:was|were)\s+(?:delayed|postponed|put\s+back|pushed\s+back)\s+(?:until|till|to)\s+$")


@rule(r"\b(?:from|between)\s+(?P<x>(?P<h>1[0-2]|[1-9])(?::(?P<min>[0-5]\d))?)\s*(?:to|and|until|till|-|\u2013)\s*"
      r"(?P<h2>1[0-2]|[1-9])(?::[0-5]\d)?\s*(?P<ap>[ap])\.?\s?m\b",
      (_AM_PM,), 6, 1)
def _range_start(m: re.Match, c: _Ctx) -> _Norm:
    """"a pancake breakfast from 7 to 11 a.m.": the range's first hour, in the half of the day the second
    names ("from 10 to 2 p.m.": the morning's 10)."""
    h, h2 = int(m["h"]), int(m["h2"])
    pm = m["ap"].lower() == "p" and not (h > h2 and h2 != 12)
    hour = h % 12 + (12 if pm else 0)
    return _told_of(c, m.start("x"), f"T{hour:02d}:{int(m['min'] or 0):02d}")


_ROUGHLY = r"(?:(?P<approx>about|around|approximately|roughly)\s+)?"  # "at about 2:40 a.m.": mod APPROX


def _approx(m: re.Match, norm: _Norm) -> _Norm:
    """``norm`` with mod APPROX when the time was said with "about", "around"."""
    if not norm or not m["approx"]:
        return norm
    typ, value, *rest = norm
    return (typ, value, rest[0] if rest else False, "APPROX")


@rule(rf"(?:(?<=\n)|(?<![\s\S]))(?:(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?:\s*(?P<ap>(?i:[ap]\.\s?m\.|[ap]\.?\s?m\b)))?"
      rf"(?:\s+(?i:{_ZONE})\b)?(?=\s*(?:[:|\u2013\u2014]|--?)\s|\s+[A-Z\"\u201c])|"
      r"(?P<h4>[01]\d|2[0-3])(?P<min4>[0-5]\d)(?=" + _STAMP_DASH + "))",  # "0945 - A man enters"
      # (the page's first line too: a live page's text may open with its newest stamp)
      # (one key each: an alternation of "\n" and "\A" would be tried at every position of the text)
      (re.compile(r"\n[0-2]?\d[:.][0-5]\d"), re.compile(r"\A[0-2]?\d[:.][0-5]\d"), re.compile(r"\n[0-2]\d[0-5]\d\s"),
       re.compile(r"\A[0-2]\d[0-5]\d\s")), 0, 4, flags=0)
def _update_time(m: re.Match, c: _Ctx) -> _Norm:
    """"16:42 The committee chairman ...", "11:20 a.m. ET: Crews ...": a paragraph opening with a clock
    time, as a live page stamps its updates: the time on the DCT, or, in an account told hour by hour of a
    day gone by named before the first ("left port at 2:30 p.m. on Saturday ... 2:30 p.m. - The ferry
    departs"), on that day (resolved by the tagger)."""
    clock = _stamp_clock(m)
    return ("TIME", _Ref("stamp", f"{c.dct.isoformat()}{clock}", clock)) if clock else None


def _stamp_clock(m: re.Match) -> str | None:
    """The clock time ("T14:30") of a stamp matched by :func:`_update_time` or :func:`_stamp_time`."""
    if "h4" in m.re.groupindex and m["h4"]:  # (a year, unless lines are stamped "0945 - ..." too)
        return f"T{m['h4']}:{m['min4']}" if _MORNING_STAMP.search(m.string) else None
    h = int(m["h"])
    if m["ap"]:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return f"T{h:02d}:{m['min']}"


@rule(rf"(?:(?<=\n)|(?<![\s\S])|(?<=\|\s))(?:update[ds]?|(?:first\s+|last\s+)?(?:published|posted|updated))[,:]?\s+(?:at\s+)?"
      rf"(?P<x>(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?:\s*(?P<ap>[ap]\.\s?m\.|[ap]\.?\s?m\b))?"
      rf"(?:\s+{_ZONE}\b)?)(?![:.]?\d)",
      (r"\bupdate", r"\bpublished\b", r"\bposted\b"), 2, 4, needs=(r"\d",))
def _stamp_time(m: re.Match, c: _Ctx) -> _Norm:
    """"First published 07:10 | Updated 14:05 GMT", "UPDATE, 4:40 p.m.: ..." opening a line: when a page
    was written or updated, on the DCT."""
    clock = _stamp_clock(m)
    return ("TIME", f"{c.dct.isoformat()}{clock}") if clock else None


_HOURWORDS = {w: i for i, w in enumerate(_ONES[:13])}
_WORD_BEFORE = re.compile(r"\w,?\s+$")


@rule(rf"\b(?=[\daroftsen]){_ROUGHLY}(?:(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?\s*|(?P<hw>{_HOUR_WORD})\s+)"
      rf"(?P<ap>[ap]\.\s?m\.|[ap]\.?\s?m\b)(?:\s+(?P<tz>{_ZONE})\b)?(?:\s+that\s+day\b)?{_ON_DAY}",
      (_AM_PM,), 3, 10, needs=(r"\d", rf"\b(?:{_HOUR_WORD})\s"))
def _clock(m: re.Match, c: _Ctx) -> _Norm:
    """"10:30 a.m.", "6pm Friday", "at around six a.m.": the hour, in digits or a word, and a.m. or p.m."""
    if m["hw"] and _cap(m["hw"]) and _WORD_BEFORE.search(c.text, max(0, m.start() - 20), m.start()):
        return None  # "Channel Four p.m. news": a name
    h = int(m["h"]) if m["h"] else _HOURWORDS[m["hw"].lower()]
    if not 1 <= h <= 12:
        return None
    return _approx(m, _clock_on_day(m, c, h % 12 + (12 if m["ap"].lower().startswith("p") else 0), int(m["min"] or 0)))


_ZONES_24H = ("gmt", "utc", "bst", "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "cet", "cest", "jst", "hkt",
              "sgt", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt")  # "0600 AEST", "1400 CET"


@rule(rf"(?<!\d)(?<![:.,]\d)\b(?P<h>[01]?\d|2[0-3])(?:[:.]|(?<=\d\d))(?P<min>[0-5]\d)\s+"
      rf"(?:{'|'.join(_ZONES_24H)}|local\s+time|universal\s+time)\b{_ON_DAY}",
      (*(rf"\b{z}\b" for z in _ZONES_24H), re.compile(r"local\s+time\b"), re.compile(r"universal\s+time\b")), 1, 10)
def _clock_24h(m: re.Match, c: _Ctx) -> _Norm:
    """"at 0900 GMT", "09:30 UTC on Friday", "at 1500 local time": a 24-hour clock with its zone ("10:35
    a.m. (0735 GMT)", the same time restated in brackets, is placed by the tagger from the first)."""
    return _clock_on_day(m, c, int(m["h"]), int(m["min"]))


# "eight o'clock tonight", "at 5:12 this afternoon", "at 9:30 yesterday morning": the part of which day
# ("at 7 p.m. that day": one TIMEX3, on the day the story tells of, placed by the tagger)
_PART_TAIL = (r"(?:\s+(?P<eve>tonight|this\s+(?:evening|afternoon)|(?P<that>that\s+(?:night|evening|afternoon))|"
              r"(?P<ago>last\s+night|yesterday\s+(?:evening|afternoon)))"
              r"|\s+(?P<morn>this\s+morning|(?P<ago2>yesterday\s+morning))|\s+that\s+day\b)?")


_PART_BEFORE = re.compile(r"\b(?:this\s+)?(?P<part>afternoon|evening|tonight|night)\s+at\s+(?:about\s+|around\s+)?$", re.I)


def _after_noon(c: _Ctx, at: int, h: int) -> int:
    """The hour ``h`` (written without a.m. or p.m.) after a part of the day named just before it: "this
    afternoon at four o'clock" is 16:00 ("tonight at eleven", 23:00)."""
    part = _PART_BEFORE.search(c.text, max(0, at - 30), at)
    if not part or h >= 12 or part["part"].lower() == "night" and h < 6:
        return h
    return h + 12


def _in_part(m: re.Match, c: _Ctx, h: int, minute: int) -> _Norm:
    """The clock time ``h``:``minute`` said with a part of the day after it (see ``_PART_TAIL``): after
    noon unless in the morning, on the DCT or the day before it; None without such a part."""
    if not (m["eve"] or m["morn"]):
        return None
    day = c.dct - dt.timedelta(days=1) if m["ago"] or m["ago2"] else c.dct
    hour = h if h > 12 else h % 12 + (12 if m["eve"] else 0)  # "12:15 this morning": a quarter past midnight
    if m["that"]:  # "at 9:40 that night": on the day the story is telling about
        return _told_of(c, m.start(), f"T{hour:02d}:{minute:02d}")
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}"


_DAY_AFTER = re.compile(r"\d|day|night|morning|afternoon|evening|tomorrow|tonight", re.I)


@rule(rf"\b(?:at|by|until|till|around|about|before|after|from|since|to|between|(?<=[0-5]\d\s)and|it's|it\s+is|"
      rf"(?<=\bat\s)least)\s+(?P<x>{_ROUGHLY}(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)"
      rf"(?![\d:]|\.\d)(?:\s+(?:hours|hrs)\b)?(?:\s+{_ZONE}\b)?{_PART_TAIL}{_ON_DAY})",
      (re.compile(r":(?<=\d:)[0-5]\d"),), 2, 10)  # the literal first: re skips to it
def _clock_bare(m: re.Match, c: _Ctx) -> _Norm:
    """"at 10:30 on Tuesday", "until 18:00", "until at least 07:00", "at about 2:30 this afternoon", "between 07:00 and 09:30": a
    clock time without a.m./p.m. after a preposition (a score or a verse has none); a radio host's "It's
    7:49" is the time now, on the DCT."""
    if m.group(0)[:1] in "Ii" and not _DAY_AFTER.search(c.text, m.end("min"), m.end()):  # (not "It's 7:49 on Monday")
        return "TIME", f"{c.dct.isoformat()}T{int(m['h']):02d}:{m['min']}"
    return _approx(m, _in_part(m, c, int(m["h"]), int(m["min"])) or _clock_on_day(m, c, int(m["h"]), int(m["min"])))


@rule(rf"\b(?:at|by|until|till|around|about|from|since|between)\s+(?P<x>{_ROUGHLY}(?P<h>[01]?\d|2[0-3])\.(?P<min>[0-5]\d)"
      rf"(?=\s+on\s+(?:{_WEEKDAY}|\d|{_MONTH})){_ON_DAY})",
      (re.compile(r"\.(?<=\d\.)[0-5]\d\s+on\b"),), 2, 10)
def _clock_dotted(m: re.Match, c: _Ctx) -> _Norm:
    """"at 09.15 on 18 November", "at 14.20 on Saturday": a clock time written with a dot, as British
    papers do, known from a price by the day it is on (not "shares closed at 9.15 on Friday")."""
    if _PRICE.search(c.text, max(0, m.start() - 24), m.start()):
        return None
    return _approx(m, _clock_on_day(m, c, int(m["h"]), int(m["min"])))


@rule(r"\b(?:it's|it\u2019s|it\s+is)\s+(?:just\s+)?(?:after\s+|gone\s+)?(?P<x>(?P<h>[01]?\d|2[0-3])\.(?P<min>[0-5]\d))"
      r"(?![.:]?\d|\s*(?:%|per\s*cent|percent|points?|million|billion|degrees?|metres|meters|feet|inches|seconds?)\b)",
      (re.compile(r"\.(?<=\d\.)[0-5]\d"),), 4, 2, needs=("it",))
def _dotted_now(m: re.Match, c: _Ctx) -> _Norm:
    """A radio host's "It's 9.36, here's the news": the time now, on the DCT."""
    return "TIME", f"{c.dct.isoformat()}T{int(m['h']):02d}:{m['min']}"


_PRICE = re.compile(r"\b(?:closed|opened|rose|fell|traded|ended|finished|stood|priced|valued|dropped|climbed)\s+"
                    r"(?:[a-z]+\s+)?$", re.I)


@rule(rf"\b(?P<mm>(?:a\s+)?quarter|half|(?P<n>[1-5]?\d|{_WORDNUM})\s+minutes?)\s+(?P<dir>past|after|to)\s+"
      rf"(?P<h>{_HOUR_WORD}|[1-9]|1[0-2]|midnight)\b(?![:.]\d|\s*(?:%|percent|per\s+cent|points?|of|and\b|"
      rf"(?:hours?|hrs|days?|weeks?)\b)){_PART_TAIL}",  # (not "from 40 minutes to two hours": a stretch)
      (r"\bquarter\b", r"\bhalf\b", r"\bminute\b", r"\bminutes\b"), 3, 6, needs=("past", "after", "to"))
def _quarter_past(m: re.Match, c: _Ctx) -> _Norm:
    """"at a quarter past five this morning", "half past seven", "a quarter to six", "six minutes past
    nine" (a radio host's time): a clock time in words (its hour says nothing of a.m. or p.m. but with
    a part of the day after it)."""
    minute = _num(m["n"]) if m["n"] else 30 if m["mm"].lower() == "half" else 15  # "(a) quarter past six"
    if m["h"].lower() == "midnight":  # "still playing at half past midnight": the small hours after it
        if m["dir"].lower() == "to" or not isinstance(minute, int) or not 0 < minute < 60:
            return None
        return _told_of(c, m.start(), f"T00:{minute:02d}")
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    if not isinstance(minute, int) or not 0 < minute < 60 or m["n"] and m["dir"].lower() == "after":
        return None  # "20 minutes after 9 laps", "two minutes after two goals": a stretch after something
    if not _IT_IS.search(c.text, max(0, m.start() - 8), m.start()):
        h = _pm(m, c, h)  # "walked out at around half past three" (but a radio host's "It's half past six": now)
    if m["dir"].lower() == "to":
        if m["mm"].lower() == "half":
            return None  # "half to": no time
        h, minute = h - 1 or 12, 60 - minute
    return _in_part(m, c, h, minute) or _told_of(c, m.start(), f"T{h:02d}:{minute:02d}")


@rule(rf"\b(?:at|about|around|by|until|till|from|(?P<now>it's|it\u2019s|it\s+is)(?:\s+(?:just|nearly|almost))?(?:\s+(?:after|gone))?)\s+"
      rf"(?P<x>(?P<n>five|ten|twenty|twenty-five)\s+(?P<dir>past|to)\s+"
      rf"(?P<h>{_HOUR_WORD}|[1-9]|1[0-2])\b(?![:.]\d|\s*(?:%|percent|per\s+cent|points?|of|and\b)){_PART_TAIL})",
      (r"\bten\b", r"\bfive\b", r"\btwenty"), 5, 6, needs=(r"\bpast\b", r"\bto\b"))
def _minutes_past(m: re.Match, c: _Ctx) -> _Norm:
    """"at ten past twelve", "about twenty to nine", a radio host's "it's twenty-five to ten": the minutes
    past or to an hour, said without "minutes" (after a preposition: "ten to twelve people" is a count)."""
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    minute = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}[m["n"].lower()]
    if not m["now"]:
        h = _pm(m, c, h)
    if m["dir"].lower() == "to":
        h, minute = h - 1 or 12, 60 - minute
    return _in_part(m, c, h, minute) or _told_of(c, m.start("x"), f"T{h:02d}:{minute:02d}")


@rule(rf"\b(?:at|by|until|till|from|since|around|about|after|before)\s+(?P<x>half\s+(?P<hw>{_HOUR_WORD})\b"
      rf"(?!\s*(?:%|(?:of|an?|the|hours?|minutes?|days?|weeks?|months?|years?|past|to|times?|percent|per\s+cent|"
      rf"points?|million|billion)\b)){_PART_TAIL})",
      (r"\bhalf\b",), 2, 4, needs=(rf"\bhalf\s+(?:{_HOUR_WORD})\b",))
def _half_hour(m: re.Match, c: _Ctx) -> _Norm:
    """"since half seven", "at half three this afternoon": half past the hour, as British speech says it."""
    h = _pm(m, c, _HOURWORDS[m["hw"].lower()])
    return _in_part(m, c, h, 30) or _told_of(c, m.start("x"), f"T{h:02d}:30")


@rule(rf"\b(?:at|by|until|till|from|since|around|about|after|before|for(?=\s+\d{{1,2}}[.:]\d\d\s))\s+(?P<x>{_ROUGHLY}(?P<hw>{_HOUR_WORD}|1[0-2]|[1-9])"
      rf"(?:(?<=\d)[.:](?P<min>[0-5]\d))?(?=\s+(?:tonight|this\s+(?:morning|evening|afternoon)|last\s+night|"
      rf"yesterday\s+(?:morning|evening|afternoon)|"
      rf"that\s+(?:night|evening|afternoon))\b){_PART_TAIL})",
      (r"\btonight\b", r"\bmorning\b", r"\bevening\b", r"\bafternoon\b", r"\bnight\b"), 4, 1,
      needs=(rf"\b(?:{_HOUR_WORD})\s", r"\d\s"))
def _hour_in_part(m: re.Match, c: _Ctx) -> _Norm:
    """"at nine this morning", "by ten tonight", "at about 11 last night", "at 10.30 this morning", "set for
    6:30 tonight": an hour with the part of the day after it."""
    return _approx(m, _in_part(m, c, int(m["hw"]) if m["hw"].isdigit() else _HOURWORDS[m["hw"].lower()],
                               int(m["min"] or 0)))


@rule(rf"\b{_ROUGHLY}(?P<h>\d{{1,2}}|{_HOUR_WORD})"
      rf"\s+o['\u2019]clock\b{_PART_TAIL}(?!\s+in\s+the\b){_ON_DAY}", (r"\bo'clock\b", "o\u2019clock"), 2, 7)
def _oclock(m: re.Match, c: _Ctx) -> _Norm:
    """"at 9 o'clock": the hour as written (it says nothing of a.m. or p.m.), on the day as "at 9 a.m.";
    "eight o'clock tonight", "at eight o'clock last night": after noon, on that day."""
    if "O" in m.group(0) and re.match(r"\s+[A-Z]", c.text[m.end():m.end() + 2]):
        return None  # "the Nine O'Clock News": a name
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    return _said_hour(m, c, h, 0) if 1 <= h <= 12 else None


def _said_hour(m: re.Match, c: _Ctx, h: int, minute: int, back: int = 0) -> _Norm:
    """A clock time said without a.m. or p.m. ("at two o'clock", "about eight-twenty"): the afternoon's for
    1 to 5, the evening's in a sentence of the evening, else as written; ``back``: characters before the
    sentence that tell of the small hours too ("just after two a.m. ... By four-thirty")."""
    h = _pm(m, c, h, back)
    return _approx(m, _in_part(m, c, h, minute) or _clock_on_day(m, c, _after_noon(c, m.start(), h), minute))


def _pm(m: re.Match, c: _Ctx, h: int, back: int = 0) -> int:
    """The hour ``h`` said without a.m. or p.m. (see :func:`_said_hour`): 1 to 5 are the afternoon's unless
    the sentence tells of the small hours; 6 to 11, the evening's in a sentence of the evening."""
    start, end = c.sentence(m.start())
    if not (m["eve"] or m["morn"]) and (1 <= h <= 5 and not _SMALL_HOURS.search(c.text, max(0, start - back), end) or
                                        6 <= h <= 11 and (_EVENING.search(c.text, start, end) or
                                                          _GOOD_EVENING.search(c.text, max(0, start - 24), start) and
                                                          "morning" not in c.text[start:end].lower())):
        # "The assembly started right at two o'clock", "Last night I went to bed at eight o'clock", "Good evening.
        # It's six o'clock"
        return h + 12
    return h


_MINUTE_WORDS = {"oh-five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
                 "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "fifty-five": 55}


@rule(rf"\b(?:at|by|until|till|around|about|before|after|from|since)\s+(?P<x>{_ROUGHLY}(?P<hw>{_HOUR_WORD})-"
      rf"(?P<mw>{'|'.join(sorted(_MINUTE_WORDS, key=len, reverse=True))})\b(?!-|\s*(?:%|percent|per\s+cent|points?\b))"
      rf"{_PART_TAIL}{_ON_DAY})",
      (r"\bfifteen\b", r"\btwenty\b", r"\bthirty\b", r"\bforty\b", r"\bfifty\b", r"\boh\b", r"\bten\b"), 5, 8,
      needs=(r"[a-z]-[a-z]",))
def _said_clock(m: re.Match, c: _Ctx) -> _Norm:
    """"at about eight-twenty", "just before ten-thirty", "at four-thirty this morning": a clock time said
    in words, as on air (not "twenty-five", a number)."""
    return _said_hour(m, c, _HOURWORDS[m["hw"].lower()], _MINUTE_WORDS[m["mw"].lower()], back=200)


_EVENING = re.compile(r"\b(?:tonight|night|evening|dinner|supper|bed)\b", re.I)
_GOOD_EVENING = re.compile(r"\b(?:good\s+evening|good\s+night)\b[^.!?]*[.!?,]\s*$", re.I)
# Words of the small hours: "at three o'clock" near them may be the night's
_SMALL_HOURS = re.compile(r"\b(?:morning|night|overnight|dawn|midnight|dark|darkness|sunrise|daybreak|a\.?m\b|early\s+hours|tonight)", re.I)


@rule(rf"\b(?:at|by|until|till|around|about|before|after|from|since|(?P<now>it's|it\s+is))\s+"
      rf"(?P<x>(?P<h>\d{{1,2}}|{_HOUR_WORD})(?::(?P<min>\d{{2}}))?(?:\s+o'clock)?\s+in\s+the\s+"
      r"(?P<part>morning|afternoon|evening))\b",
      ("morning", "afternoon", "evening"), 6, 1)
def _clock_daypart(m: re.Match, c: _Ctx) -> _Norm:
    """"at 4 in the morning": a clock time, placed like "at 4 a.m."."""
    h = int(m["h"]) if m["h"].isdigit() else _HOURWORDS[m["h"].lower()]
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if m["part"].lower() != "morning" else 0)
    clock = f"T{h:02d}:{int(m['min'] or 0):02d}"
    if m["now"]:
        return ("TIME", f"{c.dct.isoformat()}{clock}")  # "It's seven o'clock in the morning here": now
    return ("TIME", _Ref("time", f"{c.dct.isoformat()}{clock}", clock))


@rule(r"\b(?:(?:in|into|during|throughout|through|all|by|until|till|spend|spends|spent|spending)\s+(?=the\s)|"
      r"(?=early\s|late\s))"
      r"(?P<x>(?:(?P<mod>early|late)\s+(?:in\s+the\s+)?|the\s+)(?P<part>morning|afternoon|evening))\b"
      r"(?!\s+(?:of|after|before|news|papers?|sessions?|shows?|editions?|rush|prayers?|star|post|trading|meals?|"
      r"services?|shifts?|commute|peak|light|sun|sky|dress|gowns?|class(?:es)?|flights?|trains?|bulletins?|"
      r"broadcasts?|programmes?|programs?|newscasts?|games?|match(?:es)?|sittings?|briefings?|"
      r"walks?|runs?|tea|coffee|drinks?|mass)\b)",
      (r"\bmorning\b", r"\bafternoon\b", r"\bevening\b"), 3, 1)
def _part_told_of(m: re.Match, c: _Ctx) -> _Norm:
    """"in the afternoon", "throughout the morning", "by early afternoon", "late in the evening", "until the
    afternoon", "will spend the afternoon with her family": that part
    of the day the story is telling about (or, said of the future, of the day ahead)."""
    typ, ref = _told_of(c, m.start(), f"T{_PARTCODE[m['part'].lower()]}")
    mod = (m["mod"] or "").lower()
    return (typ, ref, False, "START" if mod == "early" else "END" if mod == "late" else None)


@rule(rf"\b{_ROUGHLY}(?:12\s+)?(?P<w>noon|midday|midnight)(?:\s+{_ZONE}\b)?{_ON_DAY}\b",  # "at 12 noon"
      ("noon", "midday", "midnight"), 1, 10)
def _noon(m: re.Match, c: _Ctx) -> _Norm:
    """"noon Friday", "midnight on July 12", "midnight ET": like a clock time, on the day named after it,
    else on the day the story is telling about; a midnight gone by without a day is the one that began
    the DCT's day ("attacked shortly after midnight")."""
    if re.search(r"\bhigh\s+$", c.text[max(0, m.start() - 6):m.start()], re.I) or \
            m["w"][0] == "M" and c.text.endswith("the ", 0, m.start("w")) or \
            _cap(m["w"]) and not (m["wd"] or m["mon"] or m["dmon"]) and (_NAME_NEXT.match(c.text, m.end()) or
                                                                  _TITLE_AT.search(c.text, max(0, m.start("w") - 14),
                                                                                   m.start("w"))):
        return None  # "high noon": the showdown, not the hour; the band "Midnight Oil"; the canvas "Harbour at Noon";
        # the sensors "the Midnight range"
    noon = m["w"].lower() != "midnight"
    if not noon and not (m["wd"] or m["pwd"] or m["mon"] or m["dmon"]) and c.tense(m.start()) == "past" and \
            not _FROM_MOMENT.search(c.text, max(0, m.start() - 24), m.start()):  # ("banned travel starting at midnight")
        return _approx(m, ("TIME", _Ref("time", f"{c.dct - dt.timedelta(days=1)}T24:00", "T24:00")))
    return _approx(m, _clock_on_day(m, c, 12 if noon else 24, 0))