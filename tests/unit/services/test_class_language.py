"""A class writes to its parents in its own language (nb, nn, en), whatever language the user
reads: a new meeting gets it, and so do its minutes, notice, phone pages and the handover."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kktui import cli, i18n
from kktui.clock import FixedClock
from kktui.meeting.details import DetailsError, read_details
from kktui.meeting.model import Task
from kktui.meeting.templates import find_template
from kktui.output import gate
from kktui.output.notice import NoticeFacts, render_text
from kktui.school.model import SchoolClass
from kktui.services import attendance, exports, meetings
from kktui.services.demo import CLASS_ID, seed
from kktui.services.session import Session
from kktui.storage.store import Store
from support.nynorsk import with_some_nynorsk

TODAY = "2026-11-21"


@pytest.fixture
def session(data_dir: Path, clock: FixedClock):
    store = Store.open(data_dir)
    seed(store, "nb", clock)
    session = Session(store, clock)
    yield session
    session.close()
    store.close()


def class_in(session: Session, lang: str) -> SchoolClass:
    [school_class] = [c for c in session.classes() if c.id == CLASS_ID]
    school_class.lang = lang
    session.save_class(school_class)
    return school_class


def new_meeting(session: Session, template_id: str = "foreldremote-host", **extra):
    template = find_template(template_id, i18n.current(), session.data_dir)  # as the screen lists it
    values = {"date": "2026-12-03", "class_name": "4B", "title": template.title, **extra}
    meeting = meetings.new_meeting(session, template, **values)
    session.save_task(Task("Bestille buss", "Kari Nordmann", due="2026-12-01", meeting_id=meeting.id))
    return meeting


def test_a_new_meeting_is_in_its_class_language_not_the_users(session: Session) -> None:
    class_in(session, "nn")
    meeting = new_meeting(session)
    assert i18n.current() == "nb"
    assert meeting.lang == "nn" and session.store.meeting(meeting.id).lang == "nn"
    assert [row.lang for row in session.meeting_index() if row.id == meeting.id] == ["nn"]


def test_a_new_meeting_takes_the_template_in_the_class_language(session: Session) -> None:
    class_in(session, "en")
    english = find_template("foreldremote-host", "en", session.data_dir)
    meeting = new_meeting(session)  # the user picked the bokmål template, its title untouched
    assert meeting.lang == "en" and meeting.title == english.title
    assert [s.title for s in meeting.steps if not s.kind] == [s.title for s in english.steps if not s.kind]
    typed = new_meeting(session, title="Foreldremøte med 5A")
    assert typed.title == "Foreldremøte med 5A" and typed.lang == "en"  # what the user typed stays


def test_a_meeting_without_a_class_is_in_the_users_language(session: Session) -> None:
    class_in(session, "nn")
    i18n.use("en")
    meeting = new_meeting(session, class_name="")
    assert meeting.lang == "en"


def test_minutes_of_a_nynorsk_class_are_in_nynorsk(session: Session, monkeypatch) -> None:
    bokmal = with_some_nynorsk(monkeypatch)
    class_in(session, "nn")
    meeting = new_meeting(session, place="Aulaen")
    text = exports.minutes(session, meeting).text
    assert "**Stad:** Aulaen" in text and "## Oppgåver" in text and "ansvarleg: Kari Nordmann" in text
    for key in ("min.place", "min.tasks", "min.task_owner"):
        assert bokmal[key].split(":")[0] not in text
    page = exports.minutes(session, meeting, "html").text
    assert '<html lang="nn">' in page and "Oppgåver" in page and bokmal["min.tasks"] not in page


def test_the_phone_page_of_a_nynorsk_meeting_is_in_nynorsk(session: Session, monkeypatch) -> None:
    bokmal = with_some_nynorsk(monkeypatch)
    class_in(session, "nn")
    meeting = new_meeting(session)
    page, part = gate.live(meeting, session.tasks(meeting.id), session.now())
    assert '<html lang="nn">' in page.text and "Møtet har ikkje starta enno." in part.text
    assert "Oppgåver" in part.text and "Ingen vedtak enno." in part.text
    for key in ("live_view.tasks", "live_view.no_decisions", "live_view.not_started"):
        assert bokmal[key] not in part.text


def test_the_notice_of_a_nynorsk_meeting_is_in_nynorsk(session: Session, monkeypatch) -> None:
    bokmal = with_some_nynorsk(monkeypatch)
    class_in(session, "nn")
    meeting = new_meeting(session, place="Aulaen")
    text = render_text(meeting, NoticeFacts(reply_by="2026-12-01"))
    assert "Kvar: Aulaen" in text and "tysdag 01.12.2026" in text
    assert f"{bokmal['notice.where']}:" not in text and "tirsdag" not in text
    page = gate.notice(meeting, NoticeFacts(), "html", datetime(2026, 11, 21, 12).astimezone()).text
    assert '<html lang="nn">' in page and "Kvar:" in page


def test_the_handover_is_in_the_class_language_not_the_users(session: Session, monkeypatch) -> None:
    bokmal = with_some_nynorsk(monkeypatch)
    school_class = class_in(session, "nn")
    text = exports.handover(session, school_class).text
    assert "## Opne oppgåver" in text and "## Møte og vedtak" in text
    assert bokmal["handover.open_tasks"] not in text and bokmal["handover.meetings"] not in text
    school_class = class_in(session, "en")  # an English class while the user reads bokmål
    text = exports.handover(session, school_class).text
    assert "## Open tasks" in text and "**September**" in text and "**september**" not in text
    page = exports.handover(session, school_class, "html").text
    assert '<html lang="en">' in page and "<title>Handover 4B" in page


def test_the_meeting_details_change_one_meetings_language(session: Session) -> None:
    meeting = new_meeting(session)
    assert meeting.lang == "nb"
    typed = {"title": meeting.title, "date": "03.12.2026", "lang": "Nynorsk"}
    details = read_details(typed, session.clock.today())
    assert attendance.save_details(session, meeting, details)
    assert session.store.meeting(meeting.id).lang == "nn"
    without = read_details({"title": meeting.title, "date": "03.12.2026"}, session.clock.today())
    assert not attendance.save_details(session, meeting, without)  # no language typed: it stays
    assert session.store.meeting(meeting.id).lang == "nn"
    with pytest.raises(DetailsError) as wrong:
        read_details({**typed, "lang": "svensk"}, session.clock.today())
    assert wrong.value.field == "lang" and "«svensk»" in str(wrong.value) and "\n" not in str(wrong.value)


def test_a_class_saved_before_it_had_a_language_writes_in_bokmal() -> None:
    old = {"id": "c1", "name": "4B", "school_year": "2026/27"}
    assert SchoolClass.from_dict(old).lang == "nb"
    assert SchoolClass.from_dict({**old, "lang": "se"}).lang == "nb"
    assert SchoolClass.from_dict({**old, "lang": "nn"}).lang == "nn"


def test_a_class_language_of_the_wrong_shape_is_named_and_read_as_bokmal() -> None:
    from kktui.storage.shapes import CLASS, check_doc

    assert check_doc({"id": "c1", "name": "4B"}, CLASS)[1] == []  # old data: nothing to say
    fixed, [problem] = check_doc({"id": "c1", "name": "4B", "lang": "se"}, CLASS)
    assert fixed["lang"] == "nb" and problem.startswith("lang") and "'se'" in problem


def test_import_class_sets_the_class_language(data_dir: Path, tmp_path: Path, capsys) -> None:
    class_list = tmp_path / "4b.csv"
    class_list.write_text("Foresatt;Telefon\nKari Nordmann;90000001\n", encoding="utf-8")
    argv = ["import-class", str(class_list), "--class", "4B", "--data", str(data_dir)]
    assert cli.main([*argv, "--class-lang", "nn"]) == 0
    assert "4B skriver til foreldrene på nynorsk." in capsys.readouterr().out
    store = Store.open(data_dir)
    try:
        [school_class] = store.classes()
    finally:
        store.close()
    assert school_class.lang == "nn"
    assert cli.main([*argv, "--class-lang", "en"]) == 0  # nobody new: the language is saved anyway
    store = Store.open(data_dir)
    try:
        assert [c.lang for c in store.classes()] == ["en"]
    finally:
        store.close()


@pytest.mark.parametrize(
    "typed, code",
    [("nn", "nn"), ("Nynorsk", "nn"), (" norwegian  bokmål ", "nb"), ("bokmal", "nb"), ("engelsk", "en")],
)
def test_a_language_is_read_by_its_code_or_its_name_in_any_of_the_three(typed: str, code: str) -> None:
    from kktui.i18n.languages import read_language

    assert read_language(typed) == code
    assert read_language("svensk") is None and read_language("") is None
