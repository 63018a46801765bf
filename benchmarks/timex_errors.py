#!/usr/bin/env python3
"""Error analysis of newsline's TIMEX3 tagger on the shared TimeML corpora.

Aligns newsline's tags with the gold ones exactly as ``tools/te3score.py`` does (one-to-one, overlap)
and lists, biggest group first:
  miss   gold expressions with no overlapping system tag
  fp     system tags with no overlapping gold expression
  span   overlapping tags whose extent differs (strict errors)
  value  overlapping tags whose value differs
  type   overlapping tags whose type differs
Wrong values are first counted by cause: where newsline follows the TIMEX3 guidelines and the
annotators did not (a part of day kept, digits left unspecified, ...), and the rest.
Expressions are grouped by *pattern* (lower case, month/weekday names, years, numbers and number
words abstracted; for value errors also the shape of gold and system values), so that a group is
one missing rule, not one document.

    python benchmarks/timex_errors.py --shared ../shared [--kind value] [--top 25] [--examples 3]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from timex_eval import CORPORA, load_scorer

from newsline.timeml import annotate_timeml

KINDS = ("miss", "fp", "span", "value", "type")

_ABSTRACT = [
    (re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"), "MONTH"),
    (re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"), "WEEKDAY"),
    (re.compile(r"\b(?:1[5-9]|20)\d\d\b"), "YEAR"),
    (re.compile(r"\d+"), "N"),
    (re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                r"eighty|ninety|hundred)\b"), "NUM"),
]


def pattern(text: str) -> str:
    """The shape of an expression: what a rule would have to match."""
    p = " ".join(text.lower().split())
    for rx, repl in _ABSTRACT:
        p = rx.sub(repl, p)
    return p


def shape(value: str) -> str:
    """The shape of a TIMEX3 value: digits abstracted, prefixes and codes kept."""
    return re.sub(r"\d", "9", value) if value else "-"


def align(gold: list, pred: list) -> tuple[list, list, list]:
    """``(pairs, misses, false positives)`` with te3score's greedy one-to-one overlap matching."""
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        best = None
        for k, p in enumerate(pred):
            if k in used or p[1] <= g[0] or p[0] >= g[1]:
                continue
            if best is None or (p[0], p[1]) == (g[0], g[1]):
                best = k
        if best is None:
            misses.append(g)
        else:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs, misses, [p for k, p in enumerate(pred) if k not in used]


def collect(shared: Path, corpora: list[str]) -> dict[str, dict[str, list]]:
    """Errors by kind, then pattern: each entry ``(doc, text, gold attrs, system attrs, context)``."""
    scorer = load_scorer(shared)
    errors: dict[str, dict[str, list]] = {k: defaultdict(list) for k in KINDS}
    for corpus in corpora:
        for path in sorted((shared / "corpora" / "timeml" / corpus).glob("*.tml")):
            xml = path.read_text(encoding="utf-8")
            text, gold = scorer.timexes(xml)
            _, pred = scorer.timexes(annotate_timeml(xml))

            def ctx(a: int, b: int) -> str:
                return " ".join((text[max(0, a - 50):a] + "[" + text[a:b] + "]" + text[b:b + 50]).split())

            doc = f"{corpus}/{path.stem}"
            pairs, misses, fps = align(gold, pred)
            for g in misses:
                errors["miss"][pattern(text[g[0]:g[1]])].append((doc, text[g[0]:g[1]], g[2], {}, ctx(*g[:2])))
            for p in fps:
                errors["fp"][pattern(text[p[0]:p[1]])].append((doc, text[p[0]:p[1]], {}, p[2], ctx(*p[:2])))
            for g, p in pairs:
                gt, pt = text[g[0]:g[1]], text[p[0]:p[1]]
                if (g[0], g[1]) != (p[0], p[1]):
                    errors["span"][f"{pattern(gt)}  <-  {pattern(pt)}"].append((doc, f"{gt} | {pt}", g[2], p[2],
                                                                                 ctx(*g[:2])))
                gv, pv = g[2].get("value", ""), p[2].get("value", "")
                if gv != pv:
                    key = f"{pattern(gt)}  {shape(gv)} -> {shape(pv)}"
                    errors["value"][key].append((doc, gt, g[2], p[2], ctx(*g[:2])))
                if g[2].get("type", "").upper() != p[2].get("type", "").upper():
                    key = f"{pattern(gt)}  {g[2].get('type')} -> {p[2].get('type')}"
                    errors["type"][key].append((doc, gt, g[2], p[2], ctx(*g[:2])))
    return errors


def convention(gold: str, system: str) -> str | None:
    """Why a wrong value is the guidelines' convention against the annotators' habit, if it is:
    the value F1 these cost is not a tagging mistake."""
    if re.sub(r"T(?:MO|AF|EV|NI)$", "", system) == gold:
        return "part of day kept (Friday morning: 2022-02-04TMO)"
    if re.sub(r"-W0(\d)$", r"-W\1", system) == gold:
        return "ISO week number padded (W05)"
    if system.startswith("FY") and system[2:] == gold:
        return "fiscal year marked (FY1989)"
    if "X" in gold and (re.fullmatch(re.escape(system) + r"[-X]+", gold) or
                        re.fullmatch(re.escape(gold).replace("X", r"[\dX]"), system)):
        return "value kept, where the annotators left digits unspecified (1989-WXX, 1968-XX, 199X)"
    return None


def report(errors: dict[str, dict[str, list]], kinds: list[str], top: int, examples: int) -> str:
    lines = []
    if "value" in kinds:
        causes = defaultdict(int)
        for items in errors["value"].values():
            for _, _, g, p, _ in items:
                causes[convention(g.get("value", ""), p.get("value", "")) or "other"] += 1
        lines.append("== value errors by cause")
        lines += [f"{n:4d}  {cause}" for cause, n in sorted(causes.items(), key=lambda kv: -kv[1])]
    for kind in kinds:
        groups = sorted(errors[kind].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        total = sum(len(v) for _, v in groups)
        lines.append(f"== {kind}: {total} in {len(groups)} patterns")
        for key, items in groups[:top]:
            lines.append(f"{len(items):4d}  {key}")
            for doc, text, g, p, context in items[:examples]:
                vals = " ".join(f"{who}={a.get('type', '')}:{a.get('value', '')}" for who, a in
                                (("gold", g), ("sys", p)) if a)
                lines.append(f"        {doc}  {vals}  ... {context} ...")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--corpus", choices=CORPORA, action="append", help="only this corpus (repeatable)")
    ap.add_argument("--kind", choices=KINDS, action="append", help="only this kind of error (repeatable)")
    ap.add_argument("--top", type=int, default=20, help="patterns per kind (default: %(default)s)")
    ap.add_argument("--examples", type=int, default=2, help="examples per pattern (default: %(default)s)")
    args = ap.parse_args(argv)
    errors = collect(Path(args.shared), args.corpus or list(CORPORA))
    print(report(errors, args.kind or list(KINDS), args.top, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
