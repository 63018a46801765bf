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

    python benchmarks/throughput.py [--shared ../shared] [--docs 10000] [--sample 200]
"""
from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from news_corpus import DEFAULT_SHARED, articles

from newsline.events import anchor
from newsline.pipeline import extract
from newsline.timex import tag


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding corpora/ (default: ../shared)")
    ap.add_argument("--docs", type=int, default=10_000, help="corpus size (default: %(default)s)")
    ap.add_argument("--sample", type=int, default=200, help="documents given to dateparser (default: %(default)s)")
    args = ap.parse_args(argv)

    docs = list(articles(args.shared, args.docs))
    chars = sum(len(d.text) for d in docs) / len(docs)
    extract(docs[0])  # warm up (regex compilation) outside the timing

    t0 = time.perf_counter()
    tagged = [tag(d.text, d.published) for d in docs]
    t_tag = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d, x in zip(docs, tagged):
        anchor(d, x)
    t_anchor = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = sum(len(extract(d)) for d in docs)
    t_extract = time.perf_counter() - t0
    ours = len(docs) / t_extract

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
    print(f"newsline tag:            {len(docs) / t_tag:8,.0f} docs/s per core  ({t_tag:.1f} s; tag() alone)")
    print(f"newsline anchor:         {len(docs) / t_anchor:8,.0f} docs/s per core  ({t_anchor:.1f} s; anchor() alone, "
          f"sentences split again)")
    print(f"newsline tag + anchor:   {ours:8,.0f} docs/s per core  ({t_extract:.1f} s; extract() per article, "
          f"{n_events:,} events)")
    print(f"dateparser search_dates: {theirs:8,.0f} docs/s per core  (measured on {len(sample)} docs, "
          f"{found / len(sample):.1f} dates/doc; extrapolated to the corpus: {len(docs) / theirs:,.0f} s)")
    print(f"speed-up over dateparser: {ours / theirs:.1f}x   targets: >= 1000 docs/s per core, >= 9x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
