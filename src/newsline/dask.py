"""The corpus pipeline on Dask (``pip install 'newsline[dask]'``): a corpus too large for one machine
runs on a cluster unchanged.

Partitions are read, tagged and anchored where they live; events are shuffled by (date,
granularity), the key merging works on, so every group merges on one worker; only the merged
timeline comes back. Each event carries its input position (partition, index), so groups merge in
input order and the result is identical to :func:`newsline.build` on the same articles in the same
order. Uses the current Dask scheduler: create a ``distributed.Client`` first to run on a cluster.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .corpus import Tally, iter_articles, iter_sources
from .io import Article, InputError, read_records
from .merge import DEFAULT_SIMILARITY, Merger, top as top_rows
from .pipeline import extract
from .timeline import Timeline, event_row, frame_rows

__all__ = ["articles_from_bag", "events_from_bag", "timeline_from_bag", "timeline_from_dataframe",
           "timeline_from_paths"]


def _dask():
    try:
        import dask
        import dask.bag
    except ImportError:
        raise ImportError("newsline.dask needs Dask: pip install 'newsline[dask]'") from None
    return dask


def _read(item: Any, read: dict, where: str) -> Iterable[Article | InputError]:
    """One bag element as articles: an Article, a record dict (a table row, located at ``where``)
    or a path (located by its file name)."""
    if isinstance(item, Article):
        return [item]
    if isinstance(item, dict):
        rows = read_records([item], where, text=read.get("text_col"), date=read.get("date_col"),
                            title=read.get("title_col") or "title", url=read.get("url_col") or "url",
                            default_date=read.get("date"))
        return [InputError(where, r.problem) if isinstance(r, InputError) else r for r in rows]
    return iter_articles([item], **read)


def _partition(items: list, part: int, read: dict) -> list[tuple]:
    """Read, tag and anchor one partition: ``("event", (part, i), row)`` for each event in input
    order, ``("error", message)`` for each bad input, and one ``("articles", n)`` count."""
    out: list[tuple] = []
    n = i = 0
    for j, item in enumerate(items, 1):
        for art in _read(item, read, f"<partition {part}>:{j}"):
            if isinstance(art, InputError):
                out.append(("error", str(art)))
                continue
            n += 1
            for ev in extract(art):
                out.append(("event", (part, i), event_row(ev)))
                i += 1
    out.append(("articles", n))
    return out


def _tagged(bag, read: dict):
    dask = _dask()
    parts = [dask.delayed(_partition)(p, i, read) for i, p in enumerate(bag.to_delayed())]
    return dask.bag.from_delayed(parts)


def articles_from_bag(bag, **read: Any):
    """Bag of Articles and InputErrors of a bag of Articles, record dicts or file paths; ``read``
    takes the options of :func:`newsline.corpus.iter_articles` (and ``date`` for undated rows)."""
    return bag.map(_read, read, "<bag>").flatten()


def events_from_bag(bag, **read: Any):
    """Bag of event rows (dicts of the timeline COLUMNS) of a bag of Articles, record dicts or paths;
    bad inputs are dropped (:func:`timeline_from_bag` reports them)."""
    return _tagged(bag, read).filter(lambda t: t[0] == "event").map(lambda t: t[2])


def _merge_group(group: tuple, similarity: float) -> list[tuple]:
    merger = Merger(similarity)
    for _, seq, row in sorted(group[1], key=lambda t: t[1]):
        merger.add(row, seq)
    return list(merger.rows())


def timeline_from_bag(bag, *, title: str | None = None, merge: bool = True,
                      similarity: float = DEFAULT_SIMILARITY, top: int | None = None, per_day: int | None = None,
                      errors: list[str] | None = None, tally: Tally | None = None, **read: Any) -> Timeline:
    """One merged timeline of a bag of Articles, record dicts or paths (see :func:`newsline.build`
    for ``merge``, ``similarity``, ``top``, ``per_day``). Bad inputs are appended to ``errors`` as
    ``"location: problem"`` lines and counted in ``tally``."""
    dask = _dask()
    tagged = _tagged(bag, read)
    events = tagged.filter(lambda t: t[0] == "event")
    if merge:
        rows = events.groupby(lambda t: (t[2]["date"], t[2]["granularity"]), shuffle="tasks") \
                     .map(_merge_group, similarity).flatten()
    else:
        rows = events.map(lambda t: (t[1], t[2]))
    problems = tagged.filter(lambda t: t[0] == "error").map(lambda t: t[1])
    counts = tagged.filter(lambda t: t[0] == "articles").map(lambda t: t[1]).sum()
    merged, bad, n = dask.compute(rows, problems, counts)
    if tally is not None:
        tally.articles += int(n)
        tally.skipped += len(bad)
        tally.events += sum(int(row["mentions"]) for _, row in merged)  # reports, as in newsline.corpus
    if errors is not None:
        errors.extend(bad)
    elif bad:
        raise InputError(*bad[0].split(": ", 1))
    df = frame_rows(row for _, row in sorted(merged, key=lambda t: t[0]))
    if top is not None or per_day is not None:
        df = top_rows(df, top, per_day)
    return Timeline(df, title or f"Timeline of {int(n):,} article{'s' * (int(n) != 1)}")


def timeline_from_dataframe(ddf, *, text: str = "text", date: str = "date", title_col: str = "title",
                            url_col: str = "url", **options: Any) -> Timeline:
    """One merged timeline of a Dask DataFrame of articles (one row each; ``text`` and ``date``
    columns, optional title and url columns). ``options`` as for :func:`timeline_from_bag`."""
    missing = [c for c in (text, date) if c not in ddf.columns]
    if missing:
        raise InputError("<DataFrame>", f"missing column(s) {', '.join(missing)}")
    records = ddf.to_bag(format="dict")
    return timeline_from_bag(records, text_col=text, date_col=date, title_col=title_col, url_col=url_col,
                             **options)


def timeline_from_paths(paths: Iterable[str | Path], *, npartitions: int | None = None,
                        recursive: bool = True, pattern: str | None = None, errors: list[str] | None = None,
                        tally: Tally | None = None, **options: Any) -> Timeline:
    """One merged timeline of files, directories and globs, read on the workers (the client only
    lists the paths). What :command:`newsline build --scheduler dask` runs."""
    dask = _dask()
    files: list[str] = []
    for p in iter_sources(paths, recursive=recursive, pattern=pattern):
        if isinstance(p, InputError):
            if errors is None:
                raise p
            errors.append(str(p))
            if tally is not None:
                tally.skipped += 1
        else:
            files.append(str(p))
    if not files:
        return Timeline(frame_rows([]), options.get("title") or "Timeline")
    bag = dask.bag.from_sequence(files, npartitions=npartitions or min(len(files), 256))
    return timeline_from_bag(bag, errors=errors, tally=tally, **options)
