"""The language of what goes to the parents, chosen in a form with ctrl+g and the usual picker.

The class form and the meeting details show the language on a line of their own (not a field
Enter passes through, so the keys that fill in the rest of the form stay as they were).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.screen import Screen

from kktui.i18n import LANGUAGES, t
from kktui.i18n.languages import language_name
from kktui.screens.dialogs.picker import PickScreen

KEY = "ctrl+g"


def language_binding(binding_id: str) -> Binding:
    return Binding(
        KEY, "pick_language", "key.pick_language", tooltip="tip.pick_language", id=binding_id, priority=True
    )


def shown(lang: str) -> str:
    """`nynorsk (ctrl+g)`: the language, and the key that changes it."""
    return t("lang.shown", language=language_name(lang), key=KEY)


def pick_language(screen: Screen, current: str, chosen: Callable[[str], None]) -> None:
    """Open the picker on the current language; `chosen(code)` when one is picked (not on Esc)."""

    def picked(code: str | None) -> None:
        if code in LANGUAGES:
            chosen(code)

    options = [(code, language_name(code)) for code in LANGUAGES]
    screen.app.push_screen(PickScreen(t("lang.pick_title"), options, current, t("lang.pick_hint")), picked)
