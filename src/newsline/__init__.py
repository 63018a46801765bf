"""newsline: turn news articles into interactive timelines.

Pipeline: :mod:`~newsline.io` (read) → :mod:`~newsline.timex` (tag) → :mod:`~newsline.events`
(anchor) → :mod:`~newsline.timeline` (DataFrame) → :mod:`~newsline.plot` / :mod:`~newsline.export`.
"""
from importlib.metadata import PackageNotFoundError, version

from . import examples
from .events import Event, anchor
from .io import Article, InputError, read_dataframe, read_file, read_html, read_text
from .pipeline import articles, build, extract
from .timeline import COLUMNS, Timeline
from .timex import Timex, calendar_range, tag
from .timeml import annotate_timeml

try:
    __version__ = version("newsline")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0+unknown"

__all__ = ["Article", "Event", "InputError", "Timeline", "Timex", "COLUMNS", "anchor", "annotate_timeml", "articles", "build",
           "calendar_range", "examples", "extract", "read_dataframe", "read_file", "read_html", "read_text",
           "tag", "__version__"]
