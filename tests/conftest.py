"""Shared fixtures: every test gets its own data folder and a clock that only moves when told.

Fixtures live here (or helpers in tests/support/), never in a test module: no test module
imports another (tests/unit/test_layout.py checks it).
"""

from __future__ import annotations

import inspect
import os
from datetime import datetime
from pathlib import Path

import pytest

from kktui import i18n
from kktui.clock import FixedClock

FIXED_NOW = datetime(2026, 11, 21, 18, 0, 0).astimezone()


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """pyproject's addopts ask pytest-xdist for `--numprocesses=auto --dist=loadgroup`.
    Without it (a venv made before it joined the test extra, or `-p no:xdist`) the suite runs
    in one process instead of stopping at options nobody knows."""
    if pluginmanager.has_plugin("xdist"):
        return
    group = parser.getgroup("xdist", "pytest-xdist is not active: these options are accepted and ignored")
    group.addoption("--numprocesses", dest="numprocesses", default=None)
    group.addoption("--dist", dest="dist", default="no")


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: unknown when xdist is not active
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`--numprocesses=auto` with only files or single tests named (`pytest tests/ui/test_share.py`):
    one process, no workers to start, the other cores left to others. With a folder, or no
    path (the whole suite), pytest-xdist's own count: one worker per core."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    named = [arg for arg in config.args if not arg.startswith("-")]
    here = config.invocation_params.dir
    if named and all((here / arg.split("::")[0]).is_file() for arg in named):
        return 0
    return None


def pytest_report_header(config: pytest.Config) -> str | None:
    if not config.pluginmanager.has_plugin("xdist"):
        return "pytest-xdist not active: one process (pip install -e '.[test]' to run on every core)"
    return None


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user data folder, and every test starts in bokmål."""
    monkeypatch.setenv("KKTUI_DATA", str(tmp_path / "default-data"))
    i18n.use("nb")
    yield
    i18n.use("nb")


@pytest.fixture
def english():
    """Messages in English so a test can read them; the app's default is bokmål.

    Use it with `pytestmark = pytest.mark.usefixtures("english")` for a whole module."""
    before = i18n.current()
    i18n.use("en")
    yield
    i18n.use(before)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder that does not exist yet: the app (or the store) creates it, as on a first start."""
    return tmp_path / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that exists and is empty."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def snap_compare(snap_compare):
    """pytest-textual-snapshot's snap_compare, with every text cursor on the screen held still.

    Input and TextArea blink on a real 0.5 s timer: a snapshot taken more than half a second
    after the field got focus (a busy machine, a parallel run) would catch the cursor off.
    After `run_before` (and a pause), blinking stops with the cursor shown, as the stored
    snapshots have it."""
    from textual.widgets import Input, TextArea

    def compare(app, *args, run_before=None, **kwargs):
        async def then_hold_cursors(pilot) -> None:
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result
            await pilot.pause()
            for widget in pilot.app.screen.query("*"):
                if isinstance(widget, (Input, TextArea)):
                    widget.cursor_blink = False

        return snap_compare(app, *args, run_before=then_hold_cursors, **kwargs)

    return compare
