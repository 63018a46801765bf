"""Patterns and helpers the rules of several kinds share."""
from __future__ import annotations

import datetime as dt
import re

from ..vocab import MONTHS, WEEKDAYS, _DAYPART, _DEICTIC_DAYS, _MODS, _MONTH, _WEEKDAY
from ..tense import _Ctx
from ..dates import _place_weekday


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _mod(words: str | None) -> str | None:
    """TIMEX3 mod of a modifier phrase: "late", "mid-", "the end of" -> END/MID/START."""
    kept = [w for w in (words or "").lower().replace("-", " ").split() if w not in ("the", "of")]
    return _MODS.get(kept[-1]) if kept else None


_MODPFX = r"\b(?:(?P<mod>early|late|mid|the\s+(?:beginning|start|end|middle)\s+of|(?:the\s+)?end\s+of)[\s-]+)?"
# "in March the following year", "on Christmas Day of the previous year": a year counted from the one last named
_YEAR_FROM = r"\s+(?:of\s+)?the\s+(?P<yf>following|next|previous|preceding|prior)\s+year\b"
_YEAR_SHIFT = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"  # "by 2100", "to be opened on 16 May 2111"

_YEARS = (re.compile(r"1[5-9]\d\d"), re.compile(r"20\d\d"), re.compile(r"21\d\d"))  # literal starts scan fast, one class slow
_QUARTERS = (r"\bq1", r"\bq2", r"\bq3", r"\bq4")
_AM_PM = re.compile(r"m\b(?:(?<=[ap]m)|(?<=[ap]\.m)|(?<=[ap]\sm)|(?<=[ap]\.\sm))")  # literal first: fast
# whole words: names and units never run into the next word (\b, \s or "." follow them)
_MONTH_KEYS = tuple(rf"\b{m}\b" for m in (*MONTHS, "sepember"))  # _MONTH reads "sepember" too
# A capitalized word after a date word that makes it part of a name: "Easter Island", "Midnight Oil", "the
# plays of August Wilson" (not "Christmas Eve", "Labor Day weekend", "Monday", "March", "EST")
_NAME_NEXT = re.compile(rf"\s+(?!(?:Day|Eve|Week|Weekend|Season|Holidays?|Mass)\b|(?i:{_WEEKDAY}|{_MONTH})(?![a-z]))"
                        r"[A-Z][a-z]")
# A given name before a month or weekday makes it a surname ("Judith March", "Ellie Friday"): a capitalized
# word that is no preposition, determiner or other date word, not in a Title Case run ("Hurricane Season
# Begins June"), when what follows ends a name (_NAME_END), not a verb ("as Iraq Friday rejected ...")
_GIVEN_NAME = re.compile(r"(?<![\w.])(?!(?i:in|on|at|by|since|until|till|from|through|throughout|during|before|after|"
                         r"of|for|around|about|between|last|next|this|that|each|every|early|late|mid|and|or|but|then|"
                         r"only|to|into|within|come|later|earlier|the|also|again|even|just|still|not|like|unlike|"
                         rf"when|while|christmas|easter|{_WEEKDAY}|{_MONTH})\b)[A-Z][a-z]+\s+$")
_TITLE_CASE = re.compile(r"[A-Z][\w'-]*\s+[A-Z][a-z]+\s+$")  # not after a full stop: "Verbeek. Ellie Friday"
_NAME_END = re.compile(r"\s*(?:[,)]|['\u2019]s\b|\s+(?:of|and|from|who)\b)")
_WEEKDAY_KEYS = tuple(rf"\b{d}\b" for d in WEEKDAYS)
_UNIT_KEYS = tuple(rf"\b{u}\b" for u in (
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
    "seconds", "decade", "decades", "century", "centuries", "quarter", "quarters", "weekend", "weekends", "night",
    "nights", "fortnight", "fortnights"))
_NEW_YEARS = ("year's", "year\u2019s")
# A plan governing the day after it: "plans to attend Saturday's event", "the race will be run (on) Oct. 18"
_PLAN_TO = re.compile(r"\b(?:will|shall|plans?\s+to|planning\s+to|expects?\s+to|hopes?\s+to|going\s+to|\w+'ll|"
                      r"(?:helping|help|helps)\s+(?:to\s+)?(?:organi[sz]e|prepare)|organi[sz]ing|preparing\s+for)\s+"
                      r"(?:\w+\s+){0,2}(?:on\s+)?$", re.I)
_SUBJECT_START = re.compile(r"[\s\"'\u201c`]*(?:(?:But|And|So|Yet)\s+)?")  # what opens a sentence before its subject
_STAMP_DASH = r"\s+(?:[\u2013\u2014]|--?)\s"  # what follows a clock time stamping a line ("0945 - ...")
_MORNING_STAMP = re.compile(r"\n0\d[0-5]\d" + _STAMP_DASH)  # lines stamped by the 24-hour clock
_BY = re.compile(r"\bby\s+$", re.I)  # "by August" is a deadline: news sets deadlines ahead, whatever the verb


# "today's world", "today's youth": today as the present era, not a day; left untagged
_TODAYS_ERA = re.compile(r"'s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generation|children|kids|economy|"
                         r"markets?|technology|standards|computers|culture|times)\b", re.I)


# followed by a word that is not a function word: an adjective before its noun
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|but|of|to|in|on|at|for|by|from|with|as|since|through|until|is|are|was|"
                          r"were|be|been|will|would|than|so|because|when|if|while|after|before|unless|"
                         r"instead|rather|starting|beginning|under)\b)[a-z]", re.I)


# After a clock time: the day it is on ("10 a.m. EST on March 20", "11:45 p.m. Sunday night").
_ON_DAY = (rf"(?:,?\s+(?:(?P<wrel>next|last|this|coming)\s+(?=[mtwfs]))?(?P<wd>{_WEEKDAY}|today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?P<wpart>{_DAYPART})\b)?"
           rf"|(?=\s+\(\d{{4}}\s+(?:gmt|utc)\),?\s+(?:on\s+)?(?P<pwd>{_WEEKDAY})\b))?"  # "10:35 a.m. (0735 GMT) Friday"
           rf"(?:,?\s+(?:(?P<mon>{_MONTH})\s+(?P<md>\d{{1,2}})"
           rf"|(?:the\s+)?(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+"
           rf"(?:of\s+)?(?P<dmon>{_MONTH}))\b(?:,?\s+(?P<y>{_YEAR})\b)?)?")  # "11pm on 3 February"
_ZONE = (r"(?:[ecmp][sd]?t|gmt|utc|bst|cest|cet|local\s+time|universal\s+time|a[ce][sd]t|awst|nz[sd]t|jst|hkt|sgt|ist|msk|"
         r"(?:nepal|india|moscow|beijing|tokyo|singapore|hong\s+kong|manila|jakarta|bangkok|delhi|kabul|tehran|baghdad|"
         r"cairo|israel|jerusalem|istanbul|dubai|nairobi|lagos|london|paris|berlin|brussels|madrid|rome|athens|sydney|"
         r"auckland|british\s+summer)\s+time"
         r"|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time"
         r"|(?:eastern|central|mountain|pacific)(?=\s*[,.;:)]|\s*$|\s+(?:on|tomorrow|today|tonight|and|or|to|until|"
         r"till|when|at|in|with|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))")  # "7 a.m. Eastern"
# (not "at 10 a.m. Eastern Parkway")


_OTHER_PERIOD = re.compile(r"\b(?:nine|six|12|twelve)\s+months\b|"
                           r"\bfull[\s-]year\b|\bfiscal\s+(?:year|19\d\d|20\d\d)\b|\bfor\s+the\s+year\b", re.I)


def _other_period(m: re.Match, c: _Ctx) -> bool:
    """Whether the sentence of "a year earlier" reports on a period other than a quarter ("in the
    first nine months, ... up from 40% a year earlier"): then it is that year, not a quarter."""
    start, end = c.sentence(m.start())
    return bool(_OTHER_PERIOD.search(c.text, max(start, m.start() - 300), min(end, m.end() + 300)))


# a year the sentence reports on: "in 2008", "for fiscal 2008" (not "in 2008's third quarter")
_YEAR_TOLD = re.compile(r"\b(?:in|for|during)\s+(?:fiscal\s+|the\s+(spring|summer|fall|autumn|winter)\s+of\s+)?"
                        r"((?:19|20)\d\d)\b(?!['\u2019]s|[\s-]+(?:first|second|third|fourth|quarter|half|period))", re.I)
_SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _year_told(m: re.Match, c: _Ctx) -> str | None:
    """The year before the one the sentence of "a year earlier" reports on, if it names one before it:
    "Revenue fell to $1.3 billion in 2008 from $1.5 billion a year earlier" is 2007; "shorter in the
    autumn of 1987 than a year earlier", the autumn of 1986."""
    years = _YEAR_TOLD.findall(c.text, max(c.sentence(m.start())[0], m.start() - 150), m.start())
    if not years:
        return None
    season, year = years[-1]
    return f"{int(year) - 1:04d}" + (f"-{_SEASON_CODES[season.lower()]}" if season else "")


# "a tax on soda starting January 1st", "Starting Monday, residents may ...": a start ahead
_STARTING = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+|in\s+|from\s+|at\s+)?$", re.I)
_SCHEDULE_AT = re.compile(r"\b(?:leaves|departs|arrives|opens|closes|starts|begins|ends|resumes|reopens|lands|sails|"
                          r"kicks\s+off|gets\s+under\s+way)\s+(?:[a-z]+\s+){0,3}?(?:at|from)\s+$", re.I)


def _named_day(word: str, c: _Ctx, at: int, rel: str | None = None) -> dt.date:
    """The day "Friday" (placed by the tense at ``at``, or by ``rel``: "next", "last", "this"),
    "today", "yesterday", "tomorrow" or "last night" names."""
    w = " ".join(word.lower().split())
    if w in _DEICTIC_DAYS:
        return c.dct + dt.timedelta(days=_DEICTIC_DAYS[w])
    if rel:
        return _place_weekday(WEEKDAYS[w.rstrip(".")], c.dct, None, "next" if rel.lower() == "coming" else rel.lower())
    tense = c.tense(at)
    if tense is None and _SCHEDULE_AT.search(c.text, max(0, at - 40), at):
        tense = "future"  # "The first train leaves at 9:30 a.m. Saturday": a timetable
    if tense != "future" and (by := _BY.search(c.text, max(0, at - 8), at)) and not c.past_verb_before(at) and \
            not (tense == "past" and _SUBJECT_START.fullmatch(c.text, c.sentence(at)[0], by.start())):
        # "unless a ransom is paid by noon Saturday": a deadline ("had left by 9 a.m. Friday", "By noon
        # Wednesday, the storm had weakened": done by then)
        tense = "future"
    if tense == "past" and _STARTING.search(c.text, max(0, at - 16), at):
        tense = None  # "ordered a curfew beginning at 8 p.m. Saturday": what was set starts on the nearer one
    if _FROM_TONIGHT.search(c.text, max(0, at - 44), at) or _TO_DO_BY.search(c.text, max(0, at - 40), at):
        tense = "future"  # "a curfew from 8 p.m. tonight until 6 a.m. Thursday": the Thursday after tonight;
        # "urged people to leave by noon Sunday": a deadline ahead of the urging
    return _place_weekday(WEEKDAYS[w.rstrip(".")], c.dct, tense, None)


_TO_DO_BY = re.compile(r"\bto\s+[a-z]+\s+(?:[\w'-]+\s+){0,3}?by\s+$")  # "to leave by", "to leave the Keys by"
# "from 8 p.m. tonight until", "a curfew tonight from 8 p.m. to": a stretch from tonight on
_FROM_TONIGHT = re.compile(r"\b(?:tonight|today|tomorrow)\s+(?:from\s+\d[\d:.]*\s*(?:[ap]\.?\s?m\b\.?)?\s+)?"
                           r"(?:until|till|to|through)\s+$", re.I)
