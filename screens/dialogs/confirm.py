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
    ]

    def __init__(self, question: str, yes: str, no: str) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="question")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="error", id="yes")
                yield Button(self.no, variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
