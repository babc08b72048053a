"""What the command palette (ctrl+p) offers, one `Provider` per kind of entry.

- `KeyCommands`: everything bound to a key on the calling screen (and app-wide keys);
- `MeetingCommands`: open any meeting, from the index the app keeps in memory (it reads
  the index again only after a `MeetingsChanged`, never because the palette opened);
- `GuideCommands`: open a guide or one of its headings (guides are read once per language);
- `ClassCommands`: the class's screens that have no key, switching class, the calendar;
- `AppCommands`: theme and quit.

The providers only ask the app for things through `PaletteHost` and post messages up; the
app decides what opening a meeting or a guide means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from kktui.i18n import current, t
from kktui.screens.messages import OpenClassTool, OpenGuide, OpenMeeting

if TYPE_CHECKING:  # the app imports this module at start-up: nothing heavy at run time
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
        self._entries = list(self.entries())

    async def discover(self) -> Hits:
        for entry in sorted(self._entries, key=lambda e: e.name):
            if entry.discover:
                yield DiscoveryHit(entry.name, entry.callback, help=entry.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in self._entries:
            if (score := matcher.match(entry.name)) > 0:
                yield Hit(score, matcher.highlight(entry.name), entry.callback, help=entry.help)


class KeyCommands(_EntryProvider):
    """Every key of the calling screen, by what it does (the Footer has no room for them all)."""

    def entries(self) -> Iterable[Entry]:
        seen: set[str] = set()
        app = self.app
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.system or binding.action in seen:
                continue
            seen.add(binding.action)
            node, action = active.node, binding.action
            yield Entry(
                binding.description,
                binding.tooltip or binding.description,
                lambda node=node, action=action: app.call_later(app.run_action, action, node),  # type: ignore[misc]  # mypy cannot type these default-argument lambdas
            )


class MeetingCommands(_EntryProvider):
    """Open a meeting by (part of) its title; only when searching, there may be hundreds."""

    def entries(self) -> Iterable[Entry]:
        app = self.app
        for meeting in self.host.meeting_index():
            yield Entry(
                t("cmd.open_meeting", title=meeting.title),
                t("cmd.open_meeting_help", date=meeting.date, status=t(f"status.{meeting.status}")),
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


PROVIDERS = {KeyCommands, MeetingCommands, GuideCommands, ClassCommands, AppCommands}
