"""Exports of the events DataFrame: offline HTML page, JSON/CSV records, TimelineJS3 JSON, Jupyter bundle.

Pure functions over the DataFrame (see :mod:`newsline.timeline` for the columns). Article text is
untrusted: everything we put into HTML ourselves is ``html.escape``-d and only ``http(s)`` URLs become
links. Files are written atomically so a crash or a full disk never leaves a half-written export.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .plot import figure, http_url

__all__ = ["write_atomic", "html_document", "write_html", "records", "json_text", "csv_text", "timelinejs",
           "repr_mimebundle"]

_FIGURE_ID = "newsline-figure"
# The page may only run its own inline scripts and load nothing: a second line of defence if an escape
# were ever missed, and a guarantee that the page works offline. Plotly's WebGL (regl) needs eval.
_CSP = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
# plotly.js carries a CDN default for geo maps' topojson; we never draw maps, and an offline page should
# not even name a CDN, so the inlined bundle gets a relative default instead (never fetched; CSP blocks it).
_TOPOJSON_CDN = ('dflt:"https://cdn.plot.ly/un/"', 'dflt:"topojson/"')
_PLOT_CONFIG = {"responsive": True, "displaylogo": False, "scrollZoom": False,
                "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write via a temp file in the same directory and ``os.replace``: readers see the old file or the
    complete new one, never a partial write, and on error the old file is left untouched."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the file the permissions open() would
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _cell(value: Any) -> Any:
    """One value as JSON-safe Python: dates as ``YYYY-MM-DD``, missing/NaN as None, numpy scalars unboxed."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date, np.datetime64)):
        ts = pd.Timestamp(value)
        return None if pd.isna(ts) else ts.strftime("%Y-%m-%d")
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not math.isfinite(value) else float(value)
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return [_cell(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _cell(v) for k, v in value.items()}
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe rows, keys in column order."""
    columns = [str(c) for c in df.columns]
    return [dict(zip(columns, map(_cell, row))) for row in df.itertuples(index=False, name=None)]


def json_text(df: pd.DataFrame) -> str:
    """Deterministic JSON array of :func:`records` (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(records(df), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _one_newline(v: Any) -> Any:
    """CR as LF: the csv module quotes a field with "\\n" but not one with a bare "\\r", which readers
    then split into two rows."""
    return v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v


def csv_text(df: pd.DataFrame) -> str:
    """Deterministic CSV with ISO dates and empty cells for missing values."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([str(c) for c in df.columns])
    for rec in records(df):
        writer.writerow(["" if v is None else json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict))
                         else _one_newline(v) for v in rec.values()])
    return buf.getvalue()


def _text(row: pd.Series, key: str) -> str:
    value = row.get(key)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _flag(row: pd.Series, key: str) -> bool:
    value = row.get(key)
    return False if value is None or (not isinstance(value, str) and pd.isna(value)) else bool(value)


def _source_html(row: pd.Series) -> str:
    """Escaped source name, linked only when the URL is http(s)."""
    label = html.escape(_text(row, "article_title") or _text(row, "source") or "source")
    url = http_url(row.get("url"))
    if url is None:
        return label
    return (f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer nofollow" target="_blank">'
            f"{label}</a>")


def _when(row: pd.Series) -> str:
    timex, value = _text(row, "timex"), _text(row, "date")
    out = html.escape(timex or value)
    if value and value != timex:
        out += f' <span class="value">{html.escape(value)}</span>'
    notes = [label for key, label in (("year_inferred", "year inferred"), ("inherited", "inherited"))
             if _flag(row, key)]
    if notes:
        out += "".join(f' <span class="flag">{n}</span>' for n in notes)
    return out


def _table(df: pd.DataFrame) -> str:
    """The accessible event list; row ids ``event-<position>`` match the figure's customdata."""
    start = pd.to_datetime(df["start"], errors="coerce") if "start" in df else pd.Series(pd.NaT, index=df.index)
    body = {True: [], False: []}
    for pos, ((_, row), when) in enumerate(zip(df.iterrows(), start)):
        body[not pd.isna(when)].append(
            f'<tr id="event-{pos}"><td class="when">{_when(row)}</td>'
            f'<th scope="row">{html.escape(_text(row, "title"))}</th>'
            f'<td>{html.escape(_text(row, "sentence"))}</td><td>{_source_html(row)}</td></tr>')
    head = ('<thead><tr><th scope="col">Date as written</th><th scope="col">Event</th>'
            '<th scope="col">Evidence</th><th scope="col">Source</th></tr></thead>')
    parts = []
    if body[True]:
        parts.append(f'<table><caption>Dated events ({len(body[True])})</caption>{head}'
                     f'<tbody>{"".join(body[True])}</tbody></table>')
    if body[False]:
        parts.append(f'<table><caption>Undated events, not on the chart ({len(body[False])})</caption>{head}'
                     f'<tbody>{"".join(body[False])}</tbody></table>')
    return "\n".join(parts) or "<p>No events found.</p>"


# Clicking a point scrolls to its row in the list (where the source link is); no navigation, no network.
_POST_SCRIPT = """
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (ev) {
  var p = ev && ev.points && ev.points[0];
  var c = p && p.customdata;
  var row = c == null ? null : document.getElementById('event-' + (Array.isArray(c) ? c[0] : c));
  if (!row) return;
  row.scrollIntoView({behavior: 'smooth', block: 'center'});
  row.classList.remove('hit'); void row.offsetWidth; row.classList.add('hit');
});
"""

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1200px;
padding:1rem 1.5rem;color:#222;line-height:1.45}
h1{font-size:1.4rem;margin:.2rem 0 .2rem}
.summary{color:#666;margin:0;font-size:.9rem}
figure{margin:0}
table{border-collapse:collapse;width:100%;margin:1.5rem 0;font-size:.92rem}
caption{text-align:left;font-weight:600;font-size:1.05rem;padding:.4rem 0}
th,td{border-bottom:1px solid #e3e3e3;padding:.45rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #bbb;font-size:.85rem;color:#555}
tbody th{font-weight:600}
td.when{white-space:nowrap}
.value{color:#666;font-size:.85em}
.flag{display:inline-block;font-size:.75em;color:#7a4b00;background:#fff3d6;border-radius:3px;padding:0 .3em}
tr.hit{animation:hit 2s ease-out}
@keyframes hit{from{background:#ffe9a8}to{background:transparent}}
a{color:#1f5fa8}
"""


def _figure_html(fig: go.Figure, **kwargs: Any) -> str:
    """The figure as an HTML fragment with plotly.js inlined, naming no CDN."""
    fragment = fig.to_html(full_html=False, include_plotlyjs=True, config=_PLOT_CONFIG,
                           default_height=f"{fig.layout.height or 450}px", **kwargs)
    return fragment.replace(*_TOPOJSON_CDN)


def html_document(df: pd.DataFrame, title: str) -> str:
    """One self-contained offline page: inlined plotly.js, the figure, and the event list under it."""
    fig = figure(df, title)
    # The page's <h1> and summary line replace the figure's own title, so it is not shown twice.
    summary = fig.layout.title.subtitle.text or ""
    page_title = fig.layout.title.text  # already escaped by figure(); falls back to the article title
    fig.update_layout(title_text=None, title_subtitle_text=None, margin_t=60)
    plot = _figure_html(fig, div_id=_FIGURE_ID, post_script=_POST_SCRIPT)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{page_title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<main>\n<h1>{page_title}</h1>\n<p class="summary">{html.escape(summary)}</p>\n'
        '<figure aria-label="Interactive timeline chart; the same events are listed in the table below">\n'
        f"{plot}\n</figure>\n{_table(df)}\n</main>\n</body>\n</html>\n")


def write_html(df: pd.DataFrame, path: str | os.PathLike[str], title: str) -> None:
    """Write :func:`html_document` atomically."""
    write_atomic(path, html_document(df, title))


def _tl_date(ts: pd.Timestamp, granularity: str, *, end: bool = False) -> dict[str, int]:
    """TimelineJS date with only the parts the TIMEX3 value has (a year event: only ``year``)."""
    parts = {"year": ts.year}
    coarse = granularity in ("century", "decade", "year")
    if end:  # years end with their year; the inclusive last day makes a month/quarter/week a real span
        return parts if coarse else {"year": ts.year, "month": ts.month, "day": ts.day}
    if not coarse or ts.month != 1:
        parts["month"] = ts.month
        if granularity in ("week", "day", "time") or ts.day != 1:
            parts["day"] = ts.day
    if granularity == "time" and (ts.hour or ts.minute):
        parts.update(hour=ts.hour, minute=ts.minute)
    return parts


def _unique_id(pos: int, row: pd.Series) -> str:
    key = "\x1f".join(_text(row, k) for k in ("date", "title", "source", "offset"))
    return f"event-{pos}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def timelinejs(df: pd.DataFrame, title: str) -> dict[str, Any]:
    """TimelineJS3 JSON; vague (``NaT``) events are left out because TimelineJS needs a date."""
    events = []
    for pos, (_, row) in enumerate(df.iterrows()):
        start = pd.to_datetime(row.get("start"), errors="coerce")
        if pd.isna(start):
            continue
        end = pd.to_datetime(row.get("end"), errors="coerce")
        gran = _text(row, "granularity") or "day"
        timex, value = _text(row, "timex"), _text(row, "date")
        text = html.escape(_text(row, "sentence"))
        text += ("<br>" if text else "") + _source_html(row)
        event: dict[str, Any] = {"start_date": _tl_date(start, gran)}
        if gran not in ("day", "time") and not pd.isna(end):
            event["end_date"] = _tl_date(end, gran, end=True)
        event.update({
            "display_date": html.escape(f"{timex} ({value})" if timex and value and timex != value
                                        else timex or value),
            "text": {"headline": html.escape(_text(row, "title")), "text": text},
            "group": gran,
            "unique_id": _unique_id(pos, row)})
        events.append(event)
    n_sources = len({s for s in (df["source"] if "source" in df else []) if isinstance(s, str) and s})
    summary = f"{len(events)} dated event{'s' if len(events) != 1 else ''}"
    if n_sources:
        summary += f" from {n_sources} source{'s' if n_sources != 1 else ''}"
    return {"title": {"text": {"headline": html.escape(title or "Timeline"), "text": summary}}, "events": events}


def repr_mimebundle(df: pd.DataFrame, title: str) -> dict[str, Any]:
    """Jupyter display: plotly's JSON mimetype (JupyterLab renders it with its bundled plotly) plus an
    offline HTML fragment with plotly.js inlined for front ends without the extension."""
    fig = figure(df, title)
    return {
        "application/vnd.plotly.v1+json": {**json.loads(fig.to_json()), "config": _PLOT_CONFIG},
        "text/html": _figure_html(fig),
        "text/plain": f"<Timeline {title!r}: {len(df)} events>",
    }
