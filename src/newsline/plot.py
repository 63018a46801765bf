"""The interactive plotly figure of a timeline.

Layout: one horizontal lane per granularity class (decades, years, quarters/seasons, months, weeks, days),
coarse at the top. Periods are bars from ``start`` to ``end + 1 day`` so their full calendar extent is
visible; days are markers. Inside a lane, events that would overlap at full zoom are packed into
sub-lanes so none hides another. Uncertain dates (year inferred, date inherited) are hatched bars or open
markers. Vague events (``NaT``) have no place on a time axis: they are only counted in an annotation and
listed by :mod:`newsline.export` under the figure.

All article text is untrusted: it is escaped (``<``, ``>``, ``&``) before it reaches plotly, whose labels
accept a subset of HTML. Quotes stay as they are: plotly would show ``&quot;`` literally, and with ``<``
escaped no tag (hence no attribute) can come from article text.
"""
from __future__ import annotations

import html
import math
import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

__all__ = ["figure", "http_url", "GL_THRESHOLD"]

GL_THRESHOLD = 2000
"""Above this many plotted events the figure switches to WebGL (``Scattergl``) traces."""

_MAX_SUBLANES = 6  # more rows per lane stop helping readability; beyond this events may overlap
_MARKER_ROOM = 0.012  # share of the full x range a day marker needs so that neighbours do not overlap
_HOVER_WIDTH = 72
_HOVER_CAP = 320

_LANE_OF = {"century": "Decades", "decade": "Decades", "year": "Years", "half": "Quarters & seasons",
            "quarter": "Quarters & seasons", "season": "Quarters & seasons", "month": "Months",
            "week": "Weeks", "day": "Days", "time": "Days"}
_LANE_ORDER = ("Decades", "Years", "Quarters & seasons", "Months", "Weeks", "Periods", "Days")

_SPAN = "#3566a8"
_SPAN_LIGHT = "#c9d8ee"
_DAY = "#d1495b"
_UNCERTAIN_NAME = "year inferred / date inherited"


def http_url(value: object) -> str | None:
    """The URL if it is an absolute ``http(s)`` URL, else ``None``: only these may ever become links."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if url.lower().startswith(("http://", "https://")) and len(url) > 8 and not any(c.isspace() for c in url):
        return url
    return None


def _str(value: object) -> str:
    """Cell as text; missing values (None/NaN/NaT) become ''."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _flag(value: object) -> bool:
    return False if value is None or (not isinstance(value, str) and pd.isna(value)) else bool(value)


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _wrapped(text: str, cap: int = _HOVER_CAP) -> str:
    """Escaped, line-wrapped, length-capped text for a hover label."""
    text = " ".join(text.split())
    if len(text) > cap:
        text = text[: cap - 1].rstrip() + "…"
    return "<br>".join(_esc(line) for line in textwrap.wrap(text, _HOVER_WIDTH))


def _when(timex: str, value: str) -> str:
    """"as written (TIMEX3 value)", without repeating identical strings."""
    if timex and value and timex != value:
        return f"{timex} ({value})"
    return timex or value


def _hover(row: pd.Series) -> str:
    parts = [f"<b>{_wrapped(_str(row.get('title')), 160)}</b>",
             _esc(_when(_str(row.get("timex")), _str(row.get("date"))))]
    if _str(row.get("sentence")):
        parts.append(f"<i>{_wrapped(_str(row.get('sentence')))}</i>")
    notes = []
    if _flag(row.get("year_inferred")):
        notes.append("year inferred from tense and publication date")
    if _flag(row.get("inherited")):
        notes.append("date inherited from the previous sentence")
    if notes:
        parts.append("⚠ " + "; ".join(notes))
    if _str(row.get("actors")):
        parts.append("Actors: " + _wrapped(_str(row.get("actors")), 160))
    mentions = row.get("mentions")
    if isinstance(mentions, (int, float)) and not pd.isna(mentions) and mentions > 1:
        parts.append(f"Reported {int(mentions)} times")
    source = _str(row.get("source"))
    if source:
        parts.append("Source: " + _wrapped(source, 160))
    return "<br>".join(parts)


def _lane(granularity: str, start: pd.Timestamp, end: pd.Timestamp) -> str:
    lane = _LANE_OF.get(granularity)
    if lane is None:  # unknown granularity: decide by extent
        lane = "Days" if end.normalize() == start.normalize() else "Periods"
    return lane


def _prepare(df: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Dated events with lane, packed y position, styling flags and hover text; plus the vague count."""
    pos = pd.RangeIndex(len(df))
    start = pd.to_datetime(df["start"], errors="coerce") if "start" in df else pd.Series(pd.NaT, index=df.index)
    end = pd.to_datetime(df["end"], errors="coerce") if "end" in df else start
    start, end = start.reset_index(drop=True), end.reset_index(drop=True).fillna(start.reset_index(drop=True))
    rows = df.reset_index(drop=True)
    dated = start.notna()
    ev = pd.DataFrame({"pos": pos, "start": start, "end": end.where(end >= start, start)})[dated]
    rows = rows[dated]
    gran = rows["granularity"].map(_str) if "granularity" in rows else pd.Series("", index=rows.index)
    ev["lane"] = [_lane(g, s, e) for g, s, e in zip(gran, ev["start"], ev["end"])]
    ev["marker"] = ev["lane"].eq("Days")
    ev["stop"] = ev["end"].dt.normalize() + pd.Timedelta(days=1)  # exclusive end of the inclusive range
    ev["uncertain"] = [
        _flag(a) or _flag(b)
        for a, b in zip(rows.get("year_inferred", pd.Series(False, index=rows.index)),
                        rows.get("inherited", pd.Series(False, index=rows.index)))]
    mentions = pd.to_numeric(rows["mentions"], errors="coerce") if "mentions" in rows else None
    ev["mentions"] = 1 if mentions is None else mentions.fillna(1).clip(lower=1).astype(int)
    ev["url"] = [http_url(u) or "" for u in rows.get("url", pd.Series(None, index=rows.index))]
    ev["hover"] = [_hover(r) for _, r in rows.iterrows()]
    return ev, int((~dated).sum())


def _pack(ev: pd.DataFrame, room: float) -> pd.Series:
    """Greedy interval packing per lane: each event takes the first sub-lane free at its start
    (an event occupies at least ``room`` seconds, the width a marker needs at full zoom, and touching bars
    go to different sub-lanes so that two adjacent years never read as one long bar)."""
    sub = pd.Series(0, index=ev.index)
    gap = room / 3
    for _, group in ev.sort_values(["start", "stop"], kind="mergesort").groupby("lane", sort=False):
        free_at: list[float] = []
        for idx, s, e in zip(group.index, group["start"], group["stop"]):
            # POSIX seconds, not ns: Timestamp.value overflows for dates before 1678 (e.g. "the 11th century")
            s_ns, e_ns = s.timestamp(), max(e.timestamp(), s.timestamp() + room)
            k = next((i for i, f in enumerate(free_at) if f + gap <= s_ns), None)
            if k is None and len(free_at) < _MAX_SUBLANES:
                k = len(free_at)
                free_at.append(0)
            elif k is None:  # lane full: share the sub-lane that frees first
                k = min(range(len(free_at)), key=free_at.__getitem__)
            free_at[k] = max(free_at[k], e_ns)
            sub[idx] = k
    return sub


def _y_positions(ev: pd.DataFrame) -> tuple[pd.Series, list[float], list[str], list[float]]:
    """Numeric y per event (lanes top to bottom), lane label ticks, and separator positions."""
    lo, hi = ev["start"].min(), ev["stop"].max()
    room = (hi - lo).total_seconds() * _MARKER_ROOM if hi > lo else 0.0
    sub = _pack(ev, room)
    y = pd.Series(0.0, index=ev.index)
    tickvals, ticktext, separators = [], [], []
    top = 0.0
    for lane in _LANE_ORDER:
        in_lane = ev["lane"].eq(lane)
        if not in_lane.any():
            continue
        rows = int(sub[in_lane].max()) + 1
        y[in_lane] = top + sub[in_lane]
        tickvals.append(top + (rows - 1) / 2)
        ticktext.append(lane)
        top += rows + 0.5
        separators.append(top - 0.75)
    return y, tickvals, ticktext, separators[:-1]


def _span_traces(ev: pd.DataFrame, gl: bool) -> list[go.BaseTraceType]:
    traces: list[go.BaseTraceType] = []
    for uncertain in (False, True):
        part = ev[~ev["marker"] & ev["uncertain"].eq(uncertain)]
        if part.empty:
            continue
        name = f"Period ({_UNCERTAIN_NAME})" if uncertain else "Period"
        custom = list(zip(part["pos"], part["url"]))
        if gl:  # thick line segments: WebGL has no bars, and 10k SVG bars would not stay responsive
            xs: list[Any] = []
            ys: list[Any] = []
            texts: list[Any] = []
            cd: list[Any] = []
            for (_, r), c in zip(part.iterrows(), custom):
                xs += [r["start"], r["stop"], None]
                ys += [r["y"], r["y"], None]
                texts += [r["hover"], r["hover"], None]
                cd += [c, c, None]
            traces.append(go.Scattergl(
                x=xs, y=ys, mode="lines", name=name, hovertext=texts, customdata=cd,
                hovertemplate="%{hovertext}<extra></extra>", connectgaps=False,
                line={"width": 7, "color": _SPAN_LIGHT if uncertain else _SPAN,
                      "dash": "dot" if uncertain else "solid"}))
            continue
        marker: dict[str, Any] = {"color": _SPAN, "line": {"color": _SPAN, "width": 1}}
        if uncertain:
            marker = {"color": _SPAN_LIGHT, "line": {"color": _SPAN, "width": 1},
                      "pattern": {"shape": "/", "fgcolor": _SPAN, "size": 6, "solidity": 0.25}}
        traces.append(go.Bar(
            orientation="h", base=[s.isoformat() for s in part["start"]],
            x=[(e - s) / pd.Timedelta(milliseconds=1) for s, e in zip(part["start"], part["stop"])],
            y=part["y"].tolist(), width=0.7, name=name, marker=marker, customdata=custom,
            hovertext=part["hover"].tolist(), hovertemplate="%{hovertext}<extra></extra>"))
    return traces


def _marker_traces(ev: pd.DataFrame, gl: bool) -> list[go.BaseTraceType]:
    traces: list[go.BaseTraceType] = []
    for uncertain in (False, True):
        part = ev[ev["marker"] & ev["uncertain"].eq(uncertain)]
        if part.empty:
            continue
        size = [min(11 + 3 * math.log2(m), 22) for m in part["mentions"]]
        cls = go.Scattergl if gl else go.Scatter
        traces.append(cls(
            x=[s.isoformat() for s in part["start"]], y=part["y"].tolist(), mode="markers",
            name=f"Day ({_UNCERTAIN_NAME})" if uncertain else "Day",
            marker={"size": size, "color": _DAY, "symbol": "circle-open" if uncertain else "circle",
                    "line": {"width": 2 if uncertain else 1, "color": _DAY if uncertain else "white"}},
            customdata=list(zip(part["pos"], part["url"])), hovertext=part["hover"].tolist(),
            hovertemplate="%{hovertext}<extra></extra>"))
    return traces


def _title(df: pd.DataFrame, title: str | None) -> str:
    if not title and "article_title" in df and len(df):
        title = _str(df["article_title"].iloc[0])
    return _esc(title or "Timeline")


def figure(df: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Interactive timeline figure of an events DataFrame (see :mod:`newsline.timeline` for the columns).

    Never raises on an empty or all-vague DataFrame: it then shows a "No dated events" message.
    """
    ev, vague = _prepare(df)
    fig = go.Figure()
    fig.update_layout(
        title={"text": _title(df, title), "x": 0.01, "xanchor": "left", "font": {"size": 18}},
        template="plotly_white", font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"},
        hovermode="closest", hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        margin={"l": 10, "r": 20, "t": 90, "b": 30}, barmode="overlay", dragmode="zoom",
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.0, "yanchor": "bottom",
                "font": {"size": 11}})
    vague_note = (f"{vague} undated event{'s' if vague != 1 else ''} not on the time axis"
                  if vague else "")
    if ev.empty:
        fig.add_annotation(text="No dated events" + (f"<br><span style='font-size:12px'>{vague_note}</span>"
                                                     if vague else ""),
                           xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False,
                           font={"size": 16, "color": "#666"})
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        fig.update_layout(height=300)
        return fig

    ev["y"], tickvals, ticktext, separators = _y_positions(ev)
    gl = len(ev) > GL_THRESHOLD
    for trace in _span_traces(ev, gl) + _marker_traces(ev, gl):
        fig.add_trace(trace)

    lo, hi = ev["start"].min(), ev["stop"].max()
    pad = max((hi - lo) * 0.03, pd.Timedelta(days=3))
    x_range = [(lo - pad).isoformat(), (hi + pad).isoformat()]
    fig.update_xaxes(
        type="date", range=x_range, showgrid=True, gridcolor="#eee", ticks="outside",
        rangeslider={"visible": True, "thickness": 0.12, "range": x_range},
        rangeselector={"x": 0, "y": 1.0, "yanchor": "bottom", "font": {"size": 11}, "buttons": [
            {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
            {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
            {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
            {"label": "all", "step": "all"}]})
    fig.update_yaxes(tickvals=tickvals, ticktext=ticktext, range=[ev["y"].max() + 0.7, -0.7],
                     fixedrange=True, showgrid=False, zeroline=False, ticks="", automargin=True)
    for y in separators:
        fig.add_hline(y=y, line={"color": "#ddd", "width": 1})
    summary = f"{len(ev)} dated event{'s' if len(ev) != 1 else ''}" + (f" · {vague_note}" if vague else "")
    fig.update_layout(title_subtitle={"text": summary, "font": {"size": 12, "color": "#666"}})
    fig.update_layout(height=int(min(max(260 + 38 * (ev["y"].max() + 1), 420), 900)))
    return fig
