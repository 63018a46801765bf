"""The pipeline as named steps: read → tag → anchor → timeline. One call from data to Timeline."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable, Iterator, Union

import pandas as pd

from .events import Event, anchor
from .io import Article, InputError, _no_surrogates
from .timeline import Timeline
from .timex import tag

__all__ = ["extract", "articles", "build", "Source"]

Source = Union[str, Path, Article, pd.DataFrame]


def extract(article: Article) -> list[Event]:
    """Tag and anchor one article."""
    article = _encodable(article)
    return anchor(article, tag(article.text, article.published))


def _encodable(a: Article) -> Article:
    """A hand-built Article may hold lone surrogates (the readers replace them): the events and the
    outputs could not be encoded, so they become U+FFFD here too (same length: offsets hold)."""
    def fix(v):
        return _no_surrogates(v) if isinstance(v, str) else v

    if all(not isinstance(v, str) or v.isascii() for v in (a.id, a.title, a.url, a.text)):
        return a
    return dataclasses.replace(a, id=fix(a.id), title=fix(a.title), url=fix(a.url), text=fix(a.text))


def articles(sources: Iterable[Source], *, date: object | None = None, title: str | None = None,
             errors: list[InputError] | None = None, **read: object) -> Iterator[Article]:
    """Articles from files, directories, globs, DataFrames or Article objects, streamed. Bad inputs
    are appended to ``errors`` (if given) and skipped; without ``errors`` the first one raises.
    ``title`` overrides the title of single-article files; ``read`` takes the column options of
    :func:`newsline.corpus.iter_articles`."""
    from .corpus import iter_articles

    for item in iter_articles(sources, date=date, title=title, **read):  # type: ignore[arg-type]
        if isinstance(item, InputError):
            raise_or_keep(item, errors)
        else:
            yield item


def raise_or_keep(err: InputError, errors: list[InputError] | None) -> None:
    if errors is None:
        raise err
    errors.append(err)


def build(*sources: Source, date: object | None = None, title: str | None = None,
          errors: list[InputError] | None = None, workers: int | None = 1, merge: bool = True,
          similarity: float = 0.5, top: int | None = None, per_day: int | None = None,
          **options: object) -> Timeline:
    """Timeline of the given articles (files, directories, globs, DataFrames or :class:`Article`
    objects), streamed: reports of one event by several articles are merged (``mentions``, all
    sources, ``salience``) unless ``merge=False``; ``top``/``per_day`` keep the most salient.
    ``workers`` processes tag in parallel (``None``: all cores). More options (column names,
    ``tally``, ``quiet``): :func:`newsline.corpus.timeline`.

    >>> tl = build("article.txt")            # doctest: +SKIP
    >>> tl = build("corpus/", "dump.jsonl", workers=None, top=50)   # doctest: +SKIP
    >>> tl.df; tl.figure(); tl.to_html("t.html")   # doctest: +SKIP
    """
    from .corpus import timeline

    return timeline(sources, date=date, title=title, errors=errors, workers=workers, merge=merge,
                    similarity=similarity, top=top, per_day=per_day, **options)  # type: ignore[arg-type]
