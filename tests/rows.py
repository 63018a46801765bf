"""Synthetic Timeline rows for the figure and export tests (no tagger involved)."""
from __future__ import annotations

import pandas as pd

T = pd.Timestamp


def event(date: str, start: str | None, end: str | None, granularity: str, **extra) -> dict:
    """One row of the Timeline contract; ``extra`` overrides any column (or adds one)."""
    row = {"date": date, "start": T(start) if start else pd.NaT, "end": T(end) if end else pd.NaT,
           "granularity": granularity, "timex": extra.pop("timex", date), "title": f"title {date}",
           "sentence": f"sentence about {date}.", "actors": "A; B", "year_inferred": False, "inherited": False,
           "source": "art-1", "url": "https://example.org/a?x=1&y=2", "doc_date": T("2022-02-04"),
           "article_title": "Article", "offset": 3, "mentions": 1}
    row.update(extra)
    return row
