"""F5: the year wheel (årshjul) on one screen: August–January left, February–July right."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from kktui import i18n
from kktui.i18n import t, tn
from kktui.school.model import SchoolClass, WheelItem
from kktui.school.school_years import school_year_of
from kktui.school.yearwheel import (
    SCHOOL_MONTHS,
    WhenError,
    by_month,
    month_name,
    parse_when,
    propose,
    when_text,
)
from kktui.screens.base import KkScreen
from kktui.screens.common import class_title
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.dialogs.class_switcher import switch_class
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.services import exports
from kktui.services.session import Session
from kktui.storage.files import StorageError

COLUMNS = (SCHOOL_MONTHS[:6], SCHOOL_MONTHS[6:])


class WheelItemScreen(CaptureScreen):
    """Add or edit an item; dismisses with the item, or None."""

    def __init__(self, item: WheelItem, people: list[str], templates: dict[str, str], new: bool) -> None:
        super().__init__()
        self.item, self.people, self.templates, self.new = item, people, templates, new

    def compose(self) -> ComposeResult:
        item = self.item
        when = (when_text(item) if item.date else month_name(item.month)) if item.title or item.month else ""
        with Vertical(classes="dialog"):
            yield Static(t("wheel.new_title" if self.new else "wheel.edit_title"), classes="pane-title")
            with Grid(classes="form wide-labels"):
                yield Label(t("field.what"))
                yield Input(item.title, id="title", compact=True)
                yield Label(t("wheel.when"))
                yield Input(when, id="when", placeholder=t("wheel.when_hint"), compact=True)
                yield Label(t("wheel.responsible"))
                yield Input(
                    item.responsible,
                    id="responsible",
                    compact=True,
                    suggester=SuggestFromList(self.people, case_sensitive=False),
                )
                yield Label(t("wheel.template"))
                yield Input(
                    item.template,
                    id="template",
                    placeholder=t("wheel.template_hint"),
                    compact=True,
                    suggester=SuggestFromList(list(self.templates), case_sensitive=False),
                )
                yield Label(t("person.notes"))
                yield Input(item.notes, id="item-notes", compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        if not self.value("title"):
            self.error(t("wheel.no_title"))
            self.query_one("#title", Input).focus()
            return
        try:
            month, day = parse_when(self.value("when"), self.item.school_year)
        except WhenError as exc:
            self.error(str(exc))
            self.query_one("#when", Input).focus()
            return
        template = self.value("template")
        if template and template not in self.templates:
            self.error(t("wheel.bad_template", name=template, names=", ".join(sorted(self.templates))))
            self.query_one("#template", Input).focus()
            return
        item = WheelItem.from_dict(self.item.to_dict())
        item.title, item.month, item.date = self.value("title"), month, day
        item.responsible, item.template, item.notes = (
            self.value("responsible"),
            template,
            self.value("item-notes"),
        )
        self.dismiss(item)


class YearWheelScreen(KkScreen):
    HELP_KEY = "wheel"
    BINDINGS = [
        Binding("a", "add", "key.add", tooltip="tip.add_wheel", id="add_wheel"),
        Binding("e", "edit", "key.edit", tooltip="tip.edit_wheel", id="edit_wheel", show=False),
        Binding(
            "x,delete", "remove", "key.remove", tooltip="tip.remove_wheel", id="remove_wheel", show=False
        ),
        Binding("p", "propose", "key.propose", tooltip="tip.propose", id="propose_wheel"),
        Binding(
            "m", "plan_meeting", "key.plan_meeting", tooltip="tip.plan_meeting", id="plan_meeting", show=False
        ),
        Binding("k", "calendar", "key.calendar", tooltip="tip.calendar", id="calendar"),
        Binding("h", "handover", "key.handover", tooltip="tip.handover", id="handover", show=False),
        Binding("left,right", "other_column", show=False, id="wheel_column", tooltip="tip.other_column"),
        Binding("c", "switch_class", "key.class", tooltip="tip.switch_class", id="wheel_class", show=False),
        Binding("escape", "back", "key.back", tooltip="tip.back_home", id="wheel_back", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.items: dict[str, WheelItem] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="wheel-columns"):
            for n, _ in enumerate(COLUMNS):
                with Vertical(classes="pane wheel-pane"):
                    yield OptionList(id=f"wheel-{n}", classes="wheel-list")
        yield Static(id="wheel-detail")
        yield KkFooter()

    @property
    def school_class(self) -> SchoolClass | None:
        return self.session.current_class()

    @property
    def school_year(self) -> str:
        school_class = self.school_class
        return (
            school_class.school_year
            if school_class and school_class.school_year
            else (school_year_of(self.session.clock.today()))
        )

    def on_mount(self) -> None:
        self.refresh_data()
        self.query_one("#wheel-0", OptionList).focus()
        self._highlight_start()

    def _highlight_start(self) -> None:
        """The cursor starts at this month's first item (or the year's first)."""
        month = self.session.clock.today().month
        ordered = sorted(
            self.items.values(),
            key=lambda i: (
                SCHOOL_MONTHS.index(i.month) < SCHOOL_MONTHS.index(month),
                SCHOOL_MONTHS.index(i.month),
                i.date or "",
                i.position,
            ),
        )
        if ordered:
            self._highlight(ordered[0].id)
        self._show_detail()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def on_resize(self) -> None:
        self.refresh_data()

    def _width(self) -> int:
        return max(20, self.size.width // 2 - 3)

    def refresh_data(self, keep: str | None = None) -> None:
        school_class = self.school_class
        self.title = class_title(self.session)
        self.sub_title = t("wheel.title", year=self.school_year)
        keep = keep or self._highlighted_id()
        items = self.session.wheel(school_class.id, self.school_year) if school_class else []
        self.items = {item.id: item for item in items}
        months = by_month(items)
        today = self.session.clock.today()
        now_month = today.month if school_year_of(today) == self.school_year else None
        width = self._width()
        for n, column in enumerate(COLUMNS):
            options = self.query_one(f"#wheel-{n}", OptionList)
            options.clear_options()
            for month in column:
                options.add_option(self._month_option(month, month == now_month, width))
                for item in months[month]:
                    options.add_option(Option(self._item_text(item, width), id=item.id))
        if keep:
            self._highlight(keep)
        self._show_detail()

    def _month_option(self, month: int, now: bool, width: int) -> Option:
        label = month_name(month).capitalize()
        if now:
            text = Text(f"{label} ◀ {t('wheel.now')}".ljust(width), style="bold reverse")
        else:
            text = Text(label, style="bold")
        return Option(text, id=f"month-{month}", disabled=True)

    @staticmethod
    def _item_text(item: WheelItem, width: int) -> Text:
        when = when_text(item)
        mark = "◆" if item.template else "•"
        text = Text(f" {mark} " + (f"{when} " if when else "") + item.title, no_wrap=True)
        text.truncate(width, overflow="ellipsis")
        return text

    def _highlighted_id(self) -> str | None:
        focused = self.focused if isinstance(self.focused, OptionList) else None
        if focused is None or focused.highlighted is None:
            return None
        option = focused.get_option_at_index(focused.highlighted)
        return option.id if option.id in self.items else None

    def _highlighted(self) -> WheelItem | None:
        key = self._highlighted_id()
        return self.items.get(key) if key else None

    def _highlight(self, item_id: str) -> None:
        for n, _ in enumerate(COLUMNS):
            options = self.query_one(f"#wheel-{n}", OptionList)
            for index in range(options.option_count):
                if options.get_option_at_index(index).id == item_id:
                    options.highlighted = index
                    options.focus()
                    return

    @on(OptionList.OptionHighlighted)
    def _show_detail(self) -> None:
        detail = self.query_one("#wheel-detail", Static)
        item = self._highlighted()
        if self.school_class is None:
            detail.update(t("wheel.no_class"))
        elif not self.items:
            detail.update(t("wheel.empty", year=self.school_year))
        elif item is None:
            detail.update(t("wheel.hint"))
        else:
            bits = [item.title, when_text(item) or month_name(item.month)]
            if item.responsible:
                bits.append(t("cal.responsible", who=item.responsible))
            if item.template:
                bits.append(t("wheel.meeting_key"))
            if item.notes:
                bits.append(item.notes)
            detail.update(" · ".join(bits))

    # -- actions ----------------------------------------------------------------------
    def action_other_column(self) -> None:
        first, second = (self.query_one(f"#wheel-{n}", OptionList) for n in range(2))
        target = second if first.has_focus else first
        target.focus()
        if target.highlighted is None and target.option_count:
            target.action_cursor_down()

    def _templates(self) -> dict[str, str]:
        templates, _ = self.session.templates(i18n.current())
        return {tpl.id: tpl.title for tpl in templates}

    def _people(self) -> list[str]:
        school_class = self.school_class
        return [p.name for p in self.session.class_people(school_class.id)] if school_class else []

    def _save(self, item: WheelItem | None) -> None:
        if item is None:
            return
        try:
            self.session.save_wheel([item])
        except StorageError as exc:
            self.report(exc)
            return
        self.refresh_data(keep=item.id)

    def action_add(self) -> None:
        school_class = self.school_class
        if school_class is None:
            self.action_switch_class()
            return
        current = self._highlighted()
        month = current.month if current else self.session.clock.today().month
        position = max((i.position for i in self.items.values()), default=0) + 1
        item = WheelItem("", month, school_class.id, self.school_year, position=position)
        self.app.push_screen(WheelItemScreen(item, self._people(), self._templates(), new=True), self._save)

    @on(OptionList.OptionSelected)
    def action_edit(self) -> None:
        item = self._highlighted()
        if item is not None:
            self.app.push_screen(
                WheelItemScreen(item, self._people(), self._templates(), new=False), self._save
            )

    def action_remove(self) -> None:
        item = self._highlighted()
        if item is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                try:
                    self.session.save_wheel([], remove=[item.id])
                except StorageError as exc:
                    self.report(exc)
                    return
                self.refresh_data()

        self.app.push_screen(
            ConfirmScreen(
                t("wheel.remove_question", title=item.title), t("wheel.remove_yes"), t("word.no").capitalize()
            ),
            answer,
        )

    def action_propose(self) -> None:
        school_class = self.school_class
        if school_class is None:
            self.action_switch_class()
            return
        proposal = propose(
            school_class.id,
            self.school_year,
            self.session.roles(school_class.id),
            i18n.current(),
            election_season=school_class.election_season,
        )
        missing = [item for item in proposal if item.id not in self.items]
        if not missing:
            self.notify(t("wheel.proposal_in"), timeout=4)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._save_many(missing)

        if self.items:
            self.app.push_screen(
                ConfirmScreen(
                    tn("wheel.propose_question", len(missing)),
                    t("wheel.propose_yes"),
                    t("word.no").capitalize(),
                    default_yes=True,
                ),
                answer,
            )
        else:
            self._save_many(missing)

    def _save_many(self, items: list[WheelItem]) -> None:
        try:
            self.session.save_wheel(items)
        except StorageError as exc:
            self.report(exc)
            return
        self.refresh_data()
        if self._highlighted() is None:
            self._highlight_start()
        self.notify(tn("wheel.proposed", len(items)), timeout=4)

    def action_plan_meeting(self) -> None:
        from kktui.screens.views.new_meeting import NewMeetingScreen

        item = self._highlighted()
        if item is None or not item.template:
            self.notify(t("wheel.no_template"), timeout=4)
            return
        self.app.push_screen(
            NewMeetingScreen(self.session, i18n.current(), template_id=item.template, day=item.date)
        )

    def action_calendar(self) -> None:
        export_calendar(self, self.session)

    def action_handover(self) -> None:
        from kktui.screens.views.handover import HandoverScreen

        if self.school_class is not None:
            self.app.push_screen(HandoverScreen(self.session))

    def action_switch_class(self) -> None:
        switch_class(self, self.session, self.refresh_data)

    def action_back(self) -> None:
        self.app.pop_screen()


def export_calendar(screen: Screen, session: Session) -> None:
    """The current class's calendar (.ics) into the exports folder; says where, or why not."""
    school_class = session.current_class()
    if school_class is None:
        screen.notify(t("wheel.no_class"), timeout=5)
        return
    try:
        path = exports.export_calendar(session, school_class)
    except StorageError as exc:
        screen.notify(str(exc), severity="error")
        return
    screen.notify(t("wheel.calendar_saved", path=path), timeout=10)
