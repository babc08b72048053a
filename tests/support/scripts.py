"""A Python script run in a fresh interpreter that reports on its last line as JSON.

For what only a new process shows: which modules a start or a command loads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def script_report(code: str, *args: str, cwd: Path | None = None, timeout: float = 60) -> Any:
    """Run `code` with `args` as `python -c`; the JSON its last printed line holds. A script that
    fails fails the test with its stderr."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])
