"""The calendar file, read back by an independent parser (the `ics` package, not icalendar)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import ics
import pytest

from kktui.cli import main
from kktui.clock import FixedClock
from kktui.meeting.model import Meeting, Task
from kktui.output.calendar import collect, to_ical
from kktui.school.model import SchoolClass, WheelItem
from kktui.services.demo import seed
from kktui.storage.store import Store


def demo_store(folder: Path, clock: FixedClock) -> Store:
    store = Store.open(folder)
    seed(store, "nb", clock)
    return store


def export(store: Store, now: datetime, class_ids=None) -> bytes:
    classes = store.classes()
    wheel = [item for c in classes for item in store.wheel(c.id)]
    return to_ical(collect(classes, wheel, store.meetings(), store.tasks(), class_ids), now, "kktui")


def events(data: bytes) -> dict[str, ics.Event]:
    calendar = ics.Calendar(data.decode("utf-8"))
    return {event.uid: event for event in calendar.events}


def test_the_year_wheel_meetings_and_due_dates_are_all_there(data_dir: Path, clock: FixedClock):
    store = demo_store(data_dir, clock)
    try:
        found = events(export(store, clock.now()))
        wheel, meetings, tasks = store.wheel("democlass"), store.meetings(), store.tasks()
    finally:
        store.close()

    assert {f"wheel-{i.id}@kktui" for i in wheel} <= set(found)
    assert {f"meeting-{m.id}@kktui" for m in meetings} <= set(found)
    assert {f"task-{k.id}@kktui" for k in tasks if k.due} <= set(found)
    assert len(found) == len(wheel) + len(meetings) + len([k for k in tasks if k.due])

    autumn = found["meeting-demo02@kktui"]
    assert autumn.name == "4B: Foreldremøte høst"
    # 18:00 in Oslo in September is 16:00 UTC (summer time); March is winter time.
    assert autumn.begin.to("utc").hour == 16 and not autumn.all_day
    assert found["meeting-demo03@kktui"].begin.to("utc").hour == 17

    class_list = found["wheel-w-democlass-2026-class_list@kktui"]
    assert class_list.all_day and class_list.begin.date() == date(2026, 8, 1)  # month only: the 1st
    assert "august" in class_list.description
    may17 = found["wheel-w-democlass-2026-may17@kktui"]
    assert may17.all_day and may17.begin.date() == date(2027, 5, 17)

    due = found["task-demot2@kktui"]
    assert due.all_day and "Lage forslag til årshjul" in due.name and "Ola Hansen" in due.name


def test_the_file_names_europe_oslo_with_a_vtimezone(data_dir: Path, clock: FixedClock):
    store = demo_store(data_dir, clock)
    text = export(store, clock.now()).decode("utf-8")
    store.close()
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo" in text
    assert "DTSTART;TZID=Europe/Oslo:20260918T180000" in text
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT")


def test_exporting_twice_gives_the_same_uids_so_a_reimport_updates(data_dir: Path, clock: FixedClock):
    store = demo_store(data_dir, clock)
    try:
        first = events(export(store, clock.now()))
        item = store.wheel("democlass")[0]
        item.title = "Klasselisten – purre på læreren"
        store.save_docs(wheel=[item.to_dict()])
        second = events(export(store, clock.now() + timedelta(days=30)))
    finally:
        store.close()

    assert set(first) == set(second)
    assert len(first) == len(set(first))  # no UID twice
    assert second[f"wheel-{item.id}@kktui"].name == "4B: Klasselisten – purre på læreren"


def test_confidential_meetings_and_their_tasks_keep_their_titles_home(clock: FixedClock):
    school_class = SchoolClass("4B", id="c1")
    secret = Meeting(
        "Samtale med foreldrene til Per",
        date="2026-12-01",
        time="08:15",
        place="Rom 2",
        confidential=True,
        class_id="c1",
        id="m1",
    )
    task = Task("Ringe Pers foreldre", "Marte", "2026-12-03", meeting_id="m1", id="t1")
    private = Task("!! Sjekke med Per", "Marte", "2026-12-04", class_id="c1", id="t2")
    text = to_ical(collect([school_class], [], [secret], [task, private]), clock.now()).decode("utf-8")
    assert "Per" not in text and "Rom 2" not in text
    found = events(text.encode())
    assert found["meeting-m1@kktui"].name == "4B: Konfidensielt møte"


def test_one_class_only(data_dir: Path, clock: FixedClock):
    store = demo_store(data_dir, clock)
    other = SchoolClass("7A", school_year="2026/27", id="c7a")
    store.save_docs(
        classes=[other.to_dict()], wheel=[WheelItem("Leirskole", 9, "c7a", "2026/27", id="w7").to_dict()]
    )
    try:
        assert "wheel-w7@kktui" in events(export(store, clock.now()))
        only = events(export(store, clock.now(), {"democlass"}))
    finally:
        store.close()
    assert "wheel-w7@kktui" not in only and "meeting-demo01@kktui" in only


def test_an_empty_folder_gives_a_valid_empty_calendar(data_dir: Path, tmp_path: Path, capsysbinary):
    assert main(["calendar", "--data", str(data_dir)]) == 0
    data = capsysbinary.readouterr().out
    calendar = ics.Calendar(data.decode("utf-8"))  # a calendar app can subscribe to it
    assert calendar.events == set() and calendar.todos == set()
    assert b"X-WR-CALNAME:kktui" in data  # the name a calendar app shows for it

    out = tmp_path / "empty.ics"
    assert main(["calendar", "-o", str(out), "--data", str(data_dir)]) == 0
    assert out.read_bytes() == data
    assert list(data_dir.iterdir()) == []  # reading the folder wrote nothing into it


def test_cli_calendar_to_a_file_and_to_stdout(
    data_dir: Path, clock: FixedClock, tmp_path: Path, capsysbinary
):
    demo_store(data_dir, clock).close()
    out = tmp_path / "4b.ics"
    assert main(["calendar", "-o", str(out), "--data", str(data_dir)]) == 0
    from_file = events(out.read_bytes())
    assert "meeting-demo01@kktui" in from_file

    assert main(["calendar", "--class", "4b", "--data", str(data_dir)]) == 0
    assert set(events(capsysbinary.readouterr().out)) == set(from_file)


@pytest.mark.parametrize(
    "argv, words",
    [
        (["calendar", "--class", "9Z"], "9Z"),
        (["calendar", "-o", "/no/such/folder/x.ics"], "/no/such/folder"),
    ],
)
def test_cli_calendar_errors_are_one_sentence(data_dir: Path, clock: FixedClock, capsys, argv, words):
    demo_store(data_dir, clock).close()
    assert main(argv + ["--data", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1


def test_dtstamp_is_utc(clock: FixedClock):
    text = to_ical(
        collect([SchoolClass("4B", id="c1")], [WheelItem("X", 9, "c1", "2026/27", id="w1")], [], []),
        datetime(2026, 11, 21, 18, 0, tzinfo=timezone(timedelta(hours=1))),
    ).decode()
    assert "DTSTAMP:20261121T170000Z" in text


def test_private_lines_in_the_year_wheel_and_meeting_titles_stay_home(clock: FixedClock):
    """A wheel item's notes or title, or a meeting title, marked private never reach the calendar."""
    school_class = SchoolClass("4B", id="c1")
    wheel = [
        WheelItem(
            "Juleavslutning",
            12,
            "c1",
            "2026/27",
            date="2026-12-18",
            id="w1",
            notes="Kaker fra alle\n!! Per har nøtteallergi\n!!!\nPers far er syk\n!!!",
        ),
        WheelItem("[privat] Samtale med Pers foreldre", 11, "c1", "2026/27", id="w2"),
    ]
    meeting = Meeting("!! Per og Ola", date="2026-11-02", class_id="c1", id="m1")
    text = to_ical(collect([school_class], wheel, [meeting], []), clock.now()).decode("utf-8")
    assert "Per" not in text
    found = events(text.encode())
    assert "Kaker fra alle" in found["wheel-w1@kktui"].description
    assert {"wheel-w2@kktui", "meeting-m1@kktui"} <= set(found)  # still reminded, without the words
