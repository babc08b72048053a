"""Drills: the real kktui, run the way a user runs it, pushed until something would break.

`pty_app` runs `python -m kktui` in a pseudo-terminal and reads what it shows;
`kill_drill` is the SIGKILL-while-typing drill (a script, and the code its test runs).
"""

from pathlib import Path


def running_meeting(folder: Path, now: float, lang: str = "en", **details) -> str:
    """A data folder with one running planning meeting, put there with the headless API;
    `details` (title, date, ...) as a template's new_meeting takes them."""
    return running_planning_meeting(folder, now, lang, **details).id


def running_planning_meeting(folder: Path, now: float, lang: str = "en", **details):
    """As running_meeting, returning the Meeting saved (its steps, for a benchmark's titles)."""
    from kktui.meeting import flow
    from kktui.meeting.templates import find_template
    from kktui.storage.store import Store

    template = find_template("planleggingsmote", lang)
    assert template is not None, "the planning meeting template is missing"
    meeting = template.new_meeting(**details)
    flow.start(meeting, now)
    store = Store.open(folder)
    try:
        store.save_meeting(meeting)
    finally:
        store.close()
    return meeting
