"""The Timeline: a pandas DataFrame of events, one row per event, sorted by start.

Columns (documented contract, relied on by :mod:`newsline.plot` and :mod:`newsline.export`):

================  ==========================================================================
date              TIMEX3 value of the event's date: ``2014``, ``2021-07``, ``2022-02-02``,
                  ``2022-W05``, ``2021-Q3``, ``PAST_REF`` ...
start, end        inclusive calendar range as ``Timestamp``; ``NaT`` for vague values
granularity       ``century decade year half quarter season month week day time vague``
timex             the temporal expression as written in the article
title             short "who did what" headline
sentence          the evidence sentence
actors            participants named in the sentence, ``"; "``-joined
year_inferred     the year was not written but inferred from tense and publication date
inherited         the sentence had no date of its own and inherits the previous event's
source            article id (or URL) — ``"; "``-joined when merged across articles
url               link to the article (first one when merged)
doc_date          publication date of the (first) article, ``Timestamp``
article_title     title of the (first) article
offset            character offset of the temporal expression in the article text (-1 if inherited)
mentions          number of merged reports of the event (1 unless merged)
salience          (ranked timelines only: ``top``) importance in ``[0, 1]``, see :mod:`newsline.merge`
================  ==========================================================================
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable

import pandas as pd

from .events import Event

__all__ = ["Timeline", "COLUMNS"]

COLUMNS = ["date", "start", "end", "granularity", "timex", "title", "sentence", "actors", "year_inferred",
           "inherited", "source", "url", "doc_date", "article_title", "offset", "mentions"]


_FIELDS = [f.name for f in dataclasses.fields(Event)]


def event_row(ev: Event) -> dict:
    """An Event as a row dict of the COLUMNS (plain Python values; :func:`frame_rows` types them)."""
    row = {f: getattr(ev, f) for f in _FIELDS}
    row["actors"] = "; ".join(ev.actors)
    row["mentions"] = 1
    return row


def _frame(events: Iterable[Event]) -> pd.DataFrame:
    return frame_rows(event_row(ev) for ev in events)


def frame_rows(rows: Iterable[dict]) -> pd.DataFrame:
    """Timeline DataFrame (typed, sorted) of row dicts with the COLUMNS (and maybe ``salience``)."""
    rows = list(rows)
    extra = ["salience"] if rows and "salience" in rows[0] else []
    df = pd.DataFrame(rows, columns=COLUMNS + extra)
    for col in ("start", "end", "doc_date"):
        df[col] = pd.to_datetime(df[col])
    df["year_inferred"] = df["year_inferred"].astype(bool)
    df["inherited"] = df["inherited"].astype(bool)
    df["offset"] = df["offset"].astype("int64")
    df["mentions"] = df["mentions"].astype("int64")
    return _sorted(df)


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    # NaT (vague) rows last; ties broken by source and position so output is deterministic.
    return df.sort_values(["start", "end", "source", "offset"], na_position="last", kind="mergesort",
                          ignore_index=True)


class Timeline:
    """Events of one or more articles as a DataFrame (``.df``), with figure and export methods."""

    def __init__(self, df: pd.DataFrame, title: str = "Timeline"):
        self.df = df
        self.title = title

    @classmethod
    def from_events(cls, events: Iterable[Event], title: str = "Timeline") -> "Timeline":
        return cls(_frame(events), title)

    def __len__(self) -> int:
        return len(self.df)

    def merge(self, similarity: float = 0.5) -> "Timeline":
        """One row per event reported by several articles (see :func:`newsline.merge.merge`)."""
        from .merge import merge

        return Timeline(merge(self.df, similarity), self.title)

    def top(self, n: int | None = None, per_day: int | None = None) -> "Timeline":
        """The ``n`` most salient events, at most ``per_day`` per day, still chronological, with a
        ``salience`` column (``top()`` alone ranks without dropping anything)."""
        from .merge import top

        return Timeline(top(self.df, n, per_day), self.title)

    def __repr__(self) -> str:
        return f"<Timeline {self.title!r}: {len(self.df)} events>"

    def figure(self):
        """The interactive plotly Figure."""
        from .plot import figure

        return figure(self.df, self.title)

    def to_html(self, path: str | Path) -> Path:
        """Write one self-contained offline HTML file (plotly.js inlined) and return its path."""
        from .export import write_html

        write_html(self.df, path, self.title)
        return Path(path)

    def to_csv(self, path: str | Path | None = None) -> str:
        from .export import csv_text, write_atomic

        text = csv_text(self.df)
        if path is not None:
            write_atomic(path, text)
        return text

    def to_json(self, path: str | Path | None = None) -> str:
        from .export import json_text, write_atomic

        text = json_text(self.df)
        if path is not None:
            write_atomic(path, text)
        return text

    def to_timelinejs(self) -> dict:
        """TimelineJS3 JSON (as a dict)."""
        from .export import timelinejs

        return timelinejs(self.df, self.title)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        from .export import repr_mimebundle

        return repr_mimebundle(self.df, self.title)
