"""Preparing a challenging conversation: who, who receives, what, first words, feelings, invitation."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.widgets import Checkbox, Input, Label, Static, TextArea

from kktui.i18n import t
from kktui.meeting.challenging import preparation_done
from kktui.meeting.model import AgendaStep, Meeting
from kktui.screens.panels.messages import PanelChanged
from kktui.services.session import Session

TEXT_FIELDS = ("participants", "receiver", "topics", "opening", "invitation")


class TickBox(Checkbox):
    """A checkbox that space ticks, and where typed text is not lost.

    shift+tab from the notes lands here, at the form's end: a name typed now would vanish
    letter by letter, its spaces ticking the box. A letter (anything but space and enter) is
    passed on as `Typed`, and the panel puts it, and the focus, where text belongs."""

    class Typed(Message):
        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character != " ":
            event.stop()
            event.prevent_default()
            self.post_message(self.Typed(event.character))


class PreparationPanel(Vertical):
    """Filled in days ahead if need be; every field is saved as it is typed."""

    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="preparation-panel", classes="step-panel")
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        prep = self.meeting.preparation
        yield Static(self._progress(), id="preparation-progress", classes="pane-title")
        yield Static(t("prep.keys"), classes="hint")
        with Grid(classes="panel-form"):
            for name in TEXT_FIELDS[:4]:
                yield Label(t(f"prep.{name}"))
                yield Input(
                    str(prep.get(name, "")),
                    id=f"prep-{name}",
                    compact=True,
                    placeholder=t(f"prep.{name}_hint"),
                    select_on_focus=False,  # tabbing in and typing adds to the text, never replaces it
                )
            yield Label(t("prep.invitation"))
            yield Input(
                str(prep.get("invitation", "")),
                id="prep-invitation",
                compact=True,
                placeholder=t("prep.invitation_hint"),
                select_on_focus=False,
            )
            yield Label("")
            yield TickBox(t("prep.emotional"), bool(prep.get("emotional")), id="prep-emotional", compact=True)

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

    @on(TickBox.Typed)
    def typed_on_checkbox(self, event: TickBox.Typed) -> None:
        """The text goes to the first empty field of the form, or to the notes if none is left."""
        event.stop()
        empty = [field for field in self.query(Input) if not field.value.strip()]
        if empty:
            empty[0].focus()
            empty[0].insert_text_at_cursor(event.character)
            return
        notes = self.screen.query("#notes").first(TextArea)
        notes.focus()
        notes.insert(event.character)

    def _changed(self) -> None:
        self.query_one("#preparation-progress", Static).update(self._progress())
        self.post_message(PanelChanged())
