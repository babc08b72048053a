"""`kktui demo --data NEW_FOLDER` in a real terminal: it seeds the new folder and opens the app on it.

- The app shows the demo's meetings, and nothing was copied into backups/ before that first
  frame: the store that seeded the folder is the app's (no close, copy and reopen before it).
- Quitting copies what the demo wrote into backups/, as after any session that wrote: the
  data file and each meeting's file, byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kktui.storage import locations
from support.pty_app import CTRL_Q, PtyApp

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty")


def backed_up(folder: Path) -> list[Path]:
    backups = locations.backups_dir(folder)
    return sorted(p for p in backups.rglob("*") if p.is_file()) if backups.is_dir() else []


def test_demo_opens_the_folder_it_seeded_and_backs_it_up_on_quit(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"  # not there yet, as a user would name it
    with PtyApp(["demo", "--data", str(folder), "--lang", "en"], cwd=tmp_path) as app:
        assert app.wait_for_text("Spring parent meeting"), app.screen_text()
        assert backed_up(folder) == []
        app.send(CTRL_Q)
        assert app.wait_exit() == 0, app.plain_output()
    copies = backed_up(folder)
    data_copies = [p for p in copies if p.parent.name != "meetings"]
    assert len(data_copies) == 1
    assert data_copies[0].read_bytes() == locations.db_path(folder).read_bytes()
    meetings = sorted((folder / "meetings").glob("*.json"))
    assert [p.name for p in meetings] == ["demo01.json", "demo02.json", "demo03.json"]
    for meeting in meetings:
        copy = locations.backups_dir(folder) / "meetings" / meeting.name
        assert copy.read_bytes() == meeting.read_bytes()
