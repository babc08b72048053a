"""The `kktui` command line. Headless subcommands never import Textual."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kktui import __version__, i18n
from kktui.storage import locations
from kktui.clock import Clock
from kktui.i18n import t
from kktui.storage.files import StorageError, atomic_write_text
from kktui.text import visible


class CliError(Exception):
    """One sentence for stderr; exit status 1."""


def echo(*parts: object, err: bool = False, end: str = "\n", flush: bool = False) -> None:
    """Print for a person at a terminal (stdout, or stderr with err=True). Names, titles and
    file names come from class lists, shared templates and data folders: any control
    character in them is shown (ESC as ␛), so ESC ] 52 cannot write the clipboard."""
    stream = sys.stderr if err else sys.stdout
    stream.write(visible(" ".join(str(part) for part in parts)) + end)
    if flush:
        stream.flush()


def told_on_start(store) -> None:
    """What opening the folder found and did (a damaged file restored, a folder closed): stderr."""
    if store.recovery is not None:
        echo(store.recovery.message, err=True)


def write_output(path: Path, text: str) -> None:
    """Write a file the user named with -o: atomically when it is (or will be) a regular file;
    straight into anything else that is already there (a pipe, /dev/stdout, a device), which
    a rename would replace instead of writing to."""
    if path.exists() and not path.is_file() and not path.is_dir():
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        return
    atomic_write_text(path, text)


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: $KKTUI_DATA or the platform's user-data folder)")
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help="language: nb (bokmål, default) or en")
    return common


def build_parser(for_help: bool = True) -> argparse.ArgumentParser:
    """`for_help` adds where the data lives to --help (it costs a look-up otherwise not needed)."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="kktui", parents=[common],
        description="Run a class parent meeting from the terminal: agenda, guidance, timer, "
                    "notes, decisions, tasks and minutes.",
        epilog=(f"Data folder now: {locations.data_dir()} (your own templates go in its "
                "templates/ folder). Set it with --data DIR or KKTUI_DATA.") if for_help else None,
    )
    parser.add_argument("--version", action="version", version=f"kktui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", parents=[common], help="open a sample class with meetings and tasks")
    demo.add_argument("--no-open", action="store_true", help="only create the sample data and print its folder")
    sub.add_parser("list", parents=[common], help="meetings, one a line: id, date, type, title")
    export = sub.add_parser("export", parents=[common], help="the minutes of a meeting")
    export.add_argument("meeting", metavar="MEETING", help='meeting id, or "last"')
    export.add_argument("--format", choices=("md", "html"), default="md")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    export.add_argument("--confirm-confidential", action="store_true",
                        help="export a confidential meeting (e.g. a challenging conversation) anyway")
    share = sub.add_parser("share", parents=[common],
                           help="serve the minutes read-only on this laptop and print a QR code")
    share.add_argument("meeting", metavar="MEETING", help='meeting id, or "last"')
    share.add_argument("--host", metavar="ADDR",
                       help="address to serve on (default: this laptop's address on the local network)")
    share.add_argument("--port", metavar="N", type=int, default=0, help="port (default: a random free one)")
    share.add_argument("--minutes", metavar="M", type=float,
                       help="stop by itself after M minutes (default 15, or share_minutes in settings.json)")
    share.add_argument("--publish", action="store_true",
                       help="copy the page to the publishing folder from settings.json instead of serving it")
    share.add_argument("--svg", metavar="FILE", help="also save the QR code as an SVG file")
    imp = sub.add_parser("import-class", parents=[common], help="parents and pupils from a class list (CSV)")
    imp.add_argument("file", metavar="FILE.csv", help="saved from Excel or Google Sheets; ; , or tab separated")
    imp.add_argument("--class", dest="class_name", metavar="NAME",
                     help="the class to import into, e.g. 4B (created if missing; default: the current class)")
    imp.add_argument("--update", action="store_true", help="also update people who are in the class already")
    imp.add_argument("--dry-run", action="store_true", help="only show what would be imported")
    cal = sub.add_parser("calendar", parents=[common], help="year wheel, meetings and task due dates as iCalendar")
    cal.add_argument("-o", "--output", metavar="FILE", help="write to FILE (.ics) instead of standard output")
    cal.add_argument("--class", dest="class_name", metavar="NAME", help="only this class (default: all classes)")
    check = sub.add_parser("check-content", parents=[common], help="validate templates and guides")
    check.add_argument("folder", metavar="DIR", nargs="?", help="content folder (default: the built-in content)")
    return parser


def read_settings(folder: Path) -> dict:
    """Kept here for callers of cli.read_settings; the settings live in settings.py."""
    from kktui.storage.settings import read_settings as read

    return read(folder)


def _lang(args: argparse.Namespace, folder: Path | None) -> str:
    lang = getattr(args, "lang", None)
    if lang is None and folder is not None:
        lang = read_settings(folder).get("lang")
    return lang if lang in i18n.LANGUAGES else "nb"


def cmd_list(folder: Path) -> int:
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    for meeting in store.meeting_index():
        flag = f"  [{t('list.confidential')}]" if meeting.confidential else ""
        echo(f"{meeting.id}  {meeting.date or '-':10}  {meeting.template or '-':20}  {meeting.title}{flag}")
    return 0


def cmd_export(folder: Path, ref: str, fmt: str, output: str | None, confirmed: bool = False) -> int:
    from kktui.output.minutes import render_markdown
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    try:
        meeting = store.meeting(ref)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    if meeting.confidential and not confirmed:
        raise CliError(t("cli.confidential_export", title=meeting.title))
    text = render_markdown(meeting, store.tasks(meeting.id), Clock().time())
    if fmt == "html":
        from kktui.output.html import render_html

        text = render_html(text, meeting.title, meeting.lang)
    if output:
        if not Path(output).parent.is_dir():
            raise CliError(t("cli.no_parent", path=output, folder=Path(output).parent))
        try:
            write_output(Path(output), text)
        except OSError as exc:
            raise CliError(t("cli.cannot_write", path=output, reason=exc.strerror or exc)) from None
    else:
        echo(text, end="")
    return 0


def cmd_check(folder: str | None) -> int:
    from kktui.guidance.check import check_content

    root = Path(folder) if folder else locations.content_dir()
    if not root.is_dir():
        raise CliError(t("cli.no_folder", path=root))
    problems, n_templates, n_guides = check_content(root)
    for problem in problems:
        echo(problem, err=True)
    if problems:
        echo(t("check.failed", n=len(problems)), err=True)
        return 1
    echo(t("check.ok", templates=n_templates, guides=n_guides))
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
    if folder_is_empty(folder):
        store = Store.open(folder)
        told_on_start(store)
        try:
            seed(store, lang)
        finally:
            store.close()
    elif args.no_open:
        echo(t("demo.not_empty", path=folder), err=True)
    if args.no_open:
        echo(folder)
        return 0
    return run_app(folder, lang)


def _class_named(classes: list, name: str):
    from kktui.school.model import name_key

    found = [c for c in classes if name_key(c.name) == name_key(name)]
    return max(found, key=lambda c: c.school_year) if found else None


def cmd_import_class(folder: Path, args: argparse.Namespace) -> int:
    from kktui.school.csv_import import ClassListError, apply, read_class_list, summary
    from kktui.school.elections import school_year_of
    from kktui.school.model import SchoolClass, grade_from_name
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=args.dry_run)
    told_on_start(store)
    try:
        classes = store.classes()
        if args.class_name:
            school_class = _class_named(classes, args.class_name) or SchoolClass(
                name=" ".join(args.class_name.split()), grade=grade_from_name(args.class_name) or 1,
                school_year=school_year_of(Clock().today()))
        else:
            chosen = store.pref("current_class")
            school_class = next((c for c in classes if c.id == chosen), classes[0] if len(classes) == 1 else None)
            if school_class is None:
                raise CliError(t("cli.which_class" if classes else "cli.no_class"))
        try:
            preview = read_class_list(Path(args.file), store.people(school_class.id), school_class.id)
        except ClassListError as exc:
            raise CliError(str(exc)) from None
        new, changed = apply(preview, args.update)
        if not args.dry_run and (new or changed):
            first = [] if store.pref("current_class") else [{"id": "current_class", "value": school_class.id}]
            store.save_docs(people=[p.to_dict() for p in new + changed], classes=[school_class.to_dict()],
                            prefs=first)
    finally:
        store.close()
    for line in summary(preview, args.update, args.dry_run, school_class.name):
        echo(line)
    for rejected in preview.rejected:
        echo(f"{preview.where(rejected.line)}: {rejected.reason}", err=True)
    if preview.rejected:
        echo(t("import.rejected_count", n=len(preview.rejected)), err=True)
    return 1 if preview.rejected and not preview.rows else 0


def cmd_calendar(folder: Path, output: str | None, class_name: str | None) -> int:
    from kktui.output.calendar import collect, to_ical
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    classes = store.classes()
    wanted = None
    if class_name:
        chosen = _class_named(classes, class_name)
        if chosen is None:
            raise CliError(t("cli.no_such_class", name=class_name))
        wanted = {chosen.id}
    wheel = [item for c in classes for item in store.wheel(c.id)]
    name = "kktui" + (f" {class_name}" if class_name else "")
    data = to_ical(collect(classes, wheel, store.meeting_index(), store.tasks(), wanted), Clock().now(), name)
    if not output:
        sys.stdout.buffer.write(data)
        return 0
    if not Path(output).parent.is_dir():
        raise CliError(t("cli.no_parent", path=output, folder=Path(output).parent))
    try:
        write_output(Path(output), data.decode("utf-8"))
    except OSError as exc:
        raise CliError(t("cli.cannot_write", path=output, reason=exc.strerror or exc)) from None
    return 0


def run_app(folder: Path, lang: str) -> int:
    from kktui.storage.store import Store

    store = Store.open(folder)
    try:
        from kktui.screens.app import KktuiApp

        app = KktuiApp(store=store, lang=lang)
        app.run()
    finally:
        store.close()
    return app.return_code or 0


def cmd_share(folder: Path, args: argparse.Namespace) -> int:
    """Serve the minutes on this laptop (or publish them), print link and QR, wait until it stops."""
    from datetime import datetime

    from kktui.output.html import minutes_html
    from kktui.share.netaddr import candidate_addresses
    from kktui.output.privacy import NotShareable, ensure_shareable
    from kktui.share.publish import PublishError, publish_page
    from kktui.output.qr import ansi_text, qr_matrix, svg, terminal_lines
    from kktui.storage.settings import SHARE_MINUTES_MAX, share_settings
    from kktui.share.server import ShareError, ShareServer
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=True)
    try:
        meeting = store.meeting(args.meeting)
        ensure_shareable(meeting)
    except (LookupError, NotShareable) as exc:
        raise CliError(str(exc)) from None
    page = minutes_html(meeting, store.tasks(meeting.id), Clock().time())
    settings = share_settings(folder)
    minutes = settings.minutes if args.minutes is None else args.minutes
    if not 0 < minutes <= SHARE_MINUTES_MAX:
        raise CliError(t("share.cli_bad_minutes", max=SHARE_MINUTES_MAX))
    server, others = None, []
    try:
        if args.publish:
            published = publish_page(page, settings)
            url, done = published.url, t("publish.cli_done", url=published.url, path=published.path)
        else:
            others = [] if args.host else candidate_addresses()
            host = args.host or others.pop(0).ip
            server = ShareServer(page, host, args.port, minutes).start()
            url, done = server.url, t("share.cli_open", url=server.url)
        if args.svg:
            write_output(Path(args.svg), svg(url))
    except (ShareError, PublishError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(t("cli.cannot_write", path=args.svg, reason=exc.strerror or exc)) from None
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
    args = build_parser(for_help="-h" in words or "--help" in words).parse_args(argv)
    try:
        if args.command == "demo":
            return cmd_demo(args)
        folder = locations.data_dir(getattr(args, "data", None))
        i18n.use(_lang(args, folder if args.command is None else None))
        if args.command == "list":
            return cmd_list(folder)
        if args.command == "export":
            return cmd_export(folder, args.meeting, args.format, args.output,
                              args.confirm_confidential)
        if args.command == "check-content":
            return cmd_check(args.folder)
        if args.command == "import-class":
            return cmd_import_class(folder, args)
        if args.command == "calendar":
            return cmd_calendar(folder, args.output, args.class_name)
        if args.command == "share":
            return cmd_share(folder, args)
        return run_app(folder, i18n.current())
    except (StorageError, CliError) as exc:
        echo(f"kktui: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
