"""Stepping through the agenda in a real terminal: what the terminal shows is the agenda.

A step change repaints only the agenda lines that changed (the step left and the step begun),
not the whole list. This drill reads the terminal itself, where a line left unpainted would
show: after ctrl+n and ctrl+b, every line carries the mark its step has.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

from support.drills import running_meeting
from support.pty_app import ENTER, PtyApp

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty")

CTRL_N, CTRL_B = "\x0e", "\x02"
STEPS = 8  # the planning meeting's agenda
MARK = re.compile(r"^│ ([✓▶·–]) ")


def agenda_marks(app: PtyApp) -> str:
    """The marks at the start of the agenda's lines, top to bottom, as the terminal shows them."""
    marks = [m.group(1) for line in app.screen_text().splitlines() if (m := MARK.match(line))]
    return "".join(marks)


def test_the_agenda_on_the_terminal_follows_each_step_change(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    running_meeting(folder, time.time(), "nb", title="Agendamøte", date="2026-11-21")
    with PtyApp(["--data", str(folder), "--lang", "nb"], cwd=tmp_path) as app:
        assert app.wait_for_text("Agendamøte"), app.screen_text()
        app.send(ENTER)
        assert app.wait_until(lambda: agenda_marks(app) == "▶" + "·" * (STEPS - 1)), app.screen_text()
        for done in range(1, 4):
            app.send(CTRL_N)
            assert app.wait_for_text(f"{done + 1}/{STEPS}  "), app.screen_text()
            expected = "✓" * done + "▶" + "·" * (STEPS - done - 1)
            assert app.wait_until(lambda e=expected: agenda_marks(app) == e, timeout=5), app.screen_text()
        app.send(CTRL_B)
        assert app.wait_for_text(f"3/{STEPS}  "), app.screen_text()
        app.wait_quiet()
        assert agenda_marks(app) == "✓✓▶·····", app.screen_text()  # the step left is not done
