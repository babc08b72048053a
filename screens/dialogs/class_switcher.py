"""Which class we are working on: switch between classes, add one, or edit its details."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from kktui import i18n
from kktui.i18n import t
from kktui.school.model import SchoolClass, grade_from_name, name_key
from kktui.school.school_years import (
    ElectionError,
    format_school_year,
    parse_school_year,
    read_season,
    school_year_of,
)
from kktui.screens.base import KkModal, KkScreen
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.dialogs.language import language_binding, pick_language, shown
from kktui.services.session import Session
from kktui.storage.files import StorageError

NEW = "__new__"


class ClassScreen(CaptureScreen):
    """The class's details. Dismisses with the saved class, or None."""

    BINDINGS = [language_binding("class_pick_language")]

    def __init__(self, session: Session, school_class: SchoolClass | None = None) -> None:
        super().__init__()
        self.session = session
        self.school_class = school_class
        # What goes to the class's parents: a new class starts in the language the user reads.
        self.lang = school_class.lang if school_class else i18n.current()

    def action_pick_language(self) -> None:
        def chosen(code: str) -> None:
            self.lang = code
            self.query_one("#class_lang", Static).update(shown(code))

        pick_language(self, self.lang, chosen)

    def compose(self) -> ComposeResult:
        c = self.school_class
        year = c.school_year if c else school_year_of(self.session.clock.today())
        with Vertical(classes="dialog"):
            yield Static(t("class.edit_title" if c else "class.new_title"), classes="pane-title")
            with Grid(classes="form wide-labels"):
                yield Label(t("class.name"))
                yield Input(c.name if c else "", id="class_name", placeholder="4B", compact=True)
                yield Label(t("class.school"))
                yield Input(c.school if c else "", id="school", compact=True)
                yield Label(t("class.grade"))
                yield Input(str(c.grade) if c else "", id="grade", placeholder="1–10", compact=True)
                yield Label(t("class.year"))
                yield Input(year, id="school_year", placeholder="2026/27", compact=True)
                yield Label(t("class.teacher"))
                yield Input(c.teacher if c else "", id="teacher", compact=True)
                yield Label(t("class.top_grade"))
                yield Input(str(c.top_grade) if c else "7", id="top_grade", compact=True)
                yield Label(t("class.election_season"))
                yield Input(
                    t(f"season.{c.election_season if c else 'autumn'}"), id="election_season", compact=True
                )
                yield Label(t("class.lang"))
                yield Static(shown(self.lang), id="class_lang", markup=False)
            yield Static(t("class.top_grade_hint"), classes="hint wrap")
            yield Static(t("class.election_season_hint"), classes="hint wrap")
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    @on(Input.Changed, "#class_name")
    def guess_grade(self, event: Input.Changed) -> None:
        grade = self.query_one("#grade", Input)
        guess = grade_from_name(event.value)
        if guess and not self.school_class and guess <= 10:
            grade.value = str(guess)

    def save(self) -> None:
        name = " ".join(self.value("class_name").split())
        if not name:
            self.error(t("class.no_name"))
            return
        grade, top = self.value("grade"), self.value("top_grade") or "7"
        if not grade.isdigit() or not 1 <= int(grade) <= 10:
            self.error(t("class.bad_grade", text=grade))
            return
        if not top.isdigit() or not int(grade) <= int(top) <= 10:
            self.error(t("class.bad_top", text=top, grade=grade))
            return
        season = read_season(self.value("election_season"))
        if season is None:
            self.error(t("class.bad_season", text=self.value("election_season")))
            return
        try:
            year = format_school_year(parse_school_year(self.value("school_year")))
        except ElectionError as exc:
            self.error(str(exc))
            return
        same = [
            c
            for c in self.session.classes()
            if name_key(c.name) == name_key(name)
            and c.school_year == year
            and (not self.school_class or c.id != self.school_class.id)
        ]
        if same:
            self.error(t("class.exists", name=name, year=year))
            return
        school_class = self.school_class or SchoolClass(name=name)
        school_class.name, school_class.school = name, self.value("school")
        school_class.grade, school_class.top_grade = int(grade), int(top)
        school_class.school_year, school_class.teacher = year, self.value("teacher")
        school_class.election_season = season  # type: ignore[assignment]  # the value comes from a fixed list of choices
        school_class.lang = self.lang
        try:
            self.session.save_class(school_class)
        except StorageError as exc:
            self.error(str(exc))
            return
        self.dismiss(school_class)


class ClassSwitcher(KkModal[str | None]):
    """The classes in this data folder; dismisses with the chosen class's id."""

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="switch_cancel"),
        Binding("n", "new", "key.new_class", tooltip="tip.new_class", id="new_class"),
        Binding("e", "edit", "key.edit", tooltip="tip.edit_class", id="edit_class"),
        Binding("a", "toggle_archived", "key.show_archived", tooltip="tip.show_archived", id="show_archived"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.show_archived = False  # finished years and classes that left the school

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog picker"):
            yield Static(t("class.switch_title"), classes="pane-title")
            yield OptionList(id="classes")
            yield Static(t("class.switch_hint"), classes="hint")

    def on_mount(self) -> None:
        self.fill()

    def fill(self, keep: str | None = None) -> None:
        options = self.query_one("#classes", OptionList)
        options.clear_options()
        current = self.session.current_class()
        classes = [
            c
            for c in self.session.classes()
            if self.show_archived or not c.archived or (current and c.id == current.id)
        ]
        for school_class in classes:
            mark = "▶ " if current and school_class.id == current.id else "  "
            archived = f" · {t('class.archived')}" if school_class.archived else ""
            options.add_option(Option(mark + school_class.label() + archived, id=school_class.id))
        options.add_option(Option("  " + t("class.add_option"), id=NEW))
        ids = [c.id for c in classes]
        chosen = keep or (current.id if current else None)
        options.highlighted = ids.index(chosen) if chosen in ids else 0
        options.focus()

    @on(OptionList.OptionSelected, "#classes")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == NEW:
            self.action_new()
        else:
            self.dismiss(event.option.id)

    def _highlighted(self) -> SchoolClass | None:
        options = self.query_one("#classes", OptionList)
        if options.highlighted is None:
            return None
        key = options.get_option_at_index(options.highlighted).id
        return next((c for c in self.session.classes() if c.id == key), None)

    def action_new(self) -> None:
        self.app.push_screen(ClassScreen(self.session), self._saved)

    def action_edit(self) -> None:
        school_class = self._highlighted()
        if school_class is not None:
            self.app.push_screen(ClassScreen(self.session, school_class), self._saved)

    def _saved(self, school_class: SchoolClass | None) -> None:
        if school_class is not None:
            self.dismiss(school_class.id)

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self.fill()

    def action_cancel(self) -> None:
        self.dismiss(None)


def switch_class(screen: KkScreen, session: Session, then: Callable[[], None]) -> None:
    """Open the switcher (or, with no class yet, the form for the first one); call `then()` after."""

    def done(class_id) -> None:
        if class_id:
            class_id = class_id if isinstance(class_id, str) else class_id.id
            try:
                session.choose_class(class_id)
            except StorageError as exc:
                screen.report(exc)
            then()

    if session.classes():
        screen.app.push_screen(ClassSwitcher(session), done)
    else:
        screen.app.push_screen(ClassScreen(session), done)
