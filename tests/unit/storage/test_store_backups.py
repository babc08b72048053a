"""A long session is backed up now and then, not only when the app starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kktui.meeting.model import Meeting
from kktui.storage import locations
from kktui.storage import store as store_module
from kktui.storage.store import Store


def test_long_sessions_are_backed_up_while_saving(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(data_dir)
    meeting = Meeting("Foreldremøte")
    store.save_meeting(meeting)
    assert list(locations.backups_dir(data_dir).glob("kktui-*.json")) == []  # nothing to back up at start

    monkeypatch.setattr(store_module, "BACKUP_EVERY_SECONDS", 0)
    meeting.steps = []
    meeting.title = "Foreldremøte, andre versjon"
    store.save_meeting(meeting)
    store.close()

    backups = sorted(locations.backups_dir(data_dir).glob("kktui-*.json"))
    assert backups, "a save after the interval makes a backup"
    newest = json.loads(backups[-1].read_text(encoding="utf-8"))
    titles = [doc["title"] for doc in newest["meetings"].values()]
    assert titles == ["Foreldremøte, andre versjon"]
