"""The notice (innkalling): what it says, in every format, read back as a parent's phone would.

The invitation is read with the `ics` package (the app writes with icalendar), so the file is
checked by a second, independent parser.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import ics
import pytest

from kktui.clock import FixedClock
from kktui.meeting.model import AgendaStep, Meeting
from kktui.output import gate
from kktui.output.notice import NoticeFacts, render_markdown, render_text
from kktui.output.privacy import NotShareable
from kktui.school.model import CallEntry
from kktui.services import exports, notice
from kktui.services.demo import seed
from kktui.services.session import Session
from kktui.storage.store import Store
from support.folders import run_kktui


def spring(**extra) -> Meeting:
    values = {"date": "2027-03-12", "time": "18:00", "place": "Klasserom 4B", **extra}
    return Meeting(
        "Foreldremøte vår",
        steps=[
            AgendaStep("Oppfølging fra forrige møte", 5, kind="followup", id="s1"),
            AgendaStep("Velkommen", 10, id="s2"),
            AgendaStep("Droppes", 15, status="skipped", id="s3"),
            AgendaStep("Kjøreregler", 20, id="s4"),
        ],
        **values,
    )


FACTS = NoticeFacts(
    class_name="4B",
    school="Solbakken skole",
    reply_to="Kari Nordmann og Ola Hansen",
    reply_by="2027-03-09",
    leader="Marte Lie",
    leaders={"s1": "Kari Nordmann og Ola Hansen"},
    help=["interpreter", "lift"],
    languages=["somali"],
)


def test_the_text_has_time_place_agenda_reply_help_and_input() -> None:
    text = render_text(spring(), FACTS)
    assert text.startswith("Innkalling: Foreldremøte vår\n")
    assert "Når: fredag 12.03.2027 kl. 18:00–18:35" in text  # skipped steps take no time
    assert "Hvor: Klasserom 4B" in text and "Møteleder: Marte Lie" in text
    assert "18:00 Oppfølging fra forrige møte (5 min, ledes av Kari Nordmann og Ola Hansen)" in text
    assert "18:05 Velkommen (10 min)\n18:15 Kjøreregler (20 min)" in text
    assert "Droppes" not in text
    assert "Meld forfall til Kari Nordmann og Ola Hansen innen tirsdag 09.03.2027." in text
    assert "tolk" in text and "somali" in text and "samkjøring" in text
    assert "barnepass" in text  # always asked, even when nobody has said so yet
    assert "Send det til Kari Nordmann og Ola Hansen innen tirsdag 09.03.2027" in text
    assert "**" not in text and "#" not in text  # plain text for Spond or e-mail


def test_the_markdown_and_the_page() -> None:
    meeting = spring()
    markdown = render_markdown(meeting, FACTS)
    assert markdown.startswith("# Innkalling: Foreldremøte vår\n")
    assert "**Når:** fredag 12.03.2027 kl. 18:00–18:35  " in markdown
    assert "## Meld forfall" in markdown and "- 18:05 Velkommen (10 min)" in markdown
    page = gate.notice(meeting, FACTS, "html", datetime(2026, 11, 21, 12, 0).astimezone()).text
    assert "<h1>Innkalling: Foreldremøte vår</h1>" in page
    assert "Content-Security-Policy" in page and "<script" not in page
    assert "Innkalling laget med kktui." in page and "Referat laget" not in page


def test_english_meeting_gives_an_english_notice() -> None:
    text = render_text(spring(lang="en"), FACTS)
    assert "When: Friday 12.03.2027 18:00–18:35" in text
    assert "Please tell Kari Nordmann og Ola Hansen by Tuesday 09.03.2027." in text


def test_a_nynorsk_meeting_names_its_days_in_nynorsk_whatever_the_user_reads() -> None:
    text = render_text(spring(lang="nn", date="2027-03-13"), FACTS)  # the user reads bokmål
    assert "laurdag 13.03.2027" in text and "tysdag 09.03.2027" in text
    assert "lørdag" not in text and "tirsdag" not in text


def test_private_lines_and_confidential_meetings_never_reach_a_notice() -> None:
    meeting = spring(place="!! Hjemme hos Per")
    step = meeting.steps[1]
    step.kind, step.refs = "input", ["i1", "i2"]
    step.outcomes = {
        "i1": {"who": "Kari", "what": "!! Per og mobbing", "outcome": ""},
        "i2": {"who": "Tomasz", "what": "Skolevei", "outcome": ""},
    }
    now = datetime(2026, 11, 21, 12, 0).astimezone()
    for fmt in ("md", "txt", "html", "ics"):
        out = gate.notice(meeting, FACTS, fmt, now).text
        assert "Per" not in out and "Hjemme" not in out, fmt
        assert "Skolevei" in out and "Tomasz" not in out, fmt  # the topic, not who sent it
    with pytest.raises(NotShareable):
        gate.notice(spring(confidential=True), FACTS, "txt", now)


# -- through the application layer, on the demo class -----------------------------------------
@pytest.fixture
def session(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    made = Session(store, clock)
    yield made
    made.close()
    store.close()


def events(text: str) -> list[ics.Event]:
    return list(ics.Calendar(text).events)


def sequence(event: ics.Event) -> int:
    return int(next(line.value for line in event.extra if line.name == "SEQUENCE"))


def test_the_invitation_keeps_its_uid_and_counts_up_when_the_time_changes(session: Session) -> None:
    meeting = session.meeting("demo03")
    [first] = events(notice.notice(session, meeting, "ics").text)
    [again] = events(notice.notice(session, session.meeting("demo03"), "ics").text)
    moved = session.meeting("demo03")
    moved.time = "19:00"
    session.save_meeting(moved)
    [changed] = events(notice.notice(session, session.meeting("demo03"), "ics").text)
    notice.notice(session, session.meeting("demo03"), "txt")  # sent again as text: no change
    [still] = events(notice.notice(session, session.meeting("demo03"), "ics").text)
    assert first.uid == again.uid == changed.uid == still.uid == "meeting-demo03@kktui"
    assert (sequence(first), sequence(again), sequence(changed), sequence(still)) == (0, 0, 1, 1)
    assert first.begin.strftime("%H:%M") == "18:00" and changed.begin.strftime("%H:%M") == "19:00"
    assert changed.end > changed.begin
    assert "Meld forfall til Kari Nordmann og Ola Hansen innen" in changed.description
    assert changed.created is not None  # ics reads DTSTAMP as `created`
    # The calendar export shows the same event, as new as the notice: importing both never
    # gives it twice, nor puts the old time back.
    [in_calendar] = [e for e in events(exports.calendar(session).text) if e.uid == "meeting-demo03@kktui"]
    assert sequence(in_calendar) == 1 and in_calendar.begin == changed.begin


def test_the_help_comes_from_the_call_list_without_names(session: Session) -> None:
    meeting = session.meeting("demo03")
    facts = notice.facts_for(session, meeting)
    assert facts.help == ["interpreter", "lift", "companion"]  # the demo's call list and class list
    assert facts.reply_to == "Kari Nordmann og Ola Hansen" and facts.reply_by == "2027-03-09"
    session.save_call(CallEntry("demo03", "demop4", invited=True, answer="yes", note="Trenger barnepass"))
    session.save_call(CallEntry("demo03", "demop7", invited=True, answer="no", lift=True))
    facts = notice.facts_for(session, meeting)
    assert facts.help == ["interpreter", "childcare", "companion"]  # the one who needed a lift is not coming
    text = notice.notice(session, meeting, "txt").text
    assert "Ingrid" not in text and "Ali Hassan" not in text and "Amina" not in text


def test_a_notice_is_only_for_a_planned_meeting_with_a_date(session: Session) -> None:
    with pytest.raises(NotShareable, match="allerede startet eller holdt"):
        notice.notice(session, session.meeting("demo01"), "md")
    undated = session.meeting("demo03")
    undated.date = ""
    with pytest.raises(NotShareable, match="har ingen dato"):
        notice.notice(session, undated, "md")


def test_the_notice_is_saved_and_copied_as_plain_text(session: Session) -> None:
    meeting = session.meeting("demo03")
    path = notice.export_notice(session, meeting, "html")
    assert path.name == "2027-03-12-innkalling-foreldremøte-vår-demo03.html"
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")
    cleared, saved = notice.copy_notice(session, meeting)
    assert cleared.fmt == "txt" and saved.read_text(encoding="utf-8") == cleared.text


# -- the command line, as a user runs it ----------------------------------------------------------
def test_kktui_notice_in_every_format(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_kktui("demo", "--no-open", "--data", data, cwd=tmp_path).returncode == 0
    text = run_kktui("notice", "demo03", "--format", "txt", "--data", data, cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Innkalling: Foreldremøte vår")
    assert "Meld forfall til Kari Nordmann og Ola Hansen" in text.stdout
    markdown = run_kktui("notice", "demo03", "--data", data, cwd=tmp_path)
    assert markdown.stdout.startswith("# Innkalling: Foreldremøte vår")
    page = run_kktui("notice", "demo03", "--format", "html", "--data", data, cwd=tmp_path)
    assert page.stdout.startswith("<!doctype html>")
    out = tmp_path / "møte.ics"
    made = run_kktui("notice", "demo03", "--format", "ics", "-o", out, "--data", data, cwd=tmp_path)
    assert made.returncode == 0 and made.stdout == ""
    [event] = events(out.read_text(encoding="utf-8"))
    assert event.uid == "meeting-demo03@kktui" and event.location == "Klasserom 4B"


def test_kktui_notice_says_in_one_sentence_what_is_wrong(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_kktui("demo", "--no-open", "--data", data, cwd=tmp_path)
    held = run_kktui("notice", "demo01", "--data", data, cwd=tmp_path)
    assert held.returncode == 1 and held.stdout == ""
    assert held.stderr.strip().count("\n") == 0 and "planlagt møte" in held.stderr
    missing = run_kktui("notice", "nosuch", "--data", data, cwd=tmp_path)
    assert missing.returncode == 1 and "nosuch" in missing.stderr and "Traceback" not in missing.stderr
    bad = run_kktui("notice", "demo03", "--format", "pdf", "--data", data, cwd=tmp_path)
    assert bad.returncode == 2
    nowhere = run_kktui("notice", "demo03", "-o", tmp_path / "no" / "x.md", "--data", data, cwd=tmp_path)
    assert nowhere.returncode == 1 and "Traceback" not in nowhere.stderr


def test_the_teacher_leads_the_autumn_meeting_and_the_contacts_their_own_parts(session: Session) -> None:
    from kktui.meeting.templates import find_template
    from kktui.services import meetings

    template = find_template("foreldremote-host", "nb", session.data_dir)
    meeting = meetings.new_meeting(session, template, date="2026-12-03", time="18:00", class_name="4B")
    text = notice.notice(session, meeting, "txt").text
    assert "Møteleder: Marte Lie" in text  # the template says the teacher leads
    contacts = "ledes av Kari Nordmann og Ola Hansen"
    assert f"18:00 Godkjenning av referat (3 min, {contacts})\n" in text
    assert f"18:03 Oppfølging fra forrige møte (5 min, {contacts})\n" in text
    assert "18:08 Velkommen og kveldens plan (5 min)\n" in text
