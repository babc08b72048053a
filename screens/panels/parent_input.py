"""The input step's panel: each item parents sent before the meeting, and what became of it.

Its keys work only while its list has the focus (shift+tab from the notes), like the follow-up panel.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from kktui.i18n import t
from kktui.meeting import input as innspill
from kktui.meeting.model import AgendaStep, Meeting
from kktui.screens.bindings import TranslatedBindings
from kktui.screens.dialogs.notice_input import InputItemScreen, LineScreen
from kktui.screens.panels.messages import PanelChanged
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services import notice
from kktui.services.session import Session


class InputTable(TranslatedBindings, PlainTable):
    BINDINGS = [
        Binding("u", "outcome", "key.input_outcome", tooltip="tip.input_outcome", id="input_outcome"),
        Binding("a", "add", "key.input_add", tooltip="tip.input_add", id="input_panel_add"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)

    def action_outcome(self) -> None:
        self.panel().ask_outcome()

    def action_add(self) -> None:
        self.panel().ask_new()

    def panel(self) -> InputPanel:
        return next(node for node in self.ancestors if isinstance(node, InputPanel))


class InputPanel(Vertical):
    DEFAULT_CSS = """
    InputPanel #input-items { height: auto; max-height: 8; }
    InputPanel #input-hint { height: auto; }
    """

    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="input-panel", classes="step-panel")
        self.session, self.meeting, self.step = session, meeting, step

    def compose(self) -> ComposeResult:
        yield Static(t("input.panel_hint"), id="input-hint", classes="hint")
        yield InputTable(id="input-items")

    def on_mount(self) -> None:
        self.show()

    def items(self) -> list[dict[str, str]]:
        return innspill.items(self.step)

    def show(self) -> None:
        table = self.query_one(InputTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns(t("field.who"), t("field.what"), t("col.outcome"))
        found = self.items()
        for item in found:
            outcome = item.get("outcome") or ""
            shown = Text(outcome) if outcome else Text(t("input.no_outcome"), style="dim")
            table.add_row(item.get("who") or "–", item["what"], shown, key=item["id"])
        if found:
            table.move_cursor(row=min(row, len(found) - 1))

    def _current(self) -> dict[str, str] | None:
        found = self.items()
        if not found:
            return None
        return found[min(self.query_one(InputTable).cursor_row, len(found) - 1)]

    def ask_outcome(self) -> None:
        item = self._current()
        if item is None:
            return

        def written(outcome: str | None) -> None:
            if outcome is not None:
                notice.record_input_outcome(self.session, self.meeting, item["id"], outcome)
                self.post_message(PanelChanged())
                self.show()
            self.query_one(InputTable).focus()

        self.app.push_screen(
            LineScreen(
                t("input.outcome_title", what=item["what"]), t("input.outcome_hint"), item.get("outcome", "")
            ),
            written,
        )

    def ask_new(self) -> None:
        def added(result: tuple[str, str] | None) -> None:
            if result is not None:
                try:
                    notice.add_input(self.session, self.meeting, *result)
                except innspill.InputRefused as exc:
                    self.notify(str(exc), severity="error", timeout=12)
                    return
                self.post_message(PanelChanged())
                self.show()
            self.query_one(InputTable).focus()

        self.app.push_screen(InputItemScreen(self.session.people(self.meeting)), added)
