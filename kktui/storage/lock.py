"""One writer per data folder: a lock file the OS drops when the process dies."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from kktui.i18n import t
from kktui.storage.files import DataLocked, _file_mode, make_private_dir, open_private


def _host_name() -> str:
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "?")


class FolderLock:
    """One writer per data folder. The OS drops the lock when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: TextIO | None = None

    def acquire(self) -> None:
        make_private_dir(self.path.parent)
        handle = open(
            open_private(self.path, os.O_RDWR | os.O_CREAT, _file_mode(self.path)), "r+", encoding="utf-8"
        )
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or t("storage.unknown_holder")
            handle.close()
            raise DataLocked(t("storage.locked", folder=self.path.parent, holder=holder)) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(
                t(
                    "storage.holder",
                    pid=os.getpid(),
                    host=_host_name(),
                    since=datetime.now().strftime("%d.%m.%Y %H:%M"),
                )
            )
            handle.flush()
        except OSError:  # a full disk: the lock is not kept half taken
            _unlock_file(handle)
            handle.close()
            raise
        self._handle = handle

    def still_held(self) -> bool:
        """The lock file this process holds is still the one at its path (the folder was not
        deleted, moved away or replaced while the app ran)."""
        if self._handle is None:
            return False
        try:
            here, held = os.stat(self.path), os.fstat(self._handle.fileno())
        except OSError:  # gone, or a file where the folder was
            return False
        return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)

    def release(self) -> None:
        if self._handle is not None:
            try:
                self._handle.seek(0)
                self._handle.truncate()
            except OSError:
                pass
            _unlock_file(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
