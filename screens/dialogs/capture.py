"""Quick capture without leaving the keyboard: a decision, a task, a new agenda step."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from kktui.dates import DateError, parse_date
from kktui.i18n import t
from kktui.screens.base import KkModal
from kktui.screens.widgets.suggest import SuggestingInput


class CaptureScreen(KkModal):
    """Enter in the last field saves, escape cancels; errors stay in the dialog."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="capture_cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def error(self, text: str) -> None:
        self.query_one(".error", Static).update(text)

    @on(Input.Submitted)
    def next_or_save(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        position = inputs.index(event.input)
        if position + 1 < len(inputs) and not event.input.id == "decision":
            inputs[position + 1].focus()
        else:
            self.save()

    def value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    def save(self) -> None:
        raise NotImplementedError

    def task_fields(self) -> tuple[str, str, str | None] | None:
        """What, who and the due date (ISO) from a task form; None after showing what is wrong."""
        if not self.value("what"):
            self.error(t("capture.empty_task"))
            self.query_one("#what", Input).focus()
            return None
        due = None
        if self.value("due"):
            try:
                due = parse_date(self.value("due"), self.today).isoformat()  # type: ignore[attr-defined]  # set by the subclass before any field is read
            except DateError as exc:
                self.error(str(exc))
                self.query_one("#due", Input).focus()
                return None
        return self.value("what"), self.value("who"), due


class DecisionScreen(CaptureScreen):
    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("capture.decision_title"), classes="pane-title")
            yield Input(id="decision", placeholder=t("capture.decision_hint"), compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_saves"), classes="hint")

    def save(self) -> None:
        text = self.value("decision")
        if not text:
            self.error(t("capture.empty_decision"))
            return
        self.dismiss(text)


class TaskScreen(CaptureScreen):
    def __init__(self, people: list[str], today: date, title: str = "") -> None:
        super().__init__()
        self.people, self.today = people, today
        self.title_text = title or t("capture.task_title")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="pane-title")
            with Grid(classes="form"):
                yield Label(t("field.what"))
                yield Input(id="what", placeholder=t("capture.what_hint"), compact=True)
                yield Label(t("field.who"))
                yield SuggestingInput(
                    id="who",
                    placeholder=t("capture.who_hint"),
                    compact=True,
                    suggester=SuggestFromList(self.people, case_sensitive=False),
                )
                yield Label(t("field.due"))
                yield Input(id="due", placeholder=t("capture.due_hint"), compact=True)
            new_person = Static("", id="who-new", classes="hint")
            new_person.display = False
            yield new_person
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    @on(Input.Changed, "#who")
    def who_changed(self, event: Input.Changed) -> None:
        """A name nobody known starts with is probably a new person (or a typo): say so, accept it."""
        typed = event.value.strip().casefold()
        known = typed == "" or any(name.casefold().startswith(typed) for name in self.people)
        hint = self.query_one("#who-new", Static)
        hint.update("" if known else t("capture.new_person"))
        hint.display = not known

    def save(self) -> None:
        fields = self.task_fields()
        if fields is not None:
            self.dismiss(fields)


class StepScreen(CaptureScreen):
    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("capture.step_title"), classes="pane-title")
            with Grid(classes="form"):
                yield Label(t("field.step"))
                yield Input(id="step", compact=True)
                yield Label(t("field.minutes"))
                yield Input("5", id="minutes", type="integer", compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        minutes = self.value("minutes")
        if not self.value("step"):
            self.error(t("capture.empty_step"))
            self.query_one("#step", Input).focus()
            return
        if not minutes.isdigit() or not 1 <= int(minutes) <= 600:
            self.error(t("capture.bad_minutes"))
            self.query_one("#minutes", Input).focus()
            return
        self.dismiss((self.value("step"), int(minutes)))
