"""What the command line says and where it writes: one sentence per error, control characters
shown (not obeyed), the data folder opened as the screens open it. Kept apart from cli.py,
which parses the arguments and runs each command."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kktui.clock import Clock
from kktui.text import visible


class CliError(Exception):
    """One sentence for stderr; exit status 1."""


def echo(*parts: object, err: bool = False, end: str = "\n", flush: bool = False) -> None:
    """Print for a person at a terminal (stdout, or stderr with err=True). Names, titles and
    file names come from class lists, shared templates and data folders: any control
    character in them is shown (ESC as ␛), so ESC ] 52 cannot write the clipboard."""
    stream = sys.stderr if err else sys.stdout
    stream.write(visible(" ".join(str(part) for part in parts)) + end)
    if flush:
        stream.flush()


def told_on_start(store) -> None:
    """What opening the folder found and did (a damaged file restored, a folder closed): stderr."""
    if store.recovery is not None:
        echo(store.recovery.message, err=True)


def told_since(store) -> None:
    """What reading found since (a meeting's file of the wrong shape, read from its copy): stderr."""
    for sentence in dict.fromkeys(store.notices):
        echo(sentence, err=True)
    store.notices.clear()


@contextmanager
def open_session(folder: Path, read_only: bool = False) -> Iterator:
    """The same application object the screens use, on this data folder."""
    from kktui.services.session import Session
    from kktui.storage.store import Store

    store = Store.open(folder, read_only=read_only)
    told_on_start(store)
    session = Session(store, Clock())
    try:
        yield session
    finally:
        session.close()
        told_since(store)
        store.close()


def write_output(output: str | None, cleared) -> None:
    """To the file named with -o (see services.exports.write), or to standard output."""
    from kktui.services.exports import write

    if output:
        write(Path(output), cleared, make_folder=False)
    elif cleared.fmt == "ics":  # iCalendar lines end in CRLF: bytes, so nothing doubles the CR
        sys.stdout.flush()
        sys.stdout.buffer.write(cleared.text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(visible(cleared.text, "\n\t\r"))
