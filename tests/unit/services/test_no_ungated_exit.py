"""No way out of the laptop without the gate: a scan of kktui/ and screens/ for writes and serves.

Every call that writes a file, serves a page, publishes or copies to the clipboard must sit
in one of the functions below, which take only a `Cleared` from kktui.output.gate. A new
exit elsewhere fails this test: route it through kktui/services (and add it to test_gate.py).
The storage layer writes the user's own data at rest, in the data folder; that is not an exit.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCANNED = ("kktui", "screens")
AT_REST = ("kktui/storage/",)  # the data folder itself: the store, its backups, settings.json
# The catalogue tool writes kktui's own .pot and .mo files in the source tree, for developers
# and translators; no user data goes through it.
DEV_TOOLS = ("kktui/i18n/tool.py",)

# (file, function) -> why it may write: each takes only a Cleared, or is called only with one.
ALLOWED = {
    ("kktui/services/exports.py", "write"): "every export, the copy's file and the QR SVG",
    ("kktui/services/sharing.py", "server_for"): "the served page",
    ("kktui/services/sharing.py", "publish"): "the published page",
    ("kktui/share/publish.py", "publish_page"): "called only by sharing.publish",
    ("kktui/cli_io.py", "write_output"): "a document to standard output",
    ("kktui/cli.py", "cmd_share"): "the QR code of the link (no minutes in it) on the terminal",
    ("screens/views/share.py", "copy_minutes"): "the clipboard, with the Cleared from exports.copy_minutes",
    ("screens/views/notice.py", "copy_notice"): "the clipboard, with the Cleared from notice.copy_notice",
}
EXIT_CALLS = {
    "atomic_write_text",
    "write_text",
    "write_bytes",
    "ShareServer",
    "publish_page",
    "copy_to_clipboard",
}


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_exit(call: ast.Call) -> bool:
    name = _call_name(call)
    if name in EXIT_CALLS:
        return True
    if name == "open":  # open(path, "w"), open(path, mode="a") ...
        modes = [a for a in call.args[1:2]] + [k.value for k in call.keywords if k.arg == "mode"]
        return any(
            isinstance(m, ast.Constant) and isinstance(m.value, str) and set(m.value) & set("wax+")
            for m in modes
        )
    if name == "write" and isinstance(call.func, ast.Attribute):  # sys.stdout.write, sys.stdout.buffer.write
        return "stdout" in ast.unparse(call.func.value)
    return False


def exits_in(source: str, path: str) -> list[tuple[str, str, int]]:
    """(file, enclosing function, line) of every exit call in the source."""
    found = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call) and _is_exit(child):
                found.append((path, function, child.lineno))
            visit(child, inner)

    visit(ast.parse(source), "<module>")
    return found


def all_exits() -> list[tuple[str, str, int]]:
    out = []
    for folder in SCANNED:
        for file in sorted((ROOT / folder).rglob("*.py")):
            rel = file.relative_to(ROOT).as_posix()
            if not rel.startswith(AT_REST + DEV_TOOLS):
                out += exits_in(file.read_text(encoding="utf-8"), rel)
    return out


def test_every_write_serve_publish_and_copy_goes_through_the_gate() -> None:
    stray = [
        f"{path}:{line} in {function}()"
        for path, function, line in all_exits()
        if (path, function) not in ALLOWED
    ]
    assert not stray, "ways out that skip kktui.output.gate: " + ", ".join(stray)


def test_the_allowed_exits_are_still_there() -> None:
    """An entry that no longer matches anything would let a new function of that name through."""
    assert {(path, function) for path, function, _ in all_exits()} == set(ALLOWED)


def test_the_scan_sees_a_new_exit() -> None:
    source = """
def save_notes(path, text):
    path.write_text(text)

class Screen:
    def action_copy(self):
        self.app.copy_to_clipboard(self.meeting.notes)

def dump(path, text):
    with open(path, mode="w") as handle:
        handle.write(text)

def shout(text):
    sys.stdout.write(text)
"""
    assert [(f, line) for _, f, line in exits_in(source, "x.py")] == [
        ("save_notes", 3),
        ("action_copy", 7),
        ("dump", 10),
        ("shout", 14),
    ]
