"""Notes about children are readable by their owner only, whatever the umask says.

Every test runs under umask 022 (the usual default, which makes new files 0644 and new
folders 0755) and looks at the modes a user running `ls -l` would see.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kktui import i18n
from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage import locations
from kktui.storage.backups import make_backup
from kktui.storage.files import atomic_write_text
from kktui.storage.lock import FolderLock
from kktui.storage.store import Store
from support.folders import run_kktui

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps its default ACLs")


@pytest.fixture(autouse=True)
def umask_022():
    before = os.umask(0o022)
    lang = i18n.current()
    i18n.use("en")
    yield
    i18n.use(lang)
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(folder: Path) -> dict[str, str]:
    found = {".": oct(mode(folder))}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = oct(mode(path))
    return found


def a_session(folder: Path) -> None:
    store = Store.open(folder)
    try:
        store.save_meeting(
            Meeting(
                title="Autumn meeting",
                date="2026-09-01",
                steps=[AgendaStep("Welcome", 5, notes="Per needs a seat near the door")],
            )
        )
    finally:
        store.close()


def test_a_new_data_folder_and_everything_in_it_is_for_the_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "parent" / "data"
    a_session(folder)
    a_session(folder)  # the second start makes a backup of the first
    atomic_write_text(locations.exports_dir(folder) / "minutes.md", "# Minutes\n")
    make_backup(locations.db_path(folder), locations.backups_dir(folder))

    found = modes(folder)
    assert any(name.startswith("backups/") for name in found)
    assert any(name.startswith("meetings/") for name in found)
    folders = {name: m for name, m in found.items() if (folder / name).is_dir()}
    files = {name: m for name, m in found.items() if (folder / name).is_file()}
    assert set(folders.values()) == {"0o700"}, folders
    assert set(files.values()) == {"0o600"}, files
    assert mode(folder.parent) == 0o700  # a folder made on the way is not left open either


def test_the_lock_file_is_for_the_owner_only(tmp_path: Path) -> None:
    lock = FolderLock(tmp_path / "data" / "kktui.lock")
    lock.acquire()
    try:
        assert mode(lock.path) == 0o600
        assert "kktui" in lock.path.read_text(encoding="utf-8")
    finally:
        lock.release()


def test_a_stricter_mode_the_user_chose_is_kept_when_the_file_is_rewritten(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    a_session(folder)
    locations.db_path(folder).chmod(0o400)
    a_session(folder)  # rewrites kktui.json (the new meeting)

    assert mode(locations.db_path(folder)) == 0o400
    assert len(Store.open(folder, read_only=True).meetings()) == 2


def test_a_looser_file_becomes_owner_only_when_it_is_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "minutes.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    atomic_write_text(target, "new")
    assert mode(target) == 0o600
    assert target.read_text(encoding="utf-8") == "new"


def test_export_onto_an_existing_private_file_keeps_it_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    a_session(folder)
    target = tmp_path / "minutes.md"
    target.write_text("", encoding="utf-8")
    target.chmod(0o600)

    result = run_kktui("--data", folder, "--lang", "en", "export", "last", "-o", target, cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "Autumn meeting" in target.read_text(encoding="utf-8")
    assert mode(target) == 0o600


def test_an_open_data_folder_is_closed_on_start_and_the_user_is_told(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    a_session(folder)
    a_session(folder)  # now with a backups folder
    folder.chmod(0o755)
    locations.backups_dir(folder).chmod(0o755)

    store = Store.open(folder)
    try:
        message = store.recovery.message if store.recovery else ""
    finally:
        store.close()

    assert mode(folder) == 0o700
    assert mode(locations.backups_dir(folder)) == 0o700
    assert str(folder) in message and "\n" not in message
    assert message.endswith(".")


def test_the_command_line_tells_on_stderr_that_the_folder_was_closed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    a_session(folder)
    folder.chmod(0o755)
    class_list = tmp_path / "4b.csv"
    class_list.write_text("Foresatt;Elev;Telefon\nKari Nordmann;Per;98765432\n", encoding="utf-8")

    result = run_kktui(
        "--data", folder, "--lang", "en", "import-class", class_list, "--class", "4B", cwd=tmp_path
    )

    assert result.returncode == 0, result.stderr
    assert mode(folder) == 0o700
    told = [line for line in result.stderr.splitlines() if str(folder) in line]
    assert len(told) == 1, result.stderr


def test_a_private_folder_is_left_alone_and_nothing_is_said(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    a_session(folder)
    store = Store.open(folder)
    try:
        assert store.recovery is None
    finally:
        store.close()
    assert mode(folder) == 0o700


def test_an_empty_folder_made_for_kktui_is_closed_without_a_word(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    store = Store.open(folder)
    try:
        assert store.recovery is None
    finally:
        store.close()
    assert mode(folder) == 0o700
