"""Small forms for the work around a meeting: an item a parent sent beforehand, and a line of text
(what became of an item, or the changes made to the last minutes)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from kktui.i18n import t
from kktui.screens.dialogs.capture import CaptureScreen
from kktui.screens.widgets.suggest import SuggestingInput


class InputItemScreen(CaptureScreen):
    """Who sent it, and what it is about. Dismisses with (who, what), or None."""

    def __init__(self, people: list[str]) -> None:
        super().__init__()
        self.people = people

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("input.dialog_title"), classes="pane-title")
            with Grid(classes="form"):
                yield Label(t("field.who"))
                yield SuggestingInput(
                    id="who",
                    placeholder=t("input.who_hint"),
                    compact=True,
                    suggester=SuggestFromList(self.people, case_sensitive=False),
                )
                yield Label(t("field.what"))
                yield Input(id="what", placeholder=t("input.what_hint"), compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_next"), classes="hint")

    def save(self) -> None:
        if not self.value("what"):
            self.error(t("input.what_missing"))
            self.query_one("#what", Input).focus()
            return
        self.dismiss((self.value("who"), self.value("what")))


class LineScreen(CaptureScreen):
    """One line of text under a title; `required` keeps it open until something is written."""

    def __init__(self, title: str, hint: str, value: str = "", required: str = "") -> None:
        super().__init__()
        self.title_text, self.hint, self.start, self.required = title, hint, value, required

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="pane-title", markup=False)
            yield Input(self.start, id="line", placeholder=self.hint, compact=True)
            yield Static("", classes="error")
            yield Static(t("capture.enter_saves"), classes="hint")

    def save(self) -> None:
        if self.required and not self.value("line"):
            self.error(self.required)
            return
        self.dismiss(self.value("line"))
