"""Many reports, one timeline: merge reports of the same event across articles, then rank them.

Merging works within a (``date``, ``granularity``) group only: two reports can be the same event
only if they name the same date at the same precision. Inside a group, a report joins the most
similar earlier cluster when the *overlap coefficient* of their evidence words (content words of
the sentence minus the date phrase, cut to 6-letter stems) reaches ``similarity``
(``|A ∩ B| / min(|A|, |B|)``, at least two shared words), and the cluster has no report of the same
article yet (sentences of one article are different statements by construction). Reports arrive in
input order and every group is independent, so the result is deterministic and the same whether
the events stream through one process, a pool, or a Dask shuffle keyed by group.

Ranking follows date-wise timeline summarization: a date is important when many articles mention
it; an event is central to its date when it is reported many times. ``salience`` =
date score × event score, in ``[0, 1]``:

* date score = articles mentioning the (date, granularity) / the most for any date, times a
  precision weight (a day says more on a timeline than a year);
* event score = ½ + ½ · mentions / the most mentions of an event on that date.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator

import pandas as pd

from .timeline import COLUMNS, frame_rows

__all__ = ["DEFAULT_SIMILARITY", "Merger", "merge", "salience", "similarity", "top", "words"]

DEFAULT_SIMILARITY = 0.5
_STEM = 6
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset("""
the and for with that this from have has had was were are been being not but its their his her
they them than then there these those which who whom whose what when where while will would could
should shall may might must can also into onto over under after before about above below between
during since until upon said says say told according just very more most other some such only own
same both each few all any our out off one two new year years month months week weeks day days
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december last next earlier later ago
""".split())
_ACTORS = 6  # as many as events.py names per sentence
_PRECISION = {"time": 1.0, "day": 1.0, "week": 0.8, "month": 0.7, "season": 0.6, "quarter": 0.6,
              "half": 0.5, "year": 0.5, "decade": 0.3, "century": 0.2, "vague": 0.2}


def words(sentence: str, timex: str = "") -> frozenset[str]:
    """The evidence words two reports are compared on: content-word stems, date phrase removed."""
    if timex:
        sentence = sentence.replace(timex, " ")
    return frozenset(w[:_STEM] for w in _WORD.findall(sentence.lower()) if w not in _STOP)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient of two word sets (0 unless they share two words, or one if either is a
    single word): robust to one report saying more than the other."""
    shared = len(a & b)
    small = min(len(a), len(b))
    return shared / small if small and shared >= min(2, small) else 0.0


def _split(sources: object) -> list[str]:
    return [s for s in str(sources or "").split("; ") if s]


def _evidence_key(row: dict) -> tuple:
    """Which report's evidence a merged row shows: a sentence with its own date over an inherited
    one, then the earliest publication, then the longest (most complete) sentence."""
    return bool(row["inherited"]), row["doc_date"], -len(row["sentence"])


class _Cluster:
    """Reports of one event, folded as they arrive: memory per event stays constant however many
    articles report it. The first report's words represent it (stable as reports join)."""

    __slots__ = ("seq", "words", "best", "key", "actors", "sources", "mentions", "inferred")

    def __init__(self, seq: object, words: frozenset[str], row: dict):
        self.seq, self.words, self.best, self.key = seq, words, row, _evidence_key(row)
        self.actors: list[str] = []
        self.sources: set[str] = set()
        self.mentions, self.inferred = 0, True
        self._fold(row)

    def _fold(self, row: dict) -> None:
        for a in _split(row["actors"]):
            if len(self.actors) < _ACTORS and a not in self.actors:  # enough for row(): see there
                self.actors.append(a)
        self.sources.update(_split(row["source"]))
        self.mentions += int(row.get("mentions") or 1)
        self.inferred = self.inferred and bool(row["year_inferred"])

    def add(self, row: dict) -> None:
        key = _evidence_key(row)
        if key < self.key:
            self.best, self.key = row, key
        self._fold(row)

    def row(self) -> dict:
        """The merged row: the chosen report's evidence, its actors then the others' (at most six),
        all sources; the year counts as inferred only if no report wrote it."""
        if self.mentions == int(self.best.get("mentions") or 1):  # nothing merged into it
            return self.best
        actors = _split(self.best["actors"])
        actors += [a for a in self.actors if a not in actors]
        return {**self.best, "actors": "; ".join(actors[:_ACTORS]), "source": "; ".join(sorted(self.sources)),
                "year_inferred": self.inferred, "mentions": self.mentions}


class _Group:
    """The clusters of one (date, granularity), with an inverted index from word to cluster, and the
    cluster each word set last joined with a perfect score: no later cluster can beat it (ties go
    to the earlier one), so a repeated sentence (wire copy, syndication) skips the search."""

    __slots__ = ("clusters", "index", "perfect")

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.index: dict[str, list[int]] = {}
        self.perfect: dict[frozenset[str], _Cluster] = {}

    def add(self, seq: object, row: dict, threshold: float, w: frozenset[str]) -> None:
        known = self.perfect.get(w)
        if known is not None and known.sources.isdisjoint(_split(row["source"])):
            known.add(row)
            return
        shared: Counter[int] = Counter()  # cluster -> words shared with it (the index lists each once)
        for word in w:
            postings = self.index.get(word)
            if postings:
                shared.update(postings)
        best, best_score = None, 0.0
        sources = _split(row["source"]) if shared else []
        for i in sorted(shared):
            c = self.clusters[i]
            small = min(len(w), len(c.words))  # similarity(w, c.words), from the counts
            score = shared[i] / small if shared[i] >= min(2, small) else 0.0
            if score >= threshold and score > best_score and c.sources.isdisjoint(sources):
                best, best_score = c, score
        if best is not None:
            best.add(row)
            if best_score == 1.0:
                self.perfect[w] = best
            return
        for word in w:
            self.index.setdefault(word, []).append(len(self.clusters))
        self.clusters.append(_Cluster(seq, w, row))


class Merger:
    """Streaming merge: ``add`` rows in input order, then ``rows()``. Memory grows with the number
    of distinct events, not of reports."""

    def __init__(self, similarity: float = DEFAULT_SIMILARITY):
        if not 0 < similarity <= 1:
            raise ValueError(f"similarity must be in (0, 1], got {similarity}")
        self.similarity = similarity
        self.groups: dict[tuple[str, str], _Group] = {}
        self.seen = 0

    def add(self, row: dict, seq: object = None, evidence: frozenset[str] | None = None) -> None:
        """Add one report; ``seq`` orders it among all reports (default: arrival order);
        ``evidence``: its :func:`words`, if already computed (by a worker process)."""
        key = (row["date"], row["granularity"])
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group()
        if evidence is None:
            evidence = words(row["sentence"], row["timex"])
        group.add(self.seen if seq is None else seq, row, self.similarity, evidence)
        self.seen += 1

    def extend(self, rows: Iterable[dict]) -> "Merger":
        for row in rows:
            self.add(row)
        return self

    def rows(self) -> Iterator[tuple[object, dict]]:
        """``(seq, merged row)`` per event, in order of each event's first report."""
        clusters = [c for g in self.groups.values() for c in g.clusters]
        clusters.sort(key=lambda c: c.seq)
        return ((c.seq, c.row()) for c in clusters)


def merge(df: pd.DataFrame, similarity: float = DEFAULT_SIMILARITY) -> pd.DataFrame:
    """Merge the reports of one event (rows of a timeline DataFrame) into one row each, with
    ``mentions`` summed and ``source`` the sorted union."""
    merger = Merger(similarity).extend(df[COLUMNS].to_dict("records"))
    return frame_rows(row for _, row in merger.rows())


def salience(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with a ``salience`` column (see the module docstring); the row order is kept."""
    out = df.copy()
    if out.empty:
        out["salience"] = pd.Series(dtype="float64")
        return out
    key = [out["date"], out["granularity"]]
    articles = out["source"].map(lambda s: frozenset(_split(s)))
    per_date = articles.groupby(key).transform(lambda col: len(frozenset().union(*col)))
    weight = out["granularity"].map(_PRECISION).fillna(0.5)
    date_score = per_date / per_date.max() * weight
    mentions = out["mentions"].astype("float64")
    event_score = 0.5 + 0.5 * mentions / mentions.groupby(key).transform("max")
    out["salience"] = (date_score * event_score).round(6)
    return out


def top(df: pd.DataFrame, n: int | None = None, per_day: int | None = None) -> pd.DataFrame:
    """The ``n`` most salient events, at most ``per_day`` per date, in the original (chronological)
    order, with their ``salience``. Ties go to the earlier row, so the choice is deterministic."""
    if "salience" not in df:
        df = salience(df)
    order = df["salience"].rank(method="first", ascending=False)  # 1 = most salient, ties by position
    ranked = df.assign(_rank=order).sort_values("_rank", kind="mergesort")
    if per_day is not None:  # the day of a date value; coarser values (2014, 2021-W05) count as their own
        ranked = ranked[ranked.groupby(ranked["date"].str[:10]).cumcount() < per_day]
    if n is not None:
        ranked = ranked.head(n)
    return df.loc[sorted(ranked.index)].reset_index(drop=True)
