"""A meeting's life as a user drives it: start (or plan) one from a template, finish, reopen.

Both the screens and the command line come here, so a new meeting always gets the class
it names and the class's open tasks, and a challenging conversation always gets its
follow-up meeting when it is finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kktui import i18n
from kktui.meeting import challenging, flow
from kktui.meeting.approval import add_approval_step
from kktui.meeting.model import Meeting
from kktui.meeting.templates import Template, find_template
from kktui.services.classes import class_id_for
from kktui.services.session import Session


def new_meeting(
    session: Session,
    template: Template,
    *,
    title: str = "",
    date: str = "",
    time: str = "",
    place: str = "",
    class_name: str = "",
    attendees: Sequence[str] = (),
    start_now: bool = False,
) -> Meeting:
    """Build the meeting, put the approval of the class's last minutes and its open tasks first on
    its agenda, start it if asked, save it.

    The meeting is in its class's language (what goes to the parents), whatever language the
    user reads: the same template in that language, and its title unless the user typed another.
    Without a class it is in the user's language.

    A meeting that opens on a preparation step (a challenging conversation) is prepared first,
    so "start now" leaves it planned.
    """
    class_id = class_id_for(session, class_name)
    school_class = next((c for c in session.classes() if c.id == class_id), None) if class_id else None
    lang = school_class.lang if school_class is not None else i18n.current()
    chosen = in_language(session, template, lang)
    meeting = chosen.new_meeting(
        title=chosen.title if not title or title == template.title else title,
        date=date,
        time=time,
        place=place,
        class_name=class_name,
        attendees=list(attendees),
        class_id=class_id,
    )
    meeting.lang = lang  # also when the template is the user's own, in one language only
    session.carry_over(meeting)
    add_approval_step(meeting, session.meeting_index(), chosen.approval, no_approval(session, meeting.lang))
    if start_now and not challenging.needs_preparation(meeting):
        flow.start(meeting, session.now())
    session.save_meeting(meeting)
    session.flush()
    return meeting


def in_language(session: Session, template: Template, lang: str) -> Template:
    """The same template in `lang` (its id names its file in every language); the template
    itself when it has no version in that language (a user's own, or one not translated yet)."""
    if template.lang == lang:
        return template
    return find_template(template.id, lang, session.data_dir) or template


def no_approval(session: Session, lang: str) -> set[str]:
    """The templates whose meetings have no minutes to approve (`approval: no`)."""
    return {template.id for template in session.templates(lang)[0] if not template.approval}


@dataclass
class Finished:
    meeting: Meeting
    follow_up: Meeting | None = None  # planned now, for a challenging conversation with a next date


def finish_meeting(session: Session, meeting: Meeting) -> Finished:
    """Stop the clock and save; plan the follow-up meeting once (not again when finished twice)."""
    flow.finish(meeting, session.now())
    session.save_meeting(meeting)
    follow_up = challenging.follow_up_meeting(meeting, session.tasks(meeting.id), session.data_dir)
    planned = None
    if follow_up is not None and not meeting.closing.get("follow_up_id"):
        meeting.closing["follow_up_id"] = follow_up.id
        session.save_meeting(follow_up)
        session.save_meeting(meeting)
        planned = follow_up
    session.flush()
    return Finished(meeting, planned)


def reopen_meeting(session: Session, meeting: Meeting) -> None:
    """Finished by mistake: running again at the step it ended on."""
    flow.reopen(meeting, session.now())
    session.save_meeting(meeting)
    session.flush()
