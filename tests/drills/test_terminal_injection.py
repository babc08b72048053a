"""Names and titles from a shared class list or data folder never drive the terminal.

A person's name or a meeting title can hold escape sequences (from a class list someone
made, a template shared between parents, a data folder handed over): `ESC ] 52` writes the
clipboard, `ESC ] 0` sets the window title, `ESC [ 2J` clears the screen. The real app runs
in a pseudo-terminal on a folder that holds such a name and title; the bytes it writes must
not contain those sequences, and the user sees the name with the control characters shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting
from kktui.school.model import Person, SchoolClass
from kktui.storage.store import Store
from support.pty_app import CTRL_Q, PtyApp

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pty")

F3 = "\x1bOR"
CLIPBOARD = "\x1b]52;c;SGFja2Vk\x1b\\"  # base64 "Hacked" into the clipboard
WINDOW_TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b2J"  # the one-byte CSI: clears the screen on terminals that take C1 codes
PERSON = f"Kari{CLIPBOARD}Nordmann{WINDOW_TITLE}Dahl{C1_CSI}"
TITLE = f"Autumn{CLEAR}meeting{WINDOW_TITLE}4B"

# What must never reach the terminal: each sequence with the text written next to it.
FORBIDDEN = [
    b"\x1b]52;c;SGFja2Vk",
    b"\x1b]0;PWNED",
    b"\x1b[2Jmeeting",
    "\x9b".encode(),
    b"\x9b2J",
]


def hostile_folder(folder: Path) -> None:
    school_class = SchoolClass(name="4B", grade=4, school_year="2026/27")
    store = Store.open(folder)
    try:
        store.save_docs(
            classes=[school_class.to_dict()],
            people=[
                Person(PERSON, school_class.id, children=[f"Per{CLEAR}meeting"], phone="90000001").to_dict()
            ],
            prefs=[{"id": "current_class", "value": school_class.id}],
        )
        store.save_meeting(
            Meeting(
                title=TITLE, date="2026-09-01", class_id=school_class.id, steps=[AgendaStep("Welcome", 5)]
            )
        )
    finally:
        store.close()


def test_a_hostile_name_and_title_reach_the_screen_only_as_visible_text(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    hostile_folder(folder)

    with PtyApp(["--data", str(folder), "--lang", "en"], cols=140, rows=40, cwd=tmp_path) as app:
        assert app.wait_for_text("Autumn", timeout=30), app.screen_text()
        app.wait_quiet()
        home = app.screen_text()
        app.send(F3)
        assert app.wait_for_text("Kari", timeout=20), app.screen_text()
        app.wait_quiet()
        people = app.screen_text()
        app.send(CTRL_Q)
        app.wait_exit(20)
        raw = bytes(app.raw)

    for sequence in FORBIDDEN:
        assert sequence not in raw, sequence
    assert "meeting" in home and "4B" in home  # the title is there, its controls made visible
    assert "Nordmann" in people and "Dahl" in people
    assert "␛" in home and "␛" in people
