"""The command line: option parsing only; each command is a plain function."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from briefgen import __version__, commands
from briefgen.content import limits
from briefgen.content.hints import country_codes, for_example
from briefgen.content.loader import load_content
from briefgen.content.orgs import resolve_org
from briefgen.content.sections import SECTIONS
from briefgen.errors import BriefgenError, UsageError
from briefgen.paths import shipped_content
from briefgen.render.engine import PackRequest
from briefgen.selection.select import sections_without


def _content_arg(parser):
    parser.add_argument(
        "--content",
        type=Path,
        default=None,
        metavar="DIR",
        help="content folder (default: the shipped campaign)",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of templates that override the shipped ones",
    )


def _hints(content) -> dict[str, str]:
    """Examples for the help texts, from the content when it is at hand."""
    if content is None:
        return {"audiences": "", "country": "", "countries": ""}
    return {
        "audiences": ": " + ", ".join(content.audiences) if content.audiences else "",
        "country": for_example(country_codes(content, 1)),
        "countries": for_example(country_codes(content), ","),
    }


def parser(content=None) -> argparse.ArgumentParser:
    """The command line; `content`, when loaded, gives the help texts' examples."""
    hints = _hints(content)
    without_help = (
        "optional sections to leave out, comma-separated; the audience says which "
        f"are optional (sections: {', '.join(SECTIONS)})"
    )
    top = argparse.ArgumentParser(
        prog="briefgen",
        description="Sourced campaign content in, "
        "print-ready briefing packs out. With no command, opens the app.",
    )
    top.add_argument("--version", action="version", version=f"briefgen {__version__}")
    top.add_argument("--verbose", action="store_true", help="show tracebacks on errors")
    top.add_argument(
        "--limit",
        action="append",
        default=[],
        metavar="NAME=N",
        help="raise one of the bounds on what content may cost (see docs/security.md), "
        "e.g. --limit yaml_bytes=5000000; repeatable",
    )
    sub = top.add_subparsers(dest="command")

    build = sub.add_parser("build", help="build one pack as PDF")
    _content_arg(build)
    build.add_argument(
        "--audience",
        required=True,
        help=f"an audience id of the content{hints['audiences'] or ' (briefgen list audiences)'}",
    )
    build.add_argument(
        "--country",
        required=True,
        help=f"ISO 3166-1 alpha-2 code{hints['country']} (briefgen list countries)",
    )
    build.add_argument("--org", help="organisation profile: an id from the content or a YAML file")
    build.add_argument(
        "--paper", choices=["a4", "letter"], help="override the country's paper size"
    )
    build.add_argument("--language", help="pack language (default: the campaign's)")
    build.add_argument(
        "--strict",
        action="store_true",
        help="refuse a pack that would print some texts in the default language",
    )
    safety = build.add_mutually_exclusive_group()
    safety.add_argument(
        "--safety",
        dest="safety",
        action="store_true",
        default=None,
        help="leave out every name, contact and logo (on by default for high-risk countries)",
    )
    safety.add_argument("--no-safety", dest="safety", action="store_false")
    build.set_defaults(safety=None)  # neither flag: the country decides
    build.add_argument(
        "--without",
        default="",
        metavar="SECTIONS",
        help=without_help,
    )
    build.add_argument("-o", "--output", type=Path, help="PDF file to write")
    build.add_argument("--html", type=Path, help="also write the HTML the PDF is made from")

    listing = sub.add_parser("list", help="list audiences, countries or organisations")
    _content_arg(listing)
    listing.add_argument("what", choices=["audiences", "countries", "orgs"])

    check = sub.add_parser("check", help="check the content; exit 1 on errors")
    _content_arg(check)
    check.add_argument(
        "--render",
        action="store_true",
        help="also build a sample pack per audience (its longest and shortest) "
        "and warn about any outside its page bounds",
    )

    batch = sub.add_parser(
        "batch",
        help="build every pack of an audience × country × "
        "organisation matrix, in parallel, with a manifest",
    )
    _content_arg(batch)
    batch.add_argument(
        "--audience", default="all", help=f"'all' or ids, comma-separated{hints['audiences']}"
    )
    batch.add_argument(
        "--country",
        default="all",
        help=f"'all', 'profiles' or ISO codes, comma-separated{hints['countries']}",
    )
    batch.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="FILE|DIR|ID",
        help="organisation profile: an id, a YAML file, or a folder of member "
        "profiles (one set of packs each); repeatable (default: the content's)",
    )
    batch.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    batch.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="worker processes (default: every core)"
    )
    batch.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="render on the workers of a Dask cluster, e.g. tcp://host:8786 (they need "
        "briefgen and its fonts; this machine writes every file; see docs/distributed.md)",
    )
    batch.add_argument("--zip", action="store_true", help="also write one zip of the output")
    batch.add_argument(
        "--merge",
        action="store_true",
        help="also write one combined PDF per organisation and audience",
    )
    batch.add_argument("--paper", choices=["a4", "letter"], help="override each country's paper")
    batch.add_argument("--language", help="pack language (default: the campaign's)")
    batch.add_argument(
        "--strict",
        action="store_true",
        help="fail the packs that would print some texts in the default language",
    )
    batch_safety = batch.add_mutually_exclusive_group()
    batch_safety.add_argument(
        "--safety",
        dest="safety",
        action="store_true",
        default=None,
        help="safety mode for every pack (default: high-risk countries)",
    )
    batch_safety.add_argument("--no-safety", dest="safety", action="store_false")
    batch.add_argument(
        "--without",
        default="",
        metavar="SECTIONS",
        help=without_help,
    )

    status = sub.add_parser("status", help="treaty status records: import from the UN page")
    status_sub = status.add_subparsers(dest="status_command", required=True)
    importing = status_sub.add_parser(
        "import",
        help="show (and with --apply write) what a saved UN Treaty Collection "
        "status page changes in the content's status records",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the status page saved as HTML")
    importing.add_argument(
        "--content", type=Path, default=None, metavar="DIR", help="content folder to update"
    )
    importing.add_argument("--treaty", help="treaty id (default: the campaign's first)")
    importing.add_argument(
        "--source",
        default="untc-status",
        metavar="ID",
        help="the source entry for the page; its 'accessed' becomes the page's date",
    )
    importing.add_argument("--signed-as", default="signed", metavar="STATUS")
    importing.add_argument("--ratified-as", default="ratified", metavar="STATUS")
    importing.add_argument(
        "--accessed",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the page's date when it does not show 'Status as at'",
    )
    importing.add_argument("--apply", action="store_true", help="write the changes without asking")

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--content", type=Path, default=None, metavar="DIR")
    gui.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder of templates that override the shipped ones (remembered)",
    )
    return top


def _iso_date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-19: {value}") from None


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def _content_for_help(argv) -> object | None:
    """With --help, the content the command would use, for the help's examples."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(argv):
        return None
    folder = shipped_content()
    if "--content" in argv and argv.index("--content") + 1 < len(argv):
        folder = Path(argv[argv.index("--content") + 1])
    try:
        content, _ = load_content(folder)
    except (BriefgenError, OSError):  # help must print whatever the folder holds
        return None
    return content


def main(argv=None) -> int:
    args = parser(_content_for_help(argv)).parse_args(argv)
    try:
        _apply_limits(args.limit)
        return _run(args)
    except BriefgenError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"briefgen: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefgen: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - whatever the input, a sentence, not a traceback
        if args.verbose:
            traceback.print_exc()
        print(
            f"briefgen: error: unexpected {type(exc).__name__}: {exc} "
            "(run with --verbose to see where)",
            file=sys.stderr,
        )
        return 1


def _apply_limits(given) -> None:
    """--limit NAME=N, checked here and handed to batch workers and the app
    through the environment (limits are read where they apply)."""
    if not given:
        return
    text = ",".join([os.environ.get(limits.ENVIRONMENT, ""), *given]).strip(",")
    try:
        limits.parse(text)
    except limits.LimitsError as exc:
        raise UsageError(str(exc)) from None
    os.environ[limits.ENVIRONMENT] = text


def _run(args) -> int:
    content_dir = getattr(args, "content", None) or shipped_content()
    if args.command in (None, "gui"):
        from briefgen.gui.app import run  # Qt is imported only for the app

        return run(getattr(args, "content", None), getattr(args, "templates", None))
    if args.command == "check":
        return commands.check(content_dir, template_dirs=args.templates, render=args.render)
    if args.command == "list":
        commands.list_items(content_dir, args.what)
        return 0
    if args.command == "status":
        return commands.status_import(
            content_dir,
            args.file,
            treaty_id=args.treaty,
            source_id=args.source,
            signed_as=args.signed_as,
            ratified_as=args.ratified_as,
            accessed=args.accessed,
            apply=args.apply,
            confirm=_ask,
        )
    if args.command == "build":
        content = commands.open_content(content_dir)
        request = PackRequest(
            audience=args.audience,
            country=args.country,
            org=resolve_org(content, args.org),
            sections=sections_without(content, args.without.split(","), [args.audience]),
            paper=args.paper,
            language=args.language,
            safety=args.safety,
        )
        commands.build(
            content,
            request,
            output=args.output,
            template_dirs=args.templates,
            html_output=args.html,
            strict=args.strict,
        )
        return 0
    if args.command == "batch":
        from briefgen.batch.plan import BatchSpec
        from briefgen.commands.batch import batch

        return batch(
            BatchSpec(
                content_dir=Path(content_dir),
                out=args.out,
                audiences=args.audience,
                countries=args.country,
                orgs=tuple(args.org),
                jobs=args.jobs,
                zip=args.zip,
                merge=args.merge,
                template_dirs=tuple(args.templates),
                paper=args.paper,
                language=args.language,
                safety=args.safety,
                without=tuple(s.strip() for s in args.without.split(",") if s.strip()),
                scheduler=args.scheduler,
                strict=args.strict,
            )
        )
    return 2
