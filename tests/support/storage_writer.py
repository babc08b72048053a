"""A separate kktui process for the storage tests (tests/test_storage.py).

Run as `python storage_writer.py MODE FOLDER [ARG]`. It imports only kktui's headless
store (no Textual), so a fresh process is ready in a few tens of milliseconds.

Modes:
  drill FOLDER MEETING_ID  Open the folder for writing and save the meeting over and
                           over, appending one numbered line to its notes each time.
                           Prints "opening" before Store.open, "saving" once it is open,
                           then the line number after every completed save. Runs until
                           it is killed.
  try-open FOLDER          Try to open the folder for writing and print one JSON line:
                           {"ok": bool, "error": type name or null, "message": str}.
  hold FOLDER              Open the folder for writing, print "held", then wait until
                           killed (or until stdin closes).

All messages are in English, so the tests can read them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from kktui import i18n
from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage.store import Store

PAD = "  the class agreed to bring waffles and to meet again in spring"


def note_line(n: int) -> str:
    """The n-th line the drill writes (1-based); the tests rebuild it to compare."""
    return f"{n:06d}{PAD}"


def say(text: str) -> None:
    # Unbuffered, so everything printed before a SIGKILL reaches the pipe.
    os.write(1, (text + "\n").encode())


def drill(folder: Path, meeting_id: str) -> None:
    say("opening")
    store = Store.open(folder)
    try:
        meeting = store.meeting(meeting_id)
    except LookupError:
        meeting = Meeting(title="Kill drill", steps=[AgendaStep("Notes", 10)], id=meeting_id)
    lines = meeting.steps[0].notes.splitlines()
    n = len(lines)
    say("saving")
    while True:
        n += 1
        lines.append(note_line(n))
        meeting.steps[0].notes = "\n".join(lines) + "\n"
        store.save_meeting(meeting)
        say(str(n))


def try_open(folder: Path) -> None:
    try:
        store = Store.open(folder)
    except Exception as exc:  # report whatever happened to the test
        say(json.dumps({"ok": False, "error": type(exc).__name__, "message": str(exc)}))
        return
    store.close()
    say(json.dumps({"ok": True, "error": None, "message": ""}))


def hold(folder: Path) -> None:
    store = Store.open(folder)
    say("held")
    sys.stdin.read()
    store.close()


def main(argv: list[str]) -> None:
    i18n.use("en")
    mode, folder = argv[0], Path(argv[1])
    if mode == "drill":
        drill(folder, argv[2])
    elif mode == "try-open":
        try_open(folder)
    elif mode == "hold":
        hold(folder)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
