"""Which tasks come from a confidential meeting, so ordinary lists can leave them out.

A task agreed in a confidential meeting (a challenging or development conversation, or any
meeting the user marked confidential) is about one family. It is shown only where the user
asks for it (the task board's filter, with a marker), never in the home list, the follow-up
of a parent meeting or anything that leaves the laptop. Whether a task is confidential is
read from its meeting each time, so marking a meeting confidential later covers its tasks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kktui.meeting.model import Meeting, MeetingSummary, Task


def secret_ids(meetings: Iterable[Meeting | MeetingSummary]) -> set[str]:
    return {m.id for m in meetings if m.confidential}


def is_confidential(task: Task, meetings: Mapping[str, Meeting | MeetingSummary]) -> bool:
    source = meetings.get(task.meeting_id) if task.meeting_id else None
    return source is not None and source.confidential


def ordinary(tasks: Iterable[Task], meetings: Mapping[str, Meeting | MeetingSummary]) -> list[Task]:
    """The tasks not from a confidential meeting."""
    return [task for task in tasks if not is_confidential(task, meetings)]
