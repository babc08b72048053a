"""Slett gamle personopplysninger: choose a finished year, read exactly what goes, confirm once."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from kktui.i18n import t
from kktui.school.cleanup import CleanupPlan, preview_lines, year_finished
from kktui.school.model import SchoolClass
from kktui.school.school_years import ElectionError
from kktui.screens.base import KkBase, KkModal
from kktui.services.cleanup import delete_personal_data, preview_cleanup
from kktui.services.session import Session
from kktui.storage.files import StorageError


class CleanupScreen(KkModal[SchoolClass | None]):
    """The preview is the question: `y` deletes what it lists, Esc leaves everything as it is."""

    DEFAULT_CSS = """
    CleanupScreen #cleanup-scroll { height: auto; max-height: 24; }
    """
    BINDINGS = [
        Binding("y,j", "delete", "key.cleanup_delete", tooltip="tip.cleanup_delete", id="cleanup_delete"),
        Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="cleanup_cancel"),
    ]

    def __init__(self, session: Session, plan: CleanupPlan) -> None:
        super().__init__()
        self.session, self.plan = session, plan

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog cleanup-dialog"):
            yield Static(t("cleanup.title"), classes="pane-title")
            with VerticalScroll(id="cleanup-scroll"):
                yield Static("\n".join(preview_lines(self.plan)), id="cleanup-preview", markup=False)
            yield Static(
                t("cleanup.nothing_hint") if self.plan.empty else t("cleanup.confirm_hint"),
                classes="hint wrap",
            )

    def on_mount(self) -> None:
        self.query_one("#cleanup-scroll").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "delete" and self.plan.empty)

    def action_delete(self) -> None:
        if self.plan.empty:
            return
        try:
            saved = delete_personal_data(self.session, self.plan)
        except StorageError as exc:
            self.report(exc)
            return
        self.dismiss(saved)

    def action_cancel(self) -> None:
        self.dismiss(None)


def open_cleanup_for(screen: KkBase, session: Session, school_class: SchoolClass) -> None:
    """The preview for one class and year; a year not finished gets its one sentence instead."""
    try:
        plan = preview_cleanup(session, school_class)
    except ElectionError as exc:
        screen.report(exc)
        return

    def done(saved: SchoolClass | None) -> None:
        if saved is not None:
            screen.notify(t("cleanup.done", name=saved.name, year=saved.school_year), timeout=10)  # type: ignore[attr-defined]
            screen.refresh_data()

    screen.app.push_screen(CleanupScreen(session, plan), done)  # type: ignore[attr-defined]


def open_cleanup(screen: KkBase, session: Session) -> None:
    """From the palette: the finished years of this data folder, newest first, to choose from."""
    from kktui.screens.dialogs.picker import PickScreen

    today = session.clock.today()
    finished = sorted(
        (c for c in session.classes() if year_finished(c, today)),
        key=lambda c: c.school_year,
        reverse=True,
    )
    if not finished:
        screen.report(t("cleanup.no_finished"))
        return
    if len(finished) == 1:
        open_cleanup_for(screen, session, finished[0])
        return
    by_id = {c.id: c for c in finished}

    def picked(class_id: str | None) -> None:
        if class_id in by_id:
            open_cleanup_for(screen, session, by_id[class_id])

    options = [
        (c.id, c.label() + (" · " + t("cleanup.done_mark") if c.personal_data_deleted else ""))
        for c in finished
    ]
    screen.app.push_screen(PickScreen(t("cleanup.pick_title"), options), picked)  # type: ignore[attr-defined]
