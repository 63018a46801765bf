"""The fast scan of the tagger finds exactly what the plain one does.

:func:`newsline.timex.scan._matches` runs each rule only in token windows around its keys, on the
case-folded text, without re.I; :func:`newsline.timex.scan._matches_everywhere` runs every rule with re.I
over the whole text. Their matches (rule, span, groups) and the tagger's output must be identical, on
the TimeML corpora and on generated texts that stretch every rule to its widest reach (long modifiers,
odd whitespace, hyphen runs, words glued together, capitals and the letters re.I folds specially).
"""
import datetime as dt
import random
import re
import sys
from pathlib import Path

import pytest

from newsline import text as sentences
from newsline.timex import engine, scan, tagger, vocab
from newsline.timeml import read_timeml

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timeml"
DCT = dt.date(2022, 2, 4)


def found(matches) -> list[tuple]:
    return sorted((prio, m.span(), m.groups()) for prio, m in matches)


def assert_same(text: str, dct: dt.date = DCT) -> None:
    assert found(scan._matches(text)) == found(scan._matches_everywhere(text)), text
    assert tagger.tag(text, dct) == tagger._tag(text, dct, scan._matches_everywhere), text


def corpus() -> list[Path]:
    return sorted(CORPORA.glob("*/*.tml"))


def corpus_texts() -> list[str]:
    """The ``<TEXT>`` of every corpus document, the real-text half of several checks below."""
    return [read_timeml(p.read_text(encoding="utf-8"))[1] for p in corpus()]


@pytest.mark.skipif(not corpus(), reason="../shared/corpora/timeml (TempEval-3 training corpora) not beside "
                                         "the checkout")
def test_fast_scan_equals_full_scan_on_the_timeml_corpora():
    for path in corpus():
        dct, text = read_timeml(path.read_text(encoding="utf-8"))
        assert_same(text, dct)


# Phrases at the widest reach of the rules, and near misses that only a lookahead tells apart.
PHRASES = """over the past more than twenty-five and a half more years-long | the following about 1 1/2 more weeks
another a couple of quarters | at least a dozen fortnights later | some hundreds of centuries ago
twenty five and a half nights from now | a number of seconds hence | 10:35 a.m. EST, on Friday, Feb. 4, 2022
5 p. m. GMT Thursday | 11pm on tomorrow, March 3 | 9 a m | 12:05 p.m | the beginning of Monday, Sept. 5th, 2021
the end of Wednesday, Jan. 5 | mid-March | the 3rd of December, 1998 | Tuesday, the 21st of Jan
early this past May of 2019 | late last November of last year | the start of fiscal year 1998 percent
the middle of fy1999 | 1998-5 | 1998,5 | FY98 | fiscal 02 | the mid-1990s | the late '60s | the 19th century
the next year's fiscal first-fiscal-quarter of fiscal next year | the year-ago fiscal final fiscal half
the beginning of this past May | the quarter of a century
the current quarter | the second half of 2020 | Q3 of 2021 | 2019 Q4 | this past early summer of 2020
last fall | this coming Martin Luther King Day, of 2021 | New Year’s Eve | new year's day | Good Friday
Easter Monday 1999 | may day | later today's evening | yesterday afternoon | last night | tonight
late on this past Sunday evening | coming Sat. | Friday, March 5 | early in the following fiscal quarter
Jan. 5 - 6, 2022 | April 24th and 25th , 1999 | June 29 through 30th, 2021 | Friday, Jan. 5 to 6 in Geneva
10:35 a.m. EST (1535 GMT), on Friday, Feb. 4, 2022 | the previous Friday | the following Monday, Feb. 7
the 10th - 11th of February, 2022 | 3rd and 4th of May | since the 21st | midnight on Sunday
3 am local time, on Friday, Feb. 4, 2022 | the second half of the year
the weekend of March 5th, 2022 | 10 a.m. local time, on Friday, on Feb. 4, 2022 | Route 2020
the last Sat. of Sept., 2021 | the 5th Friday in December 2021 | May twenty-first, 2022 | the previous year
the year before. | the next week | the preceding fiscal year | this past weekend | Tues. of next week
midnight local time on Sunday | noon EST tomorrow | the 20th and 21st of this month | 5th of next month
5 p.m. Eastern Standard Time on Dec. 12 | 10:30 a.m. Pacific time Friday | every other week
every 10 minutes | each two-year | the first half of the 20th century | the latter half of the 1990s
14.03.2013 | version 2.10.2013 | over the next decade | 1.2.2013.
the night of Friday, Oct. 23rd, 2021 | the end of the month | the early-19th century
the past decade | over the weekend | then current account | current affairs | the current crisis
the full year ended | the fiscal year in which | the calendar year to | for the past years | within decades
every weekend | per quarter | annually | every Monday | each Thurs. | noon Tuesday | midnight yesterday
right in the years to come | once upon a time | in the near future | at the moment | these days | nowadays
earlier in the week | later this year | the week ago | a month earlier | the year-earlier period | a year ago
the 1998 period | the most recent quarter | 2019-06-30T10:35 | 1/2/2019 | 12/31/98 | 3 days ago | 44-year-old
January nineteen ninety-seven | the year two thousand and nineteen | nineteen eighty four | twenty twelve
at least twenty-five and a half years ago | more than a couple of decades earlier | nineteen hundred troops | since the year-end
year end net | by year-end. | 16:42 The | 11:20 a.m. ET: Crews | 1:05 p.m. -- Governor | 08.05 Welcome"""
WORDS = """January Jan. Feb feb. March Mar. mar april May may June Jun. July august Sept. sepember Oct. Nov. Dec.
December Monday Mon. Tuesday Tues. tue. Wednesday Wed. Thursday Thur. Friday fri. Saturday Sat. Sunday Sun.
year years month months week weeks day days hour hours minute minutes second seconds decade decades century
centuries quarter quarters weekend weekends night nights fortnight morning afternoon evening overnight noon
midnight today yesterday tomorrow tonight now currently recently lately past future present moment spring
summer fall autumn winter Christmas Easter Halloween Thanksgiving Labor Memorial Day eve the a an of in on
at by to for over within during this last next past previous coming following early late mid more than
about some few several one two three ten twenty twenty-five dozen half ago earlier later before after from
hence every each per daily weekly quarterly fiscal FY Q1 Q4 1998 2022 1990s '80s 19th 5th 31 12 1/2 10:35
a.m. p.m. am pm EST percent % million old -long -old said will would was reported period latest recent
current account then right these once upon time that which since - , . 's ( ) " İ ı ſ K""".split()
SEPARATORS = [" "] * 12 + ["  ", "\n", "\n\n", "\t", " \n ", "-", " - ", "--", ", ", ". ", ""]


def generated(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(5, 40)):
        if rng.random() < 0.3:
            words = rng.choice(PHRASES.replace("\n", " | ").split(" | ")).split()
        else:
            words = [rng.choice(WORDS)]
        for w in words:
            case = rng.random()
            parts.append(w.upper() if case < 0.1 else w.title() if case < 0.25 else w)
            parts.append(rng.choice(SEPARATORS) if rng.random() < 0.3 else " ")
    return "".join(parts)


def test_fast_scan_equals_full_scan_on_generated_texts():
    rng = random.Random(20220204)
    for _ in range(1500):
        assert_same(generated(rng), DCT)


def test_every_match_holds_what_its_rule_needs():
    """A rule's ``needs`` (see :func:`newsline.timex.engine.rule`) are in each of its matches, or the fast
    scan would skip windows holding one: checked on every match of the plain scan."""
    rng = random.Random(5)
    texts = corpus_texts()
    texts += [generated(rng) for _ in range(1000)]
    texts += [f"On {phrase} and then." for phrase in PHRASES.replace("\n", " | ").split(" | ")]
    for text in texts:
        low = vocab._fold(text)
        for prio, m in scan._matches_everywhere(text):
            needs = engine.RULES[prio].needs
            assert needs is None or needs.search(low, *m.span()), (engine.RULES[prio].fn.__name__, m.group(0))


def whole_text_occurrences(low: str) -> dict:
    """Each key searched for in the whole text: a literal key is a regex too (overlapping occurrences
    of one literal all count), a regex key is matched by ``finditer``."""
    out = {}
    for key in engine._KEYED:
        rx = re.compile(f"(?=({key}))") if isinstance(key, str) else key
        spans = [m.span(1 if isinstance(key, str) else 0) for m in rx.finditer(low)]
        if spans:
            out[key] = spans
    return out


def test_key_occurrences_are_those_of_a_search_of_the_whole_text():
    rng = random.Random(11)
    texts = corpus_texts()
    texts += [generated(rng) for _ in range(1000)]
    for text in texts:
        low = vocab._fold(text)
        assert scan._occurrences(low) == whole_text_occurrences(low), text


def test_every_phrase_is_found_whole_whatever_the_spacing():
    rng = random.Random(7)
    for phrase in PHRASES.replace("\n", " | ").split(" | "):
        for _ in range(20):
            spaced = "".join(w + rng.choice(["  ", "\n\n ", "\t", " \n\t "]) for w in phrase.split())
            assert_same(f"On {spaced} and then {spaced.upper()}.", DCT)


def test_folding_keeps_offsets_and_what_re_i_matches():
    """_fold's promise, checked on every character: one for one, \\w \\d \\s kept, and an ASCII letter
    matches a folded character without re.I exactly where it matches the original with re.I."""
    chars = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    folded = vocab._fold(chars)
    assert len(folded) == len(chars)
    for pattern in (r"\w", r"\d", r"\s"):
        assert ([m.start() for m in re.finditer(pattern, chars)] ==
                [m.start() for m in re.finditer(pattern, folded)]), pattern
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert ([m.start() for m in re.finditer(letter, chars, re.I)] ==
                [m.start() for m in re.finditer(letter, folded)]), letter


_SENT_LOOKBEHIND = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'`\u201c\u2018(\[]{0,2}[A-Z0-9])|\n\s*\n|\n")


def sentence_starts_lookbehind(text: str) -> list[int]:
    """The sentence splitter as first written (a lookbehind for the stop), for comparison."""
    starts = [0]
    for m in _SENT_LOOKBEHIND.finditer(text):
        if "\n" not in m.group(0) and sentences._ABBREV.search(text, max(0, m.start() - 8), m.start()):
            continue
        starts.append(m.end())
    return starts


def test_sentence_starts_unchanged():
    rng = random.Random(3)
    texts = corpus_texts()
    texts += ["".join(rng.choice(['Mr.', 'U.S.', 'a.m.', 'Jan.', 'He', 'said', '.', '!', '?', '."', '.)', '...',
                                  '\n', '\n\n', ' ', '  ', 'A', '5', '(', '"', '\u201c', '``']) + rng.choice(["", " "])
                      for _ in range(60)) for _ in range(2000)]
    for text in texts:
        assert list(sentences.sentence_starts(text)) == sentence_starts_lookbehind(text), text
