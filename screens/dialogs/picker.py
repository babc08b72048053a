"""Choose one of a few things with the arrow keys and Enter (a person, a class)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kktui.screens.base import KkModal


class PickScreen(KkModal[str | None]):
    """Dismisses with the chosen option's id, or None on Esc."""

    BINDINGS = [Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="pick_cancel")]

    def __init__(
        self, title: str, options: list[tuple[str, str]], chosen: str | None = None, hint: str = ""
    ) -> None:
        super().__init__()
        self.heading, self.options, self.chosen, self.hint = title, options, chosen, hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog picker"):
            yield Static(self.heading, classes="pane-title")
            yield OptionList(*[Option(label, id=key) for key, label in self.options], id="pick")
            if self.hint:
                yield Static(self.hint, classes="hint")

    def on_mount(self) -> None:
        options = self.query_one("#pick", OptionList)
        keys = [key for key, _ in self.options]
        if self.chosen in keys:
            options.highlighted = keys.index(self.chosen)
        elif keys:
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected, "#pick")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
