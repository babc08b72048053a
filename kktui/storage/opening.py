"""Loading the data file when a folder is opened: what Store.open does before it has a store.

Writable (the lock already held): stale temp files go, a damaged file is moved aside and the
newest good backup used, documents of the wrong shape are mended in memory (the file's bytes
kept aside), old schemas migrated, bodies split out, and a backup made only of data that
loaded cleanly and changed since the last one. Read-only: the same checks, nothing written.

A data file that is the newest backup (same size and time: backups.is_current) was checked
when that copy was made, so it is not checked again: years of documents cost no start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kktui.i18n import t
from kktui.storage import bodies, locations
from kktui.storage.backups import is_current, keep_bytes_aside, make_backup, newest_good_backup
from kktui.storage.files import DataDamaged, clean_stale_temp_files, move_aside
from kktui.storage.migrations import migrate, read
from kktui.storage.shapes import check_data

SHOWN_PROBLEMS = 3  # documents named in a start-up message; the rest are counted


@dataclass
class Recovery:
    """What happened to a damaged data file, for the app to tell the user."""

    message: str


def mended(path: Path, problems: list[str], kept: Path | None) -> str | None:
    """One message for documents of the data file that had fields of the wrong shape."""
    if not problems:
        return None
    named = "; ".join(problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        named += " " + t("shape.more", n=len(problems) - SHOWN_PROBLEMS)
    if kept is None:
        return t("storage.shape_readonly", path=path, problems=named)
    return t("storage.shape_mended", path=path, problems=named, moved=kept.name)


def load_read_only(path: Path) -> tuple[dict[str, Any], str | None]:
    """The data at today's schema, and a sentence if documents had to be mended in memory."""
    trusted = is_current(path, locations.backups_dir(path.parent))
    try:
        data = read(path)
    except ValueError as exc:
        raise DataDamaged(t("storage.damaged_readonly", path=path, reason=exc)) from None
    migrate(dict(data or {}), path)  # refuses a newer schema before anything is looked at
    problems = check_data(data) if data and not trusted else []
    data, _ = migrate(data or {}, path)
    return data, mended(path, problems, None)


def load(folder: Path, path: Path) -> tuple[dict[str, Any], bool, Recovery | None, list[str]]:
    """The data at today's schema, whether the file must be written (migrated, restored, new),
    what happened to a damaged file, and sentences about what else was found. OSError if the
    disk fails."""
    backups = locations.backups_dir(folder)
    clean_stale_temp_files(folder)
    clean_stale_temp_files(backups)  # a process killed while making a backup
    clean_stale_temp_files(folder / "meetings")
    clean_stale_temp_files(backups / "meetings")
    recovery = None
    trusted = is_current(path, backups)
    try:
        data = read(path)
    except ValueError as exc:
        trusted = False
        moved = move_aside(path)
        good = newest_good_backup(backups)
        if good is None:
            data = None
            recovery = Recovery(t("storage.damaged_no_backup", reason=exc, moved=moved.name))
        else:
            backup_path, data = good
            recovery = Recovery(
                t("storage.damaged_restored", reason=exc, moved=moved.name, backup=backup_path.name)
            )
    told: list[str] = []
    if data is not None:
        migrate(dict(data), path)  # refuses newer schemas before anything is written
        problems = [] if trusted else check_data(data)
        if problems:  # mended in memory; the file itself stays as it is until the next save
            told.append(mended(path, problems, keep_bytes_aside(path) if recovery is None else None) or "")
        elif recovery is None:  # (a trusted file is the newest copy: this only drops old ones)
            # Only data that loaded cleanly is copied, and only when it changed since the last
            # copy: a start on years of data copies nothing, a bad start pushes no good copy out.
            try:
                make_backup(path, backups)
            except OSError as exc:  # e.g. a full disk: say so, and open all the same
                told.append(t("storage.backup_failed", folder=backups, reason=exc.strerror or exc))
    data, changed = migrate(data or {}, path)
    changed = bodies.split_bodies(folder, data) or changed
    return data, changed or recovery is not None or not path.exists(), recovery, told
