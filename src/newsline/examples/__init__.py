"""Bundled example articles, so the demo and notebook work offline and from an installed wheel."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["names", "path"]

_FILES = {"ukraine-drones": "ukraine-turkish-drones-2022-02-04.txt"}


def names() -> list[str]:
    return sorted(_FILES)


def path(name: str = "ukraine-drones") -> Path:
    """Path of a bundled example article in the dateline format."""
    if name not in _FILES:
        raise KeyError(f"unknown example {name!r}; available: {', '.join(names())}")
    return Path(str(resources.files(__package__).joinpath(_FILES[name])))
