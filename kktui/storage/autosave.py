"""Saving off the typing path: the UI hands over meetings and tasks, a thread writes them.

What is handed over is copied at once (as plain dicts), so the UI may go on changing its
objects; the thread makes whole Meetings and Tasks of the copies again and saves those.

The newest version of each document wins; several documents queued together cost
one file write. A failed save keeps the documents queued and is retried, and the
failure is reported once through `on_error` so the UI can say what is wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from kktui.meeting.model import Meeting, Task
from kktui.storage.files import StorageError
from kktui.storage.store import Store

RETRY_SECONDS = 2.0


class Saver:
    def __init__(
        self,
        store: Store,
        on_error: Callable[[str], object] | None = None,
        on_recovered: Callable[[], object] | None = None,
        on_notice: Callable[[str], object] | None = None,
    ) -> None:
        self.store = store
        self.on_error = on_error
        self.on_recovered = on_recovered
        self.on_notice = on_notice  # something a save found and mended (the folder was deleted)
        self._pending_meetings: dict[str, dict] = {}
        self._pending_tasks: dict[str, dict] = {}
        self._cond = threading.Condition()
        self._busy = False
        self._failing = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="kktui-saver", daemon=True)
        self._thread.start()

    def submit(self, meetings: Sequence[Meeting] = (), tasks: Sequence[Task] = ()) -> None:
        for meeting in meetings:
            if not isinstance(meeting, Meeting):
                raise TypeError(f"only a whole Meeting can be saved, not {type(meeting).__name__}")
        for task in tasks:
            if not isinstance(task, Task):
                raise TypeError(f"submit takes Task objects, not {type(task).__name__}")
        meeting_docs = [m.to_dict() for m in meetings]  # copied now, on the caller's thread
        task_docs = [k.to_dict() for k in tasks]
        with self._cond:
            for doc in meeting_docs:
                self._pending_meetings[doc["id"]] = doc
            for doc in task_docs:
                self._pending_tasks[doc["id"]] = doc
            self._cond.notify_all()

    @property
    def pending(self) -> bool:
        with self._cond:
            return bool(self._pending_meetings or self._pending_tasks or self._busy)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued is on disk; False if that did not happen in time."""
        with self._cond:
            self._cond.notify_all()
            return (
                self._cond.wait_for(
                    lambda: (
                        not (self._pending_meetings or self._pending_tasks or self._busy) or self._failing
                    ),
                    timeout,
                )
                and not self._failing
            )

    def close(self, timeout: float = 5.0) -> bool:
        ok = self.flush(timeout)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return ok

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._stopping or self._pending_meetings or self._pending_tasks,
                    timeout=RETRY_SECONDS if self._failing else None,
                )
                if self._stopping and not (self._pending_meetings or self._pending_tasks):
                    return
                if self._stopping and self._failing:
                    return
                meetings, self._pending_meetings = self._pending_meetings, {}
                tasks, self._pending_tasks = self._pending_tasks, {}
                self._busy = True
            error = None
            try:
                if meetings or tasks:
                    self.store.save(
                        [Meeting.from_dict(doc) for doc in meetings.values()],
                        [Task.from_dict(doc) for doc in tasks.values()],
                    )
            except StorageError as exc:
                error = str(exc)
            except OSError as exc:
                error = str(exc)
            with self._cond:
                self._busy = False
                if error is not None:
                    # Keep what failed unless something newer was queued meanwhile.
                    for key, doc in meetings.items():
                        self._pending_meetings.setdefault(key, doc)
                    for key, doc in tasks.items():
                        self._pending_tasks.setdefault(key, doc)
                    first_failure = not self._failing
                    self._failing = True
                else:
                    recovered = self._failing
                    self._failing = False
                self._cond.notify_all()
            if error is not None:
                if first_failure and self.on_error:
                    self.on_error(error)
                with self._cond:
                    self._cond.wait(RETRY_SECONDS)
            else:
                if recovered and self.on_recovered:
                    self.on_recovered()
                tell = self.on_notice
                if tell is not None:
                    for sentence in self.store.take_notices():
                        tell(sentence)
