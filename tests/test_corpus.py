"""Corpus input: directories, globs, JSONL/CSV columns, DataFrames, streamed; bad inputs skipped with
their location and counted."""
import inspect
import json

import pandas as pd
import pytest

import newsline
from newsline.corpus import Tally, iter_articles, iter_sources
from newsline.io import Article, InputError


def dateline(title: str, date: str, url: str, *paragraphs: str) -> str:
    return "\n".join([title, date, url, *paragraphs]) + "\n"


def make_corpus(root):
    """Five good articles spread over nested folders, plus one file that is not an article."""
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "one.txt").write_text(dateline("Deal", "20220204", "https://x.org/1", "Ministers agreed a deal on Monday."))
    (root / "a" / "two.txt").write_text(dateline("Vote", "20220205", "https://x.org/2", "Voters went to the polls in 2021."))
    (root / "a" / "b" / "three.txt").write_text(dateline("Talks", "20220206", "https://x.org/3",
                                                         "Talks collapsed on Friday."))
    (root / "a" / "b" / "notes.md").write_text("not picked up: unknown suffix")
    (root / ".hidden" / "secret.txt").write_text("not picked up: hidden")
    (root / "rows.jsonl").write_text(
        json.dumps({"text": "Rain fell on Sunday.", "date": "2022-02-07", "url": "https://x.org/4"}) + "\n\n"
        + json.dumps({"text": "Snow came in January.", "date": "2022-02-08"}) + "\n")


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    make_corpus(tmp_path)
    got = [p.relative_to(tmp_path).as_posix() for p in iter_sources([tmp_path])]
    assert got == ["a/b/three.txt", "a/two.txt", "one.txt", "rows.jsonl"]
    flat = [p.name for p in iter_sources([tmp_path], recursive=False)]
    assert flat == ["one.txt", "rows.jsonl"]
    assert [p.name for p in iter_sources([tmp_path], pattern="*.md")] == ["notes.md"]


def test_globs(tmp_path):
    make_corpus(tmp_path)
    assert [p.name for p in iter_sources([str(tmp_path / "**" / "t*.txt")])] == ["three.txt", "two.txt"]
    [err] = list(iter_sources([str(tmp_path / "*.nothing")]))
    assert isinstance(err, InputError) and "no files match" in str(err)


def test_iter_articles_is_a_stream(tmp_path):
    make_corpus(tmp_path)
    stream = iter_articles([tmp_path])
    assert inspect.isgenerator(stream)
    first = next(stream)
    assert isinstance(first, Article) and first.title == "Talks"
    assert len([first, *stream]) == 5


def test_jsonl_and_csv_custom_columns(tmp_path):
    j = tmp_path / "dump.jsonl"
    j.write_text(json.dumps({"body_text": "Troops withdrew on Monday.", "pub": "2022-02-04",
                             "headline": "Withdrawal", "link": "https://x.org/w"}) + "\n")
    c = tmp_path / "dump.csv"
    pd.DataFrame({"body_text": ["Elections were held in May 2019."], "pub": ["2019-06-01"],
                  "headline": ["Elections"], "link": ["https://x.org/e"]}).to_csv(c, index=False)
    cols = dict(text_col="body_text", date_col="pub", title_col="headline", url_col="link")
    arts = list(iter_articles([j, c], **cols))
    assert [(a.title, a.url, a.published.isoformat()) for a in arts] == [
        ("Withdrawal", "https://x.org/w", "2022-02-04"), ("Elections", "https://x.org/e", "2019-06-01")]
    frame = pd.DataFrame({"body_text": ["Troops withdrew on Monday."], "pub": ["2022-02-04"],
                          "headline": ["Withdrawal"], "link": ["https://x.org/w"]})
    [art] = list(iter_articles([frame], **cols))
    assert art.title == "Withdrawal" and art.url == "https://x.org/w"


def test_broken_files_and_lines_are_reported_and_skipped(tmp_path):
    make_corpus(tmp_path)
    (tmp_path / "a" / "broken.txt").write_bytes(b"\x00\x01binary junk")
    (tmp_path / "a" / "b" / "undated.txt").write_text("Just some words without a dateline.\n")
    with (tmp_path / "rows.jsonl").open("a") as f:
        f.write("{not json\n")
        f.write(json.dumps({"text": "No date in this row."}) + "\n")
        f.write(json.dumps({"text": "Storms hit on Tuesday.", "date": "2022-02-09"}) + "\n")
    (tmp_path / "latin1.jsonl").write_bytes(
        json.dumps({"text": "Ok on Monday.", "date": "2022-02-04"}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    errors: list[InputError] = []
    tally = Tally()
    tl = newsline.build(tmp_path, errors=errors, tally=tally)
    where = sorted(e.where.replace(str(tmp_path), "") for e in errors)
    assert where == ["/a/b/undated.txt", "/a/broken.txt", "/latin1.jsonl:2", "/rows.jsonl:4", "/rows.jsonl:5"]
    assert all("\n" not in str(e) for e in errors)
    assert (tally.articles, tally.skipped) == (7, 5) and str(tally) == "7 articles, 5 skipped"
    assert len(tl) >= 6 and tl.title == "Timeline of 7 articles"


def test_without_errors_list_the_first_bad_input_raises(tmp_path):
    (tmp_path / "bad.txt").write_text("")
    with pytest.raises(InputError, match="empty file"):
        newsline.build(tmp_path)


def test_build_accepts_mixed_sources(tmp_path):
    make_corpus(tmp_path)
    art = newsline.read_text("Markets fell on Thursday.", "2022-02-04", title="Markets")
    frame = pd.DataFrame({"text": ["Parliament voted in March 2020."], "date": ["2022-02-04"]})
    tally = Tally()
    tl = newsline.build(str(tmp_path / "a"), art, frame, tally=tally)
    assert tally.articles == 4 and len(tl) == 4


def test_cli_corpus_reports_skips_and_exit_codes(tmp_path, capsys):
    from newsline.cli import main

    make_corpus(tmp_path)
    (tmp_path / "a" / "broken.txt").write_bytes(b"\x00\x01binary junk")
    assert main(["events", str(tmp_path), "--workers", "2", "--top", "2", "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[-1] == "newsline: 5 articles, 1 skipped"
    assert "broken.txt: binary file, not text" in err
    assert out.splitlines()[0].endswith(",mentions,salience") and len(out.splitlines()) == 3
    assert main(["events", str(tmp_path / "one.txt"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""  # nothing to report for one good article
    assert main(["events", str(tmp_path / "*.nothing")]) == 2
    assert "no files match" in capsys.readouterr().err
