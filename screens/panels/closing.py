"""Closing a challenging conversation: summary, measures, follow-up, next meeting, and "how was this?"."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Input, Label, Static, TextArea

from kktui.dates import DateError, parse_date, parse_time, show_date, show_when
from kktui.i18n import t
from kktui.meeting.challenging import closing_missing, measures
from kktui.meeting.model import AgendaStep, Meeting
from kktui.screens.panels.messages import PanelChanged
from kktui.services.session import Session

DATE_FIELDS = {"closing-follow-up": "follow_up", "closing-next-date": "next_date"}


class ClosingPanel(Vertical):
    """What the closing has settled so far, and what it still lacks before the meeting may end."""

    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="closing-panel", classes="step-panel")
        self.session = session
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        closing = self.meeting.closing
        yield Static(id="closing-missing", classes="pane-title")
        with Grid(classes="panel-form"):
            yield Label(t("closing.summary"))
            yield TextArea(
                str(closing.get("summary", "")),
                id="closing-summary",
                soft_wrap=True,
                show_line_numbers=False,
                placeholder=t("closing.summary_hint"),
            )
            yield Label(t("closing.measures"))
            yield Static(id="closing-measures")
            # Two dates, each said what it is for; beside each, the date the typed text means.
            yield Label(t("closing.follow_up"))
            with Horizontal(classes="closing-when"):
                yield Input(
                    str(closing.get("follow_up_text", "")),
                    id="closing-follow-up",
                    compact=True,
                    placeholder=t("closing.date_hint"),
                )
                yield Static(id="closing-follow-up-means", classes="hint")
            yield Label(t("closing.next_meeting"))
            with Horizontal(classes="closing-when"):
                yield Input(
                    str(closing.get("next_date_text", "")),
                    id="closing-next-date",
                    compact=True,
                    placeholder=t("closing.date_hint"),
                )
                yield Label(t("closing.next_time"))
                yield Input(
                    str(closing.get("next_time", "")),
                    id="closing-next-time",
                    compact=True,
                    placeholder="18:00",
                )
            yield Label("", classes="closing-next-means")
            yield Static(id="closing-next-means", classes="hint closing-next-means")
            yield Label(t("closing.answer"))
            yield Input(
                str(closing.get("answer", "")),
                id="closing-answer",
                compact=True,
                placeholder=t("closing.answer_hint"),
            )
        yield Static(id="closing-error", classes="error")

    def on_mount(self) -> None:
        self._show_meanings()
        self.tasks_changed()

    def tasks_changed(self) -> None:
        """The live screen calls this after a task (a measure) was added."""
        self._tasks = self.session.tasks(self.meeting.id)
        self._show_status()

    def _show_status(self) -> None:
        """What is still missing, from the tasks read last (not re-read on every key)."""
        tasks = self._tasks
        count = len([m for m in measures(self.meeting, tasks) if m.owner.strip()])
        self.query_one("#closing-measures", Static).update(t("closing.measures_count", count=count))
        missing = closing_missing(self.meeting, tasks)
        status = self.query_one("#closing-missing", Static)
        if missing:
            status.update(
                t("closing.still_missing", items=", ".join(t(f"closing.missing.{m}") for m in missing))
            )
        else:
            status.update(t("closing.ready"))
        status.set_class(not missing, "-ready")

    @on(TextArea.Changed, "#closing-summary")
    def summary_changed(self, event: TextArea.Changed) -> None:
        self.meeting.closing["summary"] = event.text_area.text
        self._changed()

    @on(Input.Changed)
    def field_changed(self, event: Input.Changed) -> None:
        event.stop()
        field, value = event.input.id or "", event.value.strip()
        closing, error = self.meeting.closing, ""
        if field in DATE_FIELDS:
            key = DATE_FIELDS[field]
            closing[f"{key}_text"] = value
            closing[key] = None
            if value:
                try:
                    closing[key] = parse_date(value, self.session.clock.today()).isoformat()
                except DateError as exc:
                    error = str(exc)
        elif field == "closing-next-time":
            closing["next_time"] = ""
            if value:
                try:
                    closing["next_time"] = parse_time(value)
                except DateError as exc:
                    error = str(exc)
        elif field == "closing-answer":
            closing["answer"] = value
        else:
            return
        self.query_one("#closing-error", Static).update(error)
        self._changed()

    def _show_meanings(self) -> None:
        """`+14` stays as typed; beside it, the date it means (and the time, for the meeting)."""
        closing = self.meeting.closing
        follow_up = closing.get("follow_up")
        self.query_one("#closing-follow-up-means", Static).update(
            t("closing.means", when=show_date(follow_up)) if follow_up else ""
        )
        when = show_when(closing.get("next_date"), str(closing.get("next_time") or ""))
        self.query_one("#closing-next-means", Static).update(t("closing.means", when=when) if when else "")
        for cell in self.query(".closing-next-means"):
            cell.display = bool(when)

    def _changed(self) -> None:
        self._show_meanings()
        self._show_status()
        self.post_message(PanelChanged())
