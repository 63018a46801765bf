"""Readers: each input format becomes Articles; bad input raises one-line InputErrors."""
import datetime as dt
import json

import pandas as pd
import pytest

from newsline import examples
from newsline.io import InputError, parse_date, read_dataframe, read_file, read_html, read_text

DATELINE = "Ministers meet\n20220204\nhttps://example.org/a\nThe ministers met on Monday.\nThey agreed a deal.\n"


def one(it):
    items = list(it)
    assert len(items) == 1, items
    return items[0]


def test_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(DATELINE)
    art = one(read_file(p))
    assert art.title == "Ministers meet"
    assert art.published == dt.date(2022, 2, 4)
    assert art.url == "https://example.org/a"
    assert art.text.startswith("The ministers met")


def test_bundled_example_is_dateline():
    art = one(read_file(examples.path("ukraine-drones")))
    assert art.published == dt.date(2022, 2, 4) and art.url.startswith("https://")


def test_plain_text_needs_date(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Talks ended on Friday.\n")
    with pytest.raises(InputError, match="plain.txt: no publication date"):
        list(read_file(p))
    art = one(read_file(p, date="2021-05-07"))
    assert art.published == dt.date(2021, 5, 7) and art.title == "Talks ended on Friday."


def test_html_page(tmp_path):
    body = " ".join(["The council voted on the budget in March 2020 after long talks."] * 6)
    html = (f"<!doctype html><html><head><title>Council votes</title>"
            f'<meta property="article:published_time" content="2020-04-02T10:00:00Z"></head>'
            f"<body><article><h1>Council votes</h1><p>{body}</p><p>{body}</p></article></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html)
    art = one(read_file(p))
    assert art.published == dt.date(2020, 4, 2)
    assert "council voted" in art.text.lower()
    assert "Council votes" in art.title


def test_html_without_text():
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><body></body></html>", "empty.html")


def test_jsonl_rows_and_bad_line(tmp_path):
    p = tmp_path / "c.jsonl"
    rows = [{"text": "It rained on Monday.", "date": "2022-02-04", "title": "Rain", "url": "https://x.org/1"},
            "{not json",
            {"text": "Snow fell in January.", "published": "2022-02-04"},
            {"text": "No date here."}]
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows))
    items = list(read_file(p))
    arts = [i for i in items if not isinstance(i, InputError)]
    errs = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.title for a in arts] == ["Rain", "Snow fell in January."]
    assert errs[0].startswith(f"{p}:2: invalid JSON")
    assert errs[1].startswith(f"{p}:4: no date")


def test_csv_columns(tmp_path):
    p = tmp_path / "c.csv"
    pd.DataFrame({"story": ["Prices rose in 2019."], "when": ["2020-01-01"]}).to_csv(p, index=False)
    with pytest.raises(InputError, match="no text column"):
        list(read_file(p))
    art = one(read_file(p, text_col="story", date_col="when"))
    assert art.published == dt.date(2020, 1, 1)
    q = tmp_path / "nodate.csv"
    pd.DataFrame({"text": ["x"]}).to_csv(q, index=False)
    with pytest.raises(InputError, match="no date column"):
        list(read_file(q))


def test_dataframe():
    df = pd.DataFrame({"text": ["Elections were held in May 2019."], "date": [pd.Timestamp("2019-06-01")]})
    art = one(read_dataframe(df))
    assert art.published == dt.date(2019, 6, 1)
    with pytest.raises(InputError, match="missing column"):
        list(read_dataframe(df.drop(columns="date")))


@pytest.mark.parametrize("value, expected", [
    ("2022-02-04", dt.date(2022, 2, 4)), ("20220204", dt.date(2022, 2, 4)),
    ("2022-02-04T10:00:00Z", dt.date(2022, 2, 4)), ("4 February 2022", dt.date(2022, 2, 4)),
    (dt.datetime(2022, 2, 4, 9), dt.date(2022, 2, 4)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "2022-02-31", "next tuesday-ish", "not a date"])
def test_parse_date_rejects(value):
    with pytest.raises(InputError):
        parse_date(value, "--date")


@pytest.mark.parametrize("data, problem", [
    (b"", "empty file"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 au lait\n2022", "not valid UTF-8"),
])
def test_bad_files(tmp_path, data, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=problem) as err:
        list(read_file(p, date="2022-01-01"))
    assert "\n" not in str(err.value) and str(p) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_file(tmp_path / "nope.txt"))


def test_read_text_strips_and_titles():
    art = read_text("  Headline here\nBody.  ", "2022-01-01")
    assert art.title == "Headline here" and art.text == "Headline here\nBody."
