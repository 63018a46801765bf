#!/usr/bin/env python3
"""End to end: a JSONL dump of news-sized articles → one merged timeline HTML, via the command line.

Writes ``--articles`` articles (the TimeML texts and the example article, repeated, each copy with
its own URL) to a JSONL file, runs ``newsline build DUMP --workers N --quiet`` and reports wall
time, peak resident memory of the run (the newsline process and its workers together, sampled
every 50 ms), and the HTML size. Then it writes the HTML of an unmerged ``--html-events``-event
timeline and reports its size. Targets: 100k articles in under 2 minutes on 2 cores, under 1 GB.

    python benchmarks/end_to_end.py [--shared ../shared] [--articles 100000] [--workers 2]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from news_corpus import DEFAULT_SHARED, articles, write_jsonl

import newsline


def run_measured(cmd: list[str]) -> tuple[int, float, int, str]:
    """Exit code, wall seconds, peak summed RSS of the process tree (bytes), stderr."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    return proc.returncode, wall, peak, proc.stderr.read() if proc.stderr else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder holding corpora/ (default: ../shared)")
    ap.add_argument("--articles", type=int, default=100_000, help="corpus size (default: %(default)s)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    ap.add_argument("--html-events", type=int, default=10_000, help="size of the big-HTML check (default: %(default)s)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        dump, html = Path(tmp) / "corpus.jsonl", Path(tmp) / "timeline.html"
        size = write_jsonl(dump, args.shared, args.articles)
        cmd = [sys.executable, "-m", "newsline.cli", "build", str(dump), "-o", str(html),
               "--workers", str(args.workers), "--quiet"]
        code, wall, peak, err = run_measured(cmd)
        lines = err.strip().splitlines() or [""]
        summary = next((line for line in reversed(lines) if line.startswith("newsline: ") and "article" in line),
                       "(no summary line)")
        html_size = html.stat().st_size if code == 0 else None

        big = newsline.build(*articles(args.shared, args.html_events // 4), merge=False, workers=args.workers)
        big = newsline.Timeline(big.df.head(args.html_events), "big")
        t0 = time.perf_counter()
        try:
            big.to_html(html)
            big_result = f"{html.stat().st_size / 2**20:,.1f} MiB, written in {time.perf_counter() - t0:.1f} s"
        except Exception as exc:  # report, don't hide, a failure of the drawing step
            big_result = f"FAILED: {type(exc).__name__}: {str(exc).splitlines()[0]}"

    print(f"corpus: {args.articles:,} articles in one JSONL dump ({size / 2**20:,.0f} MiB)")
    print(f"command: newsline build corpus.jsonl -o timeline.html --workers {args.workers} --quiet")
    print(f"  {summary}")
    print(f"  wall time: {wall:,.1f} s ({args.articles / wall:,.0f} articles/s)")
    print(f"  peak RSS (newsline + workers): {peak / 2**20:,.0f} MiB")
    if html_size is None:
        print(f"  FAILED: newsline exited {code}: {lines[-1]}")
    else:
        print(f"  timeline HTML: {html_size / 2**20:,.1f} MiB")
    print(f"{len(big):,}-event timeline HTML (unmerged): {big_result}")
    print("targets: 100,000 articles < 120 s on 2 cores, peak < 1024 MiB")
    return 0 if html_size is not None and not big_result.startswith("FAILED") else 1


if __name__ == "__main__":
    raise SystemExit(main())
