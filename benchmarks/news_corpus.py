"""The benchmark corpus: news texts of the TimeML corpora (``<TEXT>`` with tags stripped, DCT from
``<DCT>``) and the bundled example article, repeated to any size. Each copy gets its own URL, so
merging sees one story reported by many articles."""
from __future__ import annotations

import json
from itertools import cycle, islice
from pathlib import Path
from typing import Iterator

from newsline import examples
from newsline.io import Article, read_file
from newsline.timeml import read_timeml

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def base_texts(shared: Path) -> list[Article]:
    """The distinct texts (TimeBank + AQUAINT + the example), in a fixed order."""
    files = sorted((shared / "corpora" / "timeml").glob("*/*.tml"))
    if not files:
        raise SystemExit(f"no TimeML files under {shared / 'corpora' / 'timeml'}")
    out = []
    for f in files:
        dct, text = read_timeml(f.read_text(encoding="utf-8"))
        out.append(Article(f.stem, text.strip().split("\n", 1)[0][:120], None, dct, text))
    out.extend(a for a in read_file(examples.path()) if isinstance(a, Article))
    return out


def articles(shared: Path, n: int) -> Iterator[Article]:
    """``n`` articles cycling through the base texts, each with a distinct id and URL."""
    for i, art in enumerate(islice(cycle(base_texts(shared)), n)):
        yield Article(f"{art.id}-{i}", art.title, f"https://bench.example/{i}", art.published, art.text)


def write_jsonl(path: Path, shared: Path, n: int) -> int:
    """A JSONL dump of ``n`` articles (text, date, title, url); returns its size in bytes."""
    with path.open("w", encoding="utf-8") as f:
        for art in articles(shared, n):
            f.write(json.dumps({"text": art.text, "date": art.published.isoformat(), "title": art.title,
                                "url": art.url}) + "\n")
    return path.stat().st_size
