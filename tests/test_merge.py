"""Cross-article merging and ranking."""
import pandas as pd
import pytest

import newsline
from newsline.merge import merge, similarity, top, words


def art(n: int, text: str, published: str = "2022-02-04"):
    return newsline.read_text(text, published, title=f"Article {n}", url=f"https://news.example/{n}")


INVASION = [
    art(1, "Russian forces invaded Ukraine on February 24, 2022 from three directions."),
    art(2, "On February 24, 2022, Russia invaded Ukraine.", "2022-02-25"),
    art(3, "Russia invaded Ukraine on February 24, 2022, starting the largest war in Europe in decades.",
        "2022-02-26"),
]


def test_same_event_from_several_articles_becomes_one_row():
    tl = newsline.build(*INVASION)
    [row] = tl.df.to_dict("records")
    assert row["mentions"] == 3 and row["date"] == "2022-02-24"
    assert row["source"] == "; ".join(f"https://news.example/{n}" for n in (1, 2, 3))
    assert row["url"] == "https://news.example/1"  # earliest report's evidence
    assert row["sentence"].startswith("Russian forces invaded")


def test_unmerged_build_keeps_every_report():
    tl = newsline.build(*INVASION, merge=False)
    assert len(tl) == 3 and set(tl.df["mentions"]) == {1}
    assert len(tl.merge()) == 1


def test_different_dates_granularities_or_evidence_stay_apart():
    tl = newsline.build(
        art(1, "Russia invaded Ukraine on February 24, 2022."),
        art(2, "Russia invaded Ukraine on February 23, 2022."),         # other day
        art(3, "Russia invaded Ukraine in February 2022."),             # month, not day
        art(4, "Farmers protested fuel prices on February 24, 2022."),  # other event, same day
    )
    assert len(tl) == 4 and set(tl.df["mentions"]) == {1}


def test_reports_of_one_article_are_never_merged():
    tl = newsline.build(art(1, "Russia invaded Ukraine on February 24, 2022.\n"
                               "On February 24, 2022, Russia invaded Ukraine again."))
    assert len(tl) == 2


def test_similarity_is_configurable():
    a, b = INVASION[0], art(9, "Russia attacked Ukraine on February 24, 2022, officials in Kyiv said.")
    assert len(newsline.build(a, b)) == 2  # 2 of 5 words shared: 0.4 < 0.5
    assert len(newsline.build(a, b, similarity=0.4)) == 1
    assert len(newsline.build(*INVASION, similarity=1.0)) == 2  # report 3 shares only half of 1's words
    with pytest.raises(ValueError):
        newsline.build(a, b, similarity=0)


def test_words_and_similarity():
    w = words("Russian forces invaded Ukraine on February 24, 2022.", "February 24, 2022")
    assert w == {"russia", "forces", "invade", "ukrain"}
    assert similarity(w, words("Russia invaded Ukraine.")) == 1.0
    assert similarity(w, words("Russia recognised two regions.")) == 0.0  # one shared word is not enough


def test_merge_is_idempotent_and_deterministic():
    df = newsline.build(*INVASION, merge=False).df
    once = merge(df)
    pd.testing.assert_frame_equal(merge(once), once)
    pd.testing.assert_frame_equal(merge(df.copy()), once)


def corpus():
    """Day A reported by four articles, day B by two, plus a year mention."""
    arts = [art(n, f"Protesters marched in the capital on February 1, 2022. Report {n} added details.")
            for n in range(4)]
    arts += [art(10 + n, "The central bank raised rates on January 20, 2022.") for n in range(2)]
    arts += [art(20, "The minister resigned on January 20, 2022. The party was founded in 2010.")]
    return arts


def test_salience_ranks_busy_dates_and_central_events_first():
    ranked = newsline.build(*corpus()).top()
    by_title = dict(zip(ranked.df["title"], ranked.df["salience"]))
    assert len(ranked) == 4 and ranked.df["salience"].between(0, 1).all()
    march, rates, resign, founded = (by_title[t] for t in (
        "Protesters marched in the capital", "The central bank raised rates", "The minister resigned",
        "The party was founded"))
    assert march == 1.0 and march > rates > resign > founded


def test_top_n_and_per_day_cap_keep_chronological_order():
    tl = newsline.build(*corpus())
    best2 = tl.top(2)
    assert list(best2.df["title"]) == ["The central bank raised rates", "Protesters marched in the capital"]
    capped = tl.top(per_day=1)
    assert list(capped.df["date"]) == ["2010", "2022-01-20", "2022-02-01"]
    assert "The central bank raised rates" in set(capped.df["title"])
    assert list(newsline.build(*corpus(), top=2, per_day=1).df["title"]) == list(tl.top(2, per_day=1).df["title"])
    assert top(tl.df.iloc[:0]).empty
