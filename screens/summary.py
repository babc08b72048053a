"""Summary: the minutes as they will be exported, and the way out of the meeting."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from kktui import flow, locations
from kktui.i18n import t
from kktui.minutes import render_markdown
from kktui.model import Meeting
from kktui.session import Session
from kktui.storage import atomic_write_text

from .links import open_allowed_link
from .bindings import translate_bindings
from .messages import GoHome, OpenMeeting


def export_name(meeting: Meeting) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in meeting.title.lower()).strip("-")
    while "--" in safe:
        safe = safe.replace("--", "-")
    return f"{meeting.date or 'udatert'}-{safe or 'referat'}-{meeting.id}.md"


class SummaryScreen(Screen):
    HELP_KEY = "summary"
    BINDINGS = [
        Binding("e", "export", "key.export_md", tooltip="tip.export_md", id="export_md"),
        Binding("h,escape", "home", "key.home", tooltip="tip.home", id="summary_home"),
        Binding("r", "reopen", "key.reopen", tooltip="tip.reopen", id="reopen"),
    ]

    def __init__(self, session: Session, meeting: Meeting) -> None:
        super().__init__()
        translate_bindings(self)
        self.session = session
        self.meeting = meeting

    def minutes(self) -> str:
        return render_markdown(self.meeting, self.session.tasks(self.meeting.id), self.session.now())

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="minutes-scroll"):
            yield Markdown(self.minutes(), id="minutes", open_links=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = t("summary.title")
        self.sub_title = self.meeting.title
        self.query_one("#minutes-scroll").focus()

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        open_allowed_link(self.app, event.href)

    def action_export(self) -> Path | None:
        target = locations.exports_dir(self.session.data_dir) / export_name(self.meeting)
        try:
            atomic_write_text(target, self.minutes())
        except OSError as exc:
            self.notify(t("summary.export_failed", path=target, reason=exc.strerror or exc),
                        severity="error", timeout=10)
            return None
        self.notify(t("summary.exported", path=target), timeout=10)
        return target

    def action_home(self) -> None:
        self.post_message(GoHome())

    def action_reopen(self) -> None:
        flow.reopen(self.meeting, self.session.now())
        self.session.save_meeting(self.meeting)
        self.session.flush()
        self.post_message(OpenMeeting(self.meeting.id))
