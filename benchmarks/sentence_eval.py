#!/usr/bin/env python3
"""The tagger on news sentences with hand-made TIMEX3 annotations: one line per sentence, its DCT
and its expressions (``benchmarks/sentences/*.jsonl``), written for phenomena the TimeML corpora
have few of (tense near the turn of a year, names that hold a date word, spoken times, datelines,
fiscal periods, sets).

    python benchmarks/sentence_eval.py [--show]

Prints, per file, strict-extent precision/recall/F1 and how many of the matched expressions have
the annotated value. The annotations follow the TIMEX3 guidelines, in a few places differently
from newsline (decades as ``P2DE`` where newsline writes ``P20Y``, clock times with their zone
offset, "the coming weeks" as a duration where newsline writes ``FUTURE_REF``): those count as
wrong values here. Rules were written while reading these errors: a development set.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from newsline.timex import tag


def score(path: Path, show: bool = False) -> dict[str, int]:
    """Counts over one file: annotated, tagged, same extent, same extent and value."""
    out = {"gold": 0, "sys": 0, "match": 0, "value": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        got = {t.text: t.value for t in tag(row["sentence"], dt.date.fromisoformat(row["dct"]))}
        gold = {g["text"]: g["value"] for g in row["timexes"]}
        out["gold"] += len(gold)
        out["sys"] += len(got)
        out["match"] += len(gold.keys() & got.keys())
        out["value"] += sum(got[k] == v for k, v in gold.items() if k in got)
        if show and got != gold:
            print(f"  {row['dct']} {row['sentence']}\n    gold {gold}\n    got  {got}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=Path(__file__).with_name("sentences"))
    ap.add_argument("--show", action="store_true", help="list the sentences tagged otherwise")
    args = ap.parse_args()
    print(f"{'file':14} {'gold':>5} {'sys':>5} {'strict P':>8} {'R':>6} {'F1':>6} {'value':>7}")
    for path in sorted(args.dir.glob("*.jsonl")):
        s = score(path, args.show)
        p, r = s["match"] / max(s["sys"], 1), s["match"] / max(s["gold"], 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{path.stem:14} {s['gold']:>5} {s['sys']:>5} {p:>8.3f} {r:>6.3f} {f1:>6.3f} "
              f"{s['value'] / max(s['match'], 1):>7.3f}")


if __name__ == "__main__":
    main()
