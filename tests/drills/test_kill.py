"""Kill drill with the real app: `python -m kktui` in a terminal, killed while notes are typed.

The same code as `tests/drills/kill_drill.py` (200 kills by default; run it for the full
figures), here with 30 kills so the suite stays quick (about 50 s on two cores).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from drills.kill_drill import LOST_LIMIT, run_drill

KILLS = 30

# Wall-clock limits: with `-n auto` this drill runs on one worker, one after the other timed
# drills (kill, long meeting, share load), never beside them (see pyproject's addopts).
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty and SIGKILL"),
    pytest.mark.xdist_group("timed-drills"),
]


def test_killing_the_app_while_typing_never_damages_the_folder_and_loses_at_most_a_second(tmp_path: Path):
    report = run_drill(tmp_path / "data", KILLS)
    print(report.summary())

    assert report.kills == KILLS, report.summary()
    assert report.damaged == [], report.summary()
    assert report.problems == [], report.summary()
    typed = report.typing_rounds
    assert len(typed) >= KILLS // 2, report.summary()
    assert max(report.lost) <= LOST_LIMIT, report.summary()
    # The drill proves something only if the typing reached the disk across the kills.
    assert sum(r.kept for r in typed) > 0.3 * sum(r.sent for r in typed), report.summary()
