"""The plotly figure: markers vs spans, widths, hover, uncertainty styling, vague/empty handling, WebGL."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from newsline.plot import GL_THRESHOLD, figure, http_url

from rows import T, event


def frame(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows)).sort_values("start", na_position="last", kind="mergesort", ignore_index=True)


@pytest.fixture
def df() -> pd.DataFrame:
    return frame(
        event("2014", "2014-01-01", "2014-12-31", "year"),
        event("2021-07", "2021-07-01", "2021-07-31", "month", timex="July", year_inferred=True),
        event("2021-Q3", "2021-07-01", "2021-09-30", "quarter"),
        event("2022-W05", "2022-01-31", "2022-02-06", "week"),
        event("2022-02-02", "2022-02-02", "2022-02-02", "day", timex="on Wednesday",
              sentence="Altun <b>said</b> something long " * 20),
        event("2022-02-03", "2022-02-03", "2022-02-03", "day", inherited=True),
        event("2022-02-04TMO", "2022-02-04", "2022-02-04", "time"),
        event("PAST_REF", None, None, "vague"),
    )


def _points(fig: go.Figure) -> list[tuple[go.BaseTraceType, int]]:
    return [(t, i) for t in fig.data for i in range(len(t.hovertext))]


def _by_pos(fig: go.Figure) -> dict[int, tuple[go.BaseTraceType, int]]:
    return {int(t.customdata[i][0]): (t, i) for t, i in _points(fig)}


def test_days_are_markers_and_periods_are_bars(df):
    fig = figure(df, "T")
    kinds = {pos: trace.type for pos, (trace, _) in _by_pos(fig).items()}
    assert kinds == {0: "bar", 1: "bar", 2: "bar", 3: "bar", 4: "scatter", 5: "scatter", 6: "scatter"}
    assert all(t.mode == "markers" for t in fig.data if t.type == "scatter")


def test_span_width_covers_the_inclusive_range(df):
    fig = figure(df, "T")
    for pos, (trace, i) in _by_pos(fig).items():
        if trace.type != "bar":
            continue
        start, end = df.loc[pos, "start"], df.loc[pos, "end"]
        assert T(trace.base[i]) == start
        assert pd.Timedelta(milliseconds=trace.x[i]) == end + pd.Timedelta(days=1) - start
    year_trace, i = _by_pos(fig)[0]
    assert pd.Timedelta(milliseconds=year_trace.x[i]).days == 365


def test_overlapping_spans_get_distinct_rows_and_category_lanes(df):
    fig = figure(df, "T")
    pos = _by_pos(fig)
    y = {p: t.y[i] for p, (t, i) in pos.items()}
    assert y[1] != y[2]  # July and Q3 overlap: different lanes
    assert y[4] != y[5]  # neighbouring days are stacked at full zoom
    assert set(fig.layout.yaxis.ticktext) == {"Years", "Quarters & seasons", "Months", "Weeks", "Days"}
    assert fig.layout.yaxis.fixedrange is True


def test_hover_has_title_timex_value_sentence_and_source(df):
    trace, i = _by_pos(figure(df, "T"))[4]
    text = trace.hovertext[i]
    assert "title 2022-02-02" in text and "on Wednesday (2022-02-02)" in text and "Source: art-1" in text
    assert "Altun &lt;b&gt;said&lt;/b&gt;" in text and "<b>said" not in text  # article text is escaped
    assert "<br>" in text and len(text) < 800  # wrapped and capped
    assert "%{hovertext}" in trace.hovertemplate


def test_uncertain_dates_are_styled_apart_with_legend(df):
    fig = figure(df, "T")
    pos = _by_pos(fig)
    inferred, certain = pos[1][0], pos[2][0]
    assert inferred is not certain and inferred.marker.pattern.shape == "/" and not certain.marker.pattern.shape
    inherited_day, day = pos[5][0], pos[4][0]
    assert inherited_day.marker.symbol == "circle-open" and day.marker.symbol == "circle"
    assert all(t.showlegend is not False for t in (inferred, inherited_day))
    assert "inferred" in inferred.name and "inherited" in inherited_day.name


def test_vague_events_are_counted_not_plotted(df):
    fig = figure(df, "Title")
    assert 7 not in _by_pos(fig) and len(_points(fig)) == 7
    assert "1 undated event" in fig.layout.title.subtitle.text
    assert fig.layout.title.text == "Title"


def test_axis_is_readable_and_padded(df):
    fig = figure(df, "T")
    lo, hi = (T(x) for x in fig.layout.xaxis.range)
    assert lo < T("2014-01-01") and hi > T("2022-02-05")
    assert fig.layout.xaxis.rangeslider.visible is True and fig.layout.xaxis.type == "date"


def test_empty_and_all_vague_frames_give_a_valid_figure():
    empty = pd.DataFrame(columns=["date", "start", "end", "granularity", "timex", "title", "sentence"])
    for data in (empty, frame(event("FUTURE_REF", None, None, "vague"))):
        fig = figure(data, "Nothing")
        assert not fig.data
        assert any("No dated events" in a.text for a in fig.layout.annotations)
        fig.to_json()  # serialisable: a valid figure


def test_missing_optional_columns_and_hostile_title():
    data = frame(event("2021", "2021-01-01", "2021-12-31", "year")).drop(columns=["mentions", "actors", "url"])
    fig = figure(data, "<script>alert(1)</script>")
    assert fig.layout.title.text == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert fig.data[0].customdata[0][1] == ""


def test_large_frames_switch_to_webgl():
    n = GL_THRESHOLD + 1
    days = pd.date_range("2014-01-01", periods=n, freq="D")
    rows = [event(str(d.date()), str(d.date()), str(d.date()), "day") for d in days]
    rows += [event("2014", "2014-01-01", "2014-12-31", "year", year_inferred=True)]
    fig = figure(frame(*rows), "Big")
    assert {t.type for t in fig.data} == {"scattergl"}
    markers = next(t for t in fig.data if t.mode == "markers")
    assert len(markers.x) == n
    small = figure(frame(*rows[:10]), "Small")
    assert "scattergl" not in {t.type for t in small.data}


@pytest.mark.parametrize("url, ok", [("https://a.org/x", True), ("HTTP://a.org", True), ("javascript:alert(1)", False),
                                     ("data:text/html,x", False), ("//a.org", False), ("https://a.org/x y", False),
                                     (None, False), (float("nan"), False)])
def test_http_url(url, ok):
    assert (http_url(url) is not None) is ok


def test_dates_before_1678_do_not_overflow():
    """Timestamps before 1678 exceed int64 nanoseconds; the layout must not rely on them."""
    import newsline

    tl = newsline.build(newsline.read_text(
        "The town was founded in the 11th century and rebuilt in 1650. It burned on Monday.", "2022-02-04"))
    assert tl.df["date"].iloc[0] == "10"
    fig = tl.figure()
    assert len(fig.data) >= 2
