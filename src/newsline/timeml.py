"""TimeML in and out: re-annotate the ``<TEXT>`` of a TimeML document with newsline's TIMEX3 tags.

The document creation time comes from the ``<DCT>`` TIMEX3. Existing TIMEX3/EVENT/SIGNAL tags are
stripped from ``<TEXT>``, the tagger runs on the unescaped text, and its tags are inserted into the
*raw* text, so every character outside the tags (entities included) stays byte-identical and the
output can be scored against the input with a TempEval-3 scorer. Link elements (TLINK, SLINK, ALINK,
MAKEINSTANCE) are dropped: they refer to the stripped events and times and would dangle.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from .timex import Timex, tag

__all__ = ["TimeMLError", "annotate_timeml", "annotate_dir", "read_timeml"]


class TimeMLError(ValueError):
    """A document that is not usable TimeML (no ``<TEXT>``, no or bad DCT)."""


_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue\s*=\s*\"(\d{4})-?(\d{2})-?(\d{2})[^\"]*\"[^>]*>", re.S)
_DCT_TID = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\btid\s*=\s*\"([^\"]*)\"", re.S)
_INLINE_TAG = re.compile(r"</?(?:TIMEX3|EVENT|SIGNAL)\b[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_LINKS = re.compile(r"[ \t]*<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*?(?:/>|>.*?</(?:TLINK|SLINK|ALINK|MAKEINSTANCE)>)"
                    r"[ \t]*\n?", re.S)


def read_timeml(xml: str) -> tuple[dt.date, str]:
    """``(dct, text)`` of a TimeML document: the ``<TEXT>`` content without inline tags, unescaped,
    as the tagger sees it."""
    dct, raw = _parse(xml)
    return dct, _plain_to_raw(raw)[0]


def _parse(xml: str) -> tuple[dt.date, str]:
    """DCT and raw ``<TEXT>`` content (still XML-escaped) without inline annotation tags."""
    body = _TEXT.search(xml)
    if not body:
        raise TimeMLError("no <TEXT> element")
    m = _DCT.search(xml)
    if not m:
        raise TimeMLError("no <DCT> TIMEX3 with a date value")
    try:
        dct = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as err:
        raise TimeMLError(f"bad DCT value ({err})") from None
    raw = _INLINE_TAG.sub("", body.group(1))
    if "<" in raw:
        raise TimeMLError("unexpected markup inside <TEXT>")
    return dct, raw


def _plain_to_raw(raw: str) -> tuple[str, list[int]]:
    """Unescape ``raw`` and map every plain offset (and the end) to its raw offset, so tags can be
    put back between the same characters without splitting an entity."""
    plain: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(raw):
        for i in range(pos, m.start()):
            offsets.append(i)
        plain.append(raw[pos:m.start()])
        char = html.unescape(m.group(0))
        offsets.extend([m.start()] * len(char))
        plain.append(char)
        pos = m.end()
    offsets.extend(range(pos, len(raw) + 1))
    plain.append(raw[pos:])
    return "".join(plain), offsets


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _timex_tag(t: Timex, tid: str) -> str:
    mod = f' mod="{_attr(t.mod)}"' if t.mod else ""
    return f'<TIMEX3 tid="{tid}" type="{_attr(t.type)}" value="{_attr(t.value)}"{mod}>'


def annotate_timeml(xml: str) -> str:
    """The TimeML document ``xml`` with its ``<TEXT>`` re-tagged by newsline's tagger."""
    dct, raw = _parse(xml)
    plain, offsets = _plain_to_raw(raw)
    dct_tid = _DCT_TID.search(xml)
    taken = {dct_tid.group(1)} if dct_tid else set()
    out: list[str] = []
    pos = 0
    n = 0
    for t in tag(plain, dct):
        n += 1
        tid = f"t{n}"
        while tid in taken:
            n += 1
            tid = f"t{n}"
        a, b = offsets[t.start], offsets[t.end]
        out.append(raw[pos:a])
        out.append(_timex_tag(t, tid) + raw[a:b] + "</TIMEX3>")
        pos = b
    out.append(raw[pos:])
    body = _TEXT.search(xml)
    tail = _LINKS.sub("", xml[body.end():])
    return xml[:body.start(1)] + "".join(out) + xml[body.end(1):body.end()] + tail


def annotate_dir(in_dir: str | Path, out_dir: str | Path) -> tuple[int, list[str]]:
    """Annotate every ``*.tml`` file of ``in_dir`` into ``out_dir`` (same names). Returns the number of
    files written and one message per bad file (the others are still processed)."""
    src, dst = Path(in_dir), Path(out_dir)
    files = sorted(src.glob("*.tml"))
    errors: list[str] = []
    if not files:
        return 0, [f"{src}: no .tml files"]
    dst.mkdir(parents=True, exist_ok=True)
    written = 0
    for f in files:
        try:
            xml = f.read_text(encoding="utf-8")
            (dst / f.name).write_text(annotate_timeml(xml), encoding="utf-8")
            written += 1
        except (TimeMLError, UnicodeDecodeError) as err:
            errors.append(f"{f}: {err}")
        except OSError as err:
            errors.append(f"{f}: {err.strerror}")
    return written, errors
