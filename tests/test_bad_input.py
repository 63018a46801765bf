"""Bad input never crashes a run and never loses an article silently.

The matrix below goes through the command line (a real subprocess) and through the API
(``newsline.build(..., errors=[])``, ``newsline.read_file``). For every bad file: exactly one
``newsline: error: FILE: problem`` line on stderr, no traceback, exit code 1 when other inputs were
processed (2 when nothing was), and the good file of the same batch still yields its events.
Outputs are written atomically: a failed write leaves no partial file and never clobbers an
existing one.

Documented decisions:

* a publication date in the future (dateline ``20991231``) is **accepted** silently: embargoed and
  scheduled articles carry such dates, and relative expressions resolve against it consistently;
* latin-1 (or any non-UTF-8) text is **refused** with the byte offset, never guessed: a wrong guess
  would silently garble names; UTF-8 with or without BOM and UTF-16 with BOM are read;
* an HTML page truncated after some article text is read (the text that is there is tagged); one
  truncated before any text is an error;
* a single-article file above ``MAX_ARTICLE_SIZE`` (5 MB) is refused before it is read; a big
  corpus belongs in JSONL/CSV, which are streamed row by row (a 50 MB JSONL row is refused alone).
"""
from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import newsline
from newsline import InputError, read_file
from newsline.io import MAX_ARTICLE_SIZE

ROOT = Path(__file__).resolve().parents[1]
GOOD_URL = "https://example.org/good"
GOOD = f"Ministers meet\n20220204\n{GOOD_URL}\nThe ministers met on Monday and agreed a deal in 2021.\n"


def _dateline(url: str, date: str = "20220204", body: str = "The talks ended on Monday after a week.") -> str:
    return f"Talks\n{date}\n{url}\n{body}\n"


def _jsonl(*rows: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


_ROW = {"text": "The talks ended on Monday in Brussels.", "date": "2022-02-04", "url": "https://example.org/row1"}
_ROW3 = {"text": "Talks resumed in March 2020.", "date": "2022-02-04", "url": "https://example.org/row3"}

# name -> (file name, content (bytes/str/None = not created), expected problem in the message)
BAD: dict[str, tuple[str, bytes | str | None, str]] = {
    "missing": ("missing.txt", None, "no such file"),
    "empty": ("empty.txt", b"", "empty file"),
    "blank": ("blank.txt", b" \n\n\t\n", "empty file"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    "binary_without_nul": ("blob.txt", b"\xff\xd8\xff\xe0" + bytes(range(1, 256)) * 8, "not valid UTF-8"),
    "binary_jsonl": ("dump.jsonl", b'{"text": "a"\x00\x00\x00' + bytes(range(256)), "binary file"),
    "latin1": ("latin1.txt", _dateline("https://example.org/l1", body="Caf\xe9 owners met on Monday.")
               .encode("latin-1"), "not valid UTF-8"),
    "truncated_html": ("cut.html", "<!DOCTYPE html><html><head><title>Tal", "no article text found"),
    "jsonl_broken_line": ("broken.jsonl", _jsonl(_ROW, '{"text": "They met on Monday", "da', _ROW3),
                          "broken.jsonl:2: invalid JSON"),
    "jsonl_not_an_object": ("list.jsonl", _jsonl([1, 2, 3]), "list.jsonl:1: line is not a JSON object"),
    "csv_without_date_column": ("nodate.csv", "title,text\nA,They met on Monday in 2021.\n", "no date column"),
    "csv_without_text_column": ("notext.csv", "title,date\nA,2022-02-04\n", "no text column"),
    "invalid_date": ("feb31.txt", _dateline("https://example.org/f31", date="20220231"), "invalid date"),
    "no_date": ("plain.txt", "Parliament voted on Tuesday.\n", "no publication date"),
    "too_large_for_one_article": ("huge.txt", "LARGE", "too large for one article"),
    "newline_in_name": ("two\nlines.txt", None, "no such file"),
}

# name -> (file name, content, URL the article's events carry)
ACCEPTED: dict[str, tuple[str, bytes | str, str]] = {
    "utf16_with_bom": ("utf16.txt", _dateline("https://example.org/u16").encode("utf-16"), "https://example.org/u16"),
    "utf16_jsonl": ("utf16.jsonl", _jsonl({**_ROW, "url": "https://example.org/u16j"}).encode("utf-16"),
                    "https://example.org/u16j"),
    "utf8_with_bom": ("bom.txt", b"\xef\xbb\xbf" + _dateline("https://example.org/bom").encode(),
                      "https://example.org/bom"),
    "crlf": ("crlf.txt", _dateline("https://example.org/crlf").replace("\n", "\r\n"), "https://example.org/crlf"),
    "date_in_the_future": ("future.txt", _dateline("https://example.org/future", date="20991231"),
                           "https://example.org/future"),
    "html_truncated_in_the_text": (
        "partial.html", '<!DOCTYPE html><html><head><title>Talks</title><meta name="date" content="2022-02-04">'
        '<link rel="canonical" href="https://example.org/partial"></head><body><article><h1>Talks</h1>'
        "<p>The ministers of the two countries met on Monday in Brussels and talked for hours about the "
        "deal they had agreed in 2021, and about the next steps for the tr", "https://example.org/partial"),
    "lone_surrogate_in_jsonl": ("surrogate.jsonl", _jsonl({**_ROW, "text": "The talks \\ud800 ended on Monday.",
                                                           "url": "https://example.org/sur"}).replace("\\\\", "\\"),
                                "https://example.org/sur"),
}


def _write(dir: Path, name: str, content: bytes | str | None) -> None:
    if content is None:
        return
    if content == "LARGE":  # 50 MB of prose, sparse on disk writes avoided by writing in blocks
        block = ("The ministers met on Monday and agreed a deal in 2021. " * 1000 + "\n").encode()
        with open(dir / name, "wb") as f:
            for _ in range(50_000_000 // len(block) + 1):
                f.write(block)
        return
    (dir / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


@pytest.fixture(scope="module")
def matrix(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("matrix")
    (d / "good.txt").write_text(GOOD)
    for name, content, _ in BAD.values():
        _write(d, name, content)
    for name, content, _ in ACCEPTED.values():
        _write(d, name, content)
    return d


def cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsline.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, **(env or {})})


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("newsline: error:")]


def _sources(stdout: str) -> set[str]:
    return {s for row in json.loads(stdout) for s in row["source"].split("; ")}


def _assert_clean_stderr(stderr: str) -> None:
    assert "Traceback" not in stderr and "Error:" not in stderr.replace("newsline: error:", ""), stderr
    assert all(line.startswith("newsline: ") for line in stderr.splitlines()), stderr


# --------------------------------------------------------------------------- command line


@pytest.fixture(scope="module")
def batch(matrix) -> subprocess.CompletedProcess:
    """Every bad file and every accepted file in one run, with the good file last."""
    names = [n for n, _, _ in BAD.values()] + [n for n, _, _ in ACCEPTED.values()] + ["good.txt"]
    return cli("events", "--format", "json", *names, cwd=matrix)


def test_batch_reports_each_bad_file_once_and_completes(batch):
    _assert_clean_stderr(batch.stderr)
    assert batch.returncode == 1  # some inputs bad, the others processed
    errors = _error_lines(batch.stderr)
    assert len(errors) == len(BAD), "\n".join(errors)
    sources = _sources(batch.stdout)
    assert GOOD_URL in sources
    # the good rows around the broken JSONL line are kept
    assert {"https://example.org/row1", "https://example.org/row3"} <= sources


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_message(batch, case):
    name, _, problem = BAD[case]
    shown = name.replace("\n", "\\n")
    lines = [line for line in _error_lines(batch.stderr) if shown in line]
    assert len(lines) == 1, batch.stderr
    assert re.match(rf"newsline: error: {re.escape(shown)}(:\d+)?: ", lines[0]), lines[0]
    assert problem in lines[0], lines[0]


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_accepted_file_yields_events(batch, case):
    name, _, url = ACCEPTED[case]
    assert url in _sources(batch.stdout), case
    assert not [line for line in _error_lines(batch.stderr) if name in line]


def test_future_date_is_accepted_and_anchors_relative_dates(matrix):
    out = cli("events", "future.txt", cwd=matrix)
    assert out.returncode == 0 and not _error_lines(out.stderr)
    rows = json.loads(out.stdout)
    assert {r["doc_date"] for r in rows} == {"2099-12-31"}
    assert any(r["date"].startswith("2099-12") for r in rows)  # "on Monday" before 2099-12-31


def test_nothing_processed_exits_2(matrix):
    names = [n for case, (n, _, _) in BAD.items() if case != "jsonl_broken_line"]  # that one has good rows
    out = cli("events", *names, cwd=matrix)
    _assert_clean_stderr(out.stderr)
    assert out.returncode == 2
    assert len(_error_lines(out.stderr)) == len(names)
    assert out.stdout == ""


def test_huge_jsonl_row_is_refused_alone_in_bounded_memory(tmp_path):
    """A 50 MB JSONL file: one 50 MB row between two good rows."""
    path = tmp_path / "dump.jsonl"
    with open(path, "w") as f:
        f.write(json.dumps(_ROW) + "\n")
        f.write('{"date": "2022-02-04", "text": "')
        block = "The ministers met on Monday. " * 10_000
        for _ in range(50_000_000 // len(block) + 1):
            f.write(block)
        f.write('"}\n' + json.dumps(_ROW3) + "\n")
    assert path.stat().st_size > 50_000_000
    out = cli("events", str(path), cwd=tmp_path)
    _assert_clean_stderr(out.stderr)
    assert out.returncode == 1
    (err,) = _error_lines(out.stderr)
    assert f"{path}:2: text too long for one article" in err
    assert _sources(out.stdout) == {"https://example.org/row1", "https://example.org/row3"}
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1500, f"peak memory {peak_mb:.0f} MB"


# --------------------------------------------------------------------------- API


@pytest.mark.parametrize("case", sorted(BAD))
def test_api_reports_bad_file_and_keeps_the_good_one(matrix, case):
    name, _, problem = BAD[case]
    errors: list[InputError] = []
    tl = newsline.build(str(matrix / name), str(matrix / "good.txt"), errors=errors)
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    msg = str(errors[0])
    assert "\n" not in msg and problem in msg and errors[0].where.startswith(str(matrix / name))
    assert GOOD_URL in set(tl.df["url"])


@pytest.mark.parametrize("case", sorted(BAD))
def test_api_read_file_raises_only_input_error(matrix, case):
    name, _, problem = BAD[case]
    try:
        items = list(read_file(matrix / name))
    except InputError as err:
        assert problem in str(err)
    else:  # JSONL/CSV: bad rows come back as InputError values, good rows as articles
        assert any(isinstance(i, InputError) and problem in str(i) for i in items)


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_api_reads_accepted_file(matrix, case):
    name, _, url = ACCEPTED[case]
    errors: list[InputError] = []
    tl = newsline.build(str(matrix / name), errors=errors)
    assert not errors and url in set(tl.df["url"]) | set(tl.df["source"])


def test_without_errors_list_the_first_bad_input_raises(matrix):
    with pytest.raises(InputError, match="empty file"):
        newsline.build(str(matrix / "empty.txt"), str(matrix / "good.txt"))


def test_lone_surrogates_are_replaced_not_crashing():
    """Regression: a JSON ``"\\ud800"`` escape reached ``str.encode`` (article id, output) and
    crashed the whole run with UnicodeEncodeError."""
    art = newsline.read_text("Talks \ud800 ended on Monday.", "2022-02-04", title="T\udfff",
                             id="x\ud800", url="https://example.org/\ud800")
    for value in (art.text, art.title, art.id, art.url):
        value.encode("utf-8")
        assert "\ufffd" in value


def test_oversized_article_text_is_refused():
    with pytest.raises(InputError, match="too long for one article"):
        newsline.read_text("x " * (MAX_ARTICLE_SIZE // 2 + 1), "2022-02-04")


def test_error_message_is_one_line_whatever_the_file_name():
    assert str(InputError("a\nb\r.txt", "no such file")) == "a\\nb\\r.txt: no such file"


# --------------------------------------------------------------------------- atomic output


def test_build_into_missing_directory_fails_cleanly(matrix, tmp_path):
    out = tmp_path / "no" / "such" / "dir" / "t.html"
    res = cli("build", "good.txt", "-o", str(out), cwd=matrix)
    _assert_clean_stderr(res.stderr)
    assert res.returncode == 2
    (err,) = _error_lines(res.stderr)
    assert str(out) in err and "cannot write" in err
    assert not out.parent.exists()


def test_build_onto_a_directory_leaves_it_alone(matrix, tmp_path):
    target = tmp_path / "out.html"
    target.mkdir()
    (target / "keep").write_text("x")
    res = cli("build", "good.txt", "-o", str(target), cwd=matrix)
    _assert_clean_stderr(res.stderr)
    assert res.returncode == 2 and "cannot write" in res.stderr
    assert (target / "keep").read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]  # no temp file left behind


def test_failed_write_keeps_the_old_output_and_leaves_no_temp_file(matrix, tmp_path, monkeypatch, capsys):
    """Disk full in the middle of writing: the previous timeline is intact, no partial file."""
    from newsline.cli import main

    out = tmp_path / "t.html"
    out.write_text("previous timeline")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code = main(["build", str(matrix / "good.txt"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write (No space left on device)" in err
    assert out.read_text() == "previous timeline"
    assert [p.name for p in tmp_path.iterdir()] == ["t.html"]


def test_all_inputs_bad_does_not_touch_existing_output(matrix, tmp_path):
    out = tmp_path / "t.html"
    out.write_text("previous timeline")
    res = cli("build", "empty.txt", "missing.txt", "-o", str(out), cwd=matrix)
    assert res.returncode == 2
    assert out.read_text() == "previous timeline"


# --------------------------------------------------------------------------- determinism


def test_same_input_gives_byte_identical_json_and_csv(matrix, tmp_path):
    pytest.importorskip("newsline.export", reason="newsline.export not written yet")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(_jsonl(_ROW, _ROW3, {**_ROW, "url": "https://example.org/row1-copy"},
                             {"text": "On Monday, 3 February, ministers met. Prices rose in 2021 and will fall next year.",
                              "date": "2022-02-04", "title": "Ministers", "url": "https://example.org/m"}))
    inputs = [str(newsline.examples.path()), str(matrix / "good.txt"), str(corpus), str(matrix / "utf16.txt")]
    for fmt in ("json", "csv"):
        procs = [subprocess.Popen([sys.executable, "-m", "newsline.cli", "events", "--format", fmt, *inputs],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                                  env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
        outs = [p.communicate(timeout=300) for p in procs]
        assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
        assert outs[0][0] == outs[1][0], f"--format {fmt} differs between runs"
        assert len(outs[0][0]) > 200
