"""What the command palette (ctrl+p) offers, one `Provider` per kind of entry.

- `KeyCommands`: everything bound to a key on the calling screen (and app-wide keys);
- `MeetingCommands`: open any meeting, from the index the app keeps in memory (it reads
  the index again only after a `MeetingsChanged`, never because the palette opened);
- `GuideCommands`: open a guide or one of its headings (guides are read once per language);
- `ClassCommands`: the class's screens that have no key, switching class, the calendar;
- `AppCommands`: theme and quit.

The providers only ask the app for things through `PaletteHost` and post messages up; the
app decides what opening a meeting or a guide means. The app lists the providers by name
(`PALETTE_PROVIDERS` in app.py) and imports this module when the palette first opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from kktui.dates import show_date
from kktui.i18n import current, t
from kktui.screens.base import KkBase
from kktui.screens.bindings import is_ours
from kktui.screens.messages import OpenClassTool, OpenGuide, OpenMeeting

if TYPE_CHECKING:  # the app imports this module at start-up: nothing heavy at run time
    from textual.dom import DOMNode
    from textual.screen import Screen

    from kktui.guidance.guides import Guide
    from kktui.meeting.model import MeetingSummary
    from kktui.services.session import Session


class PaletteHost(Protocol):
    """What the providers need from the app (KktuiApp has it)."""

    session: Session

    def meeting_index(self) -> list[MeetingSummary]:
        """Every meeting (title, date, status), as the app holds it in memory."""
        ...

    def action_change_theme(self) -> None: ...

    async def action_quit(self) -> None: ...


class Entry(NamedTuple):
    name: str
    help: str
    callback: Callable[[], object]
    discover: bool = True


@cache
def guides(lang: str) -> tuple[Guide, ...]:
    """The guides of a language, read from the content folder the first time they are asked for."""
    from kktui.guidance.guides import load_guides

    return tuple(load_guides(lang))


class _EntryProvider(Provider):
    """A provider over a list of entries, made once each time the palette opens."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._entries: list[Entry] = []

    @property
    def host(self) -> PaletteHost:
        return cast(PaletteHost, self.app)

    def entries(self) -> Iterable[Entry]:
        raise NotImplementedError

    async def startup(self) -> None:
        entries = list(self.entries())
        if not isinstance(self, KeyCommands):  # one entry per action: a key's own comes first
            keyed = key_names(self.screen)
            entries = [entry for entry in entries if entry.name not in keyed]
        self._entries = entries

    async def discover(self) -> Hits:
        for entry in sorted(self._entries, key=lambda e: e.name):
            if entry.discover:
                yield DiscoveryHit(entry.name, entry.callback, help=entry.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self._entries:
            if (score := matcher.match(entry.name)) > 0:
                yield Hit(score, matcher.highlight(entry.name), entry.callback, help=entry.help)


def key_names(screen: Screen) -> dict[str, tuple[DOMNode, str, str]]:
    """kktui's keys active on `screen`, one per name: name -> (node, action, help).

    Textual's own keys (`Cursor down`, `Page Left`, `Copy selected text`, in English) are left
    out, and a name bound twice (the app's and a screen's «Avslutt») is offered once."""
    names: dict[str, tuple[DOMNode, str, str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.system or binding.description in names:
            continue
        if not is_ours(active.node, key, binding):
            continue
        names[binding.description] = (active.node, binding.action, binding.tooltip or binding.description)
    return names


class KeyCommands(_EntryProvider):
    """Every key of the calling screen, by what it does (the Footer has no room for them all)."""

    def entries(self) -> Iterable[Entry]:
        app = self.app
        for name, (node, action, help_text) in key_names(self.screen).items():
            yield Entry(
                name,
                help_text,
                lambda node=node, action=action: app.call_later(app.run_action, action, node),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
            )


class MeetingCommands(_EntryProvider):
    """Open a meeting by (part of) its title; only when searching, there may be hundreds."""

    def entries(self) -> Iterable[Entry]:
        app = self.app
        for meeting in self.host.meeting_index():
            yield Entry(
                t("cmd.open_meeting", title=meeting.title),
                t(
                    "cmd.open_meeting_help",
                    date=show_date(meeting.date),
                    status=t(f"status.{meeting.status}"),
                ),
                lambda mid=meeting.id: app.post_message(OpenMeeting(mid)),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
                discover=False,
            )


class GuideCommands(_EntryProvider):
    """A guide, or straight to one of its headings (those only when searching)."""

    def entries(self) -> Iterable[Entry]:
        app = self.app
        for guide in guides(current()):
            yield Entry(
                t("cmd.guide", title=guide.title),
                t("cmd.guide_help"),
                lambda g=guide.id: app.post_message(OpenGuide(g)),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
            )
            for heading in guide.headings:
                yield Entry(
                    t("cmd.guide_heading", title=guide.title, heading=heading.title),
                    t("cmd.guide_help"),
                    lambda g=guide.id, a=heading.anchor: app.post_message(OpenGuide(g, a)),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
                    discover=False,
                )


class ClassCommands(_EntryProvider):
    """The class's screens that have no F-key, switching class and the calendar file."""

    def entries(self) -> Iterable[Entry]:
        from kktui.screens.class_tools import cleanup_anywhere, export_calendar, switch_class_anywhere

        app, session = self.app, self.host.session
        for name in ("handover", "call_list", "import_class", "new_year"):
            yield Entry(
                t(f"cmd.{name}"),
                t(f"cmd.{name}_help"),
                lambda name=name: app.post_message(OpenClassTool(name)),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
            )
        yield Entry(t("cmd.switch_class"), t("tip.switch_class"), lambda: switch_class_anywhere(app, session))
        yield Entry(t("cmd.calendar"), t("tip.calendar"), lambda: export_calendar(app, session))
        yield Entry(t("cmd.cleanup"), t("cmd.cleanup_help"), lambda: cleanup_anywhere(app, session))


class AppCommands(_EntryProvider):
    def entries(self) -> Iterable[Entry]:
        host, app = self.host, self.app
        yield Entry(t("cmd.theme"), t("cmd.theme_help"), host.action_change_theme)
        yield Entry(t("key.quit"), t("tip.quit"), lambda: app.call_later(host.action_quit))


class KkCommandPalette(KkBase, CommandPalette):
    """Textual's palette, speaking the user's language: its search prompt and its «no matches»;
    on the kktui base like every screen, so the app's hooks (saving, quitting) find it."""

    def __init__(self) -> None:
        super().__init__(placeholder=t("cmd.search"), id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's (8.2.8), with the words translated: the list gets one disabled line."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if not search_value:
                self._list_visible = False
                return
            self.query_one(CommandList).add_option(
                Option(
                    Align.center(Text(t("cmd.no_matches"), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
            )
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
