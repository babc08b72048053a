"""Preparing a challenging conversation: who, who receives, what, first words, feelings, invitation."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Checkbox, Input, Label, Static

from kktui.i18n import t
from kktui.meeting.challenging import preparation_done
from kktui.meeting.model import AgendaStep, Meeting
from kktui.screens.panels.messages import PanelChanged
from kktui.services.session import Session

TEXT_FIELDS = ("participants", "receiver", "topics", "opening", "invitation")


class PreparationPanel(Vertical):
    """Filled in days ahead if need be; every field is saved as it is typed."""

    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="preparation-panel", classes="step-panel")
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        prep = self.meeting.preparation
        yield Static(self._progress(), id="preparation-progress", classes="pane-title")
        with Grid(classes="panel-form"):
            for name in TEXT_FIELDS[:4]:
                yield Label(t(f"prep.{name}"))
                yield Input(
                    str(prep.get(name, "")),
                    id=f"prep-{name}",
                    compact=True,
                    placeholder=t(f"prep.{name}_hint"),
                )
            yield Label(t("prep.invitation"))
            yield Input(
                str(prep.get("invitation", "")),
                id="prep-invitation",
                compact=True,
                placeholder=t("prep.invitation_hint"),
            )
            yield Label("")
            yield Checkbox(
                t("prep.emotional"), bool(prep.get("emotional")), id="prep-emotional", compact=True
            )

    def _progress(self) -> str:
        done, total = preparation_done(self.meeting)
        return t("prep.progress", done=done, total=total)

    @on(Input.Changed)
    def text_changed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("prep-")
        if name in TEXT_FIELDS:
            self.meeting.preparation[name] = event.value.strip()
            self._changed()

    @on(Checkbox.Changed, "#prep-emotional")
    def emotional_changed(self, event: Checkbox.Changed) -> None:
        self.meeting.preparation["emotional"] = event.value
        self._changed()

    def _changed(self) -> None:
        self.query_one("#preparation-progress", Static).update(self._progress())
        self.post_message(PanelChanged())
