"""The exported page in a real headless Chromium: no script from article text runs, nothing is fetched,
every dated event is drawn. Skipped (with the reason) where no Chromium or Playwright is available."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pandas as pd
import pytest

from newsline.export import write_html

pytestmark = pytest.mark.browser

T = pd.Timestamp
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = ("file:", "data:", "blob:")


def _chromium() -> str | None:
    # The real binary avoids the /usr/bin/chromium wrapper script's extra flags.
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


CHROMIUM = _chromium()
if CHROMIUM is None:
    pytest.skip("no chromium binary (PATH or /usr/lib/chromium/chromium); apt-get install chromium",
                allow_module_level=True)
if importlib.util.find_spec("playwright") is None:
    pytest.skip("playwright is not importable; pip install playwright", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


def event(date: str, start: str | None, end: str | None, granularity: str, **extra) -> dict:
    row = {"date": date, "start": T(start) if start else pd.NaT, "end": T(end) if end else pd.NaT,
           "granularity": granularity, "timex": date, "title": f"title {date}", "sentence": f"About {date}.",
           "actors": "", "year_inferred": False, "inherited": False, "source": "art-1",
           "url": "https://example.org/a", "doc_date": T("2022-02-04"), "article_title": "Article",
           "offset": 0, "mentions": 1}
    row.update(extra)
    return row


@pytest.fixture
def hostile() -> pd.DataFrame:
    return pd.DataFrame([
        event("2014", "2014-01-01", "2014-12-31", "year", title=SCRIPT, sentence=f"{SCRIPT} {IMG}"),
        event("2021-07", "2021-07-01", "2021-07-31", "month", year_inferred=True, url="javascript:alert(1)",
              source=IMG),
        event("2021-10", "2021-10-01", "2021-10-31", "month", actors=IMG),
        event("2022-02-02", "2022-02-02", "2022-02-02", "day", title=IMG, timex=SCRIPT,
              url='https://example.org/?q="><img src=x onerror=alert(1)>'),
        event("2022-02-03", "2022-02-03", "2022-02-03", "day", inherited=True, article_title=SCRIPT),
        event("PAST_REF", None, None, "vague", title=IMG, sentence=SCRIPT),
    ])


def test_hostile_page_is_inert_offline_and_complete(hostile, tmp_path):
    page_path = tmp_path / "timeline.html"
    write_html(hostile, page_path, f"{SCRIPT}{IMG}")
    dialogs: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_path.as_uri())
            main = ".cartesianlayer .subplot.xy"
            page.wait_for_selector(f"{main} .scatterlayer .point", state="attached")
            bars = page.locator(f"{main} .barlayer .point").count()
            markers = page.locator(f"{main} .scatterlayer .point").count()
            page.hover(f"{main} .scatterlayer .point", force=True)
            hover = page.locator(".hoverlayer .hovertext").first.text_content(timeout=5000)
            title = page.title()
            rows = page.locator("tbody tr").count()
            links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
            injected = page.locator("img").count()
            page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
        finally:
            browser.close()

    assert dialogs == []
    assert errors == []
    assert [u for u in requests if not u.startswith(LOCAL_SCHEMES)] == []
    dated = int(hostile["start"].notna().sum())
    assert (bars, markers) == (3, 2) and bars + markers == dated
    assert rows == len(hostile)
    assert IMG in hover  # the hover shows article text as literal text
    assert title == f"{SCRIPT}{IMG}"  # shown literally, never parsed
    assert all(h.startswith("https://") for h in links) and injected == 0
    assert (tmp_path / "timeline.png").stat().st_size > 10_000


def test_large_timeline_renders_with_webgl_without_errors(tmp_path):
    days = pd.date_range("2014-01-01", periods=2100, freq="D")
    df = pd.DataFrame([event(str(d.date()), str(d.date()), str(d.date()), "day") for d in days]
                      + [event("2015", "2015-01-01", "2015-12-31", "year", title=SCRIPT)])
    page_path = tmp_path / "big.html"
    write_html(df, page_path, "Big")
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_path.as_uri())
            page.wait_for_function("document.getElementById('newsline-figure')._fullLayout !== undefined")
            types, points = page.evaluate("""() => {
                const gd = document.getElementById('newsline-figure');
                return [gd._fullData.map(t => t.type),
                        gd.data.reduce((n, t) => n + t.x.filter(x => x !== null).length, 0)];
            }""")
            page.screenshot(path=str(tmp_path / "big.png"))
        finally:
            browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith(LOCAL_SCHEMES)] == []
    assert set(types) == {"scattergl"}
    assert points == 2100 + 2  # every day marker, and the year as one two-point segment
