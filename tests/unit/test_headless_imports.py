"""The headless commands never import Textual: scripts stay fast and work without a terminal."""

from __future__ import annotations

from pathlib import Path

from support.scripts import script_report

SCRIPT = r"""
import io, json, sys
from contextlib import redirect_stdout, redirect_stderr

import importlib, pkgutil
import kktui
for found in pkgutil.walk_packages(kktui.__path__, "kktui."):  # every headless module, whatever its folder
    if not found.name.startswith(("kktui.screens", "kktui.content")) and found.name != "kktui.__main__":
        importlib.import_module(found.name)
import kktui.services.demo, kktui.output.qr, kktui.share.netaddr, kktui.share.server
from kktui.cli import main
from kktui.storage.store import Store

data, out = sys.argv[1], sys.argv[2]
csv_file, ics_file = out + ".csv", out + ".ics"
open(csv_file, "w", encoding="utf-8").write("Foresatt;Telefon\nKari Nordmann;90000001\n")
store = Store.open(__import__("pathlib").Path(data))
kktui.services.demo.seed(store)
store.close()

results = {}
for name, argv in {
    "list": ["list", "--data", data],
    "export": ["export", "last", "--data", data, "-o", out],
    "export_html": ["export", "demo01", "--format", "html", "--data", data, "-o", out + ".html"],
    "check": ["check-content"],
    "import": ["import-class", csv_file, "--class", "4B", "--dry-run", "--data", data],
    "calendar": ["calendar", "-o", ics_file, "--data", data],
}.items():
    if name == "calendar":
        results["icalendar_before_calendar"] = "icalendar" in sys.modules
    buf, err = io.StringIO(), io.StringIO()
    with redirect_stdout(buf), redirect_stderr(err):
        code = main(argv)
    results[name] = {"code": code, "stdout": buf.getvalue(), "stderr": err.getvalue()}

# Sharing without serving: the QR code, the address list and a server that starts and stops.
kktui.output.qr.terminal_lines(kktui.output.qr.qr_matrix("http://192.168.1.20:41234/token"))
kktui.share.netaddr.candidate_addresses()
kktui.share.server.ShareServer("<p>x</p>", "127.0.0.1").start().stop()
results["loaded"] = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
results["screens"] = sorted(m for m in sys.modules if m.startswith("kktui.screens"))
print(json.dumps(results))
"""


def test_headless_commands_do_not_import_textual(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "minutes.md"
    report = script_report(SCRIPT, str(data), str(out), cwd=tmp_path)

    assert report["list"]["code"] == 0, report["list"]["stderr"]
    assert "demo01" in report["list"]["stdout"]
    assert report["export"]["code"] == 0, report["export"]["stderr"]
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert report["check"]["code"] == 0, report["check"]["stderr"]
    assert report["import"]["code"] == 0, report["import"]["stderr"]
    assert "1" in report["import"]["stdout"]
    assert report["calendar"]["code"] == 0, report["calendar"]["stderr"]
    assert (tmp_path / "minutes.md.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    assert report["icalendar_before_calendar"] is False  # loaded only when a calendar is made
    assert report["export_html"]["code"] == 0, report["export_html"]["stderr"]
    assert Path(f"{out}.html").read_text(encoding="utf-8").startswith("<!doctype html>")

    assert report["loaded"] == []
    assert report["screens"] == []
