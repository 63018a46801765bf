#!/usr/bin/env python3
"""Event anchoring scored on hand-annotated news articles: what a careful reader puts on a timeline.

Each ``benchmarks/events/NAME.txt`` (dateline format) has ``NAME.gold.json`` in the format of the
shared example's gold file. The events are those ``newsline events NAME.txt --format json`` prints
(one article's timeline, reports of one event merged). An event matches a gold entry when its date is the entry's value (or
one of its ``alt`` values) and the entry's phrase is in its sentence. As in the shared
``check_seed.py``, a required entry without a match fails, and so does any entry marked
``year_inferred`` whose matches do not say so; "found" is the required entries less the failures,
"dated" the required entries with a match, whatever its ``year_inferred``.
An event that matches no entry, required or not, is a false positive.

    python benchmarks/event_eval.py [--dir benchmarks/events] [--show]

The 900 articles here are invented, in wire, broadsheet, local and broadcast styles, with their gold
written apart from the code; rules were written while reading their errors, so this is a
development set, not a held-out one (the README says how each batch scored before any rule was
written from it).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsline import build


def _norm(s: str) -> str:
    return " ".join(str(s).replace("\u2019", "'").split()).lower()


def score(article: Path, show: bool = False) -> dict[str, int]:
    """Counts for one article: required entries and those found, optional ones found, events, false
    positives."""
    gold = json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))["events"]
    events = json.loads(build(str(article), quiet=True).to_json())

    def matches(e: dict, g: dict) -> bool:
        return e["date"] in (g["value"], *g.get("alt", ())) and _norm(g["phrase"]) in _norm(e["sentence"])

    out = {"required": 0, "found": 0, "dated": 0, "optional": 0, "events": len(events), "fp": 0}
    failures = 0
    for g in gold:
        hits = [e for e in events if matches(e, g)]
        flagged = bool(hits) and g.get("year_inferred") and not any(e["year_inferred"] is True for e in hits)
        out["required"] += bool(g.get("required"))
        failures += flagged or not hits and bool(g.get("required"))
        out["optional"] += bool(hits) and not flagged and not g.get("required")
        if show and (flagged or not hits):
            what = "FLAG" if flagged else "MISS" if g.get("required") else "miss"
            print(f"  {what} {g['value']:12} {g['phrase']}")
    out["found"] = out["required"] - failures
    out["dated"] = sum(bool(g.get("required")) and any(matches(e, g) for e in events) for g in gold)
    for e in events:
        if not any(matches(e, g) for g in gold):
            out["fp"] += 1
            if show:
                print(f"  FP   {e['date']:12} {e['timex']!r} in {e['sentence'][:70]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=Path(__file__).with_name("events"))
    ap.add_argument("--show", action="store_true", help="list the misses and false positives")
    args = ap.parse_args()
    total = {"required": 0, "found": 0, "dated": 0, "optional": 0, "events": 0, "fp": 0}
    print(f"{'article':32} {'required':>9} {'dated':>5} {'optional':>8} {'events':>6} {'FP':>3}")
    for article in sorted(args.dir.glob("*.txt")):
        if args.show:
            print(article.stem)
        s = score(article, args.show)
        print(f"{article.stem:32} {s['found']:>4}/{s['required']:<4} {s['dated']:>5} {s['optional']:>8} {s['events']:>6} "
              f"{s['fp']:>3}")
        total = {k: total[k] + s[k] for k in total}
    precision = 1 - total["fp"] / total["events"] if total["events"] else 0.0
    print(f"{'all':32} {total['found']:>4}/{total['required']:<4} {total['dated']:>5} {total['optional']:>8} "
          f"{total['events']:>6} {total['fp']:>3}")
    print(f"required recall {total['found'] / total['required']:.3f} ({total['dated'] / total['required']:.3f} "
          f"with the date right, year_inferred aside), precision {precision:.3f} (events matching a gold entry)")


if __name__ == "__main__":
    main()
