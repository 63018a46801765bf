"""Sentence boundaries, shared by the tagger (tense context) and event anchoring (evidence)."""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["sentence_starts", "TITLES"]

TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Rev"  # before a name, with a full stop
# before the year a quote was given in, long after the story it tells of ("she told an interviewer in 1996"): the
# tagger and the anchoring count a story's "two years later" from the story's year, not that one
QUOTED_IN = re.compile(r"\b(?:said|told\s+(?:an?\s+|the\s+)?(?:interviewer|reporters?|journalists?|biographer)|"
                       r"recalled|wrote)\s+in\s+$")

# A break after . ! ? or a line break (with the blank lines after it). The stop or line break is
# matched first, as one character class: re then skips straight to those characters (a lookbehind, or
# branches starting differently, made it try every position). The next sentence may open with a
# quote, a wire's `` among them.
_SENT = re.compile(r"[.!?\n](?:(?<=\n)(?:\s*\n)?|[\"'\u201d\u2019)\]]*\s+(?=[\"'`\u201c\u2018(\[]{0,2}[A-Z0-9]))")
_ABBREV = re.compile(rf"\b(?:{TITLES}|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|a\.m|p\.m|[A-Z])\.[\"')]*$")


@lru_cache(maxsize=8)  # the tagger and the anchoring of one article ask for the same text in turn
def sentence_starts(text: str) -> tuple[int, ...]:
    """Start offsets of the sentences of ``text``: cheap, abbreviation-aware, and every line break
    ends a sentence (news paragraphs and headlines are one per line)."""
    starts = [0]
    for m in _SENT.finditer(text):
        end = m.start() + (text[m.start()] != "\n")  # where the stop ends
        if "\n" not in text[end:m.end()] and _ABBREV.search(text, max(0, end - 8), end):
            continue
        starts.append(m.end())
    return tuple(starts)

