"""The pipeline as named steps: read → tag → anchor → timeline. One call from data to Timeline."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Union

import pandas as pd

from .events import Event, anchor
from .io import Article, InputError, read_dataframe, read_file
from .timeline import Timeline
from .timex import tag

__all__ = ["extract", "articles", "build", "Source"]

Source = Union[str, Path, Article, pd.DataFrame]


def extract(article: Article) -> list[Event]:
    """Tag and anchor one article."""
    return anchor(article, tag(article.text, article.published))


def articles(sources: Iterable[Source], *, date: object | None = None, title: str | None = None,
             errors: list[InputError] | None = None) -> Iterator[Article]:
    """Articles from files, DataFrames or Article objects. Bad inputs are appended to ``errors``
    (if given) and skipped; without ``errors`` the first one raises."""
    for src in sources:
        try:
            if isinstance(src, Article):
                items: Iterable = [src]
            elif isinstance(src, pd.DataFrame):
                items = read_dataframe(src)
            else:
                items = read_file(src, date=date, title=title)
            for item in items:
                if isinstance(item, InputError):
                    raise_or_keep(item, errors)
                else:
                    yield item
        except InputError as err:
            raise_or_keep(err, errors)


def raise_or_keep(err: InputError, errors: list[InputError] | None) -> None:
    if errors is None:
        raise err
    errors.append(err)


def build(*sources: Source, date: object | None = None, title: str | None = None,
          errors: list[InputError] | None = None) -> Timeline:
    """Timeline of the given articles (paths, DataFrames or :class:`Article` objects).

    >>> tl = build("article.txt")            # doctest: +SKIP
    >>> tl.df; tl.figure(); tl.to_html("t.html")   # doctest: +SKIP
    """
    arts = list(articles(sources, date=date, errors=errors))
    events = [ev for art in arts for ev in extract(art)]
    if title is None:
        title = arts[0].title if len(arts) == 1 else f"Timeline of {len(arts)} articles"
    return Timeline.from_events(events, title or "Timeline")
