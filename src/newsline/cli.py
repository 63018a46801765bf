"""Command line: ``newsline build``, ``newsline events``, ``newsline timeml``.

Exit codes: 0 all inputs processed; 1 some inputs were bad (each reported on one line, the others
processed); 2 nothing could be processed or the command line itself is wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from . import __version__, examples
from .io import InputError, parse_date
from .pipeline import build

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2


def _error(msg: str) -> None:
    print(f"newsline: error: {msg}", file=sys.stderr)


def _inputs(args: argparse.Namespace) -> list[str]:
    files = list(args.files)
    if getattr(args, "example", None):
        files.append(str(examples.path(args.example)))
    return files


def _run(args: argparse.Namespace):
    """Build the timeline of the inputs; report bad ones. Returns (timeline, exit code)."""
    errors: list[InputError] = []
    files = _inputs(args)
    if not files:
        _error("no input files (give FILE... or --example NAME)")
        return None, EXIT_NOTHING
    date = None
    if args.date:
        try:
            date = parse_date(args.date, "--date")
        except InputError as err:
            _error(str(err))
            return None, EXIT_NOTHING
    tl = build(*files, date=date, title=args.title, errors=errors)
    for err in errors:
        _error(str(err))
    processed = len(set(tl.df["source"])) if len(tl.df) else None
    bad_files = {e.where.split(":")[0] for e in errors}
    if errors and len(bad_files) >= len(files) and not processed:
        return tl, EXIT_NOTHING
    return tl, EXIT_PARTIAL if errors else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    tl, code = _run(args)
    if tl is None or code == EXIT_NOTHING:
        return EXIT_NOTHING
    out = Path(args.output)
    try:
        tl.to_html(out)
    except OSError as err:
        _error(f"{out}: cannot write ({err.strerror})")
        return EXIT_NOTHING
    print(out.resolve())
    return code


def cmd_events(args: argparse.Namespace) -> int:
    tl, code = _run(args)
    if tl is None or code == EXIT_NOTHING:
        return EXIT_NOTHING
    if args.format == "json":
        sys.stdout.write(tl.to_json() + "\n")
    elif args.format == "csv":
        sys.stdout.write(tl.to_csv())
    else:
        sys.stdout.write(json.dumps(tl.to_timelinejs(), ensure_ascii=False, indent=2) + "\n")
    return code


def cmd_timeml(args: argparse.Namespace) -> int:
    from .timeml import annotate_dir
    written, errors = annotate_dir(args.in_dir, args.out_dir)
    for err in errors:
        _error(err)
    return EXIT_NOTHING if not written else EXIT_PARTIAL if errors else EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsline",
        description="Turn news articles into interactive timelines.",
        epilog="Inputs: dateline text files (title, YYYYMMDD, URL, paragraphs), plain text with --date, "
               "saved HTML pages, JSONL/CSV with text and date columns. Exit codes: 0 ok, 1 some inputs "
               "bad (reported, the rest processed), 2 nothing processed.")
    p.add_argument("--version", action="version", version=f"newsline {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("files", nargs="*", metavar="FILE", help="article files")
        sp.add_argument("--date", help="publication date YYYY-MM-DD for inputs that carry none")
        sp.add_argument("--title", help="timeline title (default: the article title)")
        sp.add_argument("--example", choices=examples.names(), help="use a bundled example article")

    b = sub.add_parser("build", help="write an interactive, self-contained HTML timeline",
                       description="Write the timeline of the articles as one offline HTML file.")
    common(b)
    b.add_argument("-o", "--output", default="timeline.html", help="HTML file to write (default: %(default)s)")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("events", help="print the events as JSON, CSV or TimelineJS JSON",
                       description="Print the dated events of the articles to standard output.")
    common(e)
    e.add_argument("--format", choices=["json", "csv", "timelinejs"], default="json",
                   help="output format (default: %(default)s)")
    e.set_defaults(func=cmd_events)

    t = sub.add_parser("timeml", help="re-tag the TIMEX3 expressions of TimeML files",
                       description="Strip TIMEX3/EVENT/SIGNAL tags from each IN_DIR/*.tml, tag its text "
                                   "against its DCT and write it with newsline's TIMEX3 tags to OUT_DIR.")
    t.add_argument("in_dir", metavar="IN_DIR", help="folder of TimeML .tml files")
    t.add_argument("out_dir", metavar="OUT_DIR", help="folder to write the annotated files to")
    t.set_defaults(func=cmd_timeml)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
