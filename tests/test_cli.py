"""The command line end to end: build, events, version, errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsline import examples
from newsline.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOOD = "Ministers meet\n20220204\nhttps://example.org/a\nThe ministers met on Monday and agreed a deal in 2021.\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsline.cli", *args], capture_output=True, text=True, cwd=ROOT)


def test_version_and_help():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("newsline ")
    helptext = run("build", "--help").stdout
    assert "--date" in helptext and "--output" in helptext and "--title" in helptext


def test_build_example_writes_offline_html(tmp_path, capsys):
    out = tmp_path / "t.html"
    assert main(["build", "--example", "ukraine-drones", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    html = out.read_text()
    assert "<script src=" not in html and "cdn.plot.ly" not in html
    assert "Ukraine set to get Turkish military drones" in html


def test_events_json_keys(tmp_path, capsys):
    assert main(["events", str(examples.path()), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    keys = {"date", "start", "end", "granularity", "timex", "title", "sentence", "year_inferred", "inherited",
            "source", "doc_date"}
    assert rows and all(keys <= set(r) for r in rows)
    assert all(isinstance(r["year_inferred"], bool) for r in rows)


@pytest.mark.skipif(not (SHARED / "tools" / "check_seed.py").exists(), reason="../shared not beside the checkout")
def test_seed_article_against_gold():
    events = run("events", str(examples.path()), "--format", "json")
    check = subprocess.run([sys.executable, str(SHARED / "tools" / "check_seed.py"), "-",
                            str(SHARED / "articles" / "ukraine-turkish-drones-2022-02-04.gold.json")],
                           input=events.stdout, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_events_csv_and_timelinejs(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GOOD)
    csv = run("events", str(p), "--format", "csv")
    assert csv.returncode == 0 and csv.stdout.splitlines()[0].startswith("date,start,end")
    tj = json.loads(run("events", str(p), "--format", "timelinejs").stdout)
    assert {e["start_date"]["year"] for e in tj["events"]} >= {"2021", "2022"} or \
        {e["start_date"]["year"] for e in tj["events"]} >= {2021, 2022}


def test_plain_text_with_date(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Parliament voted on Tuesday.")
    out = run("events", str(p), "--date", "2022-02-04")
    assert out.returncode == 0 and json.loads(out.stdout)[0]["date"] == "2022-02-01"


def test_bad_inputs_reported_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = run("events", str(tmp_path / "missing.txt"), str(empty), str(good))
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert any("missing.txt: no such file" in line for line in lines)
    assert any("empty.txt: empty file" in line for line in lines)
    assert "Traceback" not in out.stderr
    assert json.loads(out.stdout)


def test_nothing_processed_exits_2(tmp_path):
    out = run("events", str(tmp_path / "missing.txt"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    bad_date = run("events", str(examples.path()), "--date", "2022-13-45")
    assert bad_date.returncode == 2 and "--date" in bad_date.stderr
