"""The `kktui` command line. Headless subcommands never import Textual."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from kktui import __version__, i18n
from kktui.cli_io import CliError, echo, told_on_start
from kktui.cli_io import open_session as _session
from kktui.cli_io import write_output as _output
from kktui.clock import Clock
from kktui.i18n import t, tn
from kktui.storage import locations
from kktui.storage.files import StorageError

if TYPE_CHECKING:
    import argparse

    from kktui.storage.settings import Settings
    from kktui.storage.store import Store


def _common() -> argparse.ArgumentParser:
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: $KKTUI_DATA or the platform's user-data folder)",
    )
    common.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=argparse.SUPPRESS,
        help="language you read: nb (bokmål, default), nn (nynorsk) or en",
    )
    return common


def build_parser(for_help: bool = True) -> argparse.ArgumentParser:
    """`for_help` adds where the data lives to --help (it costs a look-up otherwise not needed)."""
    import argparse

    from kktui import cli_notice

    common = _common()
    parser = argparse.ArgumentParser(
        prog="kktui",
        parents=[common],
        description="Run a class parent meeting from the terminal: agenda, guidance, timer, "
        "notes, decisions, tasks and minutes.",
        epilog=(
            f"Data folder now: {locations.data_dir()} (your own templates go in its "
            "templates/ folder). Set it with --data DIR or KKTUI_DATA."
        )
        if for_help
        else None,
    )
    parser.add_argument("--version", action="version", version=f"kktui {__version__}")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the app without writing anything (a full disk, a read-only folder): read and export",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", parents=[common], help="open a sample class with meetings and tasks")
    demo.add_argument(
        "--no-open", action="store_true", help="only create the sample data and print its folder"
    )
    sub.add_parser(
        "list", parents=[common], help="meetings, one a line: id, date, type, status, class, title"
    )
    export = sub.add_parser("export", parents=[common], help="the minutes of a meeting")
    export.add_argument("meeting", metavar="MEETING", help='meeting id, or "last"')
    export.add_argument("--format", choices=("md", "html"), default="md")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    export.add_argument(
        "--confirm-confidential",
        action="store_true",
        help="export a confidential meeting (e.g. a challenging conversation) anyway",
    )
    share = sub.add_parser(
        "share", parents=[common], help="serve the minutes read-only on this laptop and print a QR code"
    )
    share.add_argument("meeting", metavar="MEETING", help='meeting id, or "last"')
    share.add_argument(
        "--host",
        metavar="ADDR",
        help="address to serve on (default: this laptop's address on the local network)",
    )
    share.add_argument("--port", metavar="N", type=int, default=0, help="port (default: a random free one)")
    share.add_argument(
        "--minutes",
        metavar="M",
        type=float,
        help="stop by itself after M minutes (default 15, or share_minutes in settings.json)",
    )
    share.add_argument(
        "--publish",
        action="store_true",
        help="copy the page to the publishing folder from settings.json instead of serving it",
    )
    share.add_argument("--svg", metavar="FILE", help="also save the QR code as an SVG file")
    imp = sub.add_parser("import-class", parents=[common], help="parents and pupils from a class list (CSV)")
    imp.add_argument(
        "file", metavar="FILE.csv", help="saved from Excel or Google Sheets; ; , or tab separated"
    )
    imp.add_argument(
        "--class",
        dest="class_name",
        metavar="NAME",
        help="the class to import into, e.g. 4B (created if missing; default: the current class)",
    )
    imp.add_argument("--update", action="store_true", help="also update people who are in the class already")
    imp.add_argument("--class-lang", choices=i18n.LANGUAGES, help="language of what goes to its parents")
    imp.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    cal = sub.add_parser(
        "calendar", parents=[common], help="year wheel, meetings and task due dates as iCalendar"
    )
    cal.add_argument("-o", "--output", metavar="FILE", help="write to FILE (.ics) instead of standard output")
    cal.add_argument(
        "--class", dest="class_name", metavar="NAME", help="only this class (default: all classes)"
    )
    cli_notice.add_parser(sub, common)
    check = sub.add_parser("check-content", parents=[common], help="validate templates and guides")
    check.add_argument(
        "folder", metavar="DIR", nargs="?", help="content folder (default: the built-in content)"
    )
    return parser


# What opening the app takes (`kktui`, `kktui --data DIR --lang nn --read-only`): option -> takes a value.
APP_OPTIONS = {"--data": True, "--lang": True, "--read-only": False}


def app_args(words: list[str]) -> argparse.Namespace | None:
    """The arguments as `build_parser` reads them when `words` only open the app, or None for
    anything else (a command, --help, an abbreviation, a value it would refuse), which the
    parser then reads. Building the parser, a dozen commands with their options, took longer
    than the rest of reading the command line: the app's start does without it."""
    found: dict[str, object] = {"read_only": False, "command": None}
    words = list(words)
    while words:
        word = words.pop(0)
        name, has_value, value = word.partition("=")
        if name not in APP_OPTIONS:
            return None
        if APP_OPTIONS[name] and not has_value:
            if not words or words[0].startswith("-"):
                return None
            value = words.pop(0)
        elif has_value and not APP_OPTIONS[name]:
            return None  # `--read-only=yes`: the parser's own error
        if name == "--lang" and value not in i18n.LANGUAGES:
            return None
        if name == "--read-only":
            found["read_only"] = True
        else:
            found[name[2:]] = value
    # The same attributes as the parser's Namespace (argparse itself is not imported for it).
    return cast("argparse.Namespace", SimpleNamespace(**found))


def _lang(args: argparse.Namespace, settings: Settings | None) -> str:
    """--lang, else the language chosen in the app (settings.json), else bokmål."""
    lang = getattr(args, "lang", None)
    if lang is None and settings is not None:
        lang = settings.lang
    return lang if lang in i18n.LANGUAGES else "nb"


def cmd_list(folder: Path) -> int:
    from kktui.meeting.listing import row_sort_key
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    told_on_start(store)
    # In meeting_index() order (date and time, then as stored), from the rows: years of
    # meetings are printed without building an object for each.
    status = {name: t(f"status.{name}") for name in ("planned", "running", "finished")}
    secret = f"  [{t('list.confidential')}]"
    rows = [
        (
            [
                str(m.get("id") or ""),
                str(m.get("date") or "-"),
                str(m.get("template") or "-"),
                status.get(str(m.get("status") or "planned"), str(m.get("status"))),
                str(m.get("class_name") or "-"),
            ],
            str(m.get("title") or "") + (secret if m.get("confidential") else ""),
        )
        for m in sorted(store.meeting_docs(), key=row_sort_key)
    ]
    # Each column as wide as its widest cell, so ids of any length keep the rest in line.
    widths = [max(len(cells[i]) for cells, _ in rows) for i in range(5)] if rows else []
    for cells, title in rows:
        echo("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + "  " + title)
    return 0


def cmd_export(folder: Path, ref: str, fmt: str, output: str | None, confirmed: bool = False) -> int:
    from kktui.output.gate import NeedsConfirmation
    from kktui.services import exports

    with _session(folder, read_only=True) as session:
        try:
            meeting = session.meeting(ref)
            cleared = exports.minutes(session, meeting, fmt, confirmed)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        except NeedsConfirmation:
            raise CliError(t("cli.confidential_export", title=meeting.title)) from None
    _output(output, cleared)
    return 0


def cmd_notice(folder: Path, args: argparse.Namespace) -> int:
    """Opens the folder for writing: a changed time raises the invitation's SEQUENCE, remembered."""
    from kktui.output.privacy import NotShareable
    from kktui.services import notice

    with _session(folder) as session:
        try:
            cleared = notice.notice(session, session.meeting(args.meeting), args.format)
        except (LookupError, NotShareable) as exc:
            raise CliError(str(exc)) from None
    _output(args.output, cleared)
    return 0


def cmd_check(folder: str | None) -> int:
    from kktui.guidance.check import check_content

    root = Path(folder) if folder else locations.content_dir()
    if not root.is_dir():
        raise CliError(t("cli.no_folder", path=root))
    from kktui.guidance.law_dates import law_date_warnings

    problems, n_templates, n_guides = check_content(root)
    for problem in problems:
        echo(problem, err=True)
    for warning in law_date_warnings(root):  # a warning, not a failure: the law needs a fresh look
        echo(warning, err=True)
    if problems:
        echo(tn("check.failed", len(problems)), err=True)
        return 1
    if n_templates == n_guides == 0:  # not "0 templates and 0 guides: fine"
        raise CliError(t("check.nothing_found", path=root))
    echo(t("check.ok", templates=tn("check.templates", n_templates), guides=tn("check.guides", n_guides)))
    return 0


def _throwaway_folder() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix="kktui-demo-"))


def cmd_demo(args: argparse.Namespace) -> int:
    from kktui.services.demo import folder_is_empty, seed
    from kktui.storage.store import Store

    explicit = getattr(args, "data", None) or os.environ.get(locations.ENV_DATA)
    folder = locations.data_dir(explicit) if explicit else _throwaway_folder()
    lang = _lang(args, None)
    i18n.use(lang)
    store = None
    if folder_is_empty(folder):
        store = Store.open(folder)
        told_on_start(store)
        try:
            seed(store, lang)
        except BaseException:
            store.close()
            raise
        if args.no_open:
            store.close()
    elif args.no_open:
        echo(t("demo.not_empty", path=folder), err=True)
    if args.no_open:
        echo(folder)
        return 0
    # The app gets the store that seeded it: closing it first would copy every file just written
    # into backups/ (and reopening read them back) before the first frame; the app's close does.
    return run_app(folder, lang, store=store)


def cmd_import_class(folder: Path, args: argparse.Namespace) -> int:
    from kktui.school.csv_import import summary
    from kktui.school.csv_read import ClassListError
    from kktui.services import classes

    with _session(folder, read_only=args.dry_run) as session:
        try:
            school_class = classes.class_to_import_into(session, args.class_name)
            preview = classes.preview_class_list(session, Path(args.file), school_class)
        except (classes.ClassNotChosen, ClassListError) as exc:
            raise CliError(str(exc)) from None
        if not args.dry_run:
            classes.import_class_list(session, preview, school_class, args.update, args.class_lang)
    for line in summary(preview, args.update, args.dry_run, school_class.name):
        echo(line)
    if args.class_lang and not args.dry_run:
        echo(t("import.class_lang", name=school_class.name, language=t(f"lang.{args.class_lang}")))
    for rejected in preview.rejected:
        echo(f"{preview.where(rejected.line)}: {rejected.reason}", err=True)
    if preview.rejected:
        echo(tn("import.rejected_count", len(preview.rejected)), err=True)
    return 1 if preview.rejected and not preview.rows else 0


def cmd_calendar(folder: Path, output: str | None, class_name: str | None) -> int:
    from kktui.services import classes, exports

    with _session(folder, read_only=True) as session:
        try:
            chosen = classes.chosen_class(session, class_name) if class_name else None
        except classes.ClassNotChosen as exc:
            raise CliError(str(exc)) from None
        cleared = exports.calendar(session, chosen)
    _output(output, cleared)
    return 0


def run_app(
    folder: Path,
    lang: str,
    settings: Settings | None = None,
    read_only: bool = False,
    store: Store | None = None,
) -> int:
    """The app on `folder`, or on `store` if it is already open (kktui demo, which just seeded it)."""
    import gc

    from kktui.storage.store import Store

    # Opening years of data and importing Textual make hundreds of thousands of objects that
    # live as long as the app: without this, full garbage collections walk them all before
    # the first frame. They are set aside (gc.freeze) once made; the app freezes again after
    # its first frame (KktuiApp.on_mount).
    gc.disable()
    try:
        if store is None:
            store = Store.open(folder, read_only=read_only)
        try:
            from kktui.screens.app import KktuiApp
        except BaseException:
            store.close()
            raise
        gc.freeze()
    finally:
        gc.enable()
    try:
        app = KktuiApp(store=store, lang=lang, settings=settings)
        app.run()
    finally:
        store.close()
    return app.return_code or 0


def cmd_share(folder: Path, args: argparse.Namespace, settings: Settings) -> int:
    """Serve the minutes on this laptop (or publish them), print link and QR, wait until it stops."""
    from datetime import datetime

    from kktui.output import gate
    from kktui.output.privacy import NotShareable
    from kktui.output.qr import ansi_text, qr_matrix, terminal_lines
    from kktui.services import exports, sharing
    from kktui.share.netaddr import candidate_addresses
    from kktui.share.publish import PublishError
    from kktui.share.server import ShareError
    from kktui.storage.settings import SHARE_MINUTES_MAX

    with _session(folder, read_only=True) as session:
        try:
            meeting = session.meeting(args.meeting)
            page = sharing.page(session, meeting)
        except (LookupError, NotShareable) as exc:
            raise CliError(str(exc)) from None
    minutes = settings.share_minutes if args.minutes is None else args.minutes
    if not 0 < minutes <= SHARE_MINUTES_MAX:
        raise CliError(t("share.cli_bad_minutes", max=SHARE_MINUTES_MAX))
    server, others = None, []
    try:
        if args.publish:
            published = sharing.publish(page, settings)
            url, done = published.url, t("publish.cli_done", url=published.url, path=published.path)
        else:
            others = [] if args.host else candidate_addresses()
            host = args.host or others.pop(0).ip
            server = sharing.server_for(page, host, args.port, minutes).start()
            url, done = server.url, t("share.cli_open", url=server.url)
        if args.svg:
            exports.write(Path(args.svg), gate.qr_svg(url, meeting), make_folder=False)
    except (ShareError, PublishError) as exc:
        raise CliError(str(exc)) from None
    except StorageError:
        if server is not None:
            server.stop()
        raise
    matrix = qr_matrix(url)
    sys.stdout.write(ansi_text(matrix) if sys.stdout.isatty() else "\n".join(terminal_lines(matrix)) + "\n")
    echo(done, flush=True)
    if server is None:
        return 0
    until = datetime.fromtimestamp(Clock().time() + minutes * 60).strftime("%H:%M")
    echo(t("share.cli_until", time=until, minutes=f"{minutes:g}"), flush=True)
    if others:
        echo(t("share.cli_other", addresses=", ".join(a.label for a in others)), flush=True)
    seen = 0
    try:
        while not server.wait(0.5):
            if server.opens != seen:
                seen = server.opens
                echo(t("share.cli_opens", n=seen), flush=True)
    except KeyboardInterrupt:
        server.stop()
        server.wait(2)
    echo(t("share.ended"), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = app_args(words) or build_parser(for_help="-h" in words or "--help" in words).parse_args(argv)
    try:
        if args.command == "demo":
            return cmd_demo(args)
        folder = locations.data_dir(getattr(args, "data", None))
        settings = None
        if args.command in (None, "share"):  # read once, by the commands that use them
            from kktui.storage.settings import load_settings

            settings = load_settings(folder)
        i18n.use(_lang(args, settings if args.command is None else None))
        if args.command is not None and settings is not None and settings.problem:
            echo(f"kktui: {settings.problem}", err=True)  # the app shows it on its screen
        if args.command == "list":
            return cmd_list(folder)
        if args.command == "export":
            return cmd_export(folder, args.meeting, args.format, args.output, args.confirm_confidential)
        if args.command == "check-content":
            return cmd_check(args.folder)
        if args.command == "import-class":
            return cmd_import_class(folder, args)
        if args.command == "calendar":
            return cmd_calendar(folder, args.output, args.class_name)
        if args.command == "notice":
            return cmd_notice(folder, args)
        if args.command == "share":
            assert settings is not None  # read above for the share command
            return cmd_share(folder, args, settings)
        return run_app(folder, i18n.current(), settings, read_only=args.read_only)
    except (StorageError, CliError) as exc:
        echo(f"kktui: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
