"""The base of every kktui screen and dialog.

What they share is declared here, so the app calls methods it knows exist instead of
asking a screen what it happens to have (attributes and calls go down, messages go up):

- bindings in the current language (see `bindings.py`), made once in the base class;
- `report(error)`: one way to tell the user something went wrong;
- hooks the app calls on whatever is showing: `guide_target` (F2), `refresh_data`
  (after the class changed), `save_now` (terminal lost focus, quitting) and
  `stop_sharing` (quitting). Each does nothing unless a screen has something to do.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events
from textual.screen import ModalScreen, Screen

from kktui.screens.bindings import TranslatedBindings

ResultType = TypeVar("ResultType")

REPORT_SECONDS = 12
"""Errors stay long enough to read a file path in them."""


class KkBase(TranslatedBindings):
    """Mixin for `KkScreen` and `KkModal`; not used alone."""

    HELP_KEY: ClassVar[str] = "home"
    """Which help text F1 shows over this screen (`help.<HELP_KEY>` in the catalogue)."""

    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """A screen's first resume comes straight after the mount that styled every widget of
        it: Textual would style them all again before its first frame (~10 ms on home). Run
        before Textual's own handler (the subclasses' come first); later resumes are as Textual makes them."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def report(self, error: BaseException | str) -> None:
        """Say in one notification what went wrong; the text is one sentence for the user."""
        self.notify(str(error), severity="error", timeout=REPORT_SECONDS)  # type: ignore[attr-defined]

    def guide_target(self) -> tuple[str, str] | None:
        """The guide (id, anchor) F2 opens from here; None opens the guide browser."""
        return None

    def refresh_data(self) -> None:
        """Read what is shown again (the class was switched under this screen)."""

    def save_now(self) -> None:
        """Queue what the user typed for writing; never blocks on disk."""

    def stop_sharing(self) -> None:
        """Stop anything this screen serves to the room; never waits."""


class KkScreen(KkBase, Screen):
    """A full screen."""


class KkModal(KkBase, ModalScreen[ResultType]):
    """A dialog over another screen; dismisses with a `ResultType`."""
