"""Durable files: atomic JSON writes for TinyDB, one writer per folder, damaged files kept.

TinyDB's stock JSONStorage rewrites the file in place, so a killed process can leave
half a file behind. Here every write goes to a temp file in the same folder, is
fsynced, and replaces the old file in one rename; the folder is fsynced after.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from kktui.i18n import t
from kktui.storage import locations
from kktui.storage.pieces import dumps_in_pieces
from kktui.text import json_may_hold_controls, visible_data

BACKUPS_KEPT = 5
TMP_SUFFIX = ".tmp"
# Notes about children are personal data: the data folder is its owner's only, whatever the
# umask. On Windows the chmod bits mean next to nothing (only "read-only"), and the folder
# under the user's profile already has ACLs for that user alone, so nothing is changed there.
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
POSIX_MODES = os.name != "nt"


class StorageError(Exception):
    """An error the user can act on; str() is one clear sentence."""


class DataLocked(StorageError):
    pass


class DataDamaged(StorageError):
    pass


class DataTooNew(StorageError):
    pass


class SaveFailed(StorageError):
    pass


class FolderUnusable(StorageError):
    """The data folder cannot be opened for writing: a full disk, a read-only folder, no permission.
    `read_only_works` says whether opening it read-only (kktui --read-only, list, export) may."""

    def __init__(self, message: str, read_only_works: bool = False) -> None:
        super().__init__(message)
        self.read_only_works = read_only_works

    @classmethod
    def because(cls, folder: Path, exc: OSError) -> FolderUnusable:
        import errno

        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return cls(t("storage.disk_full", folder=folder, reason=reason), read_only_works=True)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return cls(t("storage.folder_read_only", folder=folder, reason=reason), read_only_works=True)
        return cls(t("storage.open_failed", folder=folder, reason=reason))


def _fsync_dir(folder: Path) -> None:
    if sys.platform.startswith("win"):
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Create `folder` and any missing parent as 0700 (mkdir's mode is cut by the umask, and
    Path.mkdir(parents=True) makes the parents with the default mode)."""
    if folder.is_dir():
        return
    missing = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):  # a file in the way: mkdir below says "Not a directory"
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:  # made by someone else meanwhile
            if not candidate.is_dir():
                raise
            continue
        if POSIX_MODES:
            os.chmod(candidate, PRIVATE_DIR)


def _file_mode(path: Path) -> int:
    """0600 for a new file; a file already there keeps its owner bits if they are stricter."""
    try:
        return stat.S_IMODE(path.stat().st_mode) & PRIVATE_FILE
    except OSError:
        return PRIVATE_FILE


def open_private(path: Path, flags: int, mode: int = PRIVATE_FILE) -> int:
    """os.open with the file created as `mode` exactly, whatever the umask (not on Windows)."""
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), mode if POSIX_MODES else 0o666)
    if POSIX_MODES:
        try:
            os.fchmod(fd, mode)
        except BaseException:
            os.close(fd)
            raise
    return fd


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """Replace `path` with `text` so that a crash leaves either the old or the new file.

    The new file is its owner's only (0600, or the stricter mode the old file had), unless
    `mode` says otherwise (a page published for a web server to read)."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{TMP_SUFFIX}")
    try:
        fd = open_private(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _file_mode(path) if mode is None else mode
        )
        with open(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)


MAX_CONTENT_BYTES = 1_000_000  # a template or guide is a few kB; 1 MB is far more than any


class ContentRefused(ValueError):
    """Not a file kktui reads (a pipe, a device, a folder) or far too big; str() says which."""


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return t("file.kind_pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("file.kind_device")
    if stat.S_ISDIR(mode):
        return t("file.kind_folder")
    return t("file.kind_other")


def _refuse_unless_small_file(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise ContentRefused(t("file.not_a_file", kind=_kind_of(info.st_mode)))
    if info.st_size > limit:
        raise ContentRefused(
            t("file.too_big", size=f"{info.st_size / 1e6:.1f} MB", limit=f"{limit / 1e6:g} MB")
        )


def read_small_file(path: Path, limit: int = MAX_CONTENT_BYTES) -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes. A pipe is never waited on, a
    device (/dev/zero) never read, a huge file never loaded: ContentRefused says which.
    Other trouble (missing, no permission) is the usual OSError."""
    _refuse_unless_small_file(os.stat(path), limit)  # before opening: opening a device can act
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        _refuse_unless_small_file(os.fstat(fd), limit)  # it may have been swapped meanwhile
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 16, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # it grew while being read
        raise ContentRefused(t("file.too_big", size=f"> {limit / 1e6:g} MB", limit=f"{limit / 1e6:g} MB"))
    return b"".join(chunks)


def read_small_text(path: Path, limit: int = MAX_CONTENT_BYTES) -> str:
    """read_small_file as UTF-8 text (a BOM is dropped); UnicodeDecodeError if it is not."""
    return read_small_file(path, limit).decode("utf-8-sig")


def clean_stale_temp_files(folder: Path) -> None:
    """Temp files are only left by a process that died mid-write; they hold nothing needed."""
    if not folder.is_dir():
        return
    for stale in folder.glob(f".*{TMP_SUFFIX}"):
        try:
            stale.unlink()
        except OSError:
            pass


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def parse_data_file(path: Path) -> dict[str, Any] | None:
    """Parse the data file; None if it does not exist. Raises ValueError if it is damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise ValueError(t("storage.is_folder")) from None
    if not raw.strip():
        raise ValueError(t("storage.empty"))
    data = _loads(raw)
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise ValueError(t("storage.bad_shape"))
    return data


def _loads(raw: bytes) -> Any:
    """UTF-8 JSON with control characters in its strings made visible; ValueError with one
    sentence if it is not JSON (or nests deeper than Python can follow)."""
    try:
        return visible_json(raw, json.loads(raw.decode("utf-8")))
    except UnicodeDecodeError as exc:
        raise ValueError(t("storage.not_text", pos=exc.start)) from None
    except json.JSONDecodeError as exc:
        raise ValueError(t("storage.bad_json", line=exc.lineno, col=exc.colno)) from None
    except RecursionError:
        raise ValueError(t("storage.too_deep")) from None


def read_json(path: Path) -> Any:
    """A JSON file (a meeting's body) with control characters in its strings made visible.
    Raises OSError, or ValueError if it is not UTF-8 JSON."""
    return _loads(path.read_bytes())


def visible_json(raw: bytes, data: Any) -> Any:
    """Data read from a file with any control character in its strings made visible (a name
    holding ESC ] 52 must not write the clipboard when shown); a clean file is not walked."""
    return visible_data(data) if json_may_hold_controls(raw) else data


class AtomicJSONStorage(Storage):
    """TinyDB storage that keeps the data in memory and writes the whole file atomically.

    It is only used by the one process that holds the folder's lock (or read-only),
    so the in-memory copy is the truth and reads cost no parsing.
    """

    def __init__(self, path: Path, initial: dict[str, Any] | None, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        self._data = initial
        self._held = 0
        self._dirty = False
        self._lock = threading.RLock()
        self.writes = 0  # how often the file was written: a session that wrote ends with a backup

    def read(self) -> dict[str, Any] | None:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        with self._lock:
            self._data = data
            if self._held:
                self._dirty = True
                return
            self._flush()

    def _flush(self) -> None:
        if self.read_only:
            raise SaveFailed(t("storage.read_only", path=self.path))
        text = dumps_in_pieces(self._data)  # the same text as one json.dumps, without stalling typing
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            raise SaveFailed(t("storage.save_failed", path=self.path, reason=exc.strerror or exc)) from exc
        self._dirty = False
        self.writes += 1

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several TinyDB writes, one file write."""
        with self._lock:
            self._held += 1
            try:
                yield
            finally:
                self._held -= 1
                if not self._held and self._dirty:
                    self._flush()

    def close(self) -> None:
        pass


def move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.damaged-{timestamp()}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{timestamp()}-{n}")
    os.replace(path, target)
    return target


def _others_can_enter(path: Path) -> bool:
    try:
        return bool(stat.S_IMODE(path.stat().st_mode) & 0o077)
    except OSError:
        return False


def close_data_folder(folder: Path) -> str | None:
    """A data folder others can read (made by an older kktui, or chmod-ed): make it and the
    folders kktui keeps in it 0700. Returns one sentence to tell the user, or None."""
    if not POSIX_MODES or not folder.is_dir() or not _others_can_enter(folder):
        return None
    backups = locations.backups_dir(folder)
    inside = (
        backups,
        backups / "meetings",
        folder / "meetings",
        locations.archive_path(folder).parent,
        backups / "archive",
        locations.exports_dir(folder),
        locations.user_templates_dir(folder),
    )
    for path in (folder, *inside):
        if path.is_dir() and not path.is_symlink():
            os.chmod(path, PRIVATE_DIR)
    if not locations.db_path(folder).exists():
        return None  # a folder just made for kktui (mkdir): nothing was in it to be read
    return t("storage.folder_closed", folder=folder)
