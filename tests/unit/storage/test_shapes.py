"""Valid JSON of the wrong shape, as another tool or a careless hand leaves it (issue 10.9, 10.11).

Every case goes through the real command (`python -m kktui ...`): no traceback, a sentence that
names the file and the field, the rest of the data still listed or exported, the bytes kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting, Task
from kktui.school.model import SchoolClass
from kktui.storage import locations
from kktui.storage.store import Store
from support.folders import run_kktui, snapshot

pytestmark = pytest.mark.usefixtures("english")  # messages the tests can read

GOOD, ODD = "aaaa0001", "bbbb0002"


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """Two meetings and two tasks, written by kktui itself."""
    store = Store.open(data_dir)
    school_class = SchoolClass("4B", school_year="2025/26")
    store.save_docs(classes=[school_class.to_dict()])
    for meeting_id, title in ((GOOD, "Autumn meeting"), (ODD, "Spring meeting")):
        store.save_meeting(
            Meeting(
                title,
                id=meeting_id,
                lang="en",
                date="2026-03-04",
                time="18:00",
                status="finished",
                class_id=school_class.id,
                attendees=["Kari"],
                steps=[AgendaStep("Welcome", 5, notes=f"Notes of {title}\n", status="done")],
            )
        )
        store.save_task(Task("Book the gym", owner="Kari", due="2026-04-01", meeting_id=meeting_id))
    store.close()
    return data_dir


def edit_row(folder: Path, table: str, change) -> None:
    path = locations.db_path(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = next(d for d in data[table].values() if d.get("meeting_id", d.get("id")) == ODD)
    change(doc)
    path.write_text(json.dumps(data), encoding="utf-8")


def edit_body(folder: Path, change) -> Path:
    path = folder / "meetings" / f"{ODD}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    change(body)
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def kktui(folder: Path, *args: str):
    return run_kktui(*args, "--data", folder, "--lang", "en", cwd=folder.parent)


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Error:" not in result.stderr, result.stderr


ROW_CASES = {
    "no title": (lambda doc: doc.pop("title"), "title is missing"),
    "date a number": (lambda doc: doc.update(date=20260304), "date has the wrong shape (20260304)"),
    "attendees null": (lambda doc: doc.update(attendees=None), "attendees has the wrong shape (null)"),
    "lang se": (lambda doc: doc.update(lang="se"), "lang has the wrong shape ('se')"),
    "time 9.30": (lambda doc: doc.update(time="9.30"), "time has the wrong shape ('9.30')"),
}


@pytest.mark.parametrize("case", ROW_CASES)
def test_a_meeting_row_of_the_wrong_shape_is_named_and_every_command_goes_on(folder, case):
    change, said = ROW_CASES[case]
    edit_row(folder, "meetings", change)
    before = snapshot(folder)
    for args in (("list",), ("export", GOOD), ("export", ODD), ("calendar",)):
        result = kktui(folder, *args)
        no_traceback(result)
        assert result.returncode == 0, (args, result.stderr)
        assert f"meeting {ODD}: {said}" in result.stderr, (args, result.stderr)
        assert str(locations.db_path(folder)) in result.stderr
    listed = kktui(folder, "list").stdout
    assert GOOD in listed and ODD in listed  # the rest (and the mended one) still listed
    assert "Notes of Spring meeting" in kktui(folder, "export", ODD).stdout
    assert snapshot(folder) == before  # read-only commands leave the file as it was


def test_a_task_due_that_is_a_number_is_named_and_the_calendar_is_made(folder):
    edit_row(folder, "tasks", lambda doc: doc.update(due=5))
    result = kktui(folder, "calendar")
    no_traceback(result)
    assert result.returncode == 0
    assert ": due has the wrong shape (5)" in result.stderr
    assert "task " in result.stderr
    assert result.stdout.count("BEGIN:VEVENT") >= 2  # the meetings and the other task


@pytest.mark.parametrize(
    "change, said",
    [
        (lambda body: body["steps"][0].update(cursor="x"), "steps[0].cursor has the wrong shape ('x')"),
        (lambda body: body["steps"][0].update(notes=None), "steps[0].notes has the wrong shape (null)"),
        (lambda body: body.update(current="two"), "current has the wrong shape ('two')"),
    ],
)
def test_a_meeting_file_with_a_field_of_the_wrong_shape_is_exported_with_a_warning(folder, change, said):
    path = edit_body(folder, change)
    result = kktui(folder, "export", ODD)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stderr and said in result.stderr
    assert "# Spring meeting" in result.stdout


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda path: path.write_text('{"id": "bbbb0002", "steps": "Welcome"}'), id="steps a string"
        ),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:30]), id="cut off mid-write"),
        pytest.param(lambda path: path.write_text("[" * 200_000), id="nested 200,000 deep"),
    ],
)
def test_a_damaged_meeting_file_without_a_copy_is_said_on_export_and_exits_1(folder, damage):
    path = folder / "meetings" / f"{ODD}.json"
    copy = locations.backups_dir(folder) / "meetings" / path.name
    copy.unlink(missing_ok=True)  # another tool damaged it before kktui ever kept a copy
    damage(path)
    before = path.read_bytes()
    result = kktui(folder, "export", ODD)
    no_traceback(result)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"The meeting file {path} is damaged" in lines[0]
    assert result.stdout == ""  # no empty minutes
    assert path.read_bytes() == before
    # The other meeting is still exported, and the calendar still made.
    assert kktui(folder, "export", GOOD).returncode == 0
    assert kktui(folder, "calendar").returncode == 0


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda path: path.write_text("[" * 200_000), id="nested 200,000 deep"),
        pytest.param(lambda path: (path.unlink(), path.mkdir()), id="a folder"),
    ],
)
def test_a_data_file_that_cannot_be_read_at_all_is_one_sentence(folder, make):
    path = locations.db_path(folder)
    make(path)
    for args in (("list",), ("export", "last"), ("calendar",)):
        result = kktui(folder, *args)
        no_traceback(result)
        assert result.returncode == 1, (args, result.stdout)
        [line] = result.stderr.strip().splitlines()
        assert str(path) in line and "damaged" in line


def test_a_writable_start_keeps_the_bytes_aside_once_and_opens_the_rest(folder):
    edit_row(folder, "meetings", lambda doc: doc.pop("title"))
    original = locations.db_path(folder).read_bytes()
    for _ in range(3):
        store = Store.open(folder)
        assert "title is missing" in store.recovery.message
        assert [m.id for m in store.meeting_index()] == [GOOD, ODD]
        store.close()
    [kept] = folder.glob("kktui.json.damaged-*")
    assert kept.read_bytes() == original
    assert kept.name in store.recovery.message


def test_a_damaged_meeting_file_is_exported_from_its_copy_with_a_warning(folder):
    path = folder / "meetings" / f"{ODD}.json"
    path.write_bytes(path.read_bytes()[:30])
    result = kktui(folder, "export", ODD)
    no_traceback(result)
    assert result.returncode == 0
    assert f"The meeting file {path} is damaged" in result.stderr and "backup copy" in result.stderr
    assert "Notes of Spring meeting" in result.stdout
