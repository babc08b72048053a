"""Looking at a data folder from outside, the way a user (or a second program) would.

Shared by the storage unit tests and the drills, so each question ("which temp files are
left?", "did any byte change?", "what would I get back?") is asked the same way everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kktui.storage import files as storage
from kktui.storage import locations
from kktui.storage.store import Store


def temp_files(folder: Path) -> list[Path]:
    """Half-written files an atomic write left behind in the folder itself."""
    return sorted(folder.glob(f".*{storage.TMP_SUFFIX}"))


def snapshot(folder: Path, skip_lock: bool = False) -> dict[str, bytes]:
    """Every file under the folder with its bytes, to prove nothing was touched."""
    lock = locations.lock_path(folder)
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not (skip_lock and path == lock)
    }


def notes_on_disk(folder: Path, meeting_id: str) -> str:
    """The current step's notes a user would get back from disk now (read-only: writes nothing)."""
    return Store.open(folder, read_only=True).meeting(meeting_id).current_step.notes


def run_kktui(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    """`python -m kktui ARGS` as a user runs it: no KKTUI_DATA from the test environment."""
    env = {k: v for k, v in os.environ.items() if k != "KKTUI_DATA"}
    return subprocess.run(
        [sys.executable, "-m", "kktui", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
