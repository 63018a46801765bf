"""Accuracy gate: TempEval-3 scores on the shared TimeML corpora, and on all the invented news of
``benchmarks/timeml`` together (``news``), must not fall below the floors last reached
(``tests/eval_floor.json``; raise them when the tagger improves). A floor goes down only for a rule
that follows the TIMEX3 guidelines where a corpus's annotators did not, and the commit names those
annotations (AQUAINT tags the newspaper in "the Communist Party daily Granma" as a daily SET), or, for
``news``, when new held-out sets join it (a different set: their first scores are lower)."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS = json.loads((Path(__file__).with_name("eval_floor.json")).read_text())

pytestmark = pytest.mark.skipif(not (SHARED / "corpora" / "timeml").is_dir() or
                                not (SHARED / "tools" / "te3score.py").exists(),
                                reason="../shared/corpora/timeml (TempEval-3 training corpora) not beside the checkout")


@pytest.fixture(scope="module")
def scores():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from timex_eval import NEWS, evaluate
    finally:
        sys.path.pop(0)
    news = evaluate(SHARED, {d.name: d for d in sorted(NEWS.iterdir()) if d.is_dir()})
    return {**evaluate(SHARED), "news": news["all"]}


@pytest.mark.parametrize("corpus, metric", [(c, m) for c in FLOORS for m in FLOORS[c]])
def test_f1_not_below_floor(scores, corpus, metric):
    got = scores[corpus][metric]["F1"]
    assert got >= FLOORS[corpus][metric], f"{corpus} {metric} F1 {got:.4f} < floor {FLOORS[corpus][metric]}"
