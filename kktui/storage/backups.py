"""Copies of the data file in backups/: made only of data that loaded cleanly, and only when
it changed since the last copy, so starting kktui on years of data copies nothing and a start
on data that did not load cleanly never rotates a good copy out.

A copy carries its source's modification time, so "unchanged" is two stat calls: the newest
copy has the data file's size and time. Meeting files are copied one by one when they are
first read in a session (see bodies.backup_body), never all at every start.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kktui.storage import files

BACKUPS_KEPT = files.BACKUPS_KEPT


def _copies(backups: Path, prefix: str = "kktui") -> list[Path]:
    return sorted(backups.glob(f"{prefix}-*.json")) if backups.is_dir() else []


def is_current(db: Path, backups: Path, prefix: str = "kktui") -> bool:
    """The newest copy holds the data file as it is now (same size, same modification time)."""
    copies = _copies(backups, prefix)
    if not copies:
        return False
    try:
        now, copy = db.stat(), copies[-1].stat()
    except OSError:
        return False
    return now.st_size == copy.st_size and now.st_mtime_ns == copy.st_mtime_ns


def copy_with_time(source: Path, target: Path, text: str | None = None) -> None:
    """`target` becomes a copy of `source` (atomically), with its modification time."""
    info = source.stat()
    files.atomic_write_text(target, source.read_text(encoding="utf-8") if text is None else text)
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))


def make_backup(db: Path, backups: Path, keep: int = BACKUPS_KEPT, prefix: str = "kktui") -> Path | None:
    """Copy the data file (which the caller has seen load cleanly) into backups/ unless the
    newest copy already holds it; then drop the oldest copies beyond `keep`. The copies are
    <prefix>-<time>.json (the task archive's are tasks-<time>.json in backups/archive)."""
    target = None
    if db.exists() and not is_current(db, backups, prefix):
        stamp = files.timestamp()
        target = backups / f"{prefix}-{stamp}.json"
        n = 1
        while target.exists():  # a copy of other data made within the same second (a migration)
            n += 1
            target = backups / f"{prefix}-{stamp}~{n:02d}.json"  # sorts after the first
        copy_with_time(db, target)
    for old in _copies(backups, prefix)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def newest_good_backup(backups: Path, prefix: str = "kktui") -> tuple[Path, dict[str, Any]] | None:
    for candidate in reversed(_copies(backups, prefix)):
        try:
            data = files.parse_data_file(candidate)
        except ValueError:
            continue
        if data is not None:
            return candidate, data
    return None


def keep_bytes_aside(path: Path) -> Path:
    """Copy `path` beside itself as <name>.damaged-<time> before it is mended; a copy with the
    same bytes kept by an earlier start is used again instead of making another."""
    raw = path.read_bytes()
    for earlier in sorted(path.parent.glob(f"{path.name}.damaged-*")):
        try:
            if earlier.stat().st_size == len(raw) and earlier.read_bytes() == raw:
                return earlier
        except OSError:
            continue
    target = path.with_name(f"{path.name}.damaged-{files.timestamp()}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{files.timestamp()}-{n}")
    files.atomic_write_text(target, raw.decode("utf-8"))
    return target
