"""New meeting: pick a template, fill in when, where and who, start now or plan it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from kktui.dates import DateError, parse_date, parse_time, show_date
from kktui.i18n import t
from kktui.meeting import followup
from kktui.meeting.templates import Template
from kktui.screens.base import KkScreen
from kktui.screens.messages import GoHome, OpenMeeting
from kktui.screens.widgets.footer import KkFooter
from kktui.screens.widgets.suggest import NamesSuggester, SuggestingInput
from kktui.services import meetings
from kktui.services.session import Session


class NewMeetingScreen(KkScreen):
    HELP_KEY = "new_meeting"
    BINDINGS = [
        Binding("ctrl+s", "start", "key.start", tooltip="tip.start", id="start", priority=True),
        Binding("ctrl+l", "plan", "key.plan", tooltip="tip.plan", id="plan", priority=True),
        Binding("escape", "cancel", "key.back", tooltip="tip.back", id="cancel"),
    ]

    def __init__(self, session: Session, lang: str, template_id: str = "", day: str = "") -> None:
        super().__init__()
        self.session = session
        self.templates, self.errors = session.templates(lang)
        self.template_id, self.day = template_id, day  # e.g. from an item in the year wheel
        self.school_class = session.current_class()
        self._followup = self._followup_minutes()

    def _followup_minutes(self) -> dict[str, int]:
        """Per template, the minutes of the steps a meeting of it would start with: the approval
        of the last minutes and the follow-up of open tasks."""
        from kktui.meeting.approval import approval_minutes

        if self.school_class is None:
            return {}
        tasks, index = self.session.open_tasks(), self.session.meeting_index()
        skip = {tpl.id for tpl in self.templates if not tpl.approval}
        day = self.day or self.session.clock.today().isoformat()
        return {
            tpl.id: followup.followup_minutes(
                tpl.id, tpl.confidential, self.school_class.id, day, tasks, index
            )
            + approval_minutes(tpl.id, tpl.confidential, self.school_class.id, day, index, tpl.approval, skip)
            for tpl in self.templates
        }

    def compose(self) -> ComposeResult:
        now = self.session.clock.now()
        yield Header(icon="")
        with Horizontal(id="new-body"):
            with Vertical(id="template-pane", classes="pane"):
                yield Static(t("new.choose_template"), classes="pane-title")
                yield OptionList(
                    *[Option(self._label(tpl), id=str(i)) for i, tpl in enumerate(self.templates)],
                    id="templates",
                )
                if self.errors:
                    yield Static(
                        "\n".join(t("new.broken_template", error=str(e)) for e in self.errors),
                        id="template-errors",
                        classes="warning",
                        markup=False,
                    )
            with Vertical(id="details-pane", classes="pane"):
                yield Static(t("new.details"), classes="pane-title")
                with Grid(id="form"):
                    yield Label(t("field.title"))
                    yield Input(id="title", compact=True)
                    yield Label(t("field.date"))
                    yield Input(show_date(self.day) or now.strftime("%d.%m.%Y"), id="date", compact=True)
                    yield Label(t("field.time"))
                    yield Input(now.strftime("%H:%M"), id="time", compact=True)
                    yield Label(t("field.place"))
                    yield Input(id="place", compact=True, placeholder=t("field.place_hint"))
                    yield Label(t("field.class"))
                    yield Input(
                        self.school_class.name if self.school_class else "",
                        id="class_name",
                        compact=True,
                        placeholder="4B",
                        suggester=SuggestFromList(
                            [c.name for c in self.session.classes()], case_sensitive=False
                        ),
                    )
                    yield Label(t("field.present"))
                    people = self.session.class_people(self.school_class.id) if self.school_class else []
                    yield SuggestingInput(
                        id="attendees",
                        compact=True,
                        placeholder=t("field.present_hint"),
                        suggester=NamesSuggester([p.name for p in people]),
                    )
                yield Static("", id="form-error", classes="error")
                yield Static("", id="template-purpose", classes="purpose")
                with Horizontal(classes="buttons"):
                    yield Button(t("new.start_now"), variant="success", id="start")
                    yield Button(t("new.plan"), id="plan")
        yield KkFooter()

    def _label(self, template: Template) -> str:
        own = "" if template.builtin else f" ({t('new.own')})"
        minutes = template.planned_minutes + self._followup.get(template.id, 0)
        return f"{template.title}{own} · {minutes} min"

    def on_mount(self) -> None:
        self.title = t("new.title")
        options = self.query_one("#templates", OptionList)
        ids = [tpl.id for tpl in self.templates]
        if self.templates:
            options.highlighted = ids.index(self.template_id) if self.template_id in ids else 0
        options.focus()

    @property
    def template(self) -> Template | None:
        index = self.query_one("#templates", OptionList).highlighted
        return self.templates[index] if index is not None and self.templates else None

    @on(OptionList.OptionHighlighted, "#templates")
    def show_template(self) -> None:
        template = self.template
        if template is None:
            return
        self.query_one("#title", Input).value = template.title
        purpose = " ".join(template.purpose.split("\n\n")[0].split())
        steps = ", ".join(f"{s.title} ({s.planned_minutes})" for s in template.steps)
        if self._followup.get(template.id):
            steps = f"{t('followup.step_title')} ({self._followup[template.id]}), {steps}"
        self.query_one("#template-purpose", Static).update(f"{purpose}\n\n{t('new.steps')}: {steps}")

    @on(OptionList.OptionSelected, "#templates")
    def template_chosen(self) -> None:
        self.query_one("#title", Input).focus()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        self._create(start_now=True)

    @on(Button.Pressed, "#plan")
    def action_plan(self) -> None:
        self._create(start_now=False)

    def action_cancel(self) -> None:
        self.post_message(GoHome())

    def _create(self, start_now: bool) -> None:
        template = self.template
        error = self.query_one("#form-error", Static)
        if template is None:
            error.update(t("new.no_template"))
            return
        value = lambda field: self.query_one(f"#{field}", Input).value.strip()  # noqa: E731
        try:
            day = parse_date(value("date"), self.session.clock.today())
            time = parse_time(value("time")) if value("time") else ""
        except DateError as exc:
            error.update(str(exc))
            return
        attendees = [name.strip() for name in value("attendees").replace(";", ",").split(",") if name.strip()]
        meeting = meetings.new_meeting(
            self.session,
            template,
            title=value("title"),
            date=day.isoformat(),
            time=time,
            place=value("place"),
            class_name=value("class_name"),
            attendees=attendees,
            start_now=start_now,
        )
        if start_now:
            self.post_message(OpenMeeting(meeting.id))
        else:
            self.notify(t("new.planned", title=meeting.title, date=value("date")))
            self.post_message(GoHome())
