"""Every way out of the laptop, with a private canary in every place that holds text.

The list EXITS is every exit there is (the source scan in test_no_ungated_exit.py fails
when a new one appears without the gate). Each exit must leave out the private lines, and
a confidential meeting must be refused, or (calendar, handover) appear without its words.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from kktui.cli import main
from kktui.clock import FixedClock
from kktui.meeting.model import AgendaStep, Decision, Meeting, Task
from kktui.output import gate
from kktui.output.gate import Cleared, NeedsConfirmation
from kktui.output.privacy import NotShareable
from kktui.services import exports, notice, sharing
from kktui.services.demo import seed
from kktui.services.session import Session
from kktui.storage.settings import Settings
from kktui.storage.store import Store

CANARY = "KANARIFUGL"  # a word that appears only in private lines
SECRET = "HEMMELIGSAK"  # a word that appears only in the confidential meeting


def canary_session(data_dir: Path, clock: FixedClock) -> Session:
    """The demo class with a private line in every place that can hold text, and a confidential meeting."""
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    meeting = store.meeting("demo01")
    meeting.steps[
        0
    ].notes += f"\n!! {CANARY} i notatene\n- [privat] {CANARY} i en liste\n!!!\n{CANARY} i en blokk\n!!!"
    meeting.decisions.append(Decision(f"!! {CANARY} i et vedtak", step_id=meeting.steps[0].id))
    store.save_meeting(meeting)
    store.save_task(
        Task(
            f"[privat] {CANARY} i en oppgave",
            "Kari",
            "2026-09-30",
            meeting_id="demo01",
            step_id=meeting.steps[0].id,
            id="tcanary",
        )
    )
    [school_class] = store.classes()
    school_class.handover_notes = f"Det gikk fint.\n!! {CANARY} i overleveringen"
    wheel = store.wheel(school_class.id)
    wheel[0].notes = f"Husk kaker\n!! {CANARY} i årshjulet"
    wheel[1].title = f"[privat] {CANARY} som tittel i årshjulet"
    store.save_docs(classes=[school_class.to_dict()], wheel=[w.to_dict() for w in wheel[:2]])
    secret = Meeting(
        f"Samtale om {SECRET}",
        template="utfordrende-samtale",
        confidential=True,
        date="2026-10-01",
        time="08:00",
        place=f"Rom {SECRET}",
        class_id=school_class.id,
        class_name="4B",
        id="secret",
        decisions=[Decision(f"{SECRET} får støtte")],
        steps=[AgendaStep("Innhold", 10, notes=f"{SECRET} sa mye")],
    )
    store.save_meeting(secret)
    store.save_task(Task(f"Ringe {SECRET}", "Marte", "2026-10-03", meeting_id="secret", id="tsecret"))
    return Session(store, clock)


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.read().decode("utf-8")


def _served(session: Session, meeting: Meeting) -> str:
    server = sharing.server_for(sharing.page(session, meeting), "127.0.0.1").start()
    try:
        return _fetch(server.url)
    finally:
        server.stop()


def _served_again(session: Session, meeting: Meeting) -> str:
    server = sharing.server_for(sharing.page(session, meeting), "127.0.0.1").start()
    try:
        sharing.refresh(server, sharing.page(session, meeting))
        return _fetch(server.url)
    finally:
        server.stop()


def _published(session: Session, meeting: Meeting) -> str:
    folder = session.data_dir / "web"
    folder.mkdir(exist_ok=True)
    published = sharing.publish(
        sharing.page(session, meeting),
        Settings(publish_folder=folder, publish_base_url="https://example.org/m"),
    )
    return published.path.read_text(encoding="utf-8")


def _copied(session: Session, meeting: Meeting) -> str:
    cleared, path = exports.copy_minutes(session, meeting)
    return cleared.text + path.read_text(encoding="utf-8")


def _cli_export(session: Session, meeting: Meeting, fmt: str, capsys) -> str:
    session.flush()  # the CLI reads the folder as a script would, beside the open app
    out = session.data_dir / f"cli.{fmt}"
    code = main(["export", meeting.id, "--format", fmt, "--data", str(session.data_dir), "-o", str(out)])
    if code != 0:
        raise NotShareable(capsys.readouterr().err)
    return out.read_text(encoding="utf-8")


# Every exit that carries a meeting's minutes: name -> what left the laptop.
MEETING_EXITS = {
    "export md": lambda s, m, c: exports.export_minutes(s, m, "md").read_text(encoding="utf-8"),
    "export html": lambda s, m, c: exports.export_minutes(s, m, "html").read_text(encoding="utf-8"),
    "copy (clipboard and its file)": lambda s, m, c: _copied(s, m),
    "served page": lambda s, m, c: _served(s, m),
    "served page, shared again": lambda s, m, c: _served_again(s, m),
    "publish": lambda s, m, c: _published(s, m),
    "QR code as SVG": lambda s, m, c: exports.save_qr(s, m, "http://127.0.0.1:1/t").read_text(
        encoding="utf-8"
    ),
    "cli export md": lambda s, m, c: _cli_export(s, m, "md", c),
    "cli export html": lambda s, m, c: _cli_export(s, m, "html", c),
}
# Every exit that carries the class's documents (they hold many meetings, confidential ones left out).
CLASS_EXITS = {
    "handover md": lambda s, k: exports.export_handover(s, k, "md").read_text(encoding="utf-8"),
    "handover html": lambda s, k: exports.export_handover(s, k, "html").read_text(encoding="utf-8"),
    "calendar (.ics) of the class": lambda s, k: exports.export_calendar(s, k).read_text(encoding="utf-8"),
    "calendar (.ics) of every class": lambda s, k: exports.calendar(s).text,
}
EXITS = {**MEETING_EXITS, **CLASS_EXITS}


def notice_session(data_dir: Path, clock: FixedClock) -> Session:
    """The canary class, with private text in the planned meeting's agenda and input from parents."""
    session = canary_session(data_dir, clock)
    meeting = session.meeting("demo03")
    meeting.steps[1].title = f"!! {CANARY} som punkt"
    notice.add_input(session, meeting, "Kari", f"!! {CANARY} i et innspill")
    notice.add_input(session, meeting, f"[privat] {CANARY}", "Skolevei")
    session.save_meeting(meeting)
    session.flush()
    return session


def _cli_notice(session: Session, meeting: Meeting, fmt: str, capsys) -> str:
    session.flush()
    out = session.data_dir / f"cli-notice.{fmt}"
    session.close()  # `kktui notice` opens the folder for writing (it keeps the SEQUENCE): the app is closed
    session.store.close()
    code = main(["notice", meeting.id, "--format", fmt, "--data", str(session.data_dir), "-o", str(out)])
    if code != 0:
        raise NotShareable(capsys.readouterr().err)
    return out.read_text(encoding="utf-8")


def _copied_notice(session: Session, meeting: Meeting) -> str:
    cleared, path = notice.copy_notice(session, meeting)
    return cleared.text + path.read_text(encoding="utf-8")


def _notice_file(fmt: str):
    return lambda s, m, c: notice.export_notice(s, m, fmt).read_text(encoding="utf-8")


def _notice_cli(fmt: str):
    return lambda s, m, c: _cli_notice(s, m, fmt, c)


# Every exit that carries a planned meeting's notice (innkalling).
NOTICE_EXITS = {
    **{f"notice {fmt}": _notice_file(fmt) for fmt in notice.FORMATS},
    "copy notice (clipboard and its file)": lambda s, m, c: _copied_notice(s, m),
    **{f"cli notice {fmt}": _notice_cli(fmt) for fmt in notice.FORMATS},
}


@pytest.mark.parametrize("name", list(NOTICE_EXITS))
def test_no_private_line_leaves_by_any_notice_exit(name: str, data_dir: Path, clock: FixedClock, capsys):
    session = notice_session(data_dir, clock)
    try:
        out = NOTICE_EXITS[name](session, session.meeting("demo03"), capsys)
    finally:
        session.close()
        session.store.close()
    assert CANARY not in out
    assert "Foreldremøte vår" in out and "Skolevei" in out  # the shared rest is there


@pytest.mark.parametrize("name", list(NOTICE_EXITS))
def test_a_confidential_meeting_has_no_notice_by_any_exit(
    name: str, data_dir: Path, clock: FixedClock, capsys
):
    session = notice_session(data_dir, clock)
    try:
        with pytest.raises(NotShareable):
            NOTICE_EXITS[name](session, session.meeting("secret"), capsys)
        written = list((data_dir / "exports").glob("*")) if (data_dir / "exports").exists() else []
    finally:
        session.close()
        session.store.close()
    assert written == [] and not list(data_dir.glob("cli-notice.*"))


@pytest.mark.parametrize("name", list(MEETING_EXITS))
def test_no_private_line_leaves_by_any_meeting_exit(name: str, data_dir: Path, clock: FixedClock, capsys):
    session = canary_session(data_dir, clock)
    try:
        meeting = session.meeting("demo01")
        out = MEETING_EXITS[name](session, meeting, capsys)
    finally:
        session.close()
        session.store.close()
    assert CANARY not in out
    if name != "QR code as SVG":
        assert "Planleggingsmøte" in out  # the shared rest is there


@pytest.mark.parametrize("name", list(MEETING_EXITS))
def test_a_confidential_meeting_is_refused_by_every_meeting_exit(
    name: str, data_dir: Path, clock: FixedClock, capsys
):
    session = canary_session(data_dir, clock)
    try:
        meeting = session.meeting("secret")
        with pytest.raises(NotShareable):
            MEETING_EXITS[name](session, meeting, capsys)
        written = list((data_dir / "exports").glob("*")) if (data_dir / "exports").exists() else []
        published = list((data_dir / "web").glob("*")) if (data_dir / "web").exists() else []
    finally:
        session.close()
        session.store.close()
    assert written == [] and published == []  # nothing was written before the refusal


@pytest.mark.parametrize("name", list(CLASS_EXITS))
def test_class_documents_hold_no_private_line_and_no_confidential_meeting(
    name: str, data_dir: Path, clock: FixedClock
):
    session = canary_session(data_dir, clock)
    try:
        out = CLASS_EXITS[name](session, session.current_class())
    finally:
        session.close()
        session.store.close()
    assert CANARY not in out and SECRET not in out
    assert "Planleggingsmøte" in out


def test_a_confidential_export_needs_the_one_explicit_confirmation(data_dir: Path, clock: FixedClock):
    """The CLI's --confirm-confidential and the summary's dialog; even then no private line goes."""
    session = canary_session(data_dir, clock)
    try:
        meeting = session.meeting("secret")
        meeting.steps[0].notes += f"\n!! {CANARY}"
        with pytest.raises(NeedsConfirmation):
            exports.export_minutes(session, meeting, "md")
        text = exports.export_minutes(session, meeting, "md", confirmed=True).read_text(encoding="utf-8")
        with pytest.raises(NotShareable):  # sharing it is never allowed, confirmed or not
            sharing.page(session, meeting)
    finally:
        session.close()
        session.store.close()
    assert f"{SECRET} sa mye" in text and CANARY not in text


def test_only_the_gate_makes_cleared_text_and_the_exits_take_nothing_else(tmp_path: Path):
    with pytest.raises(TypeError):
        Cleared("<p>anything</p>", "minutes", "html")
    with pytest.raises(TypeError):
        exports.write(tmp_path / "x.md", "# plain text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sharing.server_for("<p>x</p>", "127.0.0.1")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sharing.publish("<p>x</p>", Settings(publish_folder=tmp_path, publish_base_url="https://x.org"))
    assert list(tmp_path.iterdir()) == []


def test_every_exit_is_in_the_list() -> None:
    """The exits above, by the service functions they go through; a new one must be added here."""
    covered = {
        "export_minutes",
        "copy_minutes",
        "save_qr",
        "export_handover",
        "export_calendar",
        "calendar",
        "server_for",
        "refresh",
        "publish",
        "minutes",
        "handover",
        "write",
        "export",
        "export_notice",
        "copy_notice",
        "notice",
    }
    public = {
        name
        for module in (exports, sharing, notice)
        for name, value in vars(module).items()
        if callable(value)
        and getattr(value, "__module__", "") == module.__name__
        and not name.startswith("_")
        and not isinstance(value, type)
    }
    names = {"safe_name", "minutes_name", "handover_name", "calendar_name", "page"}  # no bytes leave by these
    names |= {"notice_name", "facts_for", "issue", "check", "add_input", "remove_input"}
    names |= {
        "record_input_outcome",
        "approve",
        "refresh_approval",
        "preview",
    }  # preview: the laptop's own screen
    assert public - names <= covered, f"new exit(s) not in EXITS: {sorted(public - names - covered)}"
    assert gate.require  # the one check every exit calls
