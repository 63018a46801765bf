"""Exports: escaping of hostile article text, offline HTML, TimelineJS shape, determinism, atomic writes."""
from __future__ import annotations

import json
import os
import re

import pandas as pd
import pytest

from newsline import export
from newsline.export import (csv_text, html_document, json_text, records, repr_mimebundle, timelinejs,
                             write_atomic, write_html)

from rows import T, event
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
# The inlined plotly.js bundle holds unused URL strings (map attributions); the browser test proves none
# is fetched. Link checks look at everything else in the page.
PLOTLY_JS = re.compile(r"<script>/\*\*\s*\* plotly\.js v.*?</script>", re.S)


def without_plotly_js(doc: str) -> str:
    stripped, n = PLOTLY_JS.subn("", doc)
    assert n == 1, "plotly.js must be inlined exactly once"
    return stripped


@pytest.fixture
def df() -> pd.DataFrame:
    return pd.DataFrame([
        event("2014", "2014-01-01", "2014-12-31", "year", timex="2014"),
        event("2021-07", "2021-07-01", "2021-07-31", "month", timex="in July", year_inferred=True),
        event("2022-02-02", "2022-02-02", "2022-02-02", "day", timex="on Wednesday",
              sentence="Ankara – Kyiv “deal”"),
        event("PAST_REF", None, None, "vague", timex="recently"),
    ])


@pytest.fixture
def hostile() -> pd.DataFrame:
    return pd.DataFrame([
        event("2021-07", "2021-07-01", "2021-07-31", "month", title=SCRIPT, sentence=f"{SCRIPT} and {IMG}",
              actors=IMG, source=IMG, url=JS_URL, article_title=SCRIPT, timex=IMG),
        event("2022-02-02", "2022-02-02", "2022-02-02", "day", title=IMG, sentence=SCRIPT,
              url='https://example.org/?q="><b>x</b>', article_title=IMG),
        event("PAST_REF", None, None, "vague", title=SCRIPT, sentence=IMG, url=JS_URL),
    ])


def test_html_escapes_every_piece_of_article_text(hostile):
    doc = html_document(hostile, SCRIPT)
    for raw in (SCRIPT, IMG, JS_URL, "<img", "onerror=alert(1)>"):
        assert raw not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc  # shown, as text
    assert "<title>&lt;script&gt;" in doc and "<h1>&lt;script&gt;" in doc
    hrefs = re.findall(r'href="([^"]*)"', without_plotly_js(doc))
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    assert 'href="https://example.org/?q=&quot;&gt;&lt;b&gt;x&lt;/b&gt;"' in doc  # odd but http(s): escaped


def test_html_is_offline_and_self_contained(df):
    doc = html_document(df, "Title")
    assert "<script src=" not in doc.lower() and "<link" not in doc.lower() and "cdn.plot.ly" not in doc
    own = without_plotly_js(doc)
    assert "cdn.plot.ly" not in own and "://" not in own.replace("https://example.org/a", "")
    assert "Plotly.newPlot" in own and len(doc) > 1_000_000  # plotly.js inlined
    assert "Content-Security-Policy" in doc and "default-src 'none'" in doc


def test_html_lists_every_event_with_date_as_written_and_source_link(df):
    doc = html_document(df, "Title")
    for pos, row in df.iterrows():
        assert f'id="event-{pos}"' in doc and row["title"] in doc
    assert "on Wednesday" in doc and "2022-02-02" in doc and "Ankara – Kyiv “deal”" in doc
    assert 'href="https://example.org/a?x=1&amp;y=2"' in doc
    assert "Undated events" in doc and "recently" in doc and "year inferred" in doc


def test_write_html_writes_the_document(df, tmp_path):
    path = tmp_path / "t.html"
    write_html(df, path, "Title")
    assert path.read_text(encoding="utf-8") == html_document(df, "Title")


def test_records_are_json_safe(df):
    df = df.assign(extra=[1.5, float("nan"), None, float("inf")])
    recs = records(df)
    assert list(recs[0]) == list(df.columns)
    assert (recs[0]["start"], recs[0]["end"], recs[0]["doc_date"]) == ("2014-01-01", "2014-12-31", "2022-02-04")
    assert recs[3]["start"] is None and recs[3]["end"] is None
    assert recs[1]["year_inferred"] is True and recs[0]["inherited"] is False
    assert type(recs[0]["offset"]) is int and recs[0]["extra"] == 1.5
    assert recs[1]["extra"] is None and recs[2]["extra"] is None and recs[3]["extra"] is None
    json.dumps(recs, allow_nan=False)


def test_json_and_csv_are_deterministic(df):
    assert json_text(df) == json_text(df.copy())
    assert csv_text(df) == csv_text(df.copy())
    loaded = json.loads(json_text(df))
    assert loaded[3]["start"] is None and "“deal”" in json_text(df)  # NaT -> null, not ASCII-escaped
    lines = csv_text(df).splitlines()
    assert lines[0] == ",".join(df.columns)
    assert lines[1].startswith("2014,2014-01-01,2014-12-31,year,")
    assert lines[4].startswith("PAST_REF,,,vague,")


def test_timelinejs_structure(df):
    tl = timelinejs(df, "Title <x>")
    assert tl["title"]["text"]["headline"] == "Title &lt;x&gt;"
    events = tl["events"]
    assert len(events) == 3  # the vague one is left out
    year, month, day = events
    assert year["start_date"] == {"year": 2014} and year["end_date"] == {"year": 2014}
    assert month["start_date"] == {"year": 2021, "month": 7}
    assert month["end_date"] == {"year": 2021, "month": 7, "day": 31}
    assert day["start_date"] == {"year": 2022, "month": 2, "day": 2} and "end_date" not in day
    assert day["display_date"] == "on Wednesday (2022-02-02)" and year["display_date"] == "2014"
    assert month["group"] == "month" and month["text"]["headline"] == "title 2021-07"
    assert '<a href="https://example.org/a?x=1&amp;y=2"' in month["text"]["text"]
    assert len({e["unique_id"] for e in events}) == 3
    assert timelinejs(df, "Title <x>") == tl
    json.dumps(tl)


def test_timelinejs_escapes_and_drops_unsafe_links(hostile):
    text = json.dumps(timelinejs(hostile, SCRIPT))
    for raw in (SCRIPT, IMG, JS_URL):
        assert raw not in text


def test_timelinejs_other_granularities():
    df = pd.DataFrame([event("199", "1990-01-01", "1999-12-31", "decade"),
                       event("2021-Q3", "2021-07-01", "2021-09-30", "quarter"),
                       event("2022-W05", "2022-01-31", "2022-02-06", "week")])
    decade, quarter, week = timelinejs(df, "t")["events"]
    assert decade["start_date"] == {"year": 1990} and decade["end_date"] == {"year": 1999}
    assert quarter["end_date"] == {"year": 2021, "month": 9, "day": 30}
    assert week["start_date"] == {"year": 2022, "month": 1, "day": 31}


def test_repr_mimebundle_is_offline(df):
    bundle = repr_mimebundle(df, "Title")
    assert bundle["application/vnd.plotly.v1+json"]["data"]
    assert "<script src=" not in bundle["text/html"] and "cdn.plot.ly" not in bundle["text/html"]
    without_plotly_js(bundle["text/html"])  # inlined
    json.dumps(bundle["application/vnd.plotly.v1+json"])


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "out.json"
    write_atomic(path, "old")
    write_atomic(path, "néw".encode("utf-8"))
    assert path.read_bytes() == "néw".encode("utf-8")
    write_atomic(path, "a\nb\n")
    assert path.read_bytes() == b"a\nb\n"  # no newline translation
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomic_does_not_clobber_on_error(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    write_atomic(path, "original")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, "new")
    assert path.read_text() == "original"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with pytest.raises(TypeError):
        write_atomic(path, 42)  # type: ignore[arg-type]
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]


def test_write_atomic_uses_normal_permissions(tmp_path):
    import os

    from newsline.export import write_atomic

    p = tmp_path / "out.json"
    write_atomic(p, "{}")
    umask = os.umask(0o022)
    os.umask(umask)
    assert (p.stat().st_mode & 0o777) == (0o666 & ~umask)
