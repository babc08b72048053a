"""The `kktui` command as a user or a script runs it: a real process, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kktui
from kktui.storage import locations
from kktui.storage.store import Store


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kktui", *map(str, args)],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def assert_one_sentence_error(result: subprocess.CompletedProcess) -> str:
    """Exit 1, no traceback, a single non-empty line on stderr."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded demo folder, shared by the read-only tests below."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    result = run("demo", "--no-open", "--data", folder, cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    return folder


def demo_meeting(folder: Path, ref: str):
    store = Store.open(folder, read_only=True)
    meeting = store.meeting(ref)
    return meeting, store.tasks(meeting.id)


# -- demo ----------------------------------------------------------------------


def test_demo_seeds_an_empty_folder_and_prints_it(tmp_path: Path) -> None:
    folder = tmp_path / "new-class"
    result = run("demo", "--no-open", "--data", folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(folder)
    assert "Traceback" not in result.stderr
    assert locations.db_path(folder).is_file()
    meetings = Store.open(folder, read_only=True).meetings()
    assert len(meetings) >= 2
    assert any(m.decisions for m in meetings)


def test_demo_does_not_overwrite_a_folder_that_holds_data(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--no-open", "--data", folder, cwd=tmp_path).returncode == 0
    db = locations.db_path(folder)
    before = db.read_bytes()
    mtime = db.stat().st_mtime_ns

    again = run("demo", "--no-open", "--data", folder, cwd=tmp_path)

    assert again.returncode == 0
    assert again.stdout.strip() == str(folder)
    assert str(folder) in again.stderr
    assert "Traceback" not in again.stderr
    assert db.read_bytes() == before
    assert db.stat().st_mtime_ns == mtime


def test_demo_honours_kktui_data(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run("demo", "--no-open", cwd=tmp_path, env={"KKTUI_DATA": str(folder)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(folder)
    assert locations.db_path(folder).is_file()


# -- list ----------------------------------------------------------------------


def test_list_prints_one_line_per_meeting(demo_folder: Path, tmp_path: Path) -> None:
    result = run("list", "--data", demo_folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    meetings = Store.open(demo_folder, read_only=True).meetings()
    lines = result.stdout.splitlines()
    assert len(lines) == len(meetings) >= 2
    for line, meeting in zip(lines, meetings, strict=False):
        fields = line.split()
        assert fields[0] == meeting.id
        assert fields[1] == meeting.date
        assert fields[2] == meeting.template
        assert line.rstrip().endswith(meeting.title)


def test_list_columns_line_up_and_show_status_and_class(tmp_path: Path) -> None:
    from kktui.meeting.model import Meeting

    folder = tmp_path / "data"
    store = Store.open(folder)
    short = Meeting("Kort id", id="ab12", template="planleggingsmote", date="2026-09-01", class_name="4B")
    long = Meeting("Lang id", id="abcdef123456", date="2026-10-01", status="finished", class_name="5A")
    for meeting in (short, long):
        store.save_meeting(meeting)
    store.close()

    result = run("list", "--data", folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    # Every column starts in the same place on every line, whatever the id's length.
    assert lines[0].index("2026-09-01") == lines[1].index("2026-10-01")
    assert lines[0].index("Kort id") == lines[1].index("Lang id")
    assert lines[0].split()[:5] == ["ab12", "2026-09-01", "planleggingsmote", "planlagt", "4B"]
    assert lines[1].split()[:5] == ["abcdef123456", "2026-10-01", "-", "ferdig", "5A"]


def test_list_uses_kktui_data_when_no_data_flag(demo_folder: Path, tmp_path: Path) -> None:
    result = run("list", cwd=tmp_path, env={"KKTUI_DATA": str(demo_folder)})
    assert result.returncode == 0, result.stderr
    assert "demo01" in result.stdout


def test_list_on_a_missing_folder_prints_nothing_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    result = run("list", "--data", folder, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert not folder.exists()


def test_lang_en_before_and_after_the_subcommand(demo_folder: Path, tmp_path: Path) -> None:
    before = run("--lang", "en", "list", "--data", demo_folder, cwd=tmp_path)
    after = run("list", "--lang", "en", "--data", demo_folder, cwd=tmp_path)
    assert before.returncode == after.returncode == 0, (before.stderr, after.stderr)
    assert before.stdout == after.stdout
    assert "demo01" in before.stdout

    # The language really is used: errors come out in English.
    missing = run("--lang", "en", "export", "nope", "--data", demo_folder, cwd=tmp_path)
    message = assert_one_sentence_error(missing)
    assert "No meeting" in message and "nope" in message


# -- export --------------------------------------------------------------------


def test_export_last_writes_the_minutes_to_stdout(demo_folder: Path, tmp_path: Path) -> None:
    meeting, tasks = demo_meeting(demo_folder, "last")
    assert meeting.decisions and tasks

    result = run("export", "last", "--data", demo_folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# {meeting.title}\n")
    for decision in meeting.decisions:
        assert decision.text in result.stdout
    for task in tasks:
        assert task.what in result.stdout
        assert task.owner in result.stdout


def test_export_by_id_to_a_file(demo_folder: Path, tmp_path: Path) -> None:
    meeting, tasks = demo_meeting(demo_folder, "demo01")
    assert meeting.decisions and tasks
    out = tmp_path / "referat.md"

    result = run("export", meeting.id, "--format", "md", "-o", out, "--data", demo_folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"# {meeting.title}\n")
    for decision in meeting.decisions:
        assert decision.text in text
    for task in tasks:
        assert task.owner in text
    # Other meetings' content stays out.
    other, _ = demo_meeting(demo_folder, "demo02")
    assert other.title not in text


def test_export_html_is_a_whole_document(demo_folder: Path, tmp_path: Path) -> None:
    meeting, tasks = demo_meeting(demo_folder, "demo01")
    out = tmp_path / "referat.html"

    result = run("export", "demo01", "--format", "html", "-o", out, "--data", demo_folder, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.lower().startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in html
    assert f"<title>{meeting.title}</title>" in html
    assert f"<h1>{meeting.title}</h1>" in html
    assert html.rstrip().endswith("</html>")
    assert tasks[0].owner in html
    assert f"# {meeting.title}" not in html  # the Markdown was rendered, not pasted


def test_export_unknown_meeting_is_one_sentence(demo_folder: Path, tmp_path: Path) -> None:
    result = run("export", "nope", "--data", demo_folder, cwd=tmp_path)
    message = assert_one_sentence_error(result)
    assert "nope" in message
    assert result.stdout == ""


def test_export_last_with_no_meetings(tmp_path: Path) -> None:
    result = run("export", "last", "--data", tmp_path / "empty", cwd=tmp_path)
    assert_one_sentence_error(result)


def test_export_to_a_path_that_cannot_be_written(demo_folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("export", "demo01", "-o", blocker / "referat.md", "--data", demo_folder, cwd=tmp_path)
    message = assert_one_sentence_error(result)
    assert str(blocker / "referat.md") in message
    assert blocker.read_text(encoding="utf-8") == "not a folder"


# -- usage, version ---------------------------------------------------------------


def test_unknown_subcommand_is_a_usage_error(tmp_path: Path) -> None:
    result = run("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_without_meeting_is_a_usage_error(tmp_path: Path) -> None:
    result = run("export", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"kktui {kktui.__version__}"
    assert version("kktui") == kktui.__version__  # pyproject and the package agree


# -- check-content ------------------------------------------------------------------


def test_check_content_passes_on_the_shipped_content(tmp_path: Path) -> None:
    result = run("check-content", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # The one warning the shipped content may get is that its law dates have grown old: that is
    # the reminder to check the law again, and the dates themselves are tested with a fixed clock.
    others = [
        line
        for line in result.stderr.splitlines()
        if "sist kontrollert" not in line and "ble sist" not in line
    ]
    assert others == []
    assert result.stdout.strip()


BROKEN = """\
# Broken meeting

What the meeting is for.

## Welcome (5 min)

## A step without its minutes

Guidance.
"""


def test_check_content_names_file_and_line_of_a_broken_template(tmp_path: Path) -> None:
    root = tmp_path / "content"
    folder = root / "templates" / "nb"
    folder.mkdir(parents=True)
    broken = folder / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")

    result = run("check-content", root, cwd=tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{broken}:7:" in result.stderr
    assert "A step without its minutes" in result.stderr


def test_check_content_on_a_folder_with_no_content_says_nothing_was_found(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check-content", empty, cwd=tmp_path)
    message = assert_one_sentence_error(result)
    assert str(empty) in message
    assert "0 maler" not in message


def test_check_content_on_a_missing_folder(tmp_path: Path) -> None:
    result = run("check-content", tmp_path / "nope", cwd=tmp_path)
    message = assert_one_sentence_error(result)
    assert str(tmp_path / "nope") in message


# -- damaged data ---------------------------------------------------------------------


@pytest.mark.parametrize("garbage", [b"garbage{{ not json", b"\xff\xfe\x00 binary", b""])
def test_list_on_a_damaged_data_file(tmp_path: Path, garbage: bytes) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = locations.db_path(folder)
    db.write_bytes(garbage)

    for args in (("list",), ("export", "last")):
        result = run(*args, "--data", folder, cwd=tmp_path)
        message = assert_one_sentence_error(result)
        assert str(db) in message
        assert result.stdout == ""

    assert db.read_bytes() == garbage
    assert sorted(p.name for p in folder.iterdir()) == [db.name]
