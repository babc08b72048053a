"""Drills: the real kktui, run the way a user runs it, pushed until something would break.

`pty_app` runs `python -m kktui` in a pseudo-terminal and reads what it shows;
`kill_drill` is the SIGKILL-while-typing drill (a script, and the code its test runs).
"""

from pathlib import Path


def running_meeting(folder: Path, now: float, lang: str = "en") -> str:
    """A data folder with one running planning meeting, put there with the headless API."""
    from kktui.meeting import flow
    from kktui.meeting.templates import find_template
    from kktui.storage.store import Store

    meeting = find_template("planleggingsmote", lang).new_meeting()
    flow.start(meeting, now)
    store = Store.open(folder)
    try:
        store.save_meeting(meeting)
    finally:
        store.close()
    return meeting.id
