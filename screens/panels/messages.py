"""Messages a step panel sends to the live meeting screen."""

from __future__ import annotations

from textual.message import Message


class PanelChanged(Message):
    """The panel changed the meeting (or a task): the live screen saves it."""
