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
from .corpus import Tally, workers_default
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
    tally = Tally()
    options = dict(date=date, title=args.title, errors=errors, tally=tally, merge=not args.no_merge,
                   similarity=args.similarity, top=args.top, per_day=args.per_day, text_col=args.text_col,
                   date_col=args.date_col, title_col=args.title_col, url_col=args.url_col)
    try:
        tl = _dask_build(files, args, options) if args.scheduler == "dask" else \
            build(*files, workers=args.workers, quiet=args.quiet, **options)
    except ImportError as err:
        _error(str(err))
        return None, EXIT_NOTHING
    for err in errors:
        _error(str(err))
    if tally.skipped or tally.articles > 1:  # a one-article run stays silent: stderr is for problems
        print(f"newsline: {tally}", file=sys.stderr)
    if not tally.articles:
        return tl, EXIT_NOTHING
    return tl, EXIT_PARTIAL if errors else EXIT_OK


def _dask_build(files: list[str], args: argparse.Namespace, options: dict):
    """The same run on Dask: the cluster at ``DASK_SCHEDULER_ADDRESS`` if set, else a local one
    with ``--workers`` processes."""
    from .dask import timeline_from_paths

    import dask
    from distributed import Client, LocalCluster

    address = dask.config.get("scheduler-address", None)
    # ":0", not None: None still binds port 8787 (dask/distributed#8136), and warns when it is taken
    cluster = None if address else LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                                dashboard_address=":0")
    try:
        with Client(address or cluster):
            return timeline_from_paths(files, **options)
    finally:
        if cluster is not None:
            cluster.close()


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


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return int(text)


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {text!r}")
    return value


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
        sp.add_argument("files", nargs="*", metavar="FILE",
                        help="article files, directories (read recursively) or glob patterns")
        sp.add_argument("--date", help="publication date YYYY-MM-DD for inputs that carry none")
        sp.add_argument("--title", help="timeline title (default: the article title)")
        sp.add_argument("--example", choices=examples.names(), help="use a bundled example article")
        corpus = sp.add_argument_group("corpus")
        corpus.add_argument("--workers", type=_positive, default=workers_default(), metavar="N",
                            help="processes for tagging (default: all cores, %(default)s)")
        corpus.add_argument("--scheduler", choices=["processes", "dask"], default="processes",
                            help="run on a local process pool or on Dask (the cluster at "
                                 "DASK_SCHEDULER_ADDRESS, else a local one); default: %(default)s")
        corpus.add_argument("--top", type=_positive, metavar="N", help="keep the N most salient events")
        corpus.add_argument("--per-day", type=_positive, metavar="N", help="keep at most N events per day")
        corpus.add_argument("--similarity", type=_fraction, default=0.5, metavar="S",
                            help="evidence overlap (0-1] at which reports of one date merge (default: %(default)s)")
        corpus.add_argument("--no-merge", action="store_true", help="keep every report as its own row")
        for col in ("text", "date", "title", "url"):
            corpus.add_argument(f"--{col}-col", metavar="NAME", help=f"{col} column of JSONL/CSV inputs")
        corpus.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

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
