"""The one gate: every byte that leaves the laptop is made here, and only here.

Minutes (Markdown, HTML, the served and the published page, the clipboard), the live view, the handover,
the calendar, the notice (innkalling) and the QR code all come out of this module as a `Cleared`: text with every
private line removed (privacy.py), and never a confidential meeting unless the user
confirmed that one export. The writers, the share server and publishing in
`kktui.services` accept nothing else, and a `Cleared` cannot be made outside this module,
so a new way out cannot forget the rules by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kktui.i18n import t
from kktui.meeting.model import Meeting, MeetingSummary, Task
from kktui.output.privacy import NotShareable, is_private_line, split_private
from kktui.school.model import Role, SchoolClass, WheelItem

if TYPE_CHECKING:
    from kktui.output.notice import NoticeFacts

_KEY = object()  # only this module holds it, so only this module makes a Cleared

EXPORT = "export"  # a file the user asked for: a confidential meeting only with confirmation
SHARE = "share"  # served, published, copied or shown as QR: never a confidential meeting


class NeedsConfirmation(NotShareable):
    """A confidential meeting may be exported only after the user said so explicitly."""


@dataclass(frozen=True)
class Cleared:
    """Text that passed the gate: what it is ("minutes", "handover", "calendar", "qr") and its format."""

    text: str
    what: str
    fmt: str
    _key: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._key is not _KEY:
            raise TypeError("a Cleared is made only by kktui.output.gate")


def require(value: object) -> Cleared:
    """What every exit calls first: a plain string is refused, so nothing skips the gate."""
    if not isinstance(value, Cleared):
        raise TypeError(
            f"only text cleared by kktui.output.gate may leave the laptop, not {type(value).__name__}"
        )
    return value


def scrub(text: str) -> str:
    """Text without private lines or blocks; a trailing newline is kept."""
    shared = split_private(text)[0]
    return shared + "\n" if text.endswith("\n") and not shared.endswith("\n") else shared


def _clear(text: str, what: str, fmt: str) -> Cleared:
    return Cleared(scrub(text), what, fmt, _KEY)


def check_meeting(meeting: Meeting, purpose: str = SHARE, confirmed: bool = False) -> None:
    """Raise NotShareable (one sentence) when this meeting may not leave the laptop this way."""
    if not meeting.confidential:
        return
    if purpose == EXPORT and confirmed:
        return
    if purpose == EXPORT:
        raise NeedsConfirmation(t("summary.confidential_export", title=meeting.title))
    raise NotShareable(t("share.confidential", title=meeting.title))


def minutes(
    meeting: Meeting,
    tasks: list[Task],
    now: float,
    fmt: str = "md",
    *,
    purpose: str = SHARE,
    confirmed: bool = False,
) -> Cleared:
    """The minutes in Markdown ("md") or as a whole page ("html")."""
    from kktui.output.minutes import render_markdown

    check_meeting(meeting, purpose, confirmed)
    text = render_markdown(meeting, tasks, now)
    if fmt == "html":
        from kktui.output.html import render_html

        title = meeting.title if not is_private_line(meeting.title) else t("cal.private_item", meeting.lang)
        return Cleared(render_html(scrub(text), title, meeting.lang), "minutes", "html", _KEY)
    return _clear(text, "minutes", "md")


def handover(
    school_class: SchoolClass,
    meetings: list[Meeting],
    tasks: list[Task],
    roles: list[Role],
    wheel: list[WheelItem],
    today: date,
    fmt: str = "md",
    lang: str = "nb",
) -> Cleared:
    """The handover for next year's contacts; confidential meetings and their tasks never reach it."""
    from kktui.output.handover import render_handover

    secret = {m.id for m in meetings if m.confidential}
    text = render_handover(
        school_class,
        [m for m in meetings if not m.confidential],
        [k for k in tasks if k.meeting_id not in secret],
        roles,
        wheel,
        today,
    )
    if fmt == "html":
        from kktui.output.html import render_html

        title = t("handover.title", lang, name=school_class.name, year=school_class.school_year)
        return Cleared(render_html(scrub(text), title, lang), "handover", "html", _KEY)
    return _clear(text, "handover", "md")


def calendar(
    classes: list[SchoolClass],
    wheel: list[WheelItem],
    meetings: Sequence[Meeting | MeetingSummary],
    tasks: list[Task],
    now: datetime,
    class_ids: set[str] | None = None,
    name: str = "kktui",
) -> Cleared:
    """The .ics file; every event's text is scrubbed once more before it is written."""
    from kktui.output.calendar import collect, to_ical

    entries = collect(classes, wheel, meetings, tasks, class_ids)
    for entry in entries:
        entry.description = scrub(entry.description).strip()
        entry.location = "" if is_private_line(entry.location) else entry.location
    return Cleared(to_ical(entries, now, name).decode("utf-8"), "calendar", "ics", _KEY)


def qr_svg(url: str, meeting: Meeting) -> Cleared:
    """The QR code of a link to the shared minutes, as an SVG file."""
    from kktui.output.qr import svg

    check_meeting(meeting, SHARE)
    return Cleared(svg(url), "qr", "svg", _KEY)


def _notice_copy(meeting: Meeting) -> Meeting:
    """The meeting as a notice may show it: a private title, place, step or input item is left out."""
    shown = Meeting.from_dict(meeting.to_dict())
    private = t("cal.private_item", meeting.lang)
    shown.title = private if is_private_line(meeting.title) else meeting.title
    shown.place = "" if is_private_line(meeting.place) else meeting.place
    for step in shown.steps:
        step.title = private if is_private_line(step.title) else step.title
        step.refs = [
            ref
            for ref in step.refs
            if ref not in step.outcomes or not is_private_line(step.outcomes[ref].get("what", ""))
        ]
    return shown


def notice(meeting: Meeting, facts: NoticeFacts, fmt: str, now: datetime) -> Cleared:
    """The notice (innkalling) for parents: Markdown, plain text ("txt"), a page ("html") or an
    invitation ("ics"). Never for a confidential meeting: that invitation is made by phone."""
    from kktui.output import notice as render

    check_meeting(meeting, SHARE)
    shown = _notice_copy(meeting)
    if fmt == "ics":
        description = scrub(render.render_text(shown, facts)).strip()
        text = render.render_ics(shown, facts, now, shown.title, description, shown.place)
        return Cleared(text, "notice", "ics", _KEY)
    if fmt == "txt":
        return _clear(render.render_text(shown, facts), "notice", "txt")
    text = render.render_markdown(shown, facts)
    if fmt == "html":
        from kktui.output.html import render_html

        footer = t("notice.made_with", meeting.lang)
        page = render_html(scrub(text), render.title_of(shown), meeting.lang, footer)
        return Cleared(page, "notice", "html", _KEY)
    return _clear(text, "notice", "md")


def live(meeting: Meeting, tasks: list[Task], now: float) -> tuple[Cleared, Cleared]:
    """The live view while the meeting runs: the whole page, and the part the phones replace.
    Never a confidential meeting, never the notes, never a private item (output/live.py)."""
    from kktui.output.live import render_page, render_part

    if meeting.confidential:
        raise NotShareable(t("live_view.confidential", title=meeting.title))
    part = render_part(meeting, [k for k in tasks if k.meeting_id == meeting.id], now)
    return Cleared(render_page(meeting, part), "live", "html", _KEY), Cleared(part, "live", "part", _KEY)
