"""A yes/no question that must be answered before something irreversible happens."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from kktui.screens.base import KkModal


class ConfirmScreen(KkModal[bool]):
    BINDINGS = [
        Binding("escape", "answer(False)", "key.cancel", tooltip="tip.cancel", id="cancel"),
        Binding("y,j", "answer(True)", show=False, id="yes", tooltip="tip.yes"),
        Binding("n", "answer(False)", show=False, id="no", tooltip="tip.no"),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(self, question: str, yes: str, no: str, default_yes: bool = False) -> None:
        """`default_yes`: the user asked for this and it can be undone, so Enter does it."""
        super().__init__()
        self.question, self.yes, self.no = question, yes, no
        self.default_yes = default_yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="question")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="success" if self.default_yes else "error", id="yes")
                yield Button(self.no, variant="default" if self.default_yes else "primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes" if self.default_yes else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
