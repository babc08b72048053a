"""Nytt skoleår for the current class: check the plan, review last year's open tasks one by
one, then start the new year with one key; afterwards save the handover and clean up.

The screen only shows and asks: the plan and the writing are kktui.services.school_year's.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Header, Input, Label, Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.school.elections import SEATS
from kktui.school.new_year import NewYearPlan
from kktui.school.school_years import ElectionError
from kktui.screens.base import KkScreen
from kktui.screens.common import class_title
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.widgets.footer import KkFooter
from kktui.services import exports
from kktui.services.school_year import NewYearDone, preview_new_year, start_new_year
from kktui.services.session import Session
from kktui.storage.files import StorageError

# Which keys work in which phase of the screen (plan → review → confirm → done). The handover
# is best saved before the start, while last year's open tasks are still last year's.
ACTION_PHASES = {
    "keep": {"review"},
    "hand_over": {"review"},
    "drop": {"review"},
    "undo": {"review", "confirm"},
    "start": {"confirm"},
    "save_handover": {"confirm", "done"},
    "cleanup": {"done"},
}


class OwnerScreen(CaptureScreen):
    """Hand a task over: who takes it in the new year. Dismisses with the name, or None."""

    def __init__(self, what: str, suggestion: str) -> None:
        super().__init__()
        self.what, self.suggestion = what, suggestion

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("year.hand_over_title", what=self.what), classes="pane-title", markup=False)
            with Grid(classes="form"):
                yield Label(t("field.who"))
                yield Input(self.suggestion, id="owner", compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_saves"), classes="hint")

    def save(self) -> None:
        if not self.value("owner"):
            self.error(t("year.hand_over_no_owner", what=self.what))
            return
        self.dismiss(self.value("owner"))


class NewYearScreen(KkScreen):
    HELP_KEY = "new_year"
    DEFAULT_CSS = """
    NewYearScreen #year-scroll { padding: 0 1; }
    NewYearScreen #year-form { grid-size: 2; grid-columns: 16 1fr; grid-rows: 1; height: auto; margin: 1 0; }
    NewYearScreen #year-task { height: auto; margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("k", "keep", "key.year_keep", tooltip="tip.year_keep", id="year_keep"),
        Binding("o", "hand_over", "key.year_hand_over", tooltip="tip.year_hand_over", id="year_hand_over"),
        Binding("d", "drop", "key.year_drop", tooltip="tip.year_drop", id="year_drop"),
        Binding("backspace", "undo", "key.year_undo", tooltip="tip.year_undo", id="year_undo"),
        Binding(
            "ctrl+s", "start", "key.year_start", tooltip="tip.year_start", id="year_start", priority=True
        ),
        Binding("h", "save_handover", "key.year_handover", tooltip="tip.year_handover", id="year_handover"),
        Binding("c", "cleanup", "key.year_cleanup", tooltip="tip.year_cleanup", id="year_cleanup"),
        Binding("escape", "back", "key.back", tooltip="tip.back", id="year_back"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.plan: NewYearPlan | None = None
        self.phase = "plan"
        self.choices: dict[str, tuple[str, str]] = {}
        self.position = 0
        self.done: NewYearDone | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="year-scroll"):
            yield Static("", id="year-plan", markup=False)
            with Grid(classes="form wide-labels", id="year-form"):
                yield Label(t("year.new_name"))
                yield Input(id="year-name", compact=True)
            yield Static("", id="year-task", markup=False)
            yield Static("", id="year-hint", classes="hint wrap")
        yield KkFooter()

    def on_mount(self) -> None:
        self.sub_title = t("year.screen_title")
        self.refresh_data()

    # -- what is shown -------------------------------------------------------------
    def refresh_data(self) -> None:
        if self.phase == "done":
            return
        self.title = class_title(self.session)
        school_class = self.session.current_class()
        self.plan = None
        try:
            if school_class is None:
                raise ElectionError(t("wheel.no_class"))
            self.plan = preview_new_year(self.session, school_class)
        except ElectionError as exc:
            self.query_one("#year-plan", Static).update(str(exc))
            self.query_one("#year-form").display = False
            self.query_one("#year-hint", Static).update("")
            return
        self.choices, self.position, self.phase = {}, 0, "plan"
        form = self.query_one("#year-form")
        form.display = not self.plan.ends_class
        if self.plan.new is not None:
            name = self.query_one("#year-name", Input)
            name.value = self.plan.new.name
            name.focus()
        self.show()
        if self.plan.ends_class:
            self.to_review()

    def plan_lines(self) -> list[str]:
        plan = self.plan
        assert plan is not None
        old = plan.old
        if plan.ends_class:
            return [t("year.ends_class", name=old.name, year=old.school_year, grade=old.grade)]
        assert plan.new is not None
        out = [t("year.moves_up", old=old.name, old_year=old.school_year, year=plan.new.school_year)]
        contacts = [r.name for r in plan.roles if r.kind == "class_contact"]
        if contacts:
            out.append(t("year.contacts", names=", ".join(contacts)))
        elif plan.no_deputies:
            out.append(t("year.no_deputies"))
        for role in plan.continuing:
            out.append(
                t(
                    "year.fau_continues",
                    role=tn(f"role.{role.kind}", 1),
                    name=role.name,
                    end=show_date(role.end),
                )
            )
        if plan.to_elect:
            seats = [tn(f"role.{k}", SEATS[k]) for k in plan.to_elect]
            out.append(t("year.to_elect", roles=", ".join(seats)))
        out.append(t("year.wheel_and_meetings"))
        out.append(t("year.old_stays", name=old.name, year=old.school_year))
        return out

    def show(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.query_one("#year-plan", Static).update("\n".join(self.plan_lines()))
        task_text, hint = "", ""
        if self.phase == "plan":
            hint = t("year.hint_name")
        elif self.phase == "review":
            task = plan.tasks[self.position]
            bits = [task.what]
            if task.owner:
                bits.append(t("min.task_owner", owner=task.owner))
            if task.due:
                bits.append(t("min.task_due", due=show_date(task.due)))
            task_text = t("year.task_of", n=self.position + 1, total=len(plan.tasks), task=" – ".join(bits))
            hint = t("year.hint_review")
        elif self.phase == "confirm":
            task_text = "\n".join(self.review_lines())
            hint = t("year.hint_confirm")
        self.query_one("#year-task", Static).update(task_text)
        self.query_one("#year-hint", Static).update(hint)
        self.refresh_bindings()

    def review_lines(self) -> list[str]:
        assert self.plan is not None
        if not self.plan.tasks:
            return [t("year.no_tasks")]
        out = [t("year.reviewed")]
        for task in self.plan.tasks:
            choice, owner = self.choices.get(task.id, ("keep", ""))
            out.append("  " + t(f"year.choice.{choice}", what=task.what, owner=owner))
        return out

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phases = ACTION_PHASES.get(action)
        return True if phases is None else self.phase in phases

    # -- moving through it -----------------------------------------------------------
    @on(Input.Submitted, "#year-name")
    def name_done(self, event: Input.Submitted) -> None:
        if self.plan is None or self.plan.new is None or self.phase != "plan":
            return
        name = " ".join(event.value.split())
        if not name:
            self.report(t("class.no_name"))
            return
        self.plan.new.name = name
        self.to_review()

    def to_review(self) -> None:
        assert self.plan is not None
        self.phase = "review" if self.plan.tasks else "confirm"
        self.position = 0
        self.query_one("#year-scroll").focus()
        self.show()

    def choose(self, choice: str, owner: str = "") -> None:
        assert self.plan is not None
        self.choices[self.plan.tasks[self.position].id] = (choice, owner)
        if self.position + 1 < len(self.plan.tasks):
            self.position += 1
        else:
            self.phase = "confirm"
        self.show()

    def action_keep(self) -> None:
        self.choose("keep")

    def action_drop(self) -> None:
        self.choose("drop")

    def action_hand_over(self) -> None:
        assert self.plan is not None
        task = self.plan.tasks[self.position]
        contacts = [r.name for r in self.plan.roles if r.kind == "class_contact"]

        def handed(owner: str | None) -> None:
            if owner:
                self.choose("hand_over", owner)

        self.app.push_screen(OwnerScreen(task.what, contacts[0] if contacts else ""), handed)

    def action_undo(self) -> None:
        if self.plan is None:
            return
        if self.phase == "confirm" and self.plan.tasks:
            self.phase = "review"
            self.position = len(self.plan.tasks) - 1
        elif self.phase == "review" and self.position > 0:
            self.position -= 1
        elif self.phase in ("review", "confirm"):
            self.phase = "plan"
            if self.plan.new is not None:
                self.query_one("#year-name", Input).focus()
        self.show()

    def action_start(self) -> None:
        if self.phase != "confirm" or self.plan is None:
            return
        try:
            self.done = start_new_year(self.session, self.plan, self.choices, self.app_lang())
        except (ElectionError, StorageError) as exc:
            self.report(exc)
            return
        self.phase = "done"
        self.title = class_title(self.session)
        self.query_one("#year-form").display = False
        self.query_one("#year-plan", Static).update("\n".join(self.done_lines()))
        self.query_one("#year-task", Static).update("")
        self.query_one("#year-hint", Static).update(t("year.hint_done"))
        self.notify(self.done.reminder, timeout=15)
        self.refresh_bindings()

    def app_lang(self) -> str:
        from kktui import i18n

        return i18n.current()

    def done_lines(self) -> list[str]:
        done = self.done
        assert done is not None
        old = done.archived
        if done.new is None:
            out = [t("year.done_archived", name=old.name, year=old.school_year)]
        else:
            out = [t("year.done_new", name=done.new.name, year=done.new.school_year, old=old.name)]
            out.append(tn("year.done_wheel", len(done.wheel)))
            for meeting in done.planned:
                out.append("  " + t("year.done_planned", title=meeting.title))
        out.append(t("year.done_tasks", n=len(done.tasks)))
        out.append("")
        out.append(done.reminder)
        return out

    def action_save_handover(self) -> None:
        old = self.done.archived if self.done else self.plan.old if self.plan else None
        if old is None:
            return
        try:
            path = exports.export_handover(self.session, old, "md")
        except StorageError as exc:
            self.report(exc)
            return
        self.notify(t("handover.saved", path=path), timeout=10)

    def action_cleanup(self) -> None:
        if self.done is None:
            return
        from kktui.screens.dialogs.cleanup import open_cleanup_for

        open_cleanup_for(self, self.session, self.done.archived)

    def action_back(self) -> None:
        self.app.pop_screen()
