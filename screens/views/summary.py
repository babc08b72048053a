"""Summary: the minutes as they will be exported, and the way out of the meeting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Markdown, Static

from kktui.i18n import t
from kktui.meeting.model import Meeting
from kktui.output.minutes import render_markdown
from kktui.output.privacy import NotShareable, private_lines
from kktui.screens.base import KkScreen
from kktui.screens.dialogs.confirm import ConfirmScreen
from kktui.screens.messages import CopyMinutes, GoHome, MeetingsChanged, OpenMeeting, ShareMeeting
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.links import open_allowed_link
from kktui.services import exports, meetings
from kktui.services.session import Session
from kktui.storage.files import StorageError


class SummaryScreen(KkScreen):
    HELP_KEY = "summary"
    BINDINGS = [
        Binding("s", "share", "key.share", tooltip="tip.share", id="share"),
        Binding("e", "export", "key.export_md", tooltip="tip.export_md", id="export_md"),
        Binding("h,escape", "home", "key.home", tooltip="tip.home", id="summary_home"),
        Binding("r", "reopen", "key.reopen", tooltip="tip.reopen", id="reopen"),
        Binding("ctrl+o", "details", "key.details", tooltip="tip.details", id="summary_details"),
        Binding(
            "w", "export('html')", "key.export_html", tooltip="tip.export_html", id="export_html", show=False
        ),
        Binding("c", "copy", "key.copy", tooltip="tip.copy", id="copy_minutes", show=False),
        Binding("p", "publish", "key.publish", tooltip="tip.publish", id="publish", show=False),
    ]

    def __init__(self, session: Session, meeting: Meeting) -> None:
        super().__init__()
        self.session = session
        self.meeting = meeting

    def minutes(self) -> str:
        return render_markdown(self.meeting, self.session.tasks(self.meeting.id), self.session.now())

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="minutes-scroll"):
            yield Static(self.left_out(), id="left-out", markup=False)
            yield Markdown(self.minutes(), id="minutes", open_links=False)
        yield KkFooter()

    def on_mount(self) -> None:
        self.title = t("summary.title")
        self.sub_title = self.meeting.title
        self.query_one("#minutes-scroll").focus()
        self.query_one("#left-out").display = bool(self.left_out())

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        open_allowed_link(self.app, event.href)

    def left_out(self) -> str:
        """What sharing and export leave out (private lines), shown before anything is shared."""
        lines = private_lines(self.meeting, self.session.tasks(self.meeting.id))
        if not lines:
            return ""
        return "\n".join([t("summary.left_out", n=len(lines))] + [f"  · {line}" for line in lines])

    def action_export(self, fmt: str = "md") -> None:
        if not self.meeting.confidential:
            self.save_export(fmt)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.save_export(fmt, confirmed=True)

        self.app.push_screen(
            ConfirmScreen(
                t("summary.confidential_export", title=self.meeting.title),
                t("summary.export_anyway"),
                t("summary.dont_export"),
            ),
            confirmed,
        )

    def save_export(self, fmt: str, confirmed: bool = False) -> None:
        """`confirmed`: the user said yes to exporting this confidential meeting."""
        try:
            target = exports.export_minutes(self.session, self.meeting, fmt, confirmed)
        except (StorageError, NotShareable) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.notify(t("summary.exported", path=target), timeout=10)

    def action_share(self) -> None:
        self.post_message(ShareMeeting(self.meeting))

    def action_publish(self) -> None:
        self.post_message(ShareMeeting(self.meeting, publish=True))

    def action_copy(self) -> None:
        self.post_message(CopyMinutes(self.meeting))

    def action_home(self) -> None:
        self.post_message(GoHome())

    def action_details(self) -> None:
        from kktui.screens.dialogs.meeting_details import MeetingDetailsScreen

        def changed(saved: bool | None) -> None:
            if saved:
                self.sub_title = self.meeting.title
                self.query_one("#minutes", Markdown).update(self.minutes())
                self.post_message(MeetingsChanged())

        self.app.push_screen(MeetingDetailsScreen(self.session, self.meeting), changed)

    def action_reopen(self) -> None:
        meetings.reopen_meeting(self.session, self.meeting)
        self.post_message(OpenMeeting(self.meeting.id))
