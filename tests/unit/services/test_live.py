"""The live view through the application layer: what the phones see, how fast, and what they never see."""

from __future__ import annotations

import base64
import hashlib
import re
import urllib.request
from pathlib import Path

import pytest

from kktui.clock import FixedClock
from kktui.meeting import flow
from kktui.meeting.model import Decision, Meeting, Task
from kktui.meeting.templates import find_template
from kktui.output.privacy import NotShareable
from kktui.services import live, meetings, sharing
from kktui.services.demo import seed
from kktui.services.session import Session
from kktui.storage.store import Store
from support.live import EventStream

NOTE = "Foreldrene vil ha flere turer i skogen"
PRIVATE_NOTE = "!! Per i 4B har det vanskelig hjemme"


@pytest.fixture
def session(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    session = Session(store, clock)
    yield session
    live.stop(session)
    session.close()
    store.close()


def running_meeting(session: Session) -> Meeting:
    template = find_template("foreldremote-host", "nb", session.data_dir)
    meeting = meetings.new_meeting(session, template, date="2026-11-21", class_name="4b", start_now=True)
    meeting.steps[0].notes = f"{NOTE}\n{PRIVATE_NOTE}"
    meeting.decisions.append(Decision("Dugnad 12. mai", meeting.steps[0].id))
    meeting.decisions.append(Decision("!! Per får fast plass ved vinduet", meeting.steps[0].id))
    session.save_meeting(meeting)
    session.save_task(Task("Bestille buss", "Kari Nordmann", due="2026-12-01", meeting_id=meeting.id))
    session.save_task(Task("!! Ringe mor til Per", "Ola", meeting_id=meeting.id))
    return meeting


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    with urllib.request.urlopen(url, timeout=5) as answer:
        headers = {name.lower(): value for name, value in answer.getheaders()}
        return answer.status, headers, answer.read().decode("utf-8")


def test_the_live_page_shows_the_agenda_decisions_and_tasks_but_never_notes_or_private_items(
    session: Session, clock: FixedClock
) -> None:
    meeting = running_meeting(session)
    clock.advance(125)
    server = live.start(session, meeting, "127.0.0.1")
    status, headers, page = fetch(server.url)
    assert status == 200
    assert f"<title>{meeting.title}</title>" in page
    current = re.search(r'<li class="now" aria-current="step">(.*?)</li>', page)
    assert current is not None and meeting.steps[0].title in current.group(1)
    planned = meeting.steps[0].planned_minutes
    assert f'brukt <span class="used">0:02:05</span> av 0:{planned:02d}:00' in current.group(1)
    for step in meeting.steps[1:]:
        assert step.title in page
    assert "Dugnad 12. mai" in page
    assert "Bestille buss" in page and "ansvarlig: Kari Nordmann" in page and "frist 01.12.2026" in page
    for never in (NOTE, "Per i 4B", "fast plass ved vinduet", "Ringe mor"):
        assert never not in page
    assert page.count("<script>") == 1
    # The one script is allowed by its hash, and nothing else is: checked against the page itself.
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = headers["content-security-policy"]
    assert f"script-src 'sha256-{digest}'" in csp and "connect-src 'self'" in csp
    assert "unsafe-inline" not in csp and "default-src 'none'" in csp


def test_the_page_is_in_the_meetings_language(session: Session) -> None:
    meeting = running_meeting(session)
    meeting.lang = "en"
    server = live.start(session, meeting, "127.0.0.1")
    page = fetch(server.url)[2]
    assert '<html lang="en">' in page and "Decisions" in page and "who: Kari Nordmann" in page
    assert "Vedtak" not in page


def test_a_confidential_meeting_has_no_live_view(session: Session) -> None:
    meeting = running_meeting(session)
    meeting.confidential = True
    with pytest.raises(NotShareable) as caught:
        live.start(session, meeting, "127.0.0.1")
    message = str(caught.value)
    assert "ingen direktevisning" in message and message.endswith(".") and "\n" not in message
    assert session.live is None


def test_a_step_change_and_a_decision_reach_a_following_phone_within_2_seconds(
    session: Session, clock: FixedClock
) -> None:
    meeting = running_meeting(session)
    server = live.start(session, meeting, "127.0.0.1")
    phone = EventStream(server.url)
    try:
        assert phone.status == 200 and phone.headers["content-type"] == "text/event-stream"
        assert phone.headers["cache-control"] == "no-store"
        assert phone.next() == ("hello", "")
        event, data = phone.next()
        assert event == "live" and "Dugnad 12. mai" in data  # the current state first

        clock.advance(60)
        flow.next_step(meeting, session.now())
        session.save_meeting(meeting)  # what the live screen does after every move
        event, data = phone.next()
        current = re.search(r'<li class="now" aria-current="step">(.*?)</li>', data)
        assert event == "live" and current is not None and meeting.steps[1].title in current.group(1)

        meeting.decisions.append(Decision("Klassefest i januar", meeting.steps[1].id))
        session.save_meeting(meeting)
        assert "Klassefest i januar" in phone.next()[1]
        session.save_task(Task("Leie gymsal", "Nils", meeting_id=meeting.id))
        assert "Leie gymsal" in phone.next()[1]

        # Only time passed (the autosave while typing notes): no news, nothing sent.
        meeting.steps[1].notes = "Vi snakket om festen"
        clock.advance(5)
        session.save_meeting(meeting)
        with pytest.raises(TimeoutError):
            phone.next(within=0.6)
    finally:
        phone.close()
    assert "Vi snakket om festen" not in fetch(server.url)[2]  # notes never, on reload either


def test_sharing_the_minutes_turns_the_same_link_into_the_minutes_page(session: Session) -> None:
    meeting = running_meeting(session)
    server = live.start(session, meeting, "127.0.0.1")
    url = server.url
    phone = EventStream(url)
    try:
        phone.until("Dugnad")
        meetings.finish_meeting(session, meeting)
        assert "Møtet er ferdig" in phone.until("Møtet er ferdig")[1]
        taken = live.to_minutes(session, meeting, sharing.page(session, meeting))
        assert taken is server and taken.url == url
        assert phone.until("reload")[0] == "reload"
    finally:
        phone.close()
    status, headers, page = fetch(url)
    assert status == 200 and "<script" not in page and "script-src" not in headers["content-security-policy"]
    assert NOTE in page  # the minutes carry the notes now, without the private line
    assert "Per i 4B" not in page
    server.stop()
    assert server.wait(2)
    with pytest.raises(OSError):
        fetch(url)


def test_stopping_the_live_view_stops_the_server(session: Session) -> None:
    meeting = running_meeting(session)
    server = live.start(session, meeting, "127.0.0.1")
    assert live.current(session, meeting) is server
    live.stop(session)
    assert server.wait(2) and session.live is None
    with pytest.raises(OSError):
        fetch(server.url)
