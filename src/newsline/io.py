"""Readers: every supported input becomes a list of :class:`Article` (plain data, no tagging here)."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["Article", "InputError", "parse_date", "read_text", "read_dateline", "read_html",
           "read_file", "read_records", "read_dataframe"]


@dataclass(frozen=True)
class Article:
    """One news article: the unit every later stage works on."""

    id: str
    title: str
    url: str | None
    published: dt.date
    text: str


class InputError(ValueError):
    """Bad user input. ``str(err)`` is one line that names the file and the problem."""

    def __init__(self, where: str, problem: str):
        self.where, self.problem = where, problem
        # one line even for a file named "a\nb.txt"
        super().__init__(f"{where}: {problem}".replace("\r", "\\r").replace("\n", "\\n"))


_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_date(value: object, where: str = "date") -> dt.date:
    """Parse a publication date strictly (ISO ``YYYY-MM-DD``, ``YYYYMMDD``, datetime, or a date string
    dateparser understands); raise :class:`InputError` rather than guess."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()  # type: ignore[union-attr]
    text = str(value or "").strip()
    if not text or text.lower() in {"nan", "nat", "none"}:
        raise InputError(where, "no publication date")
    m = _ISO.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            raise InputError(where, f"invalid date {text!r}") from None
    import dateparser  # slow import, only for unusual formats

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise InputError(where, f"cannot parse date {text!r} (expected YYYY-MM-DD)")
    return parsed.date()


def _article_id(where: str, text: str) -> str:
    """``stem-hash``: the file's name without its suffix, as ``Path.stem`` gives it (``corpus`` for
    ``corpus.jsonl:12``) but without building a Path per row of a large dump, and a hash of the text."""
    name = where.rstrip("/").rpartition("/")[2]
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name
    return f"{stem if where else 'article'}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


MAX_ARTICLE_SIZE = 5_000_000
"""Largest article (characters of text; bytes of a single-article file). Tagging is linear but a
bigger "article" is a corpus in the wrong format or not an article at all."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(s: str) -> str:
    """Lone surrogates (JSON ``"\\ud800"``) cannot be encoded as UTF-8: hashing or writing them would
    crash the run, so they become U+FFFD."""
    return s if s.isascii() else _SURROGATE.sub("\ufffd", s)


def read_text(text: str, date: object, *, title: str = "", url: str | None = None,
              id: str | None = None, where: str = "<text>") -> Article:
    """Plain text with a known publication date."""
    text, title = _no_surrogates(text), _no_surrogates(title)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputError(where, "empty text")
    if len(text) > MAX_ARTICLE_SIZE:
        raise InputError(where, f"text too long for one article ({len(text):,} characters > {MAX_ARTICLE_SIZE:,})")
    published = parse_date(date, where)
    if not title:
        title = text.split("\n", 1)[0][:120]
    return Article(_no_surrogates(id or _article_id(where, text)), title.strip(),
                   _no_surrogates(url) if url else None, published, text)


_DATELINE = re.compile(r"^\s*(\d{8})\s*$")


def read_dateline(raw: str, where: str = "<text>") -> Article:
    """The dateline format: title line, ``YYYYMMDD`` line, URL line, then paragraphs."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    if len(lines) < 4 or not _DATELINE.match(lines[1]):
        raise InputError(where, "not in dateline format (title, YYYYMMDD, URL, text)")
    url = lines[2].strip()
    if url and not re.match(r"^https?://\S+$", url):
        raise InputError(where, f"line 3 is not a URL: {url[:60]!r}")
    return read_text("\n".join(lines[3:]), lines[1].strip(), title=lines[0].strip(), url=url or None,
                     where=where)


def is_dateline(raw: str) -> bool:
    lines = raw.lstrip("\ufeff").splitlines()
    return len(lines) >= 4 and bool(_DATELINE.match(lines[1]))


def read_html(html: str, where: str = "<html>", date: object | None = None, url: str | None = None) -> Article:
    """A saved web page: trafilatura extracts the text and title, htmldate the publication date."""
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputError(where, "no article text found in the HTML page")
    if date is None:
        found = getattr(doc, "date", None) or find_date(html, extensive_search=True, original_date=True,
                                                        outputformat="%Y-%m-%d")
        if not found:
            raise InputError(where, "no publication date found in the HTML page; pass --date YYYY-MM-DD")
        date = found
    return read_text(text, date, title=getattr(doc, "title", None) or "", url=url or getattr(doc, "url", None),
                     where=where)


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError(where, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(where, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(where, f"not valid UTF-8 text (byte {err.start})") from None


_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("date", "published", "pub_date", "publication_date", "doc_date")


def _pick(record: dict, key: str | None, candidates: tuple[str, ...]) -> object:
    if key:
        return record.get(key)
    for k in candidates:
        if record.get(k) not in (None, ""):
            return record[k]
    return None


def read_records(records: Iterable[dict], where: str, *, text: str | None = None, date: str | None = None,
                 title: str | None = "title", url: str | None = "url", default_date: object | None = None,
                 ) -> Iterator[Article | InputError]:
    """Rows of a JSONL/CSV file or DataFrame. Yields an :class:`InputError` for a bad row (with its
    location) instead of raising, so one broken row never stops a corpus."""
    for n, rec in enumerate(records, 1):
        if rec is None:  # a blank line: skipped, but counted so locations stay line numbers
            continue
        loc = f"{where}:{n}"
        if isinstance(rec, InputError):
            yield rec
            continue
        try:
            body = _pick(rec, text, _TEXT_KEYS)
            if not isinstance(body, str) or not body.strip():
                raise InputError(loc, f"no text in column {text or '/'.join(_TEXT_KEYS)!r}")
            when = _pick(rec, date, _DATE_KEYS)
            if when in (None, "") and default_date is None:
                raise InputError(loc, f"no date in column {date or '/'.join(_DATE_KEYS)!r}; pass --date")
            rid = rec.get("id")
            yield read_text(body, when if when not in (None, "") else default_date,
                            title=str(rec.get(title) or "") if title else "",
                            url=str(rec.get(url)) if url and rec.get(url) else None,
                            id=str(rid) if rid not in (None, "") else None, where=loc)
        except InputError as err:
            yield err


def _jsonl(lines: Iterable[str | InputError], where: str) -> Iterator[dict | InputError | None]:
    for n, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            yield None
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(f"{where}:{n}", f"invalid JSON ({err.msg} at column {err.colno})")
            continue
        yield rec if isinstance(rec, dict) else InputError(f"{where}:{n}", "line is not a JSON object")


def _lines(p: Path, where: str) -> Iterator[str | InputError]:
    """Decoded lines of a JSONL/CSV file, streamed so a dump of any size reads in bounded memory;
    a line that is not UTF-8 becomes an :class:`InputError` at that line."""
    with p.open("rb") as f:
        head = f.read(4096)
        if not head.strip() and len(head) < 4096:
            raise InputError(where, "empty file")
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 cannot be split on b"\n"
            f.seek(0)
            yield from f.read().decode("utf-16").splitlines(keepends=True)
            return
        if b"\x00" in head:
            raise InputError(where, "binary file, not text")
        f.seek(0)
        for n, raw in enumerate(f, 1):
            try:
                yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield InputError(f"{where}:{n}", f"not valid UTF-8 text (byte {err.start})")


def _csv_lines(lines: Iterable[str | InputError]) -> Iterator[str]:
    for line in lines:
        if isinstance(line, InputError):  # the csv module cannot skip a line: stop the file here
            raise line
        yield line


def read_file(path: str | Path, *, date: object | None = None, title: str | None = None,
              text_col: str | None = None, date_col: str | None = None, title_col: str | None = None,
              url_col: str | None = None) -> Iterator[Article | InputError]:
    """Read any supported file, choosing the reader by extension and content.

    Yields articles and, for bad rows of JSONL/CSV, :class:`InputError` values; a file that cannot be
    read at all raises :class:`InputError`."""
    p = Path(path)
    where = str(path)
    if not p.exists():
        raise InputError(where, "no such file")
    if p.is_dir():
        raise InputError(where, "is a directory")
    suffix = p.suffix.lower()
    columns = {"title": title_col or "title", "url": url_col or "url", "default_date": date}
    try:
        if suffix in {".jsonl", ".ndjson"}:
            yield from read_records(_jsonl(_lines(p, where), where), where, text=text_col, date=date_col, **columns)
            return
        if suffix == ".csv":
            yield from _read_csv(csv.DictReader(_csv_lines(_lines(p, where))), where, text_col, date_col, columns)
            return
        size = p.stat().st_size
        if size > MAX_ARTICLE_SIZE:  # one article: refuse before reading, tagging or trafilatura
            raise InputError(where, f"too large for one article ({size / 1e6:.1f} MB > {MAX_ARTICLE_SIZE / 1e6:g} "
                                    "MB); give a corpus as JSONL or CSV, one article per row")
        raw = _decode(p.read_bytes(), where)
    except OSError as err:
        raise InputError(where, f"cannot read ({err.strerror})") from None
    if suffix in {".html", ".htm", ".xhtml"} or raw.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield read_html(raw, where, date=date)
    elif is_dateline(raw):
        art = read_dateline(raw, where)
        yield Article(art.id, title or art.title, art.url, parse_date(date, where) if date else art.published, art.text)
    elif date is not None:
        yield read_text(raw, date, title=title or "", where=where)
    else:
        raise InputError(where, "no publication date found (not in dateline format); pass --date YYYY-MM-DD")


def _read_csv(reader: csv.DictReader, where: str, text_col: str | None, date_col: str | None,
              columns: dict) -> Iterator[Article | InputError]:
    try:
        cols = reader.fieldnames or []
    except csv.Error as err:
        raise InputError(where, f"bad CSV ({err})") from None
    want = text_col or next((c for c in _TEXT_KEYS if c in cols), None)
    if want is None or want not in cols:
        raise InputError(where, f"CSV has no text column (columns: {', '.join(cols) or 'none'})")
    dcol = date_col or next((c for c in _DATE_KEYS if c in cols), None)
    if columns["default_date"] is None and (dcol is None or dcol not in cols):
        raise InputError(where, f"CSV has no date column (columns: {', '.join(cols)}); pass --date")
    try:
        yield from read_records(reader, where, text=want, date=dcol, **columns)
    except csv.Error as err:
        raise InputError(f"{where}:{reader.line_num}", f"bad CSV ({err})") from None


def read_dataframe(df, *, text: str = "text", date: str = "date", title: str = "title",
                   url: str = "url") -> Iterator[Article | InputError]:
    """A pandas DataFrame with text and date columns (title and url optional)."""
    missing = [c for c in (text, date) if c not in df.columns]
    if missing:
        raise InputError("<DataFrame>", f"missing column(s) {', '.join(missing)}")
    yield from read_records(df.to_dict("records"), "<DataFrame>", text=text, date=date,
                            title=title if title in df.columns else None,
                            url=url if url in df.columns else None)
