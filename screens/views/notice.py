"""Before a planned meeting: its notice (innkalling) as parents will read it, and the input they sent.

The notice is shown as it will leave the laptop; keys copy it as text for Spond or e-mail,
save it as a page or a calendar invitation, and register the input parents sent beforehand
(which becomes one agenda step). Every byte that leaves goes through kktui.services.notice.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Markdown, Static

from kktui.i18n import t
from kktui.meeting import input as innspill
from kktui.meeting.model import Meeting
from kktui.output.privacy import NotShareable
from kktui.screens.base import KkScreen
from kktui.screens.dialogs.notice_input import InputItemScreen
from kktui.screens.messages import MeetingsChanged
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.plain_table import PlainTable
from kktui.services import notice
from kktui.services.session import Session
from kktui.storage.files import StorageError


class NoticeScreen(KkScreen):
    HELP_KEY = "notice"
    DEFAULT_CSS = """
    NoticeScreen #notice-scroll { height: 1fr; border: round $primary 50%; padding: 0 1; }
    NoticeScreen #notice-inputs-pane { height: auto; max-height: 12; }
    NoticeScreen #notice-inputs { height: auto; max-height: 8; }
    """
    BINDINGS = [
        Binding("c", "copy", "key.notice_copy", tooltip="tip.notice_copy", id="notice_copy"),
        Binding("w", "save('html')", "key.notice_html", tooltip="tip.notice_html", id="notice_html"),
        Binding("k", "save('ics')", "key.notice_ics", tooltip="tip.notice_ics", id="notice_ics"),
        Binding("e", "save('md')", "key.notice_md", tooltip="tip.notice_md", id="notice_md", show=False),
        Binding("a", "add_input", "key.input_add", tooltip="tip.input_add", id="input_add"),
        Binding(
            "x", "remove_input", "key.input_remove", tooltip="tip.input_remove", id="input_remove", show=False
        ),
        Binding("escape", "back", "key.back", tooltip="tip.notice_back", id="notice_back"),
    ]

    def __init__(self, session: Session, meeting: Meeting) -> None:
        super().__init__()
        self.session, self.meeting = session, meeting

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="notice-scroll"):
            yield Markdown(id="notice-text", open_links=False)
        with Vertical(id="notice-inputs-pane"):
            yield Static(t("input.list_title"), classes="pane-title")
            yield PlainTable(id="notice-inputs", cursor_type="row", zebra_stripes=True)
            yield Static(t("input.none_yet"), id="no-inputs", classes="empty")
        yield KkFooter()

    def on_mount(self) -> None:
        self.title = t("notice.screen_title")
        self.sub_title = self.meeting.title
        table = self.query_one("#notice-inputs", DataTable)
        table.add_columns(t("field.who"), t("field.what"))
        self.refresh_data()
        table.focus()

    def refresh_data(self) -> None:
        try:
            text = notice.preview(self.session, self.meeting)
        except NotShareable as exc:
            text = str(exc)
        self.query_one("#notice-text", Markdown).update(text)
        table = self.query_one("#notice-inputs", DataTable)
        table.clear()
        step = innspill.input_step(self.meeting)
        found = innspill.items(step) if step else []
        for item in found:
            table.add_row(item.get("who") or "–", item["what"], key=item["id"])
        table.display = bool(found)
        self.query_one("#no-inputs").display = not found

    def action_copy(self) -> None:
        copy_notice(self.app, self.session, self.meeting)

    def action_save(self, fmt: str) -> None:
        try:
            path = notice.export_notice(self.session, self.meeting, fmt)
        except (NotShareable, StorageError) as exc:
            self.report(exc)
            return
        self.notify(t("notice.saved", path=path), timeout=10)

    def action_add_input(self) -> None:
        names = self.session.people(self.meeting)

        def added(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            try:
                notice.add_input(self.session, self.meeting, *result)
            except innspill.InputRefused as exc:
                self.report(exc)
                return
            self.refresh_data()

        self.app.push_screen(InputItemScreen(names), added)

    def action_remove_input(self) -> None:
        table = self.query_one("#notice-inputs", DataTable)
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        if notice.remove_input(self.session, self.meeting, str(key.value)):
            self.refresh_data()

    def action_back(self) -> None:
        self.session.flush()
        self.post_message(MeetingsChanged())  # its agenda may have a new step
        self.dismiss()


def copy_notice(app, session: Session, meeting: Meeting) -> None:
    """The notice as plain text to the clipboard (OSC 52), and always to a file too."""
    from kktui.screens.views.share import terminal_can_copy

    try:
        cleared, target = notice.copy_notice(session, meeting)
    except (NotShareable, StorageError) as exc:
        app.notify(str(exc), severity="error", timeout=12)
        return
    if not terminal_can_copy():
        app.notify(t("notice.copy_unsupported", path=target), severity="warning", timeout=12)
        return
    try:
        app.copy_to_clipboard(cleared.text)
    except (OSError, RuntimeError, ValueError) as exc:
        app.notify(t("summary.copy_failed", reason=exc, path=target), severity="warning", timeout=12)
        return
    app.notify(t("notice.copied", path=target), timeout=10)


def open_notice(screen: KkScreen, session: Session, meeting_id: str) -> None:
    """From home: the notice of the chosen meeting, or one sentence why it has none."""
    meeting = session.meeting(meeting_id)
    try:
        notice.check(meeting)
    except NotShareable as exc:
        screen.report(exc)
        return
    screen.app.push_screen(NoticeScreen(session, meeting), lambda _: screen.refresh_data())
