"""F3: the class's people, what each holds now, and who has nothing yet (so work is shared)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Header, Input, Label, Static

from kktui.dates import DateError, parse_date, show_date
from kktui.i18n import t, tn
from kktui.i18n.answers import yes_no_or_maybe, yes_or_no
from kktui.school.contact_fields import EMAIL_RE, normalise_phone, show_phone, split_list
from kktui.school.csv_import import same_person
from kktui.school.delegation import free_hands, workload
from kktui.school.elections import end_term, holders
from kktui.school.model import Person, Role, name_key
from kktui.school.school_years import ElectionError
from kktui.screens.base import KkScreen
from kktui.screens.common import INTERPRETER_MARK, class_title
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.dialogs.class_switcher import switch_class
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services import attendance
from kktui.services.session import Session
from kktui.storage.files import StorageError

WIDE = 120


class PersonScreen(CaptureScreen):
    """Add or edit a person; dismisses with the saved person, or None."""

    def __init__(self, session: Session, class_id: str, person: Person | None = None) -> None:
        super().__init__()
        self.session, self.class_id, self.person = session, class_id, person

    def compose(self) -> ComposeResult:
        p = self.person
        yes, no = t("word.yes"), t("word.no")
        with Vertical(classes="dialog"):
            yield Static(t("person.edit_title" if p else "person.new_title"), classes="pane-title")
            with Grid(classes="form wide-labels"):
                yield Label(t("person.name"))
                yield Input(p.name if p else "", id="name", compact=True)
                yield Label(t("col.children"))
                yield Input(
                    ", ".join(p.children) if p else "",
                    id="children",
                    placeholder=t("person.children_hint"),
                    compact=True,
                )
                yield Label(t("col.phone"))
                yield Input(show_phone(p.phone) if p else "", id="phone", compact=True)
                yield Label(t("col.email"))
                yield Input(p.email if p else "", id="email", compact=True)
                yield Label(t("col.languages"))
                yield Input(
                    ", ".join(p.languages) if p else "",
                    id="languages",
                    placeholder=t("person.languages_hint"),
                    compact=True,
                )
                yield Label(t("col.interpreter"))
                yield Input(
                    (yes if p.needs_interpreter else no) if p else no,
                    id="interpreter",
                    suggester=SuggestFromList([yes, no], case_sensitive=False),
                    compact=True,
                )
                yield Label(t("person.teacher"))
                yield Input(
                    (yes if p.kind == "teacher" else no) if p else no,
                    id="teacher",
                    suggester=SuggestFromList([yes, no], case_sensitive=False),
                    compact=True,
                )
                yield Label(t("person.notes"))
                yield Input(p.notes if p else "", id="person-notes", compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        name = " ".join(self.value("name").split())
        if not name:
            self.error(t("person.no_name"))
            self.query_one("#name", Input).focus()
            return
        try:
            phone = normalise_phone(self.value("phone"))
            interpreter = yes_no_or_maybe(self.value("interpreter"), t("col.interpreter").lower())
            teacher = yes_or_no(self.value("teacher"), t("person.teacher").lower())
        except ValueError as exc:
            self.error(str(exc))
            return
        email = self.value("email").lower()
        if email and not EMAIL_RE.match(email):
            self.error(t("import.email_bad", email=email))
            return
        person = Person.from_dict(self.person.to_dict()) if self.person else Person(name, self.class_id)
        person.name, person.phone, person.email = name, phone, email
        person.children = split_list(self.value("children"))
        person.languages = split_list(self.value("languages"))
        person.needs_interpreter = interpreter
        person.kind = "teacher" if teacher else ("guardian" if person.kind == "teacher" else person.kind)
        person.notes = self.value("person-notes")
        twin = next(
            (
                p
                for p in self.session.class_people(self.class_id)
                if p.id != person.id and same_person(p, person)
            ),
            None,
        )
        if twin is not None:
            self.error(t("person.exists", name=twin.name))
            return
        try:
            self.session.save_people([person])
        except StorageError as exc:
            self.error(str(exc))
            return
        self.dismiss(person)


class EndTermScreen(CaptureScreen):
    """End one of a person's roles before its time (moved, stepped down); dismisses with the role."""

    def __init__(self, session: Session, person: Person, roles: list[Role]) -> None:
        super().__init__()
        self.session, self.person, self.roles = session, person, roles
        self.today = session.clock.today()

    def compose(self) -> ComposeResult:
        kinds = [tn(f"role.{r.kind}", 1) for r in self.roles]
        with Vertical(classes="dialog"):
            yield Static(t("end_term.title", name=self.person.name), classes="pane-title")
            with Grid(classes="form wide-labels"):
                yield Label(t("end_term.role"))
                yield Input(
                    kinds[0],
                    id="end-role",
                    compact=True,
                    suggester=SuggestFromList(kinds, case_sensitive=False),
                )
                yield Label(t("end_term.day"))
                yield Input(show_date(self.today.isoformat()), id="end-day", compact=True)
                yield Label(t("end_term.reason"))
                yield Input("", id="end-reason", placeholder=t("end_term.reason_hint"), compact=True)
            yield Static(
                t(
                    "end_term.hint",
                    roles=", ".join(
                        f"{tn(f'role.{r.kind}', 1)} {show_date(r.start)}–{show_date(r.end)}"
                        for r in self.roles
                    ),
                ),
                classes="hint wrap",
            )
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        wanted = name_key(self.value("end-role"))
        role = next((r for r in self.roles if name_key(tn(f"role.{r.kind}", 1)) == wanted), None)
        if role is None:
            self.error(
                t(
                    "end_term.no_role",
                    text=self.value("end-role"),
                    roles=", ".join(tn(f"role.{r.kind}", 1) for r in self.roles),
                )
            )
            return
        try:
            day = parse_date(self.value("end-day"), self.today)
            ended = end_term(role, day, self.value("end-reason"))
            self.session.save_roles([ended])
        except (DateError, ElectionError, StorageError) as exc:
            self.error(str(exc))
            return
        self.dismiss(ended)


class PeopleScreen(KkScreen):
    HELP_KEY = "people"
    BINDINGS = [
        Binding("a", "add", "key.add", tooltip="tip.add_person", id="add_person"),
        Binding("e", "edit", "key.edit", tooltip="tip.edit_person", id="edit_person", show=False),
        Binding(
            "x,delete", "remove", "key.remove", tooltip="tip.remove_person", id="remove_person", show=False
        ),
        Binding("i", "import_class", "key.import", tooltip="tip.import_class", id="import_class"),
        Binding("r", "call_list", "key.call_list", tooltip="tip.call_list", id="call_list"),
        Binding("t", "end_term", "key.end_term", tooltip="tip.end_term", id="end_term", show=False),
        Binding("s", "sort", "key.sort", tooltip="tip.sort_load", id="sort_load", show=False),
        Binding("c", "switch_class", "key.class", tooltip="tip.switch_class", id="people_class", show=False),
        Binding("escape", "back", "key.back", tooltip="tip.back_home", id="people_back", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.by_load = False

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="people-pane", classes="pane"):
            yield Static(id="people-summary")
            yield PlainTable(id="people", cursor_type="row", zebra_stripes=True)
            yield Static(id="people-empty", classes="empty")
        yield Static(t("people.keys"), classes="hint screen-keys")
        yield KkFooter()

    def on_mount(self) -> None:
        self.sub_title = t("people.title")
        self.refresh_data()
        self.query_one("#people", DataTable).focus()

    def on_resize(self) -> None:
        if self.is_mounted:
            self.refresh_data()

    def _columns(self, table: DataTable) -> bool:
        """E-mail addresses only when there is room for them (at 80 columns there is not)."""
        wide = self.app.size.width >= WIDE
        if not table.columns or wide != (len(table.columns) == 8):
            table.clear(columns=True)
            table.add_columns(
                t("col.name"),
                t("col.roles"),
                t("col.attended"),
                t("col.open_tasks"),
                t("col.children"),
                t("col.phone"),
                t("col.languages"),
                *([t("col.email")] if wide else []),
            )
        return wide

    def on_screen_resume(self) -> None:
        self.refresh_data()

    @property
    def class_id(self) -> str | None:
        school_class = self.session.current_class()
        return school_class.id if school_class else None

    def refresh_data(self, keep: str | None = None) -> None:
        self.title = class_title(self.session)
        table = self.query_one("#people", DataTable)
        if keep is None and table.row_count:
            keep = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        table.clear()
        wide = self._columns(table)
        class_id = self.class_id
        empty = self.query_one("#people-empty", Static)
        if class_id is None:
            table.display = False
            empty.display = True
            empty.update(t("people.no_class"))
            self.query_one("#people-summary", Static).update("")
            return
        people = self.session.class_people(class_id)
        loads = workload(
            people,
            self.session.class_tasks(class_id),
            self.session.roles(class_id),
            self.session.clock.today(),
        )
        came, absent = attendance.class_history(self.session, self.session.current_class())  # type: ignore[arg-type]  # class_id is set
        if self.by_load:
            loads.sort(key=lambda load: (load.count, load.person.name))
        for load in loads:
            p = load.person
            roles = ", ".join(t(f"role.short.{r.kind}") for r in load.roles) or (
                t("person.teacher_short") if p.kind == "teacher" else ""
            )
            name = Text(p.name)
            if p.may_need_interpreter:
                name.append(f" {INTERPRETER_MARK}", style="bold yellow")
            languages = ", ".join(p.languages)
            cells = [
                name,
                roles or "–",
                f"{came[p.id].present}/{came[p.id].meetings}"
                if came[p.id].meetings and p.kind == "guardian"
                else "–",
                str(len(load.open_tasks)) if load.open_tasks else "–",
                ", ".join(p.children),
                show_phone(p.phone),
                languages,
            ]
            table.add_row(*cells, *([p.email] if wide else []), key=p.id)
        table.display = bool(people)
        empty.display = not people
        empty.update(t("people.empty"))
        free = [p.name for p in free_hands(loads)]
        flagged = sum(p.may_need_interpreter for p in people)
        lines = [tn("people.summary", len(people), flagged=flagged, mark=INTERPRETER_MARK)]
        if people:
            lines.append(t("people.free", names=", ".join(free)) if free else t("people.none_free"))
        if absent:
            lines.append(t("people.not_come", names=", ".join(p.name for p in absent)))
        self.query_one("#people-summary", Static).update("\n".join(lines))
        if keep:
            for row, p in enumerate(load.person for load in loads):
                if p.id == keep:
                    table.move_cursor(row=row)

    def _highlighted(self) -> Person | None:
        table = self.query_one("#people", DataTable)
        if not table.row_count or self.class_id is None:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((p for p in self.session.class_people(self.class_id) if p.id == key), None)

    # -- actions ------------------------------------------------------------------
    def action_add(self) -> None:
        if self.class_id is None:
            self.action_switch_class()
            return
        self.app.push_screen(PersonScreen(self.session, self.class_id), self._saved)

    @on(DataTable.RowSelected, "#people")
    def action_edit(self) -> None:
        person = self._highlighted()
        if person is not None:
            self.app.push_screen(PersonScreen(self.session, person.class_id, person), self._saved)

    def _saved(self, person: Person | None) -> None:
        if person is not None:
            self.refresh_data(keep=person.id)
            self.notify(t("person.saved", name=person.name), timeout=3)

    def action_remove(self) -> None:
        person = self._highlighted()
        if person is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                try:
                    self.session.save_people([], remove=[person.id])
                except StorageError as exc:
                    self.report(exc)
                    return
                self.refresh_data()
                self.notify(t("person.removed", name=person.name), timeout=3)

        self.app.push_screen(
            ConfirmScreen(
                t("person.remove_question", name=person.name),
                t("person.remove_yes"),
                t("word.no").capitalize(),
            ),
            answer,
        )

    def action_end_term(self) -> None:
        person = self._highlighted()
        if person is None:
            return
        today = self.session.clock.today()
        running = [
            r
            for found in holders(self.session.roles(person.class_id), today).values()
            for r in found
            if r.kind != "contact_teacher"
            and (r.person_id == person.id or (not r.person_id and name_key(r.name) == name_key(person.name)))
        ]
        if not running:
            self.notify(t("end_term.none", name=person.name), timeout=4)
            return

        def ended(role: Role | None) -> None:
            if role is not None:
                self.refresh_data(keep=person.id)
                self.notify(
                    t(
                        "end_term.done",
                        name=person.name,
                        role=tn(f"role.{role.kind}", 1),
                        day=show_date(role.end),
                    ),
                    timeout=4,
                )

        self.app.push_screen(EndTermScreen(self.session, person, running), ended)

    def action_sort(self) -> None:
        self.by_load = not self.by_load
        self.refresh_data()
        self.notify(t("people.sorted_load" if self.by_load else "people.sorted_name"), timeout=3)

    def action_import_class(self) -> None:
        from kktui.screens.dialogs.import_class import ImportClassScreen

        if self.class_id is None:
            self.action_switch_class()
            return
        self.app.push_screen(ImportClassScreen(self.session))

    def action_call_list(self) -> None:
        from kktui.screens.views.call_list import CallListScreen

        if self.class_id is not None:
            self.app.push_screen(CallListScreen(self.session))

    def action_switch_class(self) -> None:
        switch_class(self, self.session, self.refresh_data)

    def action_back(self) -> None:
        self.app.pop_screen()
