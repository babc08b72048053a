"""Small pieces several class screens show the same way (kept here so no screen imports another)."""

from __future__ import annotations

from kktui.i18n import t
from kktui.services.session import Session

INTERPRETER_MARK = "⚑"
"""After the name of a parent who needs an interpreter."""


def class_title(session: Session) -> str:
    """The class the screen is about, for its header."""
    school_class = session.current_class()
    return school_class.label() if school_class else t("class.none_short")
