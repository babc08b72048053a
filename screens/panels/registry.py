"""Some agenda steps need more than notes: a panel of their own above the notes.

A panel is chosen by the step's `kind`. Each factory gets the live screen's session
and meeting and returns a widget; the widget reports changes with messages and the
live screen saves. Register new kinds in PANELS.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget

from kktui.meeting.model import AgendaStep, Meeting
from kktui.services.session import Session

PanelFactory = Callable[[Session, Meeting, AgendaStep], Widget]


def _lazy(module: str, name: str) -> PanelFactory:
    """Import a panel's module only when a step of its kind is shown."""

    def make(session: Session, meeting: Meeting, step: AgendaStep) -> Widget:
        from importlib import import_module

        return getattr(import_module(f"kktui.screens.panels.{module}"), name)(session, meeting, step)

    return make


PANELS: dict[str, PanelFactory] = {
    "preparation": _lazy("preparation", "PreparationPanel"),
    "closing": _lazy("closing", "ClosingPanel"),
    "followup": _lazy("followup", "FollowupPanel"),
    "election": _lazy("election", "ElectionPanel"),
    "approval": _lazy("approval", "ApprovalPanel"),
    "input": _lazy("parent_input", "InputPanel"),
}


def panel_for(session: Session, meeting: Meeting, step: AgendaStep) -> Widget | None:
    factory = PANELS.get(step.kind)
    return factory(session, meeting, step) if factory else None
