"""Before a meeting: the notice (innkalling), input from parents, and the approval of the last minutes.

One function per user action, shared by the command line (`kktui notice`) and the screens.
Everything that leaves the laptop is made by kktui.output.gate and written by
kktui.services.exports.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kktui.i18n import t
from kktui.meeting import approval
from kktui.meeting import input as innspill
from kktui.meeting.model import Meeting
from kktui.output import gate
from kktui.output.gate import Cleared
from kktui.output.notice import NoticeFacts
from kktui.output.privacy import NotShareable
from kktui.school.elections import holders
from kktui.school.model import NORWEGIAN, SchoolClass
from kktui.services import exports
from kktui.services.session import Session

FORMATS = ("md", "html", "txt", "ics")
REPLY_DAYS = 3  # "meld forfall innen": three days before, so there is time to plan
TEACHER_WORDS = {"teacher", "lærer", "kontaktlærer", "contact teacher"}
CONTACT_KINDS = {"approval", "followup", "input"}  # the class contacts' own business
CHILDCARE_WORDS = ("barnepass", "barnevakt", "childcare", "babysit", "passe barn", "småsøsken")


class NoticeRefused(NotShareable):
    """One sentence: why there is no notice for this meeting (yet)."""


def _class_of(session: Session, meeting: Meeting) -> SchoolClass | None:
    return next((c for c in session.classes() if c.id == meeting.class_id), None)


def _joined(names: list[str], lang: str) -> str:
    names = list(dict.fromkeys(n for n in names if n.strip()))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {t('notice.and', lang)} {names[-1]}"


def _contacts(session: Session, school_class: SchoolClass | None, day: date) -> list[str]:
    if school_class is None:
        return []
    found = holders(session.roles(school_class.id), day)
    return [role.name for role in found.get("class_contact", [])]


def _leader_word(session: Session, meeting: Meeting) -> str:
    from kktui.meeting.templates import find_template

    template = find_template(meeting.template, meeting.lang, session.data_dir) if meeting.template else None
    return template.leader.strip().casefold() if template else ""


def facts_for(session: Session, meeting: Meeting) -> NoticeFacts:
    """Who to tell, by when, who leads each part, and what help the call list shows is needed."""
    lang = meeting.lang
    school_class = _class_of(session, meeting)
    today = session.clock.today()
    try:
        day = date.fromisoformat(meeting.date)
    except ValueError:
        day = today
    contacts = _joined(_contacts(session, school_class, day), lang)
    teacher = school_class.teacher if school_class else ""
    reply_to = contacts or teacher
    reply_by = max(today, day - timedelta(days=REPLY_DAYS)) if meeting.date else None
    leads = teacher if _leader_word(session, meeting) in TEACHER_WORDS and teacher else contacts or teacher
    leaders = {step.id: contacts for step in meeting.steps if step.kind in CONTACT_KINDS and contacts}
    help_needed, languages = _help(session, meeting, school_class)
    return NoticeFacts(
        class_name=school_class.name if school_class else meeting.class_name,
        school=school_class.school if school_class else "",
        reply_to=reply_to,
        reply_by=reply_by.isoformat() if reply_by else "",
        leader=leads,
        leaders=leaders,
        help=help_needed,
        languages=languages,
        sequence=int(meeting.notice.get("sequence", 0) or 0),
    )


def _help(
    session: Session, meeting: Meeting, school_class: SchoolClass | None
) -> tuple[list[str], list[str]]:
    """The help to offer, from the call list's answers and the class list (never whose it is)."""
    people = {p.id: p for p in session.class_people(school_class.id)} if school_class else {}
    calls = session.calls(meeting.id)
    found = set()
    languages: list[str] = []
    for person in people.values():
        if person.kind == "guardian" and person.may_need_interpreter:
            found.add("interpreter")
            languages += [lang.strip() for lang in person.languages if lang.strip()]
    for entry in calls:
        if entry.answer == "no":
            continue  # not coming: their needs do not go into the notice
        if entry.lift:
            found.add("lift")
        if entry.companion:
            found.add("companion")
        if any(word in entry.note.casefold() for word in CHILDCARE_WORDS):
            found.add("childcare")
    spoken = sorted({lang.casefold() for lang in languages if lang.casefold() not in NORWEGIAN})
    return [kind for kind in ("interpreter", "childcare", "lift", "companion") if kind in found], spoken


def _fingerprint(meeting: Meeting) -> str:
    """What a calendar must hear about again: the day, the time, how long, and where."""
    return f"{meeting.date}|{meeting.time}|{meeting.planned_minutes}|{meeting.place}|{meeting.title}"


def issue(session: Session, meeting: Meeting) -> int:
    """The notice is (re)issued: a changed time or place raises the invitation's SEQUENCE, once."""
    issued = meeting.notice.get("issued")
    sequence = int(meeting.notice.get("sequence", 0) or 0)
    if issued is not None and issued != _fingerprint(meeting):
        sequence += 1
    if issued != _fingerprint(meeting):
        meeting.notice = {**meeting.notice, "issued": _fingerprint(meeting), "sequence": sequence}
        session.save_meeting(meeting)
        session.flush()
    return sequence


def check(meeting: Meeting) -> None:
    """NoticeRefused (one sentence) when this meeting cannot have a notice."""
    gate.check_meeting(meeting, gate.SHARE)
    if meeting.status != "planned":
        raise NoticeRefused(t("notice.not_planned", title=meeting.title))
    if not meeting.date:
        raise NoticeRefused(t("notice.no_date", title=meeting.title))


def notice(session: Session, meeting: Meeting, fmt: str = "md") -> Cleared:
    """The notice in one format (md, html, txt, ics), through the gate."""
    if fmt not in FORMATS:
        raise NoticeRefused(t("notice.bad_format", fmt=fmt, formats=", ".join(FORMATS)))
    check(meeting)
    issue(session, meeting)
    return gate.notice(meeting, facts_for(session, meeting), fmt, session.clock.now())


def preview(session: Session, meeting: Meeting) -> str:
    """The notice as Markdown for the laptop's own screen: not issued, so nothing is counted."""
    check(meeting)
    return gate.notice(meeting, facts_for(session, meeting), "md", session.clock.now()).text


def notice_name(meeting: Meeting, fmt: str) -> str:
    title = exports.safe_name(meeting.title.lower(), "mote")
    return f"{meeting.date or 'udatert'}-{t('notice.file', meeting.lang)}-{title}-{meeting.id}.{fmt}"


def export_notice(session: Session, meeting: Meeting, fmt: str = "md", folder: Path | None = None) -> Path:
    return exports.export(session, notice(session, meeting, fmt), notice_name(meeting, fmt), folder)


def copy_notice(session: Session, meeting: Meeting) -> tuple[Cleared, Path]:
    """The notice as plain text for the clipboard (Spond, e-mail), and always saved as a file too."""
    cleared = notice(session, meeting, "txt")
    return cleared, exports.export(session, cleared, notice_name(meeting, "txt"))


# -- input beforehand and approval: the meeting changes, the session saves it ----------------
def add_input(session: Session, meeting: Meeting, who: str, what: str) -> str:
    """Register what a parent sent before the meeting; InputRefused (one sentence) if it cannot be."""
    item_id = innspill.add_input(meeting, who, what)
    session.save_meeting(meeting)
    return item_id


def remove_input(session: Session, meeting: Meeting, item_id: str) -> bool:
    removed = innspill.remove_input(meeting, item_id)
    if removed:
        session.save_meeting(meeting)
    return removed


def record_input_outcome(session: Session, meeting: Meeting, item_id: str, outcome: str) -> None:
    innspill.record_outcome(meeting, item_id, outcome)
    session.save_meeting(meeting)


def refresh_approval(session: Session, meeting: Meeting) -> bool:
    """The approval step opens on the minutes that are the class's last now; True if it changed."""
    from kktui.services.meetings import no_approval

    changed = approval.refresh(meeting, session.meeting_index(), no_approval(session, meeting.lang))
    if changed:
        session.save_meeting(meeting)
    return changed


def approve(session: Session, meeting: Meeting, outcome: str, changes: str = "") -> Meeting:
    """What the room said about the last minutes; both meetings are saved. Returns the earlier one."""
    step = approval.approval_step(meeting)
    if step is None or not step.refs:
        raise approval.ApprovalRefused(t("approval.none", title=meeting.title))
    try:
        previous = session.meeting(step.refs[0])
    except LookupError:
        raise approval.ApprovalRefused(t("approval.gone")) from None
    approval.record(meeting, previous, outcome, changes)
    session.save_meeting(meeting)
    session.save_meeting(previous)
    return previous
