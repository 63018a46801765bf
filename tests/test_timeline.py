"""The Timeline DataFrame contract: columns, dtypes, order."""
import pandas as pd

import newsline
from newsline.timeline import COLUMNS

TEXT = ("Shares fell in recent months. The firm was founded in 1998. "
        "It reported a loss on Monday. Sales peaked in March 2020.")


def test_columns_dtypes_and_order():
    tl = newsline.build(newsline.read_text(TEXT, "2022-02-04", title="Firm"))
    df = tl.df
    assert list(df.columns) == COLUMNS
    assert str(df["start"].dtype).startswith("datetime64") and str(df["doc_date"].dtype).startswith("datetime64")
    assert df["year_inferred"].dtype == bool and df["inherited"].dtype == bool
    assert list(df["date"]) == ["1998", "2020-03", "2022-01-31", "PAST_REF"]  # sorted by start, vague last
    assert df["end"].iloc[0] == pd.Timestamp("1998-12-31")
    assert pd.isna(df["start"].iloc[-1])
    assert tl.title == "Firm" and len(tl) == 4 and "4 events" in repr(tl)


def test_empty_timeline_has_columns():
    tl = newsline.build(newsline.read_text("Nothing dated here.", "2022-02-04"))
    assert len(tl) == 0 and list(tl.df.columns) == COLUMNS
