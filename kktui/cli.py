"""The `kktui` command line. Headless subcommands never import Textual."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from . import __version__, i18n, locations
from .clock import Clock
from .i18n import t
from .storage import StorageError, atomic_write_text


class CliError(Exception):
    """One sentence for stderr; exit status 1."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: $KKTUI_DATA or the platform's user-data folder)")
    common.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help="language: nb (bokmål, default) or en")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="kktui", parents=[common],
        description="Run a class parent meeting from the terminal: agenda, guidance, timer, "
                    "notes, decisions, tasks and minutes.",
        epilog=f"Data folder now: {locations.data_dir()} (your own templates go in its "
               "templates/ folder). Set it with --data DIR or KKTUI_DATA.",
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
    check = sub.add_parser("check-content", parents=[common], help="validate templates and guides")
    check.add_argument("folder", metavar="DIR", nargs="?", help="content folder (default: the built-in content)")
    return parser


def read_settings(folder: Path) -> dict:
    path = locations.settings_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _lang(args: argparse.Namespace, folder: Path | None) -> str:
    lang = getattr(args, "lang", None)
    if lang is None and folder is not None:
        lang = read_settings(folder).get("lang")
    return lang if lang in i18n.LANGUAGES else "nb"


def cmd_list(folder: Path) -> int:
    from .store import Store

    store = Store.open(folder, read_only=True)
    for meeting in store.meetings():
        flag = f"  [{t('list.confidential')}]" if meeting.confidential else ""
        print(f"{meeting.id}  {meeting.date or '-':10}  {meeting.template or '-':20}  {meeting.title}{flag}")
    return 0


def cmd_export(folder: Path, ref: str, fmt: str, output: str | None) -> int:
    from .minutes import render_markdown
    from .store import Store

    store = Store.open(folder, read_only=True)
    try:
        meeting = store.meeting(ref)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    text = render_markdown(meeting, store.tasks(meeting.id), Clock().time())
    if fmt == "html":
        from .html import render_html

        text = render_html(text, meeting.title, meeting.lang)
    if output:
        if not Path(output).parent.is_dir():
            raise CliError(t("cli.no_parent", path=output, folder=Path(output).parent))
        try:
            atomic_write_text(Path(output), text)
        except OSError as exc:
            raise CliError(t("cli.cannot_write", path=output, reason=exc.strerror or exc)) from None
    else:
        sys.stdout.write(text)
    return 0


def cmd_check(folder: str | None) -> int:
    from .content_check import check_content

    root = Path(folder) if folder else locations.content_dir()
    if not root.is_dir():
        raise CliError(t("cli.no_folder", path=root))
    problems, n_templates, n_guides = check_content(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(t("check.failed", n=len(problems)), file=sys.stderr)
        return 1
    print(t("check.ok", templates=n_templates, guides=n_guides))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import folder_is_empty, seed
    from .store import Store

    explicit = getattr(args, "data", None) or os.environ.get(locations.ENV_DATA)
    folder = locations.data_dir(explicit) if explicit else Path(tempfile.mkdtemp(prefix="kktui-demo-"))
    lang = _lang(args, None)
    i18n.use(lang)
    if folder_is_empty(folder):
        store = Store.open(folder)
        try:
            seed(store, lang)
        finally:
            store.close()
    elif args.no_open:
        print(t("demo.not_empty", path=folder), file=sys.stderr)
    if args.no_open:
        print(folder)
        return 0
    return run_app(folder, lang)


def run_app(folder: Path, lang: str) -> int:
    from .store import Store

    store = Store.open(folder)
    try:
        from kktui.screens.app import KktuiApp

        app = KktuiApp(store=store, lang=lang)
        app.run()
    finally:
        store.close()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return cmd_demo(args)
        folder = locations.data_dir(getattr(args, "data", None))
        i18n.use(_lang(args, folder if args.command is None else None))
        if args.command == "list":
            return cmd_list(folder)
        if args.command == "export":
            return cmd_export(folder, args.meeting, args.format, args.output)
        if args.command == "check-content":
            return cmd_check(args.folder)
        return run_app(folder, i18n.current())
    except (StorageError, CliError) as exc:
        print(f"kktui: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
