#!/usr/bin/env python3
"""Throughput of tagging + anchoring, in docs/s on one core, beside dateparser's ``search_dates``.

Corpus: the TimeML texts (TimeBank + AQUAINT, DCT from ``<DCT>``) and the example article, repeated
to ``--docs`` documents. newsline runs on all of them in this process (one core); dateparser runs on
a ``--sample`` of them (it is much slower) and its time for the whole corpus is extrapolated.

The headline "tag + anchor" times ``newsline.pipeline.extract`` on each article in turn, the path the
product runs: it tags the article, then anchors it, reusing the sentence starts found while tagging.
For information, "tag" times ``tag`` alone on every article, then "anchor" times ``anchor`` alone on
every tagged article; anchoring then splits the sentences again (the small per-text cache no longer
holds them), so the two times add up to more than the headline's.

Each newsline figure is the best of ``--repeat`` passes over the corpus (as ``timeit`` advises: a
shared machine only ever adds time), with the median beside it; the headline is measured first, with
no other step's results held in memory (a large heap makes the garbage collector's passes longer).

    python benchmarks/throughput.py [--shared ../shared] [--docs 10000] [--sample 200] [--repeat 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path
from typing import Callable

from news_corpus import DEFAULT_SHARED, articles

from newsline.events import anchor
from newsline.pipeline import extract
from newsline.timex import tag


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding corpora/ (default: ../shared)")
    ap.add_argument("--docs", type=int, default=10_000, help="corpus size (default: %(default)s)")
    ap.add_argument("--sample", type=int, default=200, help="documents given to dateparser (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3, help="passes per newsline figure (default: %(default)s)")
    args = ap.parse_args(argv)

    docs = list(articles(args.shared, args.docs))
    chars = sum(len(d.text) for d in docs) / len(docs)
    extract(docs[0])  # warm up (regex compilation) outside the timing

    def passes(run: Callable[[], object]) -> tuple[float, float]:
        """Best and median seconds of ``--repeat`` runs."""
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return min(times), statistics.median(times)

    n_events = sum(len(extract(d)) for d in docs)
    t_extract = passes(lambda: [len(extract(d)) for d in docs])
    t_tag = passes(lambda: [len(tag(d.text, d.published)) for d in docs])
    tagged = [tag(d.text, d.published) for d in docs]
    t_anchor = passes(lambda: [len(anchor(d, x)) for d, x in zip(docs, tagged)])
    del tagged
    ours = len(docs) / t_extract[0]

    from dateparser.search import search_dates

    sample = docs[:: max(1, len(docs) // args.sample)][: args.sample]
    search_dates(sample[0].text, languages=["en"])  # warm up
    t0 = time.perf_counter()
    found = 0
    for d in sample:
        base = dt.datetime.combine(d.published, dt.time())
        found += len(search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    t_dp = time.perf_counter() - t0
    theirs = len(sample) / t_dp

    print(f"corpus: {len(docs):,} docs, {chars:,.0f} chars/doc on average (TimeML texts + example, repeated)")
    def rate(t: tuple[float, float]) -> str:
        return f"{len(docs) / t[0]:8,.0f} docs/s per core  (best of {args.repeat}: {t[0]:.1f} s, median " \
               f"{len(docs) / t[1]:,.0f} docs/s"

    print(f"newsline tag:            {rate(t_tag)}; tag() alone)")
    print(f"newsline anchor:         {rate(t_anchor)}; anchor() alone, sentences split again)")
    print(f"newsline tag + anchor:   {rate(t_extract)}; extract() per article, {n_events:,} events)")
    print(f"dateparser search_dates: {theirs:8,.0f} docs/s per core  (measured on {len(sample)} docs, "
          f"{found / len(sample):.1f} dates/doc; extrapolated to the corpus: {len(docs) / theirs:,.0f} s)")
    print(f"speed-up over dateparser: {ours / theirs:.1f}x   targets: >= 1000 docs/s per core, >= 9x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
