"""The headless commands never import Textual: scripts stay fast and work without a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import io, json, sys
from contextlib import redirect_stdout, redirect_stderr

import kktui.cli, kktui.store, kktui.minutes, kktui.templates, kktui.content_check
import kktui.demo, kktui.session
from kktui.cli import main
from kktui.store import Store

data, out = sys.argv[1], sys.argv[2]
store = Store.open(__import__("pathlib").Path(data))
kktui.demo.seed(store)
store.close()

results = {}
for name, argv in {
    "list": ["list", "--data", data],
    "export": ["export", "last", "--data", data, "-o", out],
    "check": ["check-content"],
}.items():
    buf, err = io.StringIO(), io.StringIO()
    with redirect_stdout(buf), redirect_stderr(err):
        code = main(argv)
    results[name] = {"code": code, "stdout": buf.getvalue(), "stderr": err.getvalue()}

results["loaded"] = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
results["screens"] = sorted(m for m in sys.modules if m.startswith("kktui.screens"))
print(json.dumps(results))
"""


def test_headless_commands_do_not_import_textual(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "minutes.md"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data), str(out)],
        cwd=tmp_path, env=dict(os.environ), capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])

    assert report["list"]["code"] == 0, report["list"]["stderr"]
    assert "demo01" in report["list"]["stdout"]
    assert report["export"]["code"] == 0, report["export"]["stderr"]
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert report["check"]["code"] == 0, report["check"]["stderr"]

    assert report["loaded"] == []
    assert report["screens"] == []
