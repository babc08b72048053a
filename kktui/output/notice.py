"""The notice (innkalling) for a planned meeting: as Markdown, as plain text for Spond or
e-mail, and as one calendar invitation.

What it says: title, day and time, place, the agenda with the time each part starts and who
leads it, whom to tell if you cannot come and by when, the practical help the call list
shows is needed (interpreter, childcare, a lift, someone to go with: the barriers Rimm-Kaufman
& Pianta 2005 name), and an invitation to send input beforehand. Names of the parents who
asked for help never appear: only that the help is there.

The invitation's UID is the meeting's own (`meeting-<id>@kktui`, as in the calendar export),
so a changed time updates the event a phone already has; SEQUENCE counts the changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from kktui.dates import show_day
from kktui.i18n import t
from kktui.meeting.model import Meeting

HELP_KINDS = ("interpreter", "childcare", "lift", "companion")
TZID = "Europe/Oslo"


@dataclass
class NoticeFacts:
    """What the notice needs besides the meeting: found by kktui.services.notice."""

    class_name: str = ""
    school: str = ""
    reply_to: str = ""  # names, already joined ("Kari Nordmann og Ola Hansen")
    reply_by: str = ""  # ISO date
    leader: str = ""  # who leads the meeting
    leaders: dict[str, str] = field(default_factory=dict)  # step id -> who leads it, if someone else
    help: list[str] = field(default_factory=list)  # of HELP_KINDS, as the call list shows them
    languages: list[str] = field(default_factory=list)  # for the interpreter
    sequence: int = 0


@dataclass
class AgendaLine:
    start: str  # HH:MM, or "" when the meeting has no time
    title: str
    minutes: int
    leader: str
    topics: list[str] = field(default_factory=list)  # the input sent beforehand, without names


def day_text(iso: str, lang: str) -> str:
    """ "torsdag 12.03.2027" ("tysdag", "Tuesday"): the weekday helps a parent more than the date alone."""
    return show_day(iso, lang)


def _add_minutes(clock: str, minutes: int) -> str:
    hour, minute = (int(part) for part in clock.split(":"))
    total = (hour * 60 + minute + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def agenda(meeting: Meeting, facts: NoticeFacts) -> list[AgendaLine]:
    """The steps that are not skipped, each with its start time (when the meeting has a time)."""
    lines, passed = [], 0
    for step in meeting.steps:
        if step.status == "skipped":
            continue
        start = _add_minutes(meeting.time, passed) if meeting.time else ""
        topics = (
            [
                " ".join(step.outcomes[ref].get("what", "").split())
                for ref in step.refs
                if ref in step.outcomes
            ]
            if step.kind == "input"
            else []
        )
        leader = facts.leaders.get(step.id) or facts.leader
        lines.append(AgendaLine(start, step.title, step.planned_minutes, leader, topics))
        passed += step.planned_minutes
    return lines


def when_text(meeting: Meeting) -> str:
    lang = meeting.lang
    when = day_text(meeting.date, lang)
    if meeting.time:
        end = _add_minutes(meeting.time, meeting.planned_minutes)
        when += " " + t("notice.time_span", lang, start=meeting.time, end=end)
    return when


def _help_lines(meeting: Meeting, facts: NoticeFacts) -> list[str]:
    lang = meeting.lang
    who = facts.reply_to or t("notice.the_contacts", lang)
    rows = [t("notice.help_ask", lang, who=who)]
    for kind in HELP_KINDS:
        if kind in facts.help:
            languages = ", ".join(facts.languages)
            rows.append(t(f"notice.help.{kind}", lang, languages=languages or "–"))
    return rows


def _sections(meeting: Meeting, facts: NoticeFacts) -> tuple[list[str], list[tuple[str, list[str], bool]]]:
    """The facts at the top, then (heading, lines, as a list?) for each section."""
    lang = meeting.lang
    top = [f"{t('notice.when', lang)}: {when_text(meeting)}"]
    if meeting.place:
        top.append(f"{t('notice.where', lang)}: {meeting.place}")
    if facts.class_name:
        school = f", {facts.school}" if facts.school else ""
        top.append(f"{t('notice.class', lang)}: {facts.class_name}{school}")
    if facts.leader:
        top.append(f"{t('notice.leader', lang)}: {facts.leader}")
    program = []
    for line in agenda(meeting, facts):
        text = f"{line.start} {line.title}" if line.start else line.title
        text += f" ({t('notice.minutes', lang, n=line.minutes)}"
        # Who leads each part: said where it is someone else than the one leading the meeting.
        other = line.leader and line.leader != facts.leader
        text += f", {t('notice.led_by', lang, who=line.leader)})" if other else ")"
        program.append(text)
        program += [f"  – {topic}" for topic in line.topics if topic]
    reply = (
        t("notice.reply", lang, who=facts.reply_to, by=day_text(facts.reply_by, lang))
        if facts.reply_to and facts.reply_by
        else t("notice.reply_no_name", lang, by=day_text(facts.reply_by, lang))
        if facts.reply_by
        else t("notice.reply_plain", lang)
    )
    who = facts.reply_to or t("notice.the_contacts", lang)
    by = day_text(facts.reply_by, lang) if facts.reply_by else ""
    invite = t("notice.input_by", lang, who=who, by=by) if by else t("notice.input", lang, who=who)
    sections = [
        (t("notice.program", lang), program, True),
        (t("notice.reply_title", lang), [reply], False),
        (t("notice.help_title", lang), _help_lines(meeting, facts), False),
        (t("notice.input_title", lang), [invite], False),
    ]
    return top, sections


def title_of(meeting: Meeting) -> str:
    return t("notice.title", meeting.lang, title=meeting.title)


def render_markdown(meeting: Meeting, facts: NoticeFacts) -> str:
    top, sections = _sections(meeting, facts)
    out = [f"# {title_of(meeting)}", ""]
    out += [f"**{label}:**{rest}  " for label, _, rest in (line.partition(":") for line in top)] + [""]
    for heading, lines, as_list in sections:
        out += [f"## {heading}", ""]
        if as_list:
            out += [f"- {line}" if not line.startswith("  – ") else f"    - {line[4:]}" for line in lines]
            out.append("")
        else:
            for line in lines:
                out += [line, ""]
    return "\n".join(out).rstrip() + "\n"


def render_text(meeting: Meeting, facts: NoticeFacts) -> str:
    """Plain text that reads well pasted into Spond, a text message or an e-mail."""
    top, sections = _sections(meeting, facts)
    out = [title_of(meeting), "", *top, ""]
    for heading, lines, _ in sections:
        out += [heading.upper(), *lines, ""]
    return "\n".join(out).rstrip() + "\n"


def _start_end(meeting: Meeting) -> tuple[date | datetime, date | datetime]:
    from zoneinfo import ZoneInfo

    day = date.fromisoformat(meeting.date)
    if not meeting.time:
        return day, day + timedelta(days=1)
    hour, minute = (int(part) for part in meeting.time.split(":"))
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(TZID))
    return start, start + timedelta(minutes=meeting.planned_minutes or 60)


def render_ics(
    meeting: Meeting, facts: NoticeFacts, now: datetime, summary: str, description: str, location: str
) -> str:
    """One VEVENT; the caller (the gate) hands in summary, description and location already cleared."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//kktui//kktui notice//NB")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    start, end = _start_end(meeting)
    event = Event()
    event.add("uid", f"meeting-{meeting.id}@kktui")
    event.add("sequence", facts.sequence)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    calendar.add_component(event)
    day = start.date() if isinstance(start, datetime) else start
    calendar.add_missing_timezones(first_date=day - timedelta(days=366), last_date=day + timedelta(days=366))
    return calendar.to_ical().decode("utf-8")
