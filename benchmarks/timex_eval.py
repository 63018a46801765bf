#!/usr/bin/env python3
"""TempEval-3 evaluation of newsline's TIMEX3 tagger on the TimeML corpora of the shared folder.

Runs ``newsline timeml`` on ``corpora/timeml/{timebank,aquaint}`` and scores the output with the
shared ``tools/te3score.py``; prints strict/relaxed/value/type F1 per corpus, overall, and docs/s.
``--news`` scores the invented news articles of ``benchmarks/timeml/`` instead (TimeML written for
newsline, annotated apart from the code; see the README there).

    python benchmarks/timex_eval.py --shared ../shared [--news] [--json]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from newsline.cli import main as newsline

CORPORA = ("timebank", "aquaint")
NEWS = Path(__file__).with_name("timeml")
METRICS = ("strict", "relaxed", "value", "type")


def load_scorer(shared: Path) -> ModuleType:
    """The shared TE3 scorer, imported from its file (it is not a package)."""
    path = shared / "tools" / "te3score.py"
    spec = importlib.util.spec_from_file_location("te3score", path)
    if spec is None or spec.loader is None or not path.exists():
        raise SystemExit(f"timex_eval: {path} not found")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(shared: Path, corpora: dict[str, Path] | None = None) -> dict[str, dict]:
    """Scores per corpus (by default the shared TimeBank and AQUAINT) plus ``all`` (micro-averaged),
    with ``docs`` and ``docs_per_s``."""
    scorer = load_scorer(shared)
    if corpora is None:
        corpora = {name: shared / "corpora" / "timeml" / name for name in CORPORA}
    results: dict[str, dict] = {}
    counts = {"gold": 0, "system": 0, **{k: 0 for k in METRICS}}
    docs_total, seconds_total = 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in corpora.items():
            out = Path(tmp) / name
            t0 = time.perf_counter()
            code = newsline(["timeml", str(gold), str(out)])
            seconds = time.perf_counter() - t0
            if code != 0:
                raise SystemExit(f"timex_eval: newsline timeml failed on {gold} (exit {code})")
            docs = len(list(gold.glob("*.tml")))
            res = scorer.score(gold, out)
            if res["problems"]:
                raise SystemExit("timex_eval: " + "; ".join(res["problems"][:5]))
            res.update(docs=docs, seconds=round(seconds, 3), docs_per_s=round(docs / seconds, 1))
            results[name] = res
            counts["gold"] += res["gold"]
            counts["system"] += res["system"]
            for k in METRICS:  # recover hit counts from recall to micro-average
                counts[k] += round(res[k]["R"] * res["gold"])
            docs_total += docs
            seconds_total += seconds
    total = {"gold": counts["gold"], "system": counts["system"], "docs": docs_total,
             "seconds": round(seconds_total, 3), "docs_per_s": round(docs_total / seconds_total, 1)}
    for k in METRICS:
        p = counts[k] / counts["system"] if counts["system"] else 0.0
        r = counts[k] / counts["gold"] if counts["gold"] else 0.0
        total[k] = {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    results["all"] = total
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"),
                    help="the shared folder holding corpora/ and tools/ (default: ../shared)")
    ap.add_argument("--news", action="store_true", help="score the invented news of benchmarks/timeml/ instead")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    news = {d.name: d for d in sorted(NEWS.iterdir()) if d.is_dir()} if args.news else None
    results = evaluate(Path(args.shared), news)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'corpus':10s} {'docs':>5s} {'gold':>5s} {'sys':>5s}  " + "  ".join(f"{k:>7s}" for k in METRICS)
          + f"  {'docs/s':>7s}")
    for name, r in results.items():
        print(f"{name:10s} {r['docs']:5d} {r['gold']:5d} {r['system']:5d}  "
              + "  ".join(f"{r[k]['F1']:7.3f}" for k in METRICS) + f"  {r['docs_per_s']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
