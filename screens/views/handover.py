"""The handover for next year's class contacts: read it, add your notes, save it as a file."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Header, Markdown, Static, TextArea

from kktui.i18n import t
from kktui.screens.base import KkModal, KkScreen
from kktui.screens.common import class_title
from kktui.screens.widgets.footer import KkFooter
from kktui.services import exports
from kktui.services.session import Session
from kktui.storage.files import StorageError


class NotesScreen(KkModal[str | None]):
    """The outgoing contacts' own notes: what worked, what to do differently."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", tooltip="tip.save_notes", id="notes_save", priority=True),
        Binding("escape", "cancel", "key.cancel", tooltip="tip.cancel", id="notes_cancel"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog notes-dialog"):
            yield Static(t("handover.notes"), classes="pane-title")
            yield TextArea(self.text, id="handover-notes", soft_wrap=True, tab_behavior="focus")
            yield Static(t("handover.notes_hint"), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#handover-notes", TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one("#handover-notes", TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HandoverScreen(KkScreen):
    HELP_KEY = "handover"
    BINDINGS = [
        Binding("n", "notes", "key.handover_notes", tooltip="tip.handover_notes", id="handover_notes"),
        Binding("e", "export('md')", "key.export_md", tooltip="tip.export_handover", id="export_handover"),
        Binding(
            "w",
            "export('html')",
            "key.export_html",
            tooltip="tip.export_handover_html",
            id="export_handover_html",
        ),
        Binding("escape", "back", "key.back", tooltip="tip.back", id="handover_back"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.text = ""

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="handover-scroll"):
            yield Markdown(id="handover", open_links=False)
        yield KkFooter()

    def on_mount(self) -> None:
        self.sub_title = t("handover.screen_title")
        self.refresh_data()
        self.query_one("#handover-scroll").focus()

    def refresh_data(self) -> None:
        session = self.session
        school_class = session.current_class()
        self.title = class_title(session)
        if school_class is None:
            self.text = t("wheel.no_class")
        else:
            self.text = exports.handover(session, school_class).text  # exactly what a file gets
        self.query_one("#handover", Markdown).update(self.text)

    def action_notes(self) -> None:
        school_class = self.session.current_class()
        if school_class is None:
            return

        def saved(text: str | None) -> None:
            if text is None:
                return
            school_class.handover_notes = text.strip()
            try:
                self.session.save_class(school_class)
            except StorageError as exc:
                self.notify(str(exc), severity="error")
                return
            self.refresh_data()

        self.app.push_screen(NotesScreen(school_class.handover_notes), saved)

    def action_export(self, fmt: str) -> None:
        school_class = self.session.current_class()
        if school_class is None:
            return
        try:
            path = exports.export_handover(self.session, school_class, fmt)
        except StorageError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(t("handover.saved", path=path), timeout=10)

    def action_back(self) -> None:
        self.app.pop_screen()
