"""The election steps' panel: write the names, press Enter, and the roles and terms are recorded.

The first election step of a meeting elects the class contacts and deputies, the
second the FAU representative and deputy; a meeting with only one election step
elects all four. The rules (terms, the top grade's one-year FAU seat) are in
kktui/elections.py; the result also stands as a decision in the minutes.
"""

from __future__ import annotations

from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widgets import Input, Label, Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.meeting.model import AgendaStep, Decision, Meeting
from kktui.school.elections import (
    CONTACT_KINDS,
    FAU_KINDS,
    SEATS,
    Ballot,
    continuing,
    double_roles,
    elect,
    elected_for,
    proposed_contacts,
    replace_election,
    split_names,
    staffing_warnings,
)
from kktui.school.model import SchoolClass, name_key
from kktui.school.school_years import (
    ElectionError,
    election_year_for,
    format_school_year,
    in_top_grade,
    parse_school_year,
)
from kktui.screens.panels.messages import PanelChanged
from kktui.services.session import Session
from kktui.storage.files import StorageError


def kinds_for(meeting: Meeting, step: AgendaStep) -> tuple[str, ...]:
    election_steps = [s.id for s in meeting.steps if s.kind == "election"]
    if len(election_steps) < 2:
        return CONTACT_KINDS + FAU_KINDS
    return CONTACT_KINDS if election_steps.index(step.id) == 0 else FAU_KINDS


class ElectionPanel(Vertical):
    def __init__(self, session: Session, meeting: Meeting, step: AgendaStep) -> None:
        # Two election steps follow each other: each panel needs its own id while one replaces the other.
        super().__init__(id=f"election-panel-{step.id}", classes="step-panel election-panel")
        self.session, self.meeting, self.step = session, meeting, step
        self.kinds = kinds_for(meeting, step)
        self.school_class_or_none: SchoolClass | None = next(
            (c for c in session.classes() if c.id == meeting.class_id), None
        )

    @property
    def school_class(self) -> SchoolClass:
        """The meeting's class; the panel shows only a hint (and calls nothing) when there is none."""
        assert self.school_class_or_none is not None
        return self.school_class_or_none

    def _default_year(self) -> str:
        try:
            day = date.fromisoformat(self.meeting.date)
        except ValueError:
            day = self.session.clock.today()
        return election_year_for(day, self.school_class.election_season)

    def _election_day(self) -> date:
        try:
            return date.fromisoformat(self.meeting.date)
        except ValueError:
            return self.session.clock.today()

    def compose(self) -> ComposeResult:
        if self.school_class_or_none is None:
            yield Static(t("election.no_class"), classes="hint")
            return
        year = self._default_year()
        roles = self.session.roles(self.school_class.id)
        yield Static(t("election.panel_title", name=self.school_class.name), classes="pane-title")
        with Grid(classes="panel-form"):
            top = in_top_grade(self.school_class, year)
            for kind in self.kinds:
                names = [r.name for r in elected_for(roles, kind, year)]
                if not names and kind == "class_contact":
                    names = proposed_contacts(roles, year, self.school_class)
                hint = "election.hint.deputy_top" if kind == "deputy" and top else f"election.hint.{kind}"
                yield Label(tn(f"role.{kind}", SEATS[kind]).capitalize())
                yield Input(
                    ", ".join(names),
                    id=f"election-{kind}",
                    compact=True,
                    placeholder=t(hint, grade=self.school_class.top_grade),
                )
            yield Label(t("election.year"))
            yield Input(year, id="election-year", compact=True, placeholder="2026/27")
        yield Static(id="election-status", classes="hint")
        yield Static(id="election-error", classes="error")

    def on_mount(self) -> None:
        if self.school_class_or_none is not None:
            self.show_status()
            self.call_after_refresh(self._take_focus)

    def _take_focus(self) -> None:
        """Like every panel with fields, start in the first one: also when it replaces the
        previous election step's panel, whose field had the focus as it went away."""
        focused = self.screen.focused
        if self.is_attached and (
            focused is None or not focused.is_attached or focused not in self.query(Input)  # type: ignore[operator]  # Textual's DOMQuery supports `in`
        ):
            if self.meeting.current_step is self.step:
                self.query(Input).first().focus()

    def _year(self) -> str:
        return format_school_year(parse_school_year(self.query_one("#election-year", Input).value))

    def show_status(self, recorded: list | None = None) -> None:
        status = self.query_one("#election-status", Static)
        try:
            year = self._year()
        except ElectionError:
            return
        roles = self.session.roles(self.school_class.id)
        lines = []
        if recorded:
            lines.append(
                t(
                    "election.recorded",
                    year=year,
                    terms="; ".join(
                        f"{r.name}: {tn(f'role.{r.kind}', 1)} {show_date(r.start)}–{show_date(r.end)}"
                        for r in recorded
                    ),
                )
            )
        elif "class_contact" in self.kinds and proposed_contacts(roles, year, self.school_class):
            lines.append(
                t("election.proposed", names=", ".join(proposed_contacts(roles, year, self.school_class)))
            )
        if "deputy" in self.kinds and in_top_grade(self.school_class, year):
            lines.append(t("election.top_no_next", grade=self.school_class.top_grade))
        for kind in self.kinds:
            for role in continuing(roles, kind, year):
                lines.append(
                    t(
                        "election.continues",
                        name=role.name,
                        role=tn(f"role.{kind}", 1),
                        end=show_date(role.end),
                    )
                )
        if recorded and "class_contact" in self.kinds:
            lines += staffing_warnings(roles, self.school_class, year)
        lines.append(t("election.enter_records"))
        status.update(" · ".join(lines))

    @on(Input.Submitted)
    def record(self, event: Input.Submitted) -> None:
        event.stop()
        error = self.query_one("#election-error", Static)
        try:
            year = self._year()
            ballot = Ballot.of(
                **{kind: split_names(self.query_one(f"#election-{kind}", Input).value) for kind in self.kinds}
            )
            people = self.session.class_people(self.school_class.id)
            roles = elect(
                self.school_class,
                year,
                ballot,
                kinds=self.kinds,
                people=people,
                meeting_id=self.meeting.id,
                existing=self.session.roles(self.school_class.id),
                on=self._election_day(),
            )
            save, remove = replace_election(
                self.session.roles(self.school_class.id), roles, self.kinds, self.school_class.id, year
            )
            self.session.save_roles(save, remove)
        except (ElectionError, StorageError) as exc:
            error.update(str(exc))
            return
        error.update("")
        self._record_decision(year, roles)
        self.show_status(roles)

    def _record_decision(self, year: str, roles: list) -> None:
        """The result in the minutes, as one decision per election step (replaced if recorded again)."""
        parts = []
        for kind in self.kinds:
            names = [r.name for r in roles if r.kind == kind]
            if names:
                parts.append(f"{tn(f'role.{kind}', len(names), self.meeting.lang)}: {', '.join(names)}")
        decision_id = f"election-{self.step.id}"
        self.meeting.decisions = [d for d in self.meeting.decisions if d.id != decision_id]
        if parts:
            text = t("election.decision", self.meeting.lang, year=year, result="; ".join(parts))
            # Two roles for one person is allowed; the minutes say so (also across the two steps).
            mine = {name_key(r.name) for r in roles}
            for name, kinds in double_roles(self.session.roles(self.school_class.id), year):
                if name_key(name) in mine:
                    named = [tn(f"role.{kind}", 1, self.meeting.lang) for kind in kinds]
                    both = t("word.and_join", self.meeting.lang, first=", ".join(named[:-1]), last=named[-1])
                    text += " " + t("election.double_role", self.meeting.lang, name=name, roles=both)
            stamp = datetime.fromtimestamp(self.session.now()).isoformat(timespec="seconds")
            self.meeting.decisions.append(
                Decision(text, step_id=self.step.id, created_at=stamp, id=decision_id)
            )
        self.post_message(PanelChanged())
