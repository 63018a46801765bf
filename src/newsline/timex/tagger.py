"""The tagger: collect the matches of all rules, keep the longest non-overlapping ones, normalize
them, and resolve the values that depend on what was named before."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterator

from ..text import QUOTED_IN, sentence_starts
from .tense import _PLUPERFECT, _Ctx
from .dates import _ANCHOR_VALUE, _DAY_VALUE, _MONTH_VALUE, _QUARTER_VALUE, _plausible, _week, calendar_range, count_from
from .engine import RULES, _Ref, _month_of
from .scan import _EXTENT_RULES, _matches
from .vocab import MONTHS, WEEKDAYS, _FROM_MOMENT, _HOUR_WORD, _MONTH, _WEEKDAY


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


def tag(text: str, dct: dt.date) -> list[Timex]:
    """Find and normalize the temporal expressions of ``text`` written on ``dct``.

    Returns non-overlapping :class:`Timex` objects in text order; offsets index ``text``.
    """
    return _tag(text, dct, _matches)


_TITLE = re.compile(r"[A-Z0-9][\w']*(?:\s+[A-Z0-9][\w']*)+")
_TITLE_WORDS = re.compile(r"[A-Z0-9][\w']*(?:\s+[A-Z0-9][\w']*)*")
_TITLE_HEAD = re.compile(r"(?:\"|``|\u201c)(?:[A-Z0-9][\w']*\s+){1,5}$")  # a title's first words ("Tomorrow Starts")
_ADJ_LEAD = re.compile(r"(?:the|a|an)\s+(?=[^\s-]+(?:-[^\s-]+)+$)", re.I)
_OF_A_YEAR = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)(?:-\d\d)?")  # a month, season or day whose year may be guessed
# what may open a sentence before a year that is the year of the whole sentence ("Last year, ...", "In 1980, ...")
_FRONTED = re.compile(r"[\s\"'\u201c]*(?:(?:But|And|So)\s+)?(?:(?:In|During|Back\s+in|By)\s+)?", re.I)
# "early in the new year", "later in the week": the extent holds the part (as annotators write it)
_EARLY_IN = re.compile(r"\b([Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+in\s+$")
_EARLY_MOD = {"early": "START", "late": "END"}
_UNIT_BEFORE = re.compile(r"(?:days?|weeks?|months?|years?|hours?|minutes?)\s+$")  # "two days later in May"
_WEEKDAY_ALONE = re.compile(rf"(?:{_WEEKDAY})", re.I)
# a weekday alone, or with its part of the day: "By Saturday afternoon"
_STORY_WEEKDAY = re.compile(rf"(?:(?:early|late)\s+)?(?:{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?", re.I)
# "at 11 p.m. that night", "By 4pm that Tuesday" (the weekday of the day told of)
_THAT_PART = re.compile(rf"\s+that\s+(?:night|evening|afternoon|morning|(?P<wd>{_WEEKDAY}))\b", re.I)
# what "that" after it opens a clause: "said that Tuesday's vote", "hope that Tuesday brings"
_CLAUSE_THAT = re.compile(r"\b(?:say|says|said|announced|reported|confirmed|added|noted|warned|argued|insisted|claimed|"
                          r"hopes?|hoped|believes?|believed|expects?|expected|thinks?|thought|knows?|knew|agreed|"
                          r"decided|ruled|found|fears?|feared|suggests?|suggested|shows?|showed|means|meant|warns|and|but|"
                          r"so|now|such|fact|sure|clear)\s+$", re.I)
_LISTED = re.compile(r"[^.;!?\n]{0,40}?(?:,|\band\b|\bthen\b)[^.;!?\n]{0,25}")  # "... on Thursday and Game 4 on "
_STORY_DAY = re.compile(rf"(?i:{_WEEKDAY}|morning|afternoon|evening|night)")
_RANGE_END = re.compile(r"\s*(?:-|\u2013|to|through|until|till|and)\s*")
_RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.I)
_AND_IN = re.compile(r"(?:,|,?\s+and)\s+in\s+$")  # a year opening a clause after the first
# a noun after "the third-quarter": the article is the noun's (not "By the mid-1980s she was")
_NOUN_NEXT = re.compile(r"\s+(?!(?:of|and|or|to|in|on|at|for|by|from|with|that|when|ended|ending|he|she|it|they|we|i|"
                        r"you|there|the|a|an|his|her|its|their|was|were|is|are|had|has|have)\b)[A-Za-z]")
_QUOTED = re.compile(r"[,.!?]?(?:\"|''|\u201d)")
_OPEN_QUOTE = re.compile(r"(?:\"|``|''|\u201c)$")
_TITLE_REST = re.compile(r"(?:\s+[A-Z][\w']*)+[,.!?]?(?:\"|''|\u201d)")  # the rest of a title in quotes
# the rest of a title in quotes, small words and all ("... of Ada Moss")
_TITLE_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w']*|of|the|a|an|and|in|on|for|to|at|with))*\s+[A-Z][\w']*[,.!?]?"
                         r"(?:\"|''|\u201d)")
_NAMES_DAY = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY})", re.I)  # a time on a day named, not "overnight", "tonight"
_FINER = re.compile(r"\d{4}-")  # a value finer than a year
_MONTH_OR_SEASON = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")
_NOW_TOLD = re.compile(r"\b(?:is|are|isn't|aren't)\b|['\u2019]s\s+[a-z]+ing\b")  # a sentence of now between
_BOUND = re.compile(r"\b(?:before|until|till)\s+$", re.I)
# "July 16, 1969 ... This Saturday, the town will ... what do people forget about that week?": a day of now named in
# passing in a story years back; what follows counts from the story's time
_NOW_DAY = re.compile(rf"(?i:(?:this|next|last)\s+(?:{_WEEKDAY})|today|tonight|tomorrow|yesterday)")
# "froze the front line roughly where it still runs today": now, as a state goes on; the story's time stays put
_STILL = re.compile(r"\bstill\b[^.;,!?]*$")
_RELATIVE_WORD = re.compile(r"(?i:last|next|this|coming|past)\b")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_MONTH_TO = re.compile(r"\s*(?:-|\u2013|to|and|through|until|till)\s*")
_PERIOD_TO = re.compile(r"\b(?:days|weeks|months|year|quarter|half|period)\s+(?:to|ended|ending)\s+$")  # a period's end
_DAYS = re.compile(r"P(\d{1,3})([DW])")  # days or weeks counted ("four days later")
_YEARS_OR_MONTHS = re.compile(r"P(\d{1,3})([YM])")  # years or months counted ("two years later")
_LATER = re.compile(r",?\s+(later|earlier)\b", re.I)
_THAT = re.compile(r"\bthat\b", re.I)
_ON_APPOSED = re.compile(r",?\s+(?:on\s+)?")  # "Two weeks later, on Christmas Eve"
_SINCE = re.compile(r"\b[Ss]ince\s+$")
# "the deadliest accident since March 1971, when ...": a yardstick, no story of then
_RECORD = re.compile(r"\b(?:first|[a-z]{3,}est|most|least)\b[^.;!?]*\bsince\s+$", re.I)
_SCENE = re.compile(r"(?:\A|[.!?\n]\s)[^.!?\n]*\bhad\s+been\b[^.!?\n]*$")  # a sentence in the past perfect, up to here
_WHEN = re.compile(r",?\s+when\b")
_DESCRIBES = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|of|to|in|on|at|for|by|from|with|as|since|until|is|are|was|were|be|"
                         r"been|will|would|than|when|after|before|fiscal|financial|season|quarter|period|half|year|"
                         r"term|session|campaign)\b)[A-Za-z]{3,}\b")  # "its 2017 fiscal year" is a time (not "an 1851
# Research Fellowship": a name's year)
# "a 1988 referendum in which 58 per cent approved a levy": the story told of it, at that time
# "froze spending at 1989 levels", "in 1990 dollars": a year as a yardstick, no time the story is at
# "trim $3.1 billion in fiscal 1990, which began Oct. 1. Democrats rejected it the next morning": the fiscal year's
# bound, told in passing, is no date of the story
_FY_BOUND = re.compile(r"\bfiscal\s+(?:year\s+)?(?:\d{4}\s*)?,?\s+(?:which\s+|that\s+)?"
                       r"(?:began|begins|ends|ended|starts|started|closes|closed)\s+(?:on\s+)?$", re.I)
_YARDSTICK_YEAR = re.compile(r"\s+(?:levels?|prices|dollars|terms|standards|rates)\b")
_TOLD_OF = re.compile(r"\s+[a-z]{3,}\s+(?:in\s+which|at\s+which|when)\b")
# "last Tuesday, just before Thanksgiving, ... at 6 a.m.": a day told of only to place another
# (and "on Sunday, Sept. 3, the eve of Labor Day, and jumped the tracks at 7:55 p.m.": the day named, not the holiday)
_YARDSTICK = re.compile(r"\b(?:just|shortly|days|weeks|a\s+day|a\s+week)\s+(?:before|after|ahead\s+of)\s+$|"
                        r",\s+the\s+(?:eve|day|night|morning)\s+(?:before|after|of)\s+$", re.I)
_RESTATED = re.compile(r"\([^()\n]*\b(?:GMT|UTC)\s+$")
_SAID = re.compile(r"\b(?:said|says|told\s+(?:reporters|[A-Z][a-z]+)|added)\s+(?:on\s+)?$")
_RECORD_SET = re.compile(r"\brecord\b(?:[^.;]|\.\d){0,60}?\bset\s+(?:on|in)\s+$", re.I)
_EVER_SINCE = re.compile(r"\b(?:ever\s+since|since\s+then|to\s+this\s+day)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according|announced|testified|wrote)\b")
# Before a date the text tells of, as when something happened ("in", "on", a sentence's start), not one
# describing a thing ("the Dec. 21, 1988, bombing")
_TELLS_OF = re.compile(r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]hrough|[Aa]fter|"
                       r"[Bb]efore)\s+"
                       r"|(?:\A|[\n.!?\"'\u201c])\s*)\Z")


# a dateline with the day the story was filed: "PASADENA, Calif., Sept. 12 --", "WASHINGTON, March 12 (Xinhua) --"
_FILED = re.compile(rf"\s*[A-Z][A-Z.'\s-]+(?:,\s*[A-Z][\w.'\s-]*?)?,\s*(?:(?P<mon>(?i:{_MONTH}))\s+(?P<d>\d{{1,2}})|"
                    rf"(?P<d2>\d{{1,2}})\s+(?P<mon2>(?i:{_MONTH})))\s*(?:\([A-Z][\w-]*\)\s*)?"
                    r"(?:--|-|_|\u2013|\u2014|\.(?=\s+[A-Z]))")  # ("NEW DELHI, Nov. 1. The Railways today ...")


def _filed(text: str, dct: dt.date) -> dt.date:
    """The day a story was written: the day its dateline names when that is a day or two before the DCT
    (a story filed the evening before it is published says "today" and "tonight" of that day)."""
    if not (m := _FILED.match(text, 0, 120)):
        return dct
    try:
        day = dt.date(dct.year, MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")], int(m["d"] or m["d2"]))
    except (KeyError, ValueError):
        return dct
    return day if 1 <= (dct - day).days <= 2 else dct


def _tag(text: str, dct: dt.date, matches: Callable[[str], Iterator[tuple[int, re.Match]]]) -> list[Timex]:
    """:func:`tag` on the rule matches given by ``matches`` (the tests pass :func:`_matches_everywhere`)."""
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    dct = _filed(text, dct)
    ctx = _Ctx(text, dct, sentence_starts(text))
    found: list[tuple[int, int, int, re.Match]] = []
    for prio, m in matches(text):
        start, end = m.span("x") if prio in _EXTENT_RULES and m["x"] is not None else m.span()
        while end > start and text[end - 1] in " \t\n,-":
            end -= 1
        lead = _ADJ_LEAD.match(text, start, end)
        if lead and _NOUN_NEXT.match(text, end):
            start = lead.end()  # "the third-quarter loss", "a 24-hour strike": the article is the noun's
        if end <= start or _in_title(text, start, end):
            continue
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
    quarter: str | None = None  # the last quarter or half named: what "a year ago" compares with
    last_q: str | None = None  # the last quarter named: what "the year-earlier quarter" compares with
    # the first quarter or half named, the one reported on: what they compare with a paragraph on, when the
    # paragraph names none ("posted a 54% drop in third-quarter profit ... [other quarters, forecasts] ...
    # In the year-ago period, it earned $101.4 million")
    lead_q: tuple[str | None, str | None] | None = None
    q_at = 0  # where the last quarter or half was named
    anchor: str | None = None  # the last date named: what "the following year" follows
    prior: tuple[str | None, int] = (None, -1)  # the anchor before it, and where the date that moved it ends
    counted_at = -1  # where a date counted from the one before ("the next day") ends, if that moved the anchor last
    displaced: str | None = None  # the story's day a "yesterday" took the anchor from
    flashback: tuple[str, int] | None = None  # the story's date before a step back told in the past perfect, and
    # where a sentence after which it comes back starts
    anchor_at = -1  # where the date that set the anchor ends
    stepped: int | None = None  # where a sentence stepped the story on to it ("The next day, ...", "Days later, ...")
    story: str | None = None  # the last date years back the text tells of: whose year "in June" may be
    scene = False  # whether it was named as a scene, a part of its day or a weekday: the days after it go on from it
    story_end = 0  # where it was named: its year holds to the end of the paragraph (see _narrative)
    far_back = f"{dct.year - 2:04d}"  # a story's year is this or before (values compare as strings)
    long_ago: str | None = None  # the last date written with its year, years back: what "That September" points to
    day: str | None = None  # the last day named (in the paragraph, or of the past week): "at 10 p.m." is on it
    day_at = 0  # where it was named
    fronted: tuple[str, int] | None = None  # a year opening a sentence, and where the sentence starts
    dated: tuple[str, int] | None = None  # a day of a past year written in full, and where its sentence starts
    sets = clocks = False  # whether a SET, a clock time was found: what _habitual looks at
    gone: str | None = None  # the last day of the week up to the DCT named
    first_gone: str | None = None  # the first: the story's day
    last_day: str | None = None  # the last day named anywhere: "that November night" may be its
    ahead: str | None = None  # the last day named from the DCT on (in the paragraph, or of the week ahead)
    today, week_back = dct.isoformat(), dt.date.fromordinal(max(1, dct.toordinal() - 7)).isoformat()
    yesterday = dt.date.fromordinal(max(1, dct.toordinal() - 1)).isoformat()
    months_back = dt.date.fromordinal(max(1, dct.toordinal() - 90)).isoformat()
    week_ahead = dt.date.fromordinal(min(dct.toordinal() + 7, dt.date.max.toordinal())).isoformat()
    guessed = {"anchor": False, "day": False, "ahead": False}  # whether the year of each was inferred
    stamped: str | None = None  # whose the clock times opening paragraphs are, "told" or "live" (see _update_time)
    last_stamp: str | None = None  # the time of the last stamp ("T23:45")
    newest_first = False  # whether a live page's stamps go back in time
    back_days = 0  # the days a live page, newest first, has gone back past midnight
    stamp_clock: str | None = None  # the value of the last stamp, its day and time
    clock: str | None = None  # the last clock time named: "6 a.m." after "9 p.m." is the next morning
    last_end = 0
    for k, (start, end, (typ, value, *rest)) in enumerate(chosen):
        if (day or ahead) and "\n\n" in text[last_end:start]:
            # a new paragraph tells of another day, unless of the story's: a day of the past week (or ahead, of
            # the week to come)
            day = day if day and week_back <= day <= today else None
            ahead = ahead if ahead and ahead <= week_ahead else None
        last_end = end
        inferred = bool(rest[0]) if rest else False
        ref = value if isinstance(value, _Ref) else None
        on = None  # the day written after a clock time ("4 a.m. on Sunday")
        restated = False  # whether it is the clock time before restated in brackets
        if ref:
            if ref.kind == "stamp":
                # the first stamp of an account told hour by hour is on the day gone by it tells of, and so are the rest
                # (a live page stamps its updates newest first, on the DCT); the day told of may change at a heading
                if not stamped:
                    stamped = "told" if day and day < today and _hourly(chosen, k, clock, day) else "live"
                    if stamped == "live":
                        newest_first, small_hours = _live_order(chosen, k, text, dct)
                        back_days = -small_hours  # a night's page, its newest updates of the day after the DCT
                if stamped == "live" and newest_first and last_stamp and ref.arg > last_stamp:
                    # a live page, newest first ("9.40am ... 1.17am ... 11.45pm"): going down it crossed midnight, back
                    # a day
                    back_days += 1
                last_stamp = ref.arg
                value = (day if stamped == "told" and day else
                         count_from(today, "day", -back_days) or today if back_days else today) + ref.arg
                stamp_clock = value
            elif ref.kind == "narrative":
                # the story's year holds to the end of its paragraph, and on to the first date of the next if the
                # year left out would be one before the DCT's, months back: the reporter would have written that
                # year ("Oct. 4, 2008"); the story of 1965 goes on
                # ("18 October 2002 ... [paragraphs on] ... on 24 October": a day told a few days after the story's)
                # (nor "Frederic came ashore on Sept. 12, 1979. Delphine is smaller ... It formed on Sept. 15": back to now)
                now = bool(story) and _NOW_TOLD.search(text, ctx.sentence(story_end - 1)[1], ctx.sentence(start)[0])
                breaks = text.count("\n\n", story_end, start) if story and not now and \
                    not _EVER_SINCE.search(text, story_end, start) and \
                    not (ctx.tense(start) != "past" and _IS_NOW.search(text, max(0, start - 40), start)) else 2
                # ("... and had held it ever since. The member resigned in December": the story came to now; "joined
                # in the summer of 1991 on a three-year contract, is out of contract in June": now's June)
                value = story[:4] + ref.arg if not now and _days_on(story, ref.arg) else \
                    ref.resolve(quarter, day, story if not breaks or breaks == 1 and ref.fallback[:4] < today[:4]
                                and ref.fallback < months_back and chosen[k - 1][0] < story_end else None)
                if k and chosen[k - 1][2][0] == "DURATION" and anchor and _DAY_VALUE.fullmatch(anchor) and \
                        anchor[:4] < today[:4] and (step := _LATER.match(text, chosen[k - 1][1])) and \
                        _ON_APPOSED.fullmatch(text, step.end(), start):
                    # "on the night of 10 December 1978 ... [paragraphs on] Two weeks later, on Christmas Eve": the
                    # one nearest the day so counted
                    value = _nearest_on(anchor, ref.arg) or value
            elif ref.kind in ("time", "time_ahead") and (on := _on_day(text, end, chosen, k, anchor)):
                value, inferred = _small_hours_of(on[0], ref.arg) + ref.arg, on[1]  # "at 6:12 a.m. on Mother's Day"
            else:
                # "is due to publish on 24 March. Trading was suspended shortly before noon": a time gone by is
                # not on a day ahead, but on the last day gone by named ("voted late on Wednesday to ban scooters
                # from Jan. 1. The motion passed shortly before 11 p.m."), else on the DCT
                told = gone if ref.kind == "time" and day and day > today and day_at < ctx.sentence(start)[0] and \
                    ctx.tense(start) == "past" else day
                if ref.kind == "time" and not day and gone and gone < today and first_gone != today and \
                        ctx.tense(start) == "past":
                    told = first_gone  # "won the cup yesterday ... [paragraphs on] when play began at 10.30am": that day
                elif ref.kind == "time" and day and gone and day < gone and day_at < (opening := ctx.sentence(start)[0]) and \
                        _PLUPERFECT.search(text, ctx.sentence(day_at)[0], day_at) and \
                        not _PLUPERFECT.search(text, opening, start) and \
                        ctx.tense(start) == "past":
                    told = gone  # "was jailed yesterday. He had pleaded guilty on 4 March. He returned to the dock at
                    # 10.30am": back from the flashback, on the story's day
                elif ref.kind == "time" and day and clock and _CLOCK_VALUE.fullmatch(clock) and \
                        clock[:10] == today > day and day_at < (opening := ctx.sentence(start)[0]) and \
                        _PLUPERFECT.search(text, ctx.sentence(day_at)[0], day_at) and \
                        not _PLUPERFECT.search(text, max(opening, text.rfind(", and ", opening, start)), start) and \
                        ctx.tense(start) == "past":
                    told = today  # "lifted off at 2:17 p.m. The launch had been scheduled for Thursday afternoon ...
                    # its panels unfolded at 3:05 p.m.": on the DCT, the day of the clock time before the step back
                if (ref.kind == "anchor" and len(ref.arg.split()) > 2 or ref.kind == "time") and day and anchor and \
                        _DAY_VALUE.fullmatch(anchor) and anchor != day and counted_at > max(day_at, ctx.sentence(start)[0]):
                    # "He resigned the next day and surrendered that afternoon", "the next day only two hours were
                    # possible before the showers returned at 1.15pm": of the date just named
                    told = anchor
                if ref.kind == "anchor" and day and day > today and anchor and _DAY_VALUE.match(anchor) and \
                        anchor[:10] <= today and ctx.tense(start) == "past":
                    told = None  # "will return on Friday, the authority said Monday. The vessel passed an inspection
                    # that afternoon": of the day gone by last named, not the day ahead
                if ref.kind == "time" and told and clock and _CLOCK_VALUE.fullmatch(clock) and told < clock[:10] <= today and \
                        clock[10:16] <= ref.arg[:6] and day_at < ctx.sentence(start)[0] and ctx.tense(start) == "past" and \
                        (last := next((u for u in reversed(out) if _CLOCK_VALUE.fullmatch(u.value)), None)) and \
                        last.value == clock and _NAMES_A_DAY.search(last.text):
                    told = clock[:10]  # "lifted off at 2:04 p.m. Thursday, after attempts on Tuesday and Wednesday.
                    # ... shed its upper stage at about 2:48 p.m.": later on the day of the clock time before
                if ref.kind == "time" and text.endswith("that day", start, end):
                    told = told or last_day  # "from 10 a.m. PST that day": of the day the story told of
                elif ref.kind == "time" and last_day and (that := _THAT_PART.match(text, end)) and \
                        (not that["wd"] or _weekday_of(last_day) == that["wd"][:3].lower()):
                    told = last_day  # "At about 11 p.m. that night": of the day the story told of, paragraphs back
                if ref.kind == "time_ahead" and not ahead and day and day < week_back and ctx.past_verb_before(start):
                    ref = _Ref("time", ref.fallback, ref.arg)  # "The crush happened on 14 April 1979 ... police
                    # ordered a gate to be opened at 2.55pm": ahead of a day gone by, on it
                if flashback and ref.kind == "anchor" and ref.arg.startswith(("day ", "month ")) and \
                        (flashback[1] < (opening := ctx.sentence(start)[0]) or
                         flashback[1] == opening and "\n\n" in text[max(0, opening - 3):opening + 1] and
                         (had := _PLUPERFECT.search(text, max(ctx.sentence(anchor_at - 1)[0],
                                                              text.rfind(", and ", 0, anchor_at)), anchor_at)) and
                         _REPORTING.search(text, ctx.sentence(anchor_at - 1)[0], had.start())) and \
                        not _PLUPERFECT.search(text, opening, end):
                    # "On Aug. 9 ... A week earlier, a worker had reported ... That night, a truck was stolen", "came
                    # on Monday, Feb. 25. She had returned on Feb. 17 ... The next day, ...": the story's day again,
                    # after the flashback ("Volunteers had worked through Wednesday night. The governor declared a
                    # disaster that afternoon": a part of the story's day, not of the step back's; a new paragraph
                    # ends at once a step back that is only reported speech: "His son said he had slipped into a coma
                    # on Sunday. [paragraph] He was cremated the following morning")
                    anchor, flashback = flashback[0], None
                    told = anchor[:10] if len(ref.arg.split()) > 2 and _DAY_VALUE.match(anchor) else told
                if displaced and ref.kind == "anchor" and ref.arg.startswith("day ") and ref.arg.split()[1] > "0" and \
                        anchor and anchor[:10] >= yesterday and ctx.tense(start) == "past":
                    # "crossed the coast on Friday, 6 February ... the water began to fall yesterday. This is how it
                    # happened. The next day, the gauge recorded ...": the story's next day, not today
                    anchor, displaced = displaced, None
                if (ref.kind == "anchor" and ref.arg.startswith("day ") or ref.kind == "weekday") and anchor and \
                        not _DAY_VALUE.match(anchor) and last_day and last_day[:4] >= anchor[:4] and \
                        (_opens(ctx, start) or _FRAMES.fullmatch(text, ctx.sentence(start)[0], start)):
                    # "on the morning of Friday, June 13 ... the levee built after the flood of 1993 ... The next day",
                    # "... since the great flood of 1937. ... The following Monday": a year (or "she said this week")
                    # told in passing; the story's days go on from the day last named
                    anchor = last_day
                # "settled on Super Tuesday, two months earlier": said of that day, counted as it was (but "on Nov. 3,
                # the day before": before it)
                restating = ref.kind == "anchor" and prior[1] == start - 2 and text.startswith(", ", start - 2) and \
                    not text.startswith(("the ", "The "), start)
                if lead_q and "\n\n" in text[q_at:start]:
                    quarter, last_q = lead_q
                # "One morning in April 1943, a shepherd ... The study was published on Wednesday. ... That September,
                # he loaded it onto a mule": "that" points back to the story told, not to now
                back = long_ago if ref.kind == "in_year" and not ref.shift and long_ago and anchor and \
                    anchor[:4] >= today[:4] and (that := _THAT.search(text, start, end)) and \
                    not _CLAUSE_THAT.search(text, max(0, that.start() - 20), that.start()) else None
                value = ref.resolve(last_q if ref.arg == "Q" else quarter,
                                    ahead if ref.kind == "time_ahead" else last_day if ref.kind == "that_day" else told,
                                    prior[0] if restating else back or anchor)
                if ref.kind == "that_day" and value and not _DAY_VALUE.match(value):
                    typ = "DATE"  # "that November night" of no day named: the month
            if not value or not _plausible(value):
                continue
            if ref.kind in ("time", "time_ahead") and clock and not on and out and out[-1].value == clock and \
                    text.startswith("(", start - 1) and not text[out[-1].end:start - 1].strip():
                value, restated = _restated(clock, ref.arg), True  # "at 1500 local time (0900 GMT)": that moment
            elif ref.kind in ("time", "time_ahead") and clock and not on and _CLOCK_VALUE.fullmatch(value) and \
                    not _day_follows(text, end, chosen, k):
                moved = _after_clock(value, clock, text[start:end])
                # not into a day after the DCT for a time told in the past ("Polls closed at 8 p.m. today ...
                # Polls opened at 7 a.m."): the story went back, not on (but "a curfew from 8 p.m. to 6 a.m.")
                # nor past the stamp of a live page's update for a time told in it ("10.02pm Polls have closed.
                # Polling stations were open from 7am until 10pm")
                value = value if (moved[:10] > max(value[:10], today) or clock == stamp_clock) and \
                    ctx.tense(start) == "past" and not _CLOCK_TO.fullmatch(text, chosen[k - 1][1], start) else moved
                if ref.kind == "time" and day and value[:10] > day:
                    # past midnight, the story goes on in the next day ("... shortly after noon"), and what "that
                    # day" counts from with it ("Shortly after midnight ... at 6.50am. At 2.10pm that day")
                    anchor = value[:10] if anchor == day else anchor
                    day = value[:10]
            if value != ref.fallback and ref.kind != "narrative":  # counted from a date named before: its year is
                inferred = inferred or guessed[_GUESSED.get(ref.kind, "anchor")]  # as sure as that one's
        if not ref and typ == "TIME" and stepped is not None and day and day < week_back and value.endswith("TNI") and \
                text[start:end].lower() == "overnight" and "\n\n" not in text[stepped:start]:
            # "The next day a crew cut a line by hand ... The line held overnight": that night; "By the next
            # morning, the river had risen six feet overnight": the night before
            value = (day if not _PLUPERFECT.search(text, ctx.sentence(start)[0], start) else
                     count_from(day, "day", -1) or day) + "TNI"
        the = text.endswith("the ", 0, start)  # "On the Thursday": a day of the story's week
        # (the story's day: the date last named, or the day last named when a year came in passing since)
        # ("The first drops fell on Sunday, Aug. 8. By Monday night, ...": a frame after a day weeks back, that
        # day's story goes on)
        # (the day named with its weekday or part, as a story's first day is: "on the afternoon of Sunday, Aug. 8"; not
        # "a 6% drop in the Oct. 13 market plunge. On Monday, ...")
        weekday = not ref and _DAY_VALUE.match(value) and _STORY_WEEKDAY.fullmatch(text, start, end)
        framed = bool(weekday) and anchor is not None and anchor < week_back and _DAY_VALUE.fullmatch(anchor) is not None \
            and "\n\n" not in text[day_at:start] and _FRAMES.fullmatch(text, ctx.sentence(start)[0], start) is not None \
            and ctx.tense(start) == "past" and \
            any(u.value.startswith(anchor) and _STORY_DAY.search(text, u.start, u.end + 12) for u in out[-3:])
        if weekday and (stepped is not None or the or framed) and \
                (story_day := anchor if anchor and _DAY_VALUE.fullmatch(anchor) else
                 last_day if the and anchor else None) and \
                (story_day < week_back or the) and story_day < value[:10] <= today and \
                (told := _story_weekday(story_day, value, stepped is not None and stepped >= ctx.sentence(start)[0], the,
                                        framed or stepped is not None and (
                                            "\n" not in text[stepped:start] and
                                            bool(_FRAMES.fullmatch(text, ctx.sentence(start)[0], start)) or
                                            _next_paragraph(text, stepped, start, ctx)))):
            # "Three days later, on the Sunday": that Sunday; "The next day, the rain did not stop. By Saturday
            # afternoon ...": the step's Saturday (but "Two days later, he spoke. A poll published on Thursday ...":
            # the last Thursday); the article goes into the extent, as annotators write it
            value, start = told + value[10:], start - 4 * the
        elif weekday and out and out[-1].value.endswith("-WE") and (sat := _saturday_of(out[-1].value)) and \
                (on := (sat + dt.timedelta(days=dt.date.fromisoformat(value[:10]).weekday() - 5)).isoformat()) >= \
                sat.isoformat() and on < week_back and on < value[:10] and "\n\n" not in text[out[-1].end:start] and \
                ctx.tense(start) == "past":
            # "That weekend, inspectors took samples. The first death was reported on Sunday": that weekend's
            value = on + value[10:]
        elif not ref and value.endswith("-WE") and anchor and anchor < week_back and _DAY_VALUE.fullmatch(anchor) and \
                text.startswith(("the weekend", "The weekend"), start) and \
                _FRAMES.fullmatch(text, ctx.sentence(start)[0], start) and ctx.tense(start) == "past":
            # "Two days later, the levee gave way. ... By the weekend the water had started to recede": the story's
            then = dt.date.fromisoformat(anchor)
            value = _week(then + dt.timedelta(days=max(0, 5 - then.weekday()))) + "-WE"
        elif not ref and scene and story and _DAY_VALUE.match(value) and \
                _STORY_WEEKDAY.fullmatch(text, start, end) and "\n\n" not in text[story_end:start] and \
                ctx.tense(start) == "past" and not _REPORTING.search(text, ctx.sentence(start)[0], start):
            # "boarded a landing craft on the evening of 3 June 1944. ... he spent Sunday and most of Monday being
            # sick": the days after the story's, years back (not "..., the prosecutor told jurors on Tuesday"; nor
            # "born on 3 March 1950 ... died on Monday": a date alone sets no scene to go on from)
            value = _story_weekday(story, value, False, False, True) + value[10:]
            story, story_end = value[:10], end
        elif not ref and last_day and text.endswith(("that ", "That "), 0, start) and _DAY_VALUE.match(value) and \
                value[:10] != last_day and _STORY_WEEKDAY.fullmatch(text, start, end) and \
                _weekday_of(last_day) == _weekday_of(value) and not text.startswith(("'s", "\u2019s"), end) and \
                not _CLAUSE_THAT.search(text, max(0, start - 20), start - 5):
            value, start = last_day + value[10:], start - 5  # "On Tuesday 8 January ... By 4pm that Tuesday": that one
        if typ == "DATE" and out and _WEEKDAY_ALONE.fullmatch(text, start, end) and _DAY_VALUE.fullmatch(value) and \
                _WEEKDAY_ALONE.fullmatch(out[-1].text) and value < today < out[-1].value and \
                _LISTED.fullmatch(text, out[-1].end, start) and ctx.tense(start) != "past":
            # "Game 3 on Thursday and Game 4 on Saturday": a list of days ahead goes on ahead
            value = (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
        elif typ == "DATE" and inferred and out and _MONTH_VALUE.fullmatch(value) and \
                _MONTH_VALUE.fullmatch(out[-1].value) and value < out[-1].value and \
                value[:4] < "9999" and _RANGE_END.fullmatch(text, out[-1].end, start) and \
                _RANGE_START.search(text, max(0, out[-1].start - 9), out[-1].start):
            value = f"{int(value[:4]) + 1:04d}{value[4:]}"  # "between March and November": not before the March
        if inferred and fronted and typ == "DATE" and _OF_A_YEAR.fullmatch(value) and value[:4] != fronted[0] and \
                not (ref and ref.kind == "month_from") and \
                fronted[1] == ctx.sentence(start)[0] and (told := fronted[0] + value[4:]) < today and _plausible(told) and \
                not _FROM_NOW.match(text, start):
            # "Last year, a heat wave lasted from mid-May to early June": that year's (but "since 2009, when swine flu
            # filled the wards, and they fear a repeat of last winter": last winter is counted from now; "In 1977, ...
            # until the following spring": counted on from it)
            value = told
        elif inferred and dated and typ == "DATE" and (not ref and not _RELATIVE_WORD.match(text, start) or
                                                       ref and ref.kind == "narrative") and \
                _MONTH_OR_SEASON.fullmatch(value) and value[:4] != dated[0][:4] and \
                dated[1] == ctx.sentence(start)[0] and (told := _nearest_to(dated[0], value)) and told < today:
            value = told  # "granted on Dec. 10, 2024, after a three-week hearing in August": that August
        elif inferred and dated and typ == "DATE" and (ref and ref.kind == "narrative" or
                                                       not ref and not _RELATIVE_WORD.match(text, start)) and \
                _MONTH_OR_DAY.fullmatch(value) and value[:4] != dated[0][:4] and \
                next((u.value[:4] for u in reversed(out) if u.type in ("DATE", "TIME")), None) == dated[0][:4] and \
                "\n\n" not in text[dated[1]:start] and \
                dated[0][:7] <= (told := dated[0][:4] + value[4:]) <= (count_from(dated[0], "month", 3) or "9999") and \
                _plausible(told) and not _NOW_TOLD.search(text, ctx.sentence(dated[1])[1], ctx.sentence(start)[0]):
            # (not "Frederic came ashore on Sept. 12, 1979. Delphine is smaller ... It formed on Sept. 15": back to now)
            # "came to light on 3 March 2008 ... Police were called in the following week. He was arrested on 19
            # March": the story told on, in its paragraph, to a day weeks after the one written in full
            value = told
        # "since 2002", "since Sunday": where a state began, not the time told of (but "Fans had queued since
        # early Saturday evening. The crush began at 10:48 p.m.": a time of day a story told in the past
        # perfect starts from, the first date of its sentence)
        since = "ince" in text[max(0, start - 7):start] and _SINCE.search(text, max(0, start - 7), start) and \
            not (typ == "TIME" and (scene := _SCENE.search(text, max(0, start - 150), start)) and
                 (k == 0 or chosen[k - 1][1] <= scene.start())) or \
            text.endswith(("set on ", "set in "), 0, start) and _RECORD_SET.search(text, max(0, start - 80), start)
        # ("The previous record was set on Aug. 14, 1946": a yardstick, as a state's start is; the story goes on)
        # "police said Friday", "Mr Hallett said yesterday": when it was said, not the day of the clock times;
        # nor is the day of a time restated in brackets ("9:08 a.m. Wednesday (2108 GMT Tuesday)", "(2108 GMT
        # Tuesday)" one TIMEX3)
        yardstick = typ == "DATE" and text.endswith(("before ", "after ", " of "), max(0, start - 8), start) and \
            _YARDSTICK.search(text, max(0, start - 20), start)
        said = _SAID.search(text, max(0, start - 24), start) and not text.startswith(("'s", "\u2019s"), end) or \
            _RESTATED.search(text, max(0, start - 30), start) or \
            typ == "TIME" and text.startswith("(", start - 1) and out and out[-1].type == "TIME" and \
            not text[out[-1].end:start - 1].strip() or yardstick
        bound = "fiscal" in text[max(0, start - 40):start] and _FY_BOUND.search(text, max(0, start - 40), start)
        aside = _relative_aside(text, start, end, ctx)
        if not ref or ref.kind in ("narrative", "that_day", "stamp") or \
                ref.kind == "weekday" and ref.arg.endswith(" 1") and _DAY_VALUE.fullmatch(value) or \
                ref.kind == "anchor" and typ == "TIME" and _DAY_VALUE.match(value) and not _CLOCK_VALUE.fullmatch(value) or \
                ref.kind == "anchor" and ref.arg.startswith("day ") and _DAY_VALUE.fullmatch(value) and \
                (_opens(ctx, start) or k and chosen[k - 1][2][0] == "TIME" and not text[chosen[k - 1][1]:start].strip(" ,")):
            # ("The next day, the rain fell. At 2pm a warning was issued": the clock times are of that day; "At
            # 2 a.m. the next day, the river burst its banks. That evening ...": the story is on that day; "The
            # following Wednesday, residents were let back ... The next day": the story moved on to it)
            if _QUARTER_VALUE.fullmatch(value):
                quarter, q_at = value, start
                if "Q" in value:
                    last_q = value
                lead_q = lead_q or (quarter, last_q)
            elif _DAY_VALUE.match(value) and not (since and not (typ == "TIME" and _WHEN.match(text, end))) and \
                    not said and not bound and not (aside and aside["verb"] not in _HAD) and \
                    not _PERIOD_TO.search(text, max(0, start - 16), start):  # (not "in the nine weeks to 3 January")
                day, guessed["day"], day_at = value[:10], inferred, start
                if week_back <= day <= today:
                    gone, first_gone = day, first_gone or day
                last_day = day
                if day >= today and not _BOUND.search(text, max(0, start - 10), start):
                    # (not "could be running before Thanksgiving": a bound, no day things are set for)
                    ahead, guessed["ahead"] = day, inferred
            elif value == "PRESENT_REF" and day and day < today and _opens(ctx, start) and \
                    not _quote_around(text, start):
                # "Two days ago this was a packed resort. Right now the streets are empty. The last ferry left at 3:15
                # p.m.": back to the DCT
                day = gone = first_gone = None
        if typ == "DURATION" and anchor and last_day and not _DAY_VALUE.match(anchor) and value[-1] == "D" and \
                last_day[:4] >= anchor[:4] and _opens(ctx, start) and _LATER.match(text, end):
            anchor = last_day  # "The levee was built in 1958 ... [a paragraph on] Two days later": from the story's day
        # ... but "since March 11, when a quake struck ... that day" names what happened then; "a 1991 rape",
        # "his 1984 conviction" only describe a thing: the story's time goes on from the date before
        # (a quarter with its year written: "in the third quarter of 2008 ... the following year"; a quarter placed
        # by the DCT, often a fiscal one, is what "a year earlier" compares against, not a story's time)
        if typ == "DATE" and (_ANCHOR_VALUE.fullmatch(value) or
                              _QUARTER_VALUE.fullmatch(value) and value[:4] in text[start:end]) and \
                not (since and not _WHEN.match(text, end)) and \
                not (_DESCRIBES.search(text, max(0, start - 6), start) and _NOUN_AFTER.match(text, end) and
                     not _TOLD_OF.match(text, end)) and not _YARDSTICK_YEAR.match(text, end) and \
                not bound and \
                not aside and \
                not (yardstick and yardstick[0].startswith(",")) and \
                not (len(value) == 4 and QUOTED_IN.search(text, max(0, start - 40), start)) and \
                not (value == today and _STILL.search(text, max(0, start - 50), start)) and \
                not (anchor and anchor[:4].isdigit() and anchor[:4] <= far_back and not ref and
                     _NOW_DAY.fullmatch(text, start, end) and week_back <= value[:10] <= week_ahead) and \
                not (("ecast" in (window := text[max(0, start - 200):start]) or "redict" in window) and
                     _PREDICTED.search(text, max(ctx.sentence(start)[0], start - 200), start)):
            # (nor does a forecast's: "... at 4.15pm a flood warning was issued. Forecasters predicted a peak on the
            # Sunday. The river broke its banks the next day": the day after the warning)
            # a date told in the past perfect before the story's: the story goes on from its own date after another
            # sentence, or at once when the story's date is in the same one ("was uncovered in November 2009, when
            # ... had been made on Christmas Day the previous year"); the next sentence may go on with the step
            # back ("had returned on Feb. 17. The next day, she attended a game")
            flashback = (anchor, ctx.sentence(start)[0]) if anchor and ref and ref.kind == "anchor" and \
                " -" in ref.arg and ref.arg.startswith(("day", "week")) and _DAY_VALUE.fullmatch(anchor) and \
                _PLUPERFECT.search(text, *ctx.sentence(start)) else \
                (anchor, ctx.sentence(start)[0] if anchor_at >= ctx.sentence(start)[0] else ctx.sentence(start)[1]) \
                if (not ref or ref.kind in ("narrative", "in_year")) and anchor and _MONTH_VALUE.match(anchor) and \
                _FINER.match(value) and _earlier(value, anchor) and _PLUPERFECT.search(text, ctx.sentence(start)[0], start) \
                else flashback if flashback and (ref and ref.kind == "anchor" or not ref and _earlier(value, flashback[0]) and
                                                 _PLUPERFECT.search(text, ctx.sentence(start)[0], start)) else None
            # ("had been admitted a fortnight ago ... and had slipped into a coma on Sunday": one step back)
            prior = (anchor, end)
            displaced = anchor if anchor and anchor < value and _DEICTIC.fullmatch(text, start, end) and \
                _DAY_VALUE.match(anchor) else displaced if ref and ref.kind == "anchor" else None
            anchor, guessed["anchor"], anchor_at = value, inferred, end
            counted_at = end if ref and ref.kind == "anchor" else -1
            stepped = end if ref and ref.kind == "anchor" and ref.arg.startswith("day ") and \
                (_opens(ctx, start) or _FRAMES.fullmatch(text, ctx.sentence(start)[0], start)) else None
        elif typ == "TIME" and _DAY_VALUE.match(value) and _NAMES_DAY.search(text, start, end):
            if not ref:
                # "a levee gave way at 4 a.m. Volunteers had worked through Wednesday night. The governor declared
                # a disaster that afternoon": back to the story's day after the step back (a day told otherwise
                # moves the story on: "was detained Tuesday evening ... released the next day")
                flashback = (anchor, ctx.sentence(start)[0]) if anchor and _DAY_VALUE.match(anchor) and \
                    value[:10] < anchor[:10] and _PLUPERFECT.search(text, ctx.sentence(start)[0], start) else None
            anchor, guessed["anchor"], stepped = value[:10], inferred, None  # "the night of Aug. 14 ... the next day"
        elif typ == "TIME" and ref and ref.kind == "anchor" and _DAY_VALUE.match(value) and \
                not _CLOCK_VALUE.fullmatch(value):
            # "on Thursday, 3 June ... The following morning ... Four days later": the story stepped on to that day
            anchor, guessed["anchor"] = value[:10], inferred
            stepped = end if _opens(ctx, start) or _FRAMES.fullmatch(text, ctx.sentence(start)[0], start) else None
        elif typ == "DURATION" and anchor and _DAY_VALUE.fullmatch(anchor) and (n := _DAYS.fullmatch(value)) and \
                (later := _LATER.match(text, end)):
            # "on 24 October ... when, four days later, ... at about 4am the following day": the story moved on,
            # and its clock times with it ("Four days later, shortly before noon")
            anchor = count_from(anchor, "day", int(n[1]) * (7 if n[2] == "W" else 1) *
                                (-1 if later[1].lower() == "earlier" else 1)) or anchor
            stepped = end if _opens(ctx, start) else None
            if later[1].lower() == "later" and n[2] == "D" and int(n[1]) <= 31:
                day, day_at, last_day = anchor, start, anchor
        elif typ == "DURATION" and anchor and (n := _YEARS_OR_MONTHS.fullmatch(value)) and \
                (n[2] == "Y" or _MONTH_VALUE.fullmatch(anchor)) and anchor[:4].isdigit() and \
                (later := _LATER.match(text, end)):
            # "joined the Old Vic in 1947, and two years later was directing ... The following year": from 1949
            anchor = count_from(anchor, "year" if n[2] == "Y" else "month",
                                int(n[1]) * (-1 if later[1].lower() == "earlier" else 1)) or anchor
        if typ == "DATE" and len(value) == 4 and value < today[:4] and _FRONTED.fullmatch(
                text, (sentence_start := ctx.sentence(start)[0]), start) and text.startswith(",", end):
            fronted = (value, sentence_start)  # "Last year, ...", "In 1993, ...": the year of the whole sentence
        elif typ == "DATE" and len(value) == 4 and value < today[:4] and (_AND_IN.search(text, max(0, start - 9), start) or
                                                                         text.startswith((", when ", " when ", ", which "),
                                                                                         end)):
            # "..., and in 1876 a teacher noted the first on May 18", "the disappointments of 1984, when heavy rain in
            # October ruined the crop", "the flood of 1957, which came in late May"
            fronted = (value, ctx.sentence(start)[0])
        elif typ == "DATE" and len(value) == 4 and fronted and value != fronted[0]:
            fronted = None  # "held every June since 2006, which this year runs from June 10": this year's
        if typ == "DATE" and not inferred and not ref and _DAY_VALUE.fullmatch(value) and value < today[:4] and \
                _TELLS_OF.search(text, max(0, start - 12), start):
            # a day with its year written, a year or more back, told of ("on Dec. 10, 2024"; not "the Dec. 21,
            # 1988, bombing")
            dated = (value, ctx.sentence(start)[0])
        if typ in ("DATE", "TIME") and not ref and not inferred and _FINER.match(value) and value[:4] <= far_back or \
                typ == "DATE" and not ref and len(value) == 4 and value.isdigit() and value <= far_back:
            long_ago = value[:4]
        if typ == "DATE":
            # "In the spring of 1944", "That summer" (not "the August 1988 cease-fire") tell a story of then, and
            # so does a year counted on from it ("the following year ... in March"); another year alone or a date
            # of now moves it on
            if value[:4] > far_back:  # a date of now, or no year at all ("PRESENT_REF")
                # (but a month or season only placed by tense, not the story's, is no sign of now: "closed for
                # the winter")
                story, scene = (story, scene) if ref and ref.kind == "narrative" else (None, False)
            elif ref and ref.kind in ("narrative", "in_year", "anchor") or \
                    _TELLS_OF.search(text, max(0, start - 12), start) and \
                    not (since and (_RECORD.search(text, max(0, start - 120), start) or not _WHEN.match(text, end))):
                story, story_end, scene = (value if _FINER.match(value) or ref and ref.kind == "anchor" else None), end, False
        elif typ == "TIME" and not ref and not inferred and _DAY_VALUE.match(value) and value[:4] <= far_back and \
                _NAMES_DAY.search(text, start, end):
            story, story_end, scene = value[:10], end, True  # "on the evening of 3 June 1944": a story of that day
        if typ == "TIME" and _CLOCK_VALUE.fullmatch(value) and not restated and not text.startswith("(", start - 1):
            clock, clocks = value, True  # (not "2:30 a.m. on Tuesday (2045 GMT Monday)": the same moment)
        elif typ == "TIME" and value.endswith(("TEV", "TNI")) and _DAY_VALUE.match(value) or \
                typ == "DATE" and _DAY_VALUE.fullmatch(value) and len(rest) > 1 and rest[1] == "END":
            clock = f"{value[:10]}T18:00"  # "Saturday night (late Sunday) ... until 12:40 a.m.": the next morning
        elif typ == "TIME" and value.endswith("TMO") and clock and clock[:10] == value[:10]:
            clock = None  # "tonight ... two explosions this morning ... at 6:52 a.m.": that morning
        if ref and ref.kind == "anchor" and out and out[-1].type == "TIME" and _CLOCK_VALUE.fullmatch(out[-1].value) and \
                _DAY_VALUE.match(value) and start - out[-1].end < 3 and text[out[-1].end:start].isspace() and \
                text[start].islower():
            out[-1].value = clock = value[:10] + out[-1].value[10:]  # "at about 4am the following day": that day's
            out[-1].year_inferred = inferred
        elif typ == "DATE" and out and _DAY_VALUE.fullmatch(value) and _CLOCK_VALUE.fullmatch(out[-1].value) and \
                out[-1].value[:10] != value and _ON.fullmatch(text, out[-1].end, start):
            out[-1].value = clock = value + out[-1].value[10:]  # "At 2.40am on the Tuesday": the story's Tuesday
            out[-1].year_inferred = inferred
        mod = rest[1] if len(rest) > 1 else None
        sets = sets or typ == "SET"
        if typ == "DATE" and text.endswith("in ", 0, start) and \
                (lead := _EARLY_IN.search(text, max(0, start - 12), start)) and \
                not (out and out[-1].end > lead.start()) and \
                not _UNIT_BEFORE.search(text, max(0, lead.start() - 9), lead.start()):
            start, mod = lead.start(), mod or _EARLY_MOD.get(lead[1].lower())  # "early in the new year": START
        out.append(Timex(start, end, text[start:end], typ, value, inferred, mod))
    for a, b in zip(out, out[1:]):
        if a.year_inferred and b.type == "DATE" and not b.year_inferred and _MONTH_VALUE.fullmatch(a.value) and \
                _MONTH_VALUE.fullmatch(b.value) and _MONTH_TO.fullmatch(text, a.end, b.start):
            # "between February and September 1982", "from November to March 2020": the year written after both
            a.value, a.year_inferred = f"{int(b.value[:4]) - (a.value[5:] > b.value[5:]):04d}{a.value[4:]}", False
    if any(_DEICTIC.fullmatch(t.text) for t in out):
        _said_then(text, out, ctx, dct)
    if sets or any(w in text for w in _ROUTINE_IN) or clocks and any(w in text for w in _RULE_WORDS):
        _habitual(text, out, ctx)
    _generic(text, out, ctx)
    return out


# What is usual over many years, or a yardstick over them, before a month, season or day of no year in
# its clause: "the lake typically froze by mid-December", "the long-term average ice-out date is April
# 19", "file plans every year by Nov. 1", "we used to count on the snow melting from May to July", "an
# average of 20 typhoons a year, most of them between June and November", "cyclone season usually runs
# from November to April", "more rain than it normally receives in March", "called out 40 times a year, most
# often between December and March"
_USUAL = re.compile(r"\b(?:usually|normally(?!\s*[,.;]|\s+(?:and|but|again)\b)|typically|traditionally|customarily|"
                    r"(?<=most\s)often|tends?\s+to|used\s+to|annually|(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter)|"
                    r"most\s+years|on\s+average|"
                    r"(?:long-term|historical|annual)\s+average|average\s+(?:[\w-]+\s+){0,2}date|average\s+over|"
                    r"average\s+of\s+[\d,.]+\s+[a-z]+\s+a\s+year)\b", re.I)
# A season of a timetable: "makes the crossing twice daily in winter and four times in the summer", "runs
# daily in summer and at weekends in winter" (but "twice a week in June" may be this June's)
_TIMETABLE = re.compile(r"\b(?:daily|weekly|times|twice|once|a\s+day|a\s+week|weekends)\s+in\s+(?:the\s+)?$", re.I)
_SEASON = re.compile(r"\d{4}-(?:SP|SU|FA|WI)")
_USUAL_WORDS = ("usual", "normal", "typical", "tradition", "custom", "tend", "used", "annual", "every", "each", "most",
                "average")  # a word of each cue ("most often": "most")
# after a comma, a finite verb between the cue and the date, or a word of now: another clause's date
# ("The fair, traditionally held in July, was cancelled in March"; "quota that next resets on July 1"; "will
# meet at the regatta, held each summer since 1850, in July"; "stop here every spring, and the migration peaks
# in early April"; "has raised its dividend annually since 1978; yesterday it lifted ..., payable Nov. 15")
_OTHER_CLAUSE = re.compile(r"[,;][^,;]*\b(?:is|are|was|were|has|have|had|will|would|did|does|can|could|may|might|must|"
                           r"should|[a-z]{3,}ed)\b[^,;]*$|,\s+(?:but|and)\b|,\s+(?:in|on|at|by|from)\s+$|;|"
                           r"\b(?:next|now|this\s+year|will|would|should|must|"
                           r"shall|that)\b", re.I)  # (and a plan: "pickup normally falls on Mondays should note that
# collection will shift to Tuesday, Oct. 10")
# "the Nov. 15 average of the late 1800s": a date that is itself the yardstick
_USUAL_AFTER = re.compile(r"\s+(?:average|norm)\b")
# A decade or century opening a sentence ("In the 1980s, the bay froze solid by mid-November"): the months
# of the sentence are of many years
_ERA = re.compile(r"\d{2,3}")
_DEICTIC_YEAR = re.compile(r"\b(?:this|last|next|that|coming|past|previous|preceding|following|same|ago|earlier|later)\b",
                           re.I)


def _generic(text: str, out: list[Timex], ctx: _Ctx) -> None:
    """Give a month, season or day whose year was only guessed no year when its clause tells of what is
    usual (see ``_USUAL``): TIMEX3 writes "in late May" of every year as XXXX-05, and a timeline has
    no one date to put it on."""
    for i, t in enumerate(out):
        if not t.year_inferred or t.type != "DATE" or not _OF_A_YEAR.fullmatch(t.value) or \
                _DEICTIC_YEAR.search(t.text):
            continue
        start = ctx.sentence(t.start)[0]
        cue = None
        window = text[max(start, t.start - 120):t.start].lower()
        if any(w in window for w in _USUAL_WORDS):  # (a substring test first: most windows hold none)
            for cue in _USUAL.finditer(text, max(start, t.start - 120), t.start):
                pass
        if cue and not _OTHER_CLAUSE.search(text, cue.end(), t.start) or _USUAL_AFTER.match(text, t.end) or \
                _SEASON.fullmatch(t.value) and _TIMETABLE.search(text, max(0, t.start - 20), t.start) or \
                any(u.type == "DATE" and _ERA.fullmatch(u.value) and u.start < t.start and
                    _FRONTED.fullmatch(text, start, u.start) and text.startswith(",", u.end)
                    for u in out[max(0, i - 4):i]):
            t.value, t.year_inferred = "XXXX" + t.value[4:], False


# A routine of a day or finer ("daily", "every morning", "each hour", "Fridays"), and what may stand between
# it and a clock time of the routine in one clause ("open daily from 7 a.m.", "at 10 p.m., except on Fridays")
_ROUTINE = re.compile(r"P1D|PT\d+[HM]|XXXX-XX-XXT\w+|XXXX-WXX-\w+")
_IN_CLAUSE = re.compile(r"(?![^\n]*(?:[.;!?\n]|,\s+(?:and|but|when|which|who|while|as|is|are|was|were|has|have|will|would)\b|"
                        r",\s+[a-z]{2,}ed\s+(?!by\b)))[^\n]*")  # (nor "The council, which meets every Tuesday, is to vote
# at 7 p.m.", "Tran, who has caught the train each morning for six years, reached her office at 11am")
# "its 610 daily services had run by 6.30pm": a kind of thing, not the routine of the clause
_ATTRIBUTIVE_SET = re.compile(r"(?<=ly)\s+(?!(?:and|or|but|from|to|at|in|on|for|through|until|till|between|during|"
                              r"since|by|with|except|before|after|around|about)\b)[a-z]{3,}")
# "between 6:30 and 9 a.m. on weekdays" (left untagged, as annotators leave it): a routine too
_ROUTINE_WORDS = re.compile(r"\s+(?:on\s+)?(?:weekdays|weeknights|weekends|every\s+day|each\s+day|daily)\b")
_ROUTINE_IN = ("weekdays", "weeknights", "weekends")  # words of a routine that are no SET themselves
_CLOCK_TO = re.compile(r"\s*(?:to|until|till|and|or|-|\u2013|instead\s+of)\s*")  # "from 10 a.m. to 4 p.m."
_NAMES_A_DAY = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY}|today|tonight|tomorrow|yesterday|\d{{4}})", re.I)


# Words of a rule, a timetable or a count just before a clock time, which is then of no one day: "bars
# flights from landing between 11 p.m. and 6 a.m.", "the toll charged between 11pm and 5am", "classes will
# begin at 8:30 a.m. instead of 7:40 a.m.", "the number of flights between midnight and 5 a.m. rose", "the
# animals are rarely seen before 9pm"
_RULE_BEFORE = re.compile(r"\b(?:bans|banned|bar(?:s|red)?\s+\w+(?:\s+\w+)?\s+from|prohibit\w*|forbid\w*|"
                          r"(?<!was\s)(?<!were\s)allow(?:s|ed)?(?!\s+back\b)|"
                          r"permit(?:s|ted)?|charged|tolls?|fares?|dimmed|switched\s+off|number\s+of|instead\s+of|"
                          r"no\s+parking|peak\s+times?|(?:seven|six|five)\s+days\s+a\s+week|"
                          r"no\s+(?:earlier|later)\s+than|(?:schools?|classes)\b[^.;]{0,60}\b(?:start|begin)s?|"
                          r"start\s+times?|timetabled?|rarely|seldom|usually|normally|typically|(?:may|must|can)\s*not)\b"
                          r"(?:(?![.;!?]\s)[^\n]){0,90}$", re.I)
# one of them, looked for first
_RULE_WORDS = ("ban", "bar", "prohibit", "forbid", "allow", "permit", "charged", "toll", "fare", "dimmed", "switched",
               "number", "instead", "earlier", "later", "start", "begin", "timetable", "parking", "peak", "days a week",
               "rarely", "seldom", "usually", "normally", "typically", "may not", "must not", "cannot", "can not")
# (substrings: a test far cheaper than a regex)


def _rule_time(text: str, out: list[Timex], i: int, ctx: _Ctx) -> bool:
    """Whether the clock time ``out[i]`` is of a rule, a timetable or a count (see ``_RULE_BEFORE``) in a
    sentence naming no day."""
    t = out[i]
    start, end = ctx.sentence(t.start)
    if text[t.start - 1:t.start] == "\n" or not _RULE_BEFORE.search(text, max(start, t.start - 160), t.start) or \
            _FROM_MOMENT.search(text, max(start, t.start - 30), t.start):
        return False  # a paragraph opening with a time is a live page's stamp; "banned all travel starting at
        # midnight": an order from a moment on, not a rule of every day
    return not any(start <= u.start < end and (u.type == "DATE" and _DAY_VALUE.match(u.value) or
                                               u.type == "TIME" and _NAMES_A_DAY.search(u.text)) for u in out)


def _habitual(text: str, out: list[Timex], ctx: _Ctx) -> None:
    """Give the clock times of a routine no day ("Visitors can watch the pair daily from 10 a.m. to 4
    p.m.": XXXX-XX-XXT10:00, as TIMEX3 writes a time of no particular day), not "at 9 a.m. Friday" nor
    a time told in the past ("38 of its 610 daily services had run by 6.30pm")."""
    prev: Timex | None = None
    for i, t in enumerate(out):
        if t.type != "TIME" or not _CLOCK_VALUE.fullmatch(t.value) or _NAMES_A_DAY.search(t.text) or \
                i + 1 < len(out) and _ON.fullmatch(text, t.end, out[i + 1].start) and _DAY_VALUE.match(out[i + 1].value):
            continue  # "at 7.30pm on Wednesday": that day's
        if prev is None and ctx.governed(t.start) == "past":
            continue
        near = prev is not None and _CLOCK_TO.fullmatch(text, prev.end, t.start) or \
            _ROUTINE_WORDS.match(text, t.end) is not None or _rule_time(text, out, i, ctx) or any(
            u.type == "SET" and _ROUTINE.fullmatch(u.value) and not _ATTRIBUTIVE_SET.match(text, u.end) and
            (0 <= t.start - u.end <= 60 and _IN_CLAUSE.fullmatch(text, u.end, t.start) or
             0 <= u.start - t.end <= 25 and _IN_CLAUSE.fullmatch(text, t.end, u.start))
            for u in out[max(0, i - 3):i + 4])
        if near:
            t.value, t.year_inferred, prev = "XXXX-XX-XX" + t.value[10:], False, t
            b = out[i - 1] if i else None  # "between 6:30 and 9 a.m. on weekdays": the range's first time too
            if b is not None and b.type == "TIME" and _CLOCK_VALUE.fullmatch(b.value) and \
                    _CLOCK_TO.fullmatch(text, b.end, t.start):
                b.value, b.year_inferred = "XXXX-XX-XX" + b.value[10:], False


# Words of the day of speaking: inside a quote they are of the day the words were said
_DEICTIC = re.compile(r"(?i:(?:(?:early|late)\s+)?(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|"
                      r"last\s+night))")
# An attribution and the day it names: "Baptiste said last night", "told a meeting Tuesday night", "said in
# a statement issued at 4pm yesterday", "Outside court yesterday, Mr Penhallow said" (not "said he was
# arrested on Monday": another clause's day)
_SPEECH = re.compile(r"\b(?:said|says|told|telling|speaking|spoke|added|wrote|writes|posted|statement|address|"
                     r"conference|interview|briefing|remarks)\b")
_CLAUSE_WORD = re.compile(r"\b(?:that|he|she|it|they|we|I|who|which|when|after(?!\s+the\s+\w+(?:\s+on)?\s*$)|before|"
                          r"because|would|will|was|"
                          r"were|had|has|is|are)\b|[.!?;]|,\s+(?:and|but)\b")
# A one-off event a report of the day after tells of, whose day the quotes in it were said on: a game, a race,
# a verdict ('"She played better in the big moments today," Lindqvist said', of Sunday's final in Monday's paper)
_EVENT_DAY_WORDS = re.compile(r"\b(?:verdicts?|jury|acquitted|convicted|found\s+(?:not\s+)?guilty|match|race|"
                              r"tournament|semi-?finals?|championship|winner's)\b", re.I)
_CLOCK_OPEN = re.compile(r"\s*\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?", re.I)  # a live page's update: "5.20pm Hart on court:"
_QUOTE_MARKS = " \t\n\"'`\u201c\u201d"
_PRONOUN = re.compile(r"[\s,.!?\"'\u201d]*(?:he|she|they|we|I)\s+")  # '"...," he said'


def _quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """Start and end of the quotation holding ``pos`` in its paragraph ("...", \u201c...\u201d,
    ``...''), or None."""
    ps = text.rfind("\n\n", 0, pos) + 1
    pe = text.find("\n\n", pos)
    pe = len(text) if pe < 0 else pe
    if text.count('"', ps, pos) % 2:
        qs, close = text.rfind('"', ps, pos), '"'
    else:
        qs, close = max((text.rfind(o, ps, pos), c) for o, c in (("\u201c", "\u201d"), ("``", "''")))
        if qs < 0 or text.rfind(close, ps, pos) > qs:
            return None
    qe = text.find(close, pos, pe)
    return qs, pe if qe < 0 else qe


def _said_then(text: str, out: list[Timex], ctx: _Ctx, dct: dt.date) -> None:
    """Move "today", "tonight", "yesterday" inside a quote to the day the quote was said when its
    attribution names that day within the week before the DCT ('"Today we showed ...," he said last
    night'; 'told a meeting Tuesday night. "Tonight I have to tell you ..."')."""
    days = [t for t in out if _DAY_VALUE.match(t.value) and t.type in ("DATE", "TIME")]
    for t in out:
        if not _DEICTIC.fullmatch(t.text) or not _DAY_VALUE.match(t.value) or \
                not (quote := _quote_around(text, t.start)):
            continue  # (nor "the system we have today": nowadays)
        qs, qe = quote
        end = ctx.sentence(qe)[1]
        said = _day_said(text, days, qe, end)
        speaker = _SPEECH.search(text, qe, end)
        if said is None and not (speaker and not _PRONOUN.fullmatch(text, qe, speaker.start())):
            # 'Baptiste said last night. "Today we showed ..."', '"...," he said': the sentence before (not
            # '"...," said Karen Holt': another speaker, of no day named)
            before = ctx.sentence(qs - 1)[0] if not text[ctx.sentence(qs)[0]:qs].strip(_QUOTE_MARKS) \
                else ctx.sentence(qs)[0]
            said = _day_said(text, days, before, qs)
        if said is None and (not speaker or speaker[0] != "says") and \
                (t.text.lower() == "today" or ctx.tense(t.start) == "past"):
            # ("We'll watch it again tonight": the night ahead of the day it was said, whenever that was)
            said = _event_day(text, days, t.start, dct)
        if said is None:
            continue
        day = dt.date.fromisoformat(said.value[:10])
        if not 1 <= (dct - day).days <= 7:
            continue
        shifted = dt.date.fromisoformat(t.value[:10]) - (dct - day)
        t.value = shifted.isoformat() + t.value[10:]


def _event_day(text: str, days: list[Timex], pos: int, dct: dt.date) -> Timex | None:
    """The day of the game or verdict a report of the day after (or two) tells of: its first day, when the
    text has the words of one (see ``_EVENT_DAY_WORDS``) and the quote at ``pos`` is not a live page's."""
    first = next((d for d in days if not _quote_around(text, d.start)), None)
    if first is None or first.start > pos or not 1 <= (dct - dt.date.fromisoformat(first.value[:10])).days <= 2 or \
            _CLOCK_OPEN.match(text, text.rfind("\n", 0, pos) + 1) or not _EVENT_DAY_WORDS.search(text):
        return None
    return first


def _day_said(text: str, days: list[Timex], a: int, b: int) -> Timex | None:
    """The day in ``text[a:b]``, outside quotes, next to a word of speaking with no clause between."""
    for d in days:
        if a <= d.start and d.end <= b and not _quote_around(text, d.start):
            for m in _SPEECH.finditer(text, a, b):
                lo, hi = (m.end(), d.start) if m.end() <= d.start else (d.end, m.start())
                if lo <= hi and not _CLAUSE_WORD.search(text, lo, hi):
                    return d
    return None


def _next_paragraph(text: str, stepped: int, start: int, ctx: _Ctx) -> bool:
    """Whether the weekday at ``start`` is told in the past in the paragraph after the one the story stepped
    on in ("The next day, the water rose ... [paragraph] At 3:40 a.m. on Thursday, the levee gave way"), not
    in words reported ("..., officials said on Tuesday")."""
    opening = ctx.sentence(start)[0]
    return text.count("\n\n", stepped, start) == 1 and text.rfind("\n\n", stepped, start) < opening and \
        ctx.tense(start) == "past" and \
        not _REPORTING.search(text, opening, ctx.sentence(start)[1])


def _story_weekday(anchor: str, value: str, in_step: bool, the: bool, framed: bool) -> str | None:
    """The day a weekday (placed by tense at ``value``) names in a story told day by day whose day is
    ``anchor``: that day when it is that weekday (in the step's sentence, after "the", or opening a sentence
    after the step); "the Wednesday" the one nearest the story's day ("admitted on the Wednesday"); "By
    Wednesday evening", opening a sentence after the step, the first after it."""
    day, wd = dt.date.fromisoformat(anchor), dt.date.fromisoformat(value[:10]).weekday()
    ahead = (wd - day.weekday()) % 7
    if not ahead:
        return anchor if in_step or the or framed else None
    if the:
        return (day + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)).isoformat()
    return (day + dt.timedelta(days=ahead)).isoformat() if framed else None


def _day_follows(text: str, end: int, chosen: list, k: int) -> bool:
    """Whether a day counted from the story's follows the clock time ending at ``end`` ("At about 4am the next
    day"): the clock time is on that day, not moved on from the last one told."""
    nxt = chosen[k + 1] if k + 1 < len(chosen) else None
    return nxt is not None and isinstance(nxt[2][1], _Ref) and nxt[2][1].kind == "anchor" and \
        nxt[2][1].arg.startswith("day ") and text[end:nxt[0]].isspace()


def _saturday_of(weekend: str) -> dt.date | None:
    """The Saturday of the weekend ``weekend`` ("2001-W32-WE")."""
    try:
        return dt.date.fromisocalendar(int(weekend[:4]), int(weekend[6:8]), 6)
    except ValueError:
        return None


def _weekday_of(day: str) -> str:
    """The weekday of the day ``day`` ("2013-01-08...") as the first three letters of its name ("tue")."""
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[dt.date.fromisoformat(day[:10]).weekday()]


def _on_day(text: str, end: int, chosen: list, k: int, anchor: str | None) -> tuple[str, bool] | None:
    """The day (and part of it, if named) of the expression after the ``k``-th chosen one (ending at
    ``end``), and whether its year was inferred, when "on" or the time restated in brackets joins them
    and it names a day (a holiday; a weekday after brackets: the clock rules join the others
    themselves); for the first time of a range, the day after its second ("from 8 a.m. to 8 p.m. on
    Saturday"); "on 10 March that year", of the year last named (``anchor``)."""
    if k + 1 < len(chosen) and (nxt := chosen[k + 1])[0] - end < 70 and _ON.fullmatch(text, end, nxt[0]):
        _, value, *rest = nxt[2]
        if isinstance(value, _Ref) and value.kind == "narrative":
            value = value.fallback  # "4 a.m. on Sept. 14": as placed by itself
        elif isinstance(value, _Ref) and value.kind == "in_year":
            value = value.resolve(None, None, anchor)
        if isinstance(value, str) and _DAY_VALUE.match(value):  # "18:00 on Tuesday evening": Tuesday
            return value, bool(rest and rest[0])
    if k + 1 < len(chosen) and text[end:(nxt := chosen[k + 1])[0]] == " (" and isinstance(nxt[2][1], str) and \
            isinstance(chosen[k][2][1], _Ref) and _CLOCK_VALUE.fullmatch(nxt[2][1]) and \
            nxt[2][1][10:16] == chosen[k][2][1].arg[:6]:
        return nxt[2][1][:10], bool(nxt[2][2:3] and nxt[2][2])  # "at 4 in the morning (4 a.m. EDT Thursday)"
    if k + 1 < len(chosen) and _CLOCK_TO.fullmatch(text, end, (nxt := chosen[k + 1])[0]) and \
            isinstance(first := chosen[k][2][1], _Ref) and first.kind in ("time", "time_ahead"):
        second = nxt[2][1]
        if isinstance(second, str) and _CLOCK_VALUE.fullmatch(second) and first.arg < second[10:]:
            return second[:10], bool(nxt[2][2:3] and nxt[2][2])  # "from 9 a.m. to 4 p.m. Saturday": both on Saturday
        if k + 2 < len(chosen) and isinstance(second, _Ref) and second.kind in ("time", "time_ahead") and \
                first.arg < second.arg:
            return _on_day(text, nxt[1], chosen, k + 1, anchor)  # "from 8 a.m. to 8 p.m. on Saturday": both on Saturday
    return None


def _restated(local: str, clock: str) -> str:
    """The clock time ``clock`` ("T09:00") restating ``local`` in another zone: on its day, or the
    day before or after when the two are more than half a day apart ("11 p.m. EST (0400 GMT)")."""
    day = dt.date.fromisoformat(local[:10])
    delta = int(clock[1:3]) - int(local[11:13])
    if abs(delta) > 12:
        day = dt.date.fromordinal(max(1, min(day.toordinal() - (delta > 0) + (delta < 0), dt.date.max.toordinal())))
    return day.isoformat() + clock


def _small_hours_of(night: str, clock: str) -> str:
    """"00:15 on the night of Friday 30 January": the hours after midnight of a night are the next day's."""
    if not night.endswith("TNI") or clock[1:3] >= "06":
        return night[:10]
    return (dt.date.fromisoformat(night[:10]) + dt.timedelta(days=1)).isoformat()


# "6 p.m. (1600 GMT) on Thursday"; "in 4 p.m. composite trading on the New York Stock Exchange Monday"; "the
# 6am shift on Monday"
# ("4 a.m. on Sunday", "the 9.15am service to Ballan Creek on Saturday")
_ON = re.compile(r"\s+(?:\([^()\n]{1,30}\)\s+|(?:shift|train|flight|sailing|service|departure|meeting|briefing|"
                 r"bulletin|deadline|start|kick-?off)\s+(?:(?:to|from|for)\s+(?:[A-Z][\w'.-]*\s+){1,3})?)?on\s+|"
                 r"\s+\([^()\n]{1,30}\)\s+|"
                 r"\s+composite\s+trading\s+on\s+(?:the\s+)?[A-Z][\w.&' ]{2,45}?\s+")
_GUESSED = {"time": "day", "time_ahead": "ahead", "stamp": "day"}  # whose year a reference's is as sure as
_IS_NOW = re.compile(r"\b(?:is|are|will|remains)\s+(?:[a-z]+\s+){0,4}?(?:in|on|by|until)\s+$")
_PREDICTED = re.compile(r"\b(?:predict(?:s|ed|ing)?|forecast(?:s|ing)?|(?:is|are|was|were)\s+forecast)\b", re.I)
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_SAID_AM = re.compile(rf"(?:\d|\b(?:{_HOUR_WORD}))\s*a\.?\s?m\b|\bpast\s+midnight\b", re.I)
# "6:20", "about 6:40": no a.m., p.m., o'clock, part of the day or leading zero
_SAID_BARE = re.compile(r"(?:(?:about|around|approximately|roughly|just\s+after|shortly\s+after)\s+)?"
                        rf"(?:(?:1[01]|[1-9]):\d\d|(?:1[01]|[1-9]|{_HOUR_WORD})\s+o['\u2019]clock|"
                        rf"(?:{_HOUR_WORD})-[a-z]+(?:-[a-z]+)?)", re.I)  # "well past ten o'clock", "about eight-twenty"


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is (in) a title in quotes, not a time: ABC's "This Week," CBS's
    ''60 Minutes'', the album "Sunday Bop", the slogan "Tomorrow Starts Today", the film "The Last Summer of Ada
    Moss" (but not a word said: '"Today," she said')."""
    before = text[max(0, start - 60):start]
    if '"' not in before and "\u201c" not in before and "``" not in before and "''" not in before:
        return False  # (most expressions: no quote opens before them)
    if (_QUOTED.match(text, end) and _TITLE.fullmatch(text, start, end) or _TITLE_REST.match(text, end) or
            _TITLE_WORDS.fullmatch(text, start, end) and _TITLE_TAIL.match(text, end)) and \
            _OPEN_QUOTE.search(text, max(0, start - 2), start):
        return True
    return bool(_TITLE_WORDS.fullmatch(text, start, end) and _TITLE_HEAD.search(text, max(0, start - 60), start) and
                (_QUOTED.match(text, end) or _TITLE_TAIL.match(text, end)))


# "Castellano, who was hired in November 2021 after a decade as a coach, called a meeting the following afternoon":
# a relative clause's date is background, not the story's (the afternoon follows the day told before)
_WHO_OPEN = re.compile(r",\s+(?:who|which)\s+(?P<verb>was|were|had|has|have|joined|came)\b[^,;.!?\"\u201c\u201d]*$")
_HAD = ("had", "has", "have")  # a state's date ("which had 31 warnings in force on 3 March"): the story's day, as before
_CLAUSE_CLOSES = re.compile(r"[^,;.!?\"\u201c\u201d]*,\s+[a-z]+")


def _relative_aside(text: str, start: int, end: int, ctx: _Ctx) -> re.Match | None:
    """The opening of the relative clause the date at ``start``-``end`` is in, if the main clause goes on after it."""
    if "wh" not in text[max(0, start - 80):start]:
        return None  # the common case, decided at once
    m = _WHO_OPEN.search(text, max(ctx.sentence(start)[0], start - 80), start)
    return m if m and _CLAUSE_CLOSES.match(text, end) else None


def _earlier(value: str, anchor: str) -> bool:
    """Whether the date ``value`` ends before ``anchor`` begins ("2023-W44" before "2023-11-14")."""
    end, begin = calendar_range(value)[1], calendar_range(anchor)[0]
    return end is not None and begin is not None and end < begin


def _live_order(chosen: list, k: int, text: str, dct: dt.date) -> tuple[bool, bool]:
    """Whether a live page, its first stamp at ``k`` of ``chosen``, stamps its updates newest first (most of its
    stamps go back in time), and whether its newest ones are then in the small hours of the day after the DCT
    ("12:48 a.m. ... 11:52 p.m. ... 6:55 p.m.": a night's page, dated by its evening), as "It is now Friday" past
    midnight tells, or else its top in the small hours ("9.40am ... 1.17am ... 11.45pm" is the DCT's morning, back
    into the night before)."""
    stamps = [v.arg for _, _, (_, v, *_) in chosen[k:] if isinstance(v, _Ref) and v.kind == "stamp"]
    down = sum(b < a for a, b in zip(stamps, stamps[1:]))
    newest_first = 2 * down > len(stamps) - 1
    if not newest_first or down == len(stamps) - 1:
        return newest_first, False
    if (now := _NOW_WEEKDAY.search(text)) and ((wd := WEEKDAYS[now[1].lower()]) - dct.weekday()) % 7 in (0, 1):
        return True, (wd - dct.weekday()) % 7 == 1
    # the lines above the first update name the evening's day: "Madagascar voted on Sunday" (the DCT a Monday) is
    # the day before, "Follow along here tonight" the DCT
    intro = text[:chosen[k][0]]
    days = {WEEKDAYS[d.lower()] for d in _WEEKDAY_NAME.findall(intro)}
    if _YESTERDAY.search(intro) or (dct.weekday() - 1) % 7 in days and dct.weekday() not in days:
        return True, False
    return True, stamps[0] < "T06:00"


_NOW_WEEKDAY = re.compile(r"\b(?:It|it)(?:'s|\u2019s|\s+is)\s+now\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAY_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night)\b", re.I)


def _hourly(chosen: list, k: int, clock: str | None, day: str) -> bool:
    """Whether the clock times opening paragraphs, the first at ``k`` of ``chosen``, tell a day hour by hour:
    they go forward (a live page's go back), or the one goes on from the last clock time on ``day``."""
    stamps = [v.arg for _, _, (_, v, *_) in chosen[k:] if isinstance(v, _Ref) and v.kind == "stamp"]
    if len(stamps) > 1:
        return stamps[1] > stamps[0]
    return bool(clock and clock.startswith(day) and clock[10:] <= stamps[0])


_FROM_NOW = re.compile(r"(?:(?:early|late|mid)[\s-]+)?(?:last|this|next|this\s+past|the\s+past|the\s+coming)\s", re.I)
# "By Saturday afternoon, ...", "At about 9 a.m. on Monday, ...", "By dawn the next day, ...": a sentence's frame
_FRAMES = re.compile(r"[\s\"'\u201c]*(?:(?:By|On|Early\s+on|Late\s+on|Early|Late)\s+|"
                     r"(?:At|By|Before|Around|After|(?:Shortly|Just|Soon)\s+(?:after|before))\s+(?:about\s+|around\s+)?"
                     r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|dawn|daybreak|first\s+light|sunrise|dusk|nightfall|"
                     r"sunset|noon|midday)\s+(?:on\s+)?)")


def _opens(ctx: _Ctx, at: int) -> bool:
    """Whether the expression at ``at`` opens its sentence (a narrative's frame: "The next day, ...")."""
    return not ctx.text[ctx.sentence(at)[0]:at].strip(" \t\n\"'\u201c")


def _nearest_on(anchor: str, arg: str) -> str | None:
    """The month and day ``arg`` ("-12-24") in the year that puts it nearest the day ``anchor``."""
    day, found = dt.date.fromisoformat(anchor), []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            found.append(dt.date.fromisoformat(f"{year:04d}{arg}"))
        except ValueError:  # no February 29 that year
            continue
    return min(found, key=lambda d: abs((d - day).days)).isoformat() if found else None


def _days_on(story: str | None, arg: str) -> bool:
    """Whether the month and day ``arg`` ("-10-24") fall within two weeks after the day ``story`` in its year."""
    if not story or not _DAY_VALUE.fullmatch(story) or not _DAY_VALUE.fullmatch(story[:4] + arg):
        return False
    try:
        return 0 <= (dt.date.fromisoformat(story[:4] + arg) - dt.date.fromisoformat(story)).days <= 14
    except ValueError:  # no February 29 that year
        return False


_HALF_OF_DAY = re.compile(r"[ap]\.?\s?m\b|noon|afternoon|evening|night", re.I)  # said of the time: no guess made


def _nearest_to(day: str, value: str) -> str | None:
    """The month or season ``value`` ("2025-08") moved to the year that puts it nearest the day ``day``
    ("2024-12-10"): "2024-08"."""
    month, target = _month_of(value) or 1, int(day[:4]) * 12 + int(day[5:7])
    year = min((int(day[:4]) + k for k in (-1, 0, 1)), key=lambda y: abs(y * 12 + month - target))
    told = f"{year:04d}{value[4:]}"
    return told if _plausible(told) else None


def _next_day(day: str) -> str | None:
    """The ISO day after ``day`` (None at the calendar's end)."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() if day < "9999-12-31" else None


def _after_clock(value: str, last: str, said: str) -> str:
    """The clock time ``value`` (written ``said``) on the day of the clock time named before it,
    ``last`` (an evening or a night: 18:00), as the story goes on: "polls closed at 9 p.m. ... by 6 a.m."
    is the next morning; "the meeting began at 6 p.m. ... the doors closed at 6:20" is the evening."""
    h, last_h = int(value[11:13]), int(last[11:13])
    if last_h < 8 and last_h <= h - 12 < 8 and not _HALF_OF_DAY.search(said):
        # "at 02:47 ... Then at about quarter to three", "at 2:30 a.m. ... By 3 o'clock": the small hours went on
        return last[:10] + f"T{h - 12:02d}" + value[13:]
    if 20 <= last_h < 24 and 13 <= h < 18 and not _HALF_OF_DAY.search(said) and \
            (next_day := _next_day(last[:10])) and value[:10] in (last[:10], next_day):
        # "just before eleven o'clock last night ... reopened at around half past four": the small hours after
        return next_day + f"T{h - 12:02d}" + value[13:]
    if last[:10] != value[:10]:
        # "carried out shortly after 1 a.m. ... announced at 1:30 a.m.": the night went on past midnight
        late = last_h < 8 and last[11:16] <= value[11:16] and h < 8 and \
            last[:10] == _next_day(value[:10])
        return last[:10] + value[10:] if late else value
    if last_h >= 18 and h < 12 and _SAID_AM.search(said) and (next_day := _next_day(value[:10])):
        return next_day + value[10:]
    if 12 <= last_h <= h + 12 and 1 <= h < 12 and _SAID_BARE.fullmatch(said):
        return f"{value[:11]}{h + 12:02d}{value[13:]}"
    return value
