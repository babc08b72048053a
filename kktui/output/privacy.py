"""Private lines: notes about a child that stay in kktui and never leave it.

Quick to type live and plain to read back:

    !! Per (4B) was involved              one private line
    [privat] Per ...  /  [private] Per ...  the same, in words
    - !! Per ...                           also inside a list or a quote
    !!!                                    a private block: everything up to
    ...                                    the next line that is only !!!
    !!!
    [privat] ... [/privat]                 the same block in words ([private] ... [/private])

A block that is never closed runs to the end of the notes: when in doubt, leave it out.
Decisions and tasks whose text starts with a marker are private too.
"""

from __future__ import annotations

import re

from kktui.meeting.model import Meeting

LINE_MARK = "!! "
_LEAD = r"^(?P<lead>\s*(?:(?:[-*+]|\d{1,3}[.)]|>)\s+)*)"
_MARK = re.compile(_LEAD + r"(?P<mark>!!(?!!)|\[(?:privat|private)\])\s*", re.IGNORECASE)
_BLOCK_OPEN = re.compile(r"^\s*(?:!!!|\[(?:privat|private)\])\s*$", re.IGNORECASE)
_BLOCK_CLOSE = re.compile(r"^\s*(?:!!!|\[/(?:privat|private)\])\s*$", re.IGNORECASE)


class NotShareable(Exception):
    """One sentence telling the user why this meeting may not leave the laptop."""


def is_private_line(line: str) -> bool:
    """True for a single line marked with `!!`, `[privat]` or `[private]`."""
    return bool(_MARK.match(line)) and not _BLOCK_OPEN.match(line)


def split_private(text: str) -> tuple[str, list[str]]:
    """The text with every private line and block removed, and the removed lines (markers stripped)."""
    shared: list[str] = []
    private: list[str] = []
    in_block = False
    for line in text.splitlines():
        if in_block:
            if _BLOCK_CLOSE.match(line):
                in_block = False
            elif line.strip():
                private.append(line.strip())
        elif _BLOCK_OPEN.match(line):
            in_block = True
        elif is_private_line(line):
            shown = _MARK.sub("", line, count=1).strip()
            if shown:
                private.append(shown)
        else:
            shared.append(line)
    return "\n".join(shared), private


def toggle_line(line: str) -> str:
    """Mark a notes line private, or unmark it; indentation and list markers stay put."""
    match = _MARK.match(line)
    if match and not _BLOCK_OPEN.match(line):
        return match.group("lead") + line[match.end() :]
    lead = re.match(_LEAD, line)
    assert lead is not None  # the pattern matches the empty string
    return lead.group("lead") + LINE_MARK + line[lead.end() :]


def private_lines(meeting: Meeting, tasks: list) -> list[str]:
    """Everything that will be left out when the minutes are shared, in meeting order."""
    out: list[str] = []
    for step in meeting.steps:
        out += split_private(step.notes)[1]
    for text in [d.text for d in meeting.decisions] + [task.what for task in tasks]:
        if is_private_line(text):
            out.append(_MARK.sub("", text, count=1).strip())
    return [line for line in out if line]
