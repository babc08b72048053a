"""The approval step's panel: the last minutes approved, approved with changes (noted), or not dealt with.

Its keys work only while its list has the focus (shift+tab from the notes), like the follow-up panel.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kktui.dates import show_date
from kktui.i18n import t
from kktui.meeting import approval
from kktui.meeting.model import AgendaStep, Meeting
from kktui.screens.dialogs.notice_input import LineScreen
from kktui.screens.panels.messages import PanelChanged
from kktui.services import notice
from kktui.services.session import Session


class ApprovalPanel(Vertical):
    DEFAULT_CSS = """
    ApprovalPanel #approval-choices { height: auto; max-height: 5; border: none; }
    ApprovalPanel Static { height: auto; }
    """

    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        super().__init__(id="approval-panel", classes="step-panel")
        self.session, self.meeting, self.step = session, meeting, step

    def compose(self) -> ComposeResult:
        # Read now, not when the meeting was planned: another meeting may have been held since.
        if notice.refresh_approval(self.session, self.meeting):
            self.post_message(PanelChanged())
        entry = approval.outcome_of(self.step)
        yield Static(
            t("approval.panel_title", title=entry.get("title", ""), date=show_date(entry.get("date"))),
            classes="pane-title",
            markup=False,
        )
        yield OptionList(
            *(Option(t(f"approval.choice.{outcome}"), id=outcome) for outcome in approval.OUTCOMES),
            id="approval-choices",
        )
        yield Static(id="approval-said", markup=False)

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        entry = approval.outcome_of(self.step)
        if entry.get("outcome"):
            said = t(f"approval.outcome.{entry['outcome']}")
            if entry.get("changes"):
                said += f": {entry['changes']}"
            self.query_one("#approval-said", Static).update(t("approval.said", outcome=said))
        else:
            self.query_one("#approval-said", Static).update(t("approval.pending"))

    @on(OptionList.OptionSelected, "#approval-choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        outcome = str(event.option.id)
        if outcome != "changes":
            self.record(outcome)
            return
        entry = approval.outcome_of(self.step)

        def noted(changes: str | None) -> None:
            if changes:
                self.record("changes", changes)
            self.query_one(OptionList).focus()

        self.app.push_screen(
            LineScreen(
                t("approval.changes_title"),
                t("approval.changes_hint"),
                entry.get("changes", ""),
                required=t("approval.changes_missing"),
            ),
            noted,
        )

    def record(self, outcome: str, changes: str = "") -> None:
        try:
            notice.approve(self.session, self.meeting, outcome, changes)
        except approval.ApprovalRefused as exc:
            self.notify(str(exc), severity="error", timeout=12)
            return
        self.post_message(PanelChanged())
        self.show()
