"""Corpus runs: many inputs streamed through tagging and anchoring, in parallel, into one timeline.

Everything is a generator over plain data, so memory stays bounded by the work in flight (a few
chunks per worker) and the merged events, however many articles the corpus holds. A bad file or
row becomes an :class:`~newsline.io.InputError` naming its location (``file`` or ``file:line``),
is reported and skipped; the run goes on.
"""
from __future__ import annotations

import glob
import os
import sys
from collections import deque
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

import pandas as pd

from .events import Event
from .io import Article, InputError, read_dataframe, read_file
from .merge import DEFAULT_SIMILARITY, Merger, top as top_rows, words
from .pipeline import extract
from .timeline import Timeline, event_row, frame_rows

__all__ = ["SUFFIXES", "Tally", "iter_sources", "iter_articles", "process", "timeline", "workers_default"]

Source = Union[str, Path, Article, pd.DataFrame]

SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".csv")
"""What a directory walk picks up (unless ``pattern`` says otherwise)."""

_GLOB = set("*?[")


@dataclass
class Tally:
    """What a run did: shown to the user as ``newsline: 9,998 articles, 2 skipped``."""

    articles: int = 0
    skipped: int = 0
    events: int = 0  # reports found, before merging

    def __str__(self) -> str:
        return f"{self.articles:,} article{'s' * (self.articles != 1)}, {self.skipped:,} skipped"


def workers_default() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _wanted(name: str, pattern: str | None) -> bool:
    if name.startswith("."):
        return False
    return Path(name).match(pattern) if pattern else name.lower().endswith(SUFFIXES)


def _walk(root: Path, recursive: bool, pattern: str | None) -> Iterator[Path]:
    """Files under ``root`` in sorted order, one directory listing at a time (lazy)."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as err:
        raise InputError(str(root), f"cannot list ({err.strerror})") from None
    for e in entries:
        if e.is_dir():
            if recursive and not e.name.startswith("."):
                yield from _walk(Path(e.path), recursive, pattern)
        elif _wanted(e.name, pattern):
            yield Path(e.path)


def iter_sources(paths: Iterable[str | Path], *, recursive: bool = True,
                 pattern: str | None = None) -> Iterator[Path | InputError]:
    """Files named by ``paths``: files as given, directories walked (recursively by default, hidden
    entries skipped, only files matching ``pattern`` or with a known suffix), glob patterns expanded
    (``**`` recurses). Deterministic (sorted) order; a path that names nothing is an InputError."""
    for p in paths:
        text = str(p)
        if not Path(text).exists() and _GLOB & set(text):
            matches = sorted(glob.iglob(text, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield InputError(text, "no files match")
            yield from files
        elif Path(text).is_dir():
            n = 0
            try:
                for n, f in enumerate(_walk(Path(text), recursive, pattern), 1):
                    yield f
            except InputError as err:
                yield err
            if not n:
                yield InputError(text, f"no {pattern or 'article'} files in directory")
        else:
            yield Path(text)  # read_file reports a missing file


def iter_articles(sources: Iterable[Source], *, date: object | None = None, title: str | None = None,
                  text_col: str | None = None,
                  date_col: str | None = None, title_col: str | None = None, url_col: str | None = None,
                  recursive: bool = True, pattern: str | None = None) -> Iterator[Article | InputError]:
    """Articles of files, directories, globs, DataFrames or :class:`Article` objects, streamed, with
    an InputError (never raised) for each file or row that could not be read. ``title`` overrides
    the title of a single-article file; the ``*_col`` options name JSONL/CSV/DataFrame columns."""
    for src in sources:
        if isinstance(src, Article):
            yield src
            continue
        try:
            if isinstance(src, pd.DataFrame):
                yield from read_dataframe(src, text=text_col or "text", date=date_col or "date",
                                          title=title_col or "title", url=url_col or "url")
                continue
        except InputError as err:
            yield err
            continue
        for path in iter_sources([src], recursive=recursive, pattern=pattern):
            if isinstance(path, InputError):
                yield path
                continue
            try:
                yield from read_file(path, date=date, title=title, text_col=text_col, date_col=date_col,
                                     title_col=title_col, url_col=url_col)
            except InputError as err:
                yield err


def _extract_chunk(chunk: list[Article]) -> list[list[Event]]:
    """Worker task (top level, so every start method can pickle it): the events of each article."""
    return [extract(a) for a in chunk]


def _rows_chunk(chunk: list[Article]) -> list[list[tuple[dict, frozenset[str]]]]:
    """Worker task of a timeline run: event rows with their evidence words, so that the one process
    that merges only folds rows into clusters."""
    return [[(row, words(row["sentence"], row["timex"])) for row in map(event_row, extract(a))] for a in chunk]


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process(articles: Iterable[Article], *, workers: int | None = 1, chunksize: int = 32,
            on_article: Callable[[], None] | None = None) -> Iterator[list[Event]]:
    """The events of each article, in input order (so the output does not depend on ``workers``).

    With ``workers > 1`` a process pool tags chunks of ``chunksize`` articles; at most ``4 ×
    workers`` chunks are in flight, which bounds memory (``Pool.imap`` would read the whole input
    ahead). A corpus that fits in one chunk runs in-process: no pool start-up for one article."""
    return _parallel(_extract_chunk, articles, workers, chunksize, on_article)


def _parallel(task: Callable[[list[Article]], list], articles: Iterable[Article], workers: int | None,
              chunksize: int, on_article: Callable[[], None] | None) -> Iterator:
    """``task`` over chunks of ``articles`` (see :func:`process`), one result per article, in order."""
    workers = workers or workers_default()
    chunks = _chunks(articles, chunksize)
    head = list(islice(chunks, 2 if workers > 1 else 0))
    if len(head) < 2:
        for chunk in chain(head, chunks):
            yield from _collect(task(chunk), on_article)
        return
    import multiprocessing

    with multiprocessing.Pool(workers) as pool:
        pending: deque = deque()
        for chunk in chain(head, chunks):
            pending.append(pool.apply_async(task, (chunk,)))
            if len(pending) >= 4 * workers:
                yield from _collect(pending.popleft().get(), on_article)
        while pending:
            yield from _collect(pending.popleft().get(), on_article)


def _collect(results: list, on_article: Callable[[], None] | None) -> Iterator:
    for events in results:
        yield events
        if on_article:
            on_article()


def progress_bar(quiet: bool = False):
    """A tqdm bar on stderr counting articles; off when ``quiet`` or stderr is not a terminal."""
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, disable=quiet or not sys.stderr.isatty(),
                mininterval=0.5, smoothing=0.1)


def timeline(sources: Iterable[Source], *, date: object | None = None, title: str | None = None,
             workers: int | None = 1, merge: bool = True, similarity: float = DEFAULT_SIMILARITY,
             top: int | None = None, per_day: int | None = None, errors: list[InputError] | None = None,
             tally: Tally | None = None, quiet: bool = True, chunksize: int = 32,
             **read: object) -> Timeline:
    """One timeline of a whole corpus, streamed: read → tag + anchor (``workers`` processes) →
    merge across articles (``similarity``) → salience → ``top``/``per_day``.

    Bad inputs are appended to ``errors`` (raised if ``errors`` is None) and counted in ``tally``;
    ``read`` holds the column options of :func:`iter_articles`."""
    tally = tally if tally is not None else Tally()
    first_title: list[str] = []

    def good() -> Iterator[Article]:
        for item in iter_articles(sources, date=date, **read):  # type: ignore[arg-type]
            if isinstance(item, InputError):
                tally.skipped += 1
                if errors is None:
                    raise item
                errors.append(item)
            else:
                tally.articles += 1
                if len(first_title) < 1:
                    first_title.append(item.title)
                yield item

    with progress_bar(quiet) as bar:
        results = _parallel(_rows_chunk, good(), workers, chunksize, lambda: bar.update())
        rows = (row for per_article in results for row in per_article)
        if merge:
            merger = Merger(similarity)
            for row, evidence in rows:
                merger.add(row, evidence=evidence)
                tally.events += 1
            df = frame_rows(row for _, row in merger.rows())
        else:
            listed = [row for row, _ in rows]
            tally.events += len(listed)
            df = frame_rows(listed)
    if top is not None or per_day is not None:
        df = top_rows(df, top, per_day)
    if title is None:
        title = first_title[0] if tally.articles == 1 else f"Timeline of {tally.articles:,} articles"
    return Timeline(df, title or "Timeline")
