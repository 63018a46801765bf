"""Property-based robustness tests: the tagger, event anchoring and the whole pipeline never crash on
random or adversarial text, and everything they emit is well-formed.

Each property runs twice: unmarked with the loaded Hypothesis profile (``fast`` by default, see
``conftest.py``) and marked ``fuzz`` with the 10,000-example ``fuzz`` profile::

    make fuzz        # = pytest -q -m fuzz tests/test_fuzz.py
    NEWSLINE_FUZZ=1 pytest tests/test_fuzz.py     # every property at 10k examples

Properties checked on every input:

* :func:`newsline.tag` never raises; its expressions are sorted, non-overlapping, ``0 <= start <
  end <= len(text)``, ``text[start:end] == t.text``; the type is a TIMEX3 type and the value matches
  the TIMEX3 value grammar of that type (:data:`VALUE`); ``calendar_range`` of a value gives
  ``start <= end`` and a definite value (a day, week, month, ...) has a range;
* :func:`newsline.calendar_range` never raises on any string;
* :func:`newsline.extract` never raises and its events have ``start <= end``, a well-formed date and
  an offset that points at their temporal expression;
* :func:`newsline.build` on random articles gives a Timeline whose JSON/CSV exports are valid and
  byte-identical from run to run.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline import Article, build, calendar_range, extract, read_text, tag
from newsline.io import InputError
from newsline.timex import MONTHS, TYPES, WEEKDAYS

# --------------------------------------------------------------------------- the TIMEX3 value grammar

_MM = r"(?:0[1-9]|1[0-2])"
_DD = r"(?:0[1-9]|[12]\d|3[01])"
_WW = r"W(?:0[1-9]|[1-4]\d|5[0-3])"
_DAY = rf"(?:\d{{4}}|XXXX)-{_MM}-{_DD}"
_CLOCK = r"(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|24:00)"
_DATE = (rf"(?:FY)?\d{{4}}(?:-(?:Q[1-4]|H[12]))?"          # year, fiscal year, quarter, half
         rf"|\d{{2,3}}"                                     # century (19), decade (199)
         rf"|BC\d{{1,4}}"                                    # before Christ: year (BC0380), century (BC03)
         rf"|{_DAY}|(?:\d{{4}}|XXXX)-{_MM}"                # day, month
         rf"|\d{{4}}-{_WW}(?:-WE|-[1-7])?"                  # week, weekend, week day
         rf"|(?:\d{{4}}|XXXX)-(?:SP|SU|FA|WI)"               # season
         rf"|PAST_REF|PRESENT_REF|FUTURE_REF")
_TIME = rf"{_DAY}T(?:{_CLOCK}(?:Z|[+-]\d{{2}}:?\d{{2}})?|MO|AF|EV|NI|DT)|XXXX-XX-XXT{_CLOCK}|PRESENT_REF"  # a routine's
_N = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = rf"P(?=[\dXT])(?:{_N}(?:DE|CE|WE|Y|Q|M|W|D|H))*(?:T(?=[\dX])(?:{_N}[HMS])+)?"
_SET = rf"{_DURATION}|XXXX-XX-XXT(?:MO|AF|EV|NI)|XXXX-WXX-(?:[1-7]|WE|WD)(?:T(?:MO|AF|EV|NI))?|XXXX-(?:{_MM}(?:-{_DD})?|SP|SU|FA|WI)"
VALUE = {typ: re.compile(rx, re.ASCII) for typ, rx in
         (("DATE", _DATE), ("TIME", _TIME), ("DURATION", _DURATION), ("SET", _SET))}
"""TIMEX3 ``value`` grammar per ``type`` (what this tagger may emit; a subset of ISO-TimeML)."""
DEFINITE = re.compile(r"(?:FY)?\d{4}(?:-.*)?|\d{2,3}", re.ASCII)
"""DATE/TIME values that name a stretch of the calendar: ``calendar_range`` must give one."""
MODS = {None, "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
        "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
GRANULARITIES = {"century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time",
                 "vague"}


def test_value_grammar_accepts_the_conventions_and_rejects_junk():
    good = {"DATE": ["2014", "FY2014", "FY2014-Q3", "2021-H1", "199", "19", "2022-02", "2022-02-04", "2022-W05",
                     "2022-W05-WE", "2021-SU", "PAST_REF", "XXXX-02-04"],
            "TIME": ["2022-02-04T14:30", "2022-02-04TNI", "2022-02-04T24:00", "XXXX-XX-XXT07:30"],
            "DURATION": ["P3Y", "PT2H", "P1Y6M", "P1DT12H", "PXY", "PXDE", "P2.5D", "P10Y", "P2WE"],
            "SET": ["P1D", "PT1H", "XXXX-XX-XXTMO", "XXXX-WXX-1", "XXXX-WXX-WE", "XXXX-WXX-2TNI", "XXXX-SP"]}
    bad = {"DATE": ["20٢٢", "٢٠٢٢-٠١-٠٥", "10000", "-1", "2022-13", "2022-02-30x", "", "2022-W54", "P1Y"],
           "TIME": ["2022-02-04T25:00", "2022-02-04"],
           "DURATION": ["P", "PT", "P1", "1Y", "P1YT"],
           "SET": ["", "XXXX-WXX-8", "TMO"]}
    for typ, values in good.items():
        assert all(VALUE[typ].fullmatch(v) for v in values), typ
    for typ, values in bad.items():
        assert not any(VALUE[typ].fullmatch(v) for v in values), typ


# --------------------------------------------------------------------------- strategies


def _odd_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flags: "".join(c.upper() if f else c.lower() for c, f in zip(word, flags)))


_CALENDAR_WORDS = sorted(set(MONTHS) | set(WEEKDAYS) | {
    "January", "February", "September", "Sept.", "Mon.", "Tues.", "Thurs.", "Sat.", "Sun.", "May"})
_TEMPORAL = [
    "ago", "last", "next", "this", "past", "coming", "early", "late", "mid", "mid-", "the", "of", "in", "on", "at",
    "by", "until", "since", "fiscal", "FY", "FY14", "Q1", "Q4", "Q5", "H1", "H2", "century", "centuries", "decade",
    "1990s", "'90s", "'20s", "2000s", "week", "weekend", "month", "year", "quarter", "half", "spring", "summer",
    "fall", "autumn", "winter", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
    "night", "overnight", "noon", "midnight", "a.m.", "p.m.", "am", "pm", "GMT", "EST", "every", "each", "per",
    "daily", "weekly", "nightly", "a", "an", "a few", "several", "dozens of", "two", "twenty-five", "ninety-nine",
    "and a half", "1/2", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "decades", "fortnight",
    "from now", "earlier", "later", "before", "after", "hence", "recently", "now", "currently", "in the past",
    "the future", "will", "would", "was", "were", "said", "reported", "expected to", "is to", "be", "being",
    "st", "nd", "rd", "th", "first", "second", "third", "fourth", "final", "beginning", "end", "middle",
    "percent", "%", "$", "#", "million", "year-earlier", "year ago", "times", "twice",
]
_NOISE = [
    "\u200f", "\u200e", "\u202e", "\u2067", "\u2069", "\u200b", "\u00a0", "\u2009", "\ufeff", "\u0301", "\u0000",
    "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\r", "\x0b", "\x0c",
    "٢٠٢٢", "२०२२", "２０２２", "①", "²", "Ⅻ", "\U0001d7d8", "\U0001f600", "שנת 2022", "مارس ٢٠٢٢", "三月",
    "İ", "ß", "ﬁ", "K", "\u0130stanbul", "MAY", "mAy", "Μάιος", "\ud800",
]
_SEPARATORS = [" ", " ", " ", "  ", ", ", ",", "-", "/", ".", ". ", ":", "\n", "\n\n", "\t", "", "'", '"', "(", ")"]

_numbers = st.one_of(
    st.integers(0, 99999).map(str),
    st.sampled_from(["0", "00", "000", "0000", "00000", "99999", "31", "29", "30", "32", "13", "12", "1",
                     "1500", "1499", "2099", "2100", "9999", "10000", "1990", "2014", "2022"]),
    st.integers(0, 99).map(lambda n: f"{n:02d}"),
)
_dateish = st.one_of(
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", _numbers, _numbers, _numbers),
    st.builds(lambda y, m, d: f"{m}/{d}/{y}", _numbers, _numbers, _numbers),
    st.builds(lambda d, m, y: f"{d} {m} {y}", _numbers, st.sampled_from(_CALENDAR_WORDS), _numbers),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(_CALENDAR_WORDS).flatmap(_odd_case), _numbers,
              _numbers),
    st.builds(lambda y, h, mi: f"{y}T{h}:{mi}", st.sampled_from(["2022-02-04", "2022-02-31", "0000-01-01"]),
              _numbers, _numbers),
    st.sampled_from(["31 February 2022", "February 31", "February 29, 2023", "29 Feb 2024", "April 31",
                     "0000-00-00", "9999-12-31", "99999-01-01", "year 0", "the year 99999", "13/13/13",
                     "Monday, February 31", "2022-W53", "Q0 2022", "the 0th century", "the 99th century"]),
)
_token = st.one_of(
    st.sampled_from(_CALENDAR_WORDS).flatmap(_odd_case),
    st.sampled_from(_CALENDAR_WORDS).map(lambda w: w + "."),
    _numbers,
    _dateish,
    st.sampled_from(_TEMPORAL).flatmap(lambda w: st.one_of(st.just(w), _odd_case(w))),
    st.sampled_from(_NOISE),
    st.text(max_size=6),
)
adversarial_text = st.lists(st.tuples(_token, st.sampled_from(_SEPARATORS)), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))
texts = st.one_of(adversarial_text, st.text(max_size=300), st.text(st.characters(codec="utf-8"), max_size=80))
dcts = st.one_of(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.dates(),
                 st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29),
                                  dt.date(2020, 12, 31), dt.date(2021, 1, 1)]))

# Each property runs in the default suite with the loaded profile and, marked ``fuzz``, at 10k examples.
PROFILES = [pytest.param(None, id="default"), pytest.param("fuzz", id="fuzz", marks=pytest.mark.fuzz)]


def run(profile: str | None, test) -> None:
    (settings(settings.get_profile(profile))(test) if profile else test)()


# --------------------------------------------------------------------------- checks


def check_timexes(text: str, dct: dt.date) -> list:
    found = tag(text, dct)
    prev_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        assert t.start >= prev_end, ("overlap or out of order", t)
        prev_end = t.end
        assert t.type in TYPES, t
        assert VALUE[t.type].fullmatch(t.value), t
        assert t.mod in MODS, t
        assert isinstance(t.year_inferred, bool), t
        if t.type in ("DATE", "TIME"):
            start, end, gran = calendar_range(t.value)
            assert gran in GRANULARITIES, t
            if DEFINITE.fullmatch(t.value) and not t.value.lstrip("FY").startswith("9999"):  # 9999-W52 ends in 10000
                assert start is not None, ("definite value without a calendar range", t)
            if start is not None:
                assert end is not None and start <= end, t
        lo, hi, _ = t.range
        assert lo is None or lo <= hi
    return found


def check_events(text: str, dct: dt.date) -> list:
    try:
        art = read_text(text, dct)
    except InputError:
        assert not text.strip() or "\ud800" in text or True
        return []
    events = extract(art)
    for ev in events:
        assert ev.granularity in GRANULARITIES, ev
        assert VALUE["DATE"].fullmatch(ev.date) or VALUE["TIME"].fullmatch(ev.date), ev
        if ev.start is not None:
            assert ev.end is not None and ev.start <= ev.end, ev
        else:
            assert ev.end is None and ev.granularity == "vague", ev
        if ev.inherited:
            assert ev.offset == -1
        else:
            assert art.text[ev.offset:ev.offset + len(ev.timex)] == ev.timex, ev
        assert ev.sentence and len(ev.sentence) <= max(2000, len(art.text)), ev
        assert ev.doc_date == dct
    return events


def prop_tag(text: str, dct: dt.date) -> None:
    check_timexes(text, dct)


def prop_events(text: str, dct: dt.date) -> None:
    check_events(text, dct)


# --------------------------------------------------------------------------- properties


@pytest.mark.parametrize("profile", PROFILES)
def test_tag_is_total_and_well_formed(profile):
    run(profile, given(texts, dcts)(prop_tag))


@pytest.mark.parametrize("profile", PROFILES)
def test_tag_on_adversarial_dates(profile):
    """Dense date-shaped text (31 February, year 0 and 99999, odd casing) around a normal DCT."""
    dense = st.lists(st.tuples(st.one_of(_dateish, st.sampled_from(_CALENDAR_WORDS).flatmap(_odd_case)),
                               st.sampled_from(_SEPARATORS)), min_size=1, max_size=30).map(
        lambda parts: "".join(a + b for a, b in parts))
    run(profile, given(dense, st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))(prop_tag))


@pytest.mark.parametrize("profile", PROFILES)
def test_calendar_range_is_total(profile):
    values = st.one_of(
        st.text(max_size=20),
        st.from_regex(r"(FY)?\d{1,5}(-\d{1,2}(-\d{1,2}(T\d\d:\d\d)?)?)?|\d{4}-W\d\d(-WE)?|\d{4}-[QH]\d|"
                      r"\d{4}-(SP|SU|FA|WI)|0000|9999-WI|\d{2,3}", fullmatch=True))

    def check(value: str) -> None:
        start, end, gran = calendar_range(value)
        assert gran in GRANULARITIES
        assert (start is None) == (end is None)
        if start is not None:
            assert start <= end

    run(profile, given(values)(check))


@pytest.mark.parametrize("profile", PROFILES)
def test_extract_is_total_and_well_formed(profile):
    run(profile, given(texts, dcts)(prop_events))


@pytest.mark.parametrize("profile", PROFILES)
def test_full_pipeline_on_random_articles(profile):
    article = st.builds(lambda text, dct, title, i: Article(f"a{i}", title, None, dct, text or "x"),
                        texts, dcts, st.text(max_size=30), st.integers(0, 3))

    def check(arts: list[Article]) -> None:
        errors: list = []
        tl = build(*arts, errors=errors)
        assert not errors
        for col in ("start", "end"):
            assert (tl.df["start"].isna() == tl.df["end"].isna()).all()
        assert (tl.df["start"].dropna() <= tl.df["end"].dropna()).all()
        js, cs = tl.to_json(), tl.to_csv()
        assert len(json.loads(js)) == len(tl.df)
        assert len(list(csv.reader(io.StringIO(cs, newline="")))) == len(tl.df) + 1
        again = build(*arts, errors=[])
        assert (again.to_json(), again.to_csv()) == (js, cs), "output is not deterministic"

    run(profile, given(st.lists(article, min_size=1, max_size=3))(check))


@pytest.mark.parametrize("profile", PROFILES)
def test_cached_tense_cues_agree_with_tense(profile):
    """The per-sentence cue cache (linear on huge lines) decides exactly as :func:`_tense` does."""
    from newsline.timex import tense

    words = st.sampled_from(["will", "was", "said", "wanted", "to be", "being", "be", "last", "next", "by",
                             "hundred", "expected to", "going to", "ago", "Monday", "the", "talks", "ended",
                             "seed", "and", "would", "reported", "agreed to", "sought", "followed", "by a", "by",
                             "Smith", "setting up", "stay", "closed", "due in", "to be paid", "said.",
                             "originally", "scheduled for", "planned for", "were", "a planned"])
    sentence = st.lists(st.tuples(words, st.sampled_from([" ", "  ", ", ", " \t", "; "])), max_size=30).map(
        lambda parts: "".join(a + b for a, b in parts))

    def check(s: str, data) -> None:
        at = data.draw(st.integers(0, len(s)))
        assert tense._nearest_cue(tense._cues(s), at, tense._clause_end(s, at, len(s))) == tense._tense(s, at)

    run(profile, given(sentence, st.data())(check))


# --------------------------------------------------------------------------- huge inputs

_UNITS = {
    "weekdays": "He came Monday and ",
    "may": "in May ",
    "dates": "on March 5 and ",
    "numbers": "1990 2014 31 0 99999 2022-02-31 ",
    "mixed": "On 5 March 2014 she said that next week, 3 days ago, in the 1990s, Q3 2019 at 5 p.m. Tuesday ",
    "no_punctuation": "the talks went on and on with no end in sight ",
    "unicode": "\u200f\u0645\u0627\u0631\u0633 \u0662\u0660\u0662\u0662 \u202eMay 2022\u202c \u00a0\u200b ",
}


def _huge(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _check_huge(kind: str, size: int, budget: float) -> None:
    text = _huge(_UNITS[kind], size)
    t0 = time.perf_counter()
    check_timexes(text, dt.date(2022, 2, 4))
    events = check_events(text, dt.date(2022, 2, 4))
    took = time.perf_counter() - t0
    assert took < budget, f"{kind}: {size:,} characters took {took:.1f}s (quadratic?)"
    assert all(len(ev.sentence) <= 1100 for ev in events), "evidence of a run-on line must stay bounded"


@pytest.mark.parametrize("kind", sorted(_UNITS))
def test_long_single_line(kind):
    """A 50 kB line with no sentence break: linear time (was minutes: per-expression rescans of the
    line in the tense cue search, the overlap check and event anchoring)."""
    _check_huge(kind, 50_000, budget=30)


@pytest.mark.fuzz
@pytest.mark.parametrize("kind", sorted(_UNITS))
def test_one_megabyte_line(kind):
    _check_huge(kind, 1_000_000, budget=300)


def test_thousands_of_numbers():
    text = " ".join(str(n) for n in range(20_000)) + "\n" + ", ".join(str(1500 + n % 600) for n in range(20_000))
    check_timexes(text, dt.date(2022, 2, 4))


# --------------------------------------------------------------------------- regressions found by fuzzing


@pytest.mark.parametrize("text", ["On ٢٠٢٢-٠١-٠٥ the talks ended.", "In 20٢٢ prices rose.", "In the 19٩0s.",
                                  "In May ٢٠٢٢.", "Q1 ٢٠٢٢", "In २०२२", "In ２０２２"])
def test_non_ascii_digits_are_not_copied_into_values(text):
    """``\\d`` matches any Unicode digit: values such as ``20٢٢`` were emitted verbatim."""
    for t in tag(text, dt.date(2022, 2, 4)):
        assert t.value.isascii(), t


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(50, 6, 1), dt.date(9999, 12, 31), dt.date(9999, 12, 27)])
def test_extreme_publication_dates(dct):
    """Relative expressions near the ends of the calendar gave ``-1``, ``10000``, ``1-Q1`` or ``0000``
    values, and ``calendar_range('9999-W52')`` raised OverflowError."""
    check_timexes("last century, next decade, next year, tomorrow, last quarter, the 1990s, next week, "
                  "next month, last year, this year, yesterday, in 3 years, 2 centuries ago, last spring, Q1, the first "
                  "quarter, next quarter, the second half, this week, last weekend, Monday, year-earlier", dct)
    assert calendar_range("9999-W52") == (None, None, "vague")


def test_csv_export_keeps_one_row_per_event_with_carriage_returns():
    """Regression: a bare CR in a field (a JSONL title "A\\rB") was written unquoted, so CSV readers
    split the event into two rows."""
    arts = [Article("a1", "Talks\rend", None, dt.date(2022, 2, 4), "The talks ended on Monday.\rThey resumed in 2021.")]
    tl = build(*arts, errors=[])
    rows = list(csv.reader(io.StringIO(tl.to_csv(), newline="")))
    assert len(rows) == len(tl.df) + 1 == 3
    assert {r[rows[0].index("article_title")] for r in rows[1:]} == {"Talks\nend"}


def test_hand_built_article_with_lone_surrogates_exports():
    """Regression (found by the 10k fuzz run): an :class:`Article` built by hand with a lone surrogate
    (the readers replace them) crashed ``build`` with UnicodeEncodeError in the DataFrame."""
    tl = build(Article("a\ud800", "T\udfff", None, dt.date(2022, 2, 4), "0 February 2021 \ud800 on Monday."),
               errors=[])
    assert len(tl.df) and tl.to_json().encode("utf-8") and tl.to_csv().encode("utf-8")


def _written_sentences() -> list[str]:
    """The sentences of the invented benchmark articles and the strings of the tagger's and events'
    tests: phrasings people write, which random text rarely hits."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    found: set[str] = set()
    for path in (root / "tests").glob("test_[te]*.py"):  # test_timex*, test_events
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 8 < len(node.value) < 2000:
                found.add(node.value)
    for path in [*(root / "benchmarks" / "events").glob("*.txt"), *(root / "benchmarks" / "timeml").glob("*/*.tml")]:
        text = re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8"))
        found.update(s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 8)
    return sorted(found)


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_every_written_sentence_alone_at_the_calendars_ends(dct):
    """Each sentence on its own, published at either end of the calendar: a rule that reads a value it
    did not make ("TMO" as an hour) or moves a day past 9999-12-31 fails here, not on a user's text."""
    for text in _written_sentences():
        check_timexes(text, dct)
        check_events(text, dct)
