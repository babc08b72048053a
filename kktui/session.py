"""What the screens are handed: the store, the saver, the clock and the templates.

Screens change Meeting objects in memory and call `save_*`; writing happens on the
saver's thread, so typing never waits for the disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .autosave import Saver
from .clock import Clock
from .model import Meeting, Task
from .store import Store
from .templates import Template, TemplateError, load_templates


class Session:
    def __init__(self, store: Store, clock: Clock | None = None,
                 on_save_error: Callable[[str], None] | None = None,
                 on_save_recovered: Callable[[], None] | None = None) -> None:
        self.store = store
        self.clock = clock or Clock()
        self.saver = Saver(store, on_save_error, on_save_recovered)

    @property
    def data_dir(self) -> Path:
        return self.store.folder

    def now(self) -> float:
        return self.clock.time()

    # -- reading (waits for queued saves, so what is shown is what is stored) ----
    def meetings(self) -> list[Meeting]:
        self.saver.flush(2.0)
        return self.store.meetings()

    def meeting(self, meeting_id: str) -> Meeting:
        self.saver.flush(2.0)
        return self.store.meeting(meeting_id)

    def tasks(self, meeting_id: str | None = None) -> list[Task]:
        self.saver.flush(2.0)
        return self.store.tasks(meeting_id)

    def open_tasks(self) -> list[Task]:
        return [task for task in self.tasks() if task.status == "open"]

    def people(self, meeting: Meeting) -> list[str]:
        """Names to suggest for a task owner: this meeting's attendees first, then everyone seen."""
        names = list(meeting.attendees)
        for other in self.meetings():
            names += other.attendees
        names += [task.owner for task in self.tasks() if task.owner]
        return list(dict.fromkeys(name for name in names if name))

    def templates(self, lang: str) -> tuple[list[Template], list[TemplateError]]:
        return load_templates(lang, self.data_dir)

    # -- writing -----------------------------------------------------------------
    def save_meeting(self, meeting: Meeting) -> None:
        meeting.last_seen = self.now()
        self.saver.submit(meetings=[meeting.to_dict()])

    def save_task(self, task: Task) -> None:
        self.saver.submit(tasks=[task.to_dict()])

    def flush(self, timeout: float = 5.0) -> bool:
        return self.saver.flush(timeout)

    def close(self) -> bool:
        return self.saver.close()
