"""Finished tasks of earlier school years, kept in their own file: history costs no start-up.

kktui.json holds what a meeting works with: every open task, and every task of this school
year's meetings. A task that is done or dropped and belongs to a meeting from before this
school year moves to archive/tasks.json. Ten years of a class are then a few hundred tasks to
parse at start instead of ten thousand, and home never looks at the rest.

The archive is read the first time something asks for old tasks (an old meeting's minutes,
the handover, the calendar, a clean-up), then kept. A task is always saved into kktui.json; a
row there wins over the same task in the archive. So moving tasks is crash-safe in one order:
the archive is written first, then kktui.json without them. A crash in between leaves the same
row in both, which reads as one; the next move finishes the job.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from kktui.i18n import t
from kktui.school.school_years import school_year_start
from kktui.storage import locations
from kktui.storage.backups import make_backup, newest_good_backup
from kktui.storage.files import atomic_write_text, make_private_dir, move_aside, parse_data_file
from kktui.storage.pieces import dumps_in_pieces
from kktui.storage.shapes import check_data

TASKS = "tasks"
SCHEMA = 1
# The prefs row that says which meetings' finished tasks may be in the archive: those dated
# before this day (the start of the school year in which they were last moved).
ARCHIVED_BEFORE = "tasks_archived_before"


def cutoff(today: date) -> str:
    """The first day of today's school year: finished tasks of meetings before it are history."""
    return f"{school_year_start(today)}-08-01"


def to_archive(tasks: Iterable[dict[str, Any]], meeting_dates: dict[str, str], before: str) -> list[dict]:
    """The task rows that belong in the archive: finished, given in a meeting dated before
    `before` and followed up (if at all) only in meetings before it too, so a task closed in
    this year's follow-up stays where that meeting's minutes and next follow-up find it.
    Tasks given outside a meeting stay where the task board finds them."""

    def last_seen(row: dict[str, Any]) -> str:
        followed = row.get("followed_up_in")
        ids = [row.get("meeting_id"), *(followed if isinstance(followed, list) else [])]
        return max(meeting_dates.get(str(meeting_id)) or "9999" for meeting_id in ids)

    return [
        row
        for row in tasks
        if row.get("status", "open") != "open" and row.get("meeting_id") and last_seen(row) < before
    ]


class Archive:
    """archive/tasks.json, read when first needed. Not thread-safe: the store's mutex guards it."""

    def __init__(self, folder: Path, read_only: bool) -> None:
        self.path = locations.archive_path(folder)
        self._backups = locations.backups_dir(folder) / "archive"
        self._read_only = read_only
        self._rows: dict[str, dict[str, Any]] | None = None
        self.notices: list[str] = []  # what reading found wrong, for the store to pass on

    @property
    def loaded(self) -> bool:
        return self._rows is not None

    def rows(self, expected: bool = True) -> dict[str, dict[str, Any]]:
        """The archived task rows by id (read once). `expected`: kktui.json says tasks were
        moved here, so a missing file is a loss to tell the user about, not an empty archive."""
        if self._rows is None:
            self._rows = self._read(expected)
        return self._rows

    def _read(self, expected: bool) -> dict[str, dict[str, Any]]:
        try:
            data = parse_data_file(self.path)
        except ValueError as exc:
            return self._restore(t("archive.damaged", path=self.path, reason=exc), damaged=True)
        except OSError as exc:  # unreadable (permissions, a failing disk): left as it is
            reason = exc.strerror or exc
            return self._restore(t("archive.unreadable", path=self.path, reason=reason), damaged=False)
        if data is None:
            return self._restore(t("archive.missing", path=self.path), damaged=False) if expected else {}
        problems = check_data({TASKS: data.get(TASKS) or {}})
        if problems:
            self.notices.append(t("archive.mended", path=self.path, problems="; ".join(problems[:3])))
        return {str(row.get("id")): row for row in (data.get(TASKS) or {}).values()}

    def _restore(self, sentence: str, damaged: bool) -> dict[str, dict[str, Any]]:
        """A damaged or lost archive: the newest good copy from backups/archive, and one sentence."""
        moved = None
        if damaged and not self._read_only:
            try:
                moved = move_aside(self.path)
            except OSError:
                moved = None
        good = newest_good_backup(self._backups, prefix="tasks")
        if good is None:
            self.notices.append(sentence + " " + t("archive.no_copy"))
            return {}
        backup, data = good
        check_data({TASKS: data.get(TASKS) or {}})
        rows = {str(row.get("id")): row for row in (data.get(TASKS) or {}).values()}
        told = t("archive.restored", backup=backup.name)
        if moved is not None:
            told += " " + t("archive.kept", moved=moved.name)
        self.notices.append(sentence + " " + told)
        if not self._read_only:
            self._write(rows)
        return rows

    def add(self, rows: list[dict[str, Any]]) -> None:
        """Put these task rows into the archive (a row of the same id is replaced) and write it."""
        archived = dict(self.rows(expected=self.path.exists()))
        for row in rows:
            archived[str(row.get("id"))] = dict(row)
        self._write(archived)

    def remove(self, ids: Iterable[str]) -> None:
        """Take these tasks out of the archive (a task or its meeting was deleted) and write it."""
        gone = set(ids)
        if not self.path.exists() and not self.loaded:
            return
        archived = self.rows()
        if gone.isdisjoint(archived):
            return
        self._write({key: row for key, row in archived.items() if key not in gone})

    def write_back(self) -> None:
        """Write what is held again (the data folder was deleted under the app)."""
        if self._rows is not None:
            self._write(self._rows)

    def _write(self, rows: dict[str, dict[str, Any]]) -> None:
        table = {str(n): row for n, row in enumerate(rows.values(), 1)}
        make_private_dir(self.path.parent)
        atomic_write_text(self.path, dumps_in_pieces({"_meta": {"1": {"schema": SCHEMA}}, TASKS: table}))
        self._rows = rows
        make_private_dir(self._backups)
        make_backup(self.path, self._backups, prefix="tasks")
