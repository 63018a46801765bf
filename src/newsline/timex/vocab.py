"""The words the rules read: month and weekday names, numbers in digits and words, units, parts of
the day, seasons; and the case folding the rule scanner relies on."""
from __future__ import annotations

import re


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
_HOUR_WORD = "|".join(_ONES[1:13])  # "one" to "twelve": the hours of a clock in words
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
NUMBERS: dict[str, float | str] = {w: i for i, w in enumerate(_ONES)}
NUMBERS.update(_TENS)
NUMBERS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2,
                "a dozen": 12, "dozen": 12, "a half": 0.5, "half a": 0.5, "half an": 0.5,
                "a quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25, "three quarters of a": 0.75,
                "three quarters of an": 0.75,
                "half": 0.5, "quarter": 0.25, "quarter of a": 0.25,
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

_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?|"
          r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"mon\.|tues?\.|wed\.|thurs?\.|fri\.|sat\.|sun\.)")
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
            r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|(?:a|three)\s+quarters?(?:\s+of\s+an?)?|{_WORDNUM}(?:\s+and\s+a\s+half)?|a\s+single|a\s+half|an?|a\s+couple\s+of|"
        r"couple\s+of|a\s+dozen|a\s+few|few|several|some|many|dozens\s+of|hundreds\s+of|a\s+hundred|"
        r"half\s+an?|a\s+number\s+of|(?:half|quarter(?:\s+of\s+a)?)(?=[\s-]+centur))")  # "the past half century"
# The first characters of _NUM and of the words before it in _ago and _duration: checked first, they
# let re give up at most word starts before it tries the long alternations (a third of the scan).
_NUM_FIRST = r"(?=[\dacdefhlmnorstu]|just\s|well\s)"
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|nights?|fortnights?)"
_DAYPART = r"(?:morning|afternoon|evening|night|overnight)"
# "banned all travel starting at midnight": from a moment on (an order given once, not a rule of every day)
_FROM_MOMENT = re.compile(r"\b(?:starting|beginning|effective|commencing)\s+(?:at\s+|from\s+)?(?:about\s+)?$", re.I)
_PARTCODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "tonight": "NI"}
_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1, "this morning": 0,
                 "this afternoon": 0, "this evening": 0}
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
        return float(w) if "." in w else int(w.replace(",", ""))  # "1,600"
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


def _any_of(words: set[str]) -> re.Pattern[str]:
    """A regex for any of ``words``, grouped by first letter (several times faster than a plain
    alternation: re looks for the first letters before trying the rest)."""
    rest: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        rest.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("|".join(f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in sorted(rest.items())))


_DAY_WORD = f"(?:{_any_of(set(_DAY_WORDS)).pattern})"


# re.I compares characters by their lower case, and also 'ı' and 'İ' with 'i', 'ſ' with 's' ('İ' is
# the only character whose lower case is longer): mapped so, folding keeps every offset.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _fold(text: str) -> str:
    """``text`` such that a rule's re.I pattern matches ``text`` exactly where its case-sensitive twin
    matches the result, at the same offsets."""
    return (text if text.isascii() else text.translate(_FOLD)).lower()
