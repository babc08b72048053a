"""Shared fixtures: every test gets its own data folder and a clock that only moves when told."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kktui import i18n
from kktui.clock import FixedClock

FIXED_NOW = datetime(2026, 11, 21, 18, 0, 0).astimezone()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user data folder, and every test starts in bokmål."""
    monkeypatch.setenv("KKTUI_DATA", str(tmp_path / "default-data"))
    i18n.use("nb")
    yield
    i18n.use("nb")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)
