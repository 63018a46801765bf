"""Parallel runs give the same timeline as a serial one: a process pool, and Dask on a local cluster."""
import json

import pandas as pd
import pytest

import newsline
from newsline.corpus import Tally, process

STORIES = [
    "Russia invaded Ukraine on February 24, 2022. The attack came from three directions.",
    "Ministers agreed a deal on Monday. Talks will resume in March.",
    "Voters went to the polls in 2021. The election was held on October 3, 2021.",
    "Protesters marched in the capital on February 1, 2022. Police said crowds grew in recent months.",
]


def write_corpus(root, n=40):
    """``n`` dateline articles (four stories, reworded by number) plus one broken file and a JSONL
    dump with one bad line."""
    root.mkdir(exist_ok=True)
    for i in range(n):
        story = STORIES[i % len(STORIES)]
        (root / f"{i:03d}.txt").write_text(
            f"Report {i}\n202202{1 + i % 20:02d}\nhttps://news.example/{i}\n{story}\nReporter {i} added details.\n")
    (root / "broken.txt").write_bytes(b"\x00\x00 not text")
    rows = [json.dumps({"text": STORIES[0], "date": "2022-02-25", "url": "https://wire.example/1"}), "{oops",
            json.dumps({"text": STORIES[1], "date": "2022-02-05", "url": "https://wire.example/2"})]
    (root / "wire.jsonl").write_text("\n".join(rows) + "\n")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


def run(corpus, **kw):
    errors, tally = [], Tally()
    tl = newsline.build(corpus, errors=errors, tally=tally, **kw)
    return tl, [str(e) for e in errors], tally


def test_workers_give_identical_output(corpus):
    one, errors1, tally1 = run(corpus, workers=1)
    two, errors2, tally2 = run(corpus, workers=2, chunksize=3)  # many chunks: the pool really runs
    pd.testing.assert_frame_equal(one.df, two.df)
    assert errors1 == errors2 and len(errors1) == 2
    assert (tally1.articles, tally1.skipped) == (tally2.articles, tally2.skipped) == (42, 2)
    assert one.df["mentions"].max() > 1  # the corpus does merge across articles


def test_process_keeps_input_order():
    arts = [newsline.read_text(f"Item {i} happened in {1990 + i}.", "2022-01-01", url=f"https://x/{i}")
            for i in range(30)]
    out = [evs[0].date for evs in process(arts, workers=2, chunksize=4)]
    assert out == [str(1990 + i) for i in range(30)]


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_paths_identical_to_local(corpus, client):
    from newsline.dask import timeline_from_paths

    local, local_errors, _ = run(corpus, top=30, per_day=3)
    errors, tally = [], Tally()
    remote = timeline_from_paths([corpus], npartitions=5, errors=errors, tally=tally, top=30, per_day=3)
    pd.testing.assert_frame_equal(local.df, remote.df)
    assert sorted(errors) == sorted(local_errors)
    assert (tally.articles, tally.skipped) == (42, 2)


def test_dask_dataframe_and_bag(client):
    import dask.bag as db
    import dask.dataframe as dd

    from newsline.dask import events_from_bag, timeline_from_bag, timeline_from_dataframe

    frame = pd.DataFrame({"body": STORIES * 3, "day": ["2022-02-%02d" % (5 + i) for i in range(12)],
                          "url": [f"https://df.example/{i}" for i in range(12)]})
    frame.loc[5, "day"] = "not a date"
    arts = [newsline.read_text(t, d, url=u) for t, d, u in frame.drop(index=5).itertuples(index=False)]
    local = newsline.build(*arts)
    errors = []
    remote = timeline_from_dataframe(dd.from_pandas(frame, npartitions=3), text="body", date="day",
                                     errors=errors)
    pd.testing.assert_frame_equal(local.df, remote.df)
    assert errors == ["<partition 1>:2: cannot parse date 'not a date' (expected YYYY-MM-DD)"]

    bag = db.from_sequence(arts, npartitions=4)
    pd.testing.assert_frame_equal(timeline_from_bag(bag).df, local.df)
    rows = events_from_bag(bag).compute()
    assert len(rows) == len(newsline.build(*arts, merge=False)) and {"date", "sentence"} <= set(rows[0])
