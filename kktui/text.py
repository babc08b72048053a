"""Text from outside (a class list, a shared template, a data folder handed over, a paste)
never drives the terminal.

A name such as `Kari ESC]52;c;…ESC \\` would write the clipboard of whoever looks at it,
`ESC]0;…` set the window title and `ESC[2J` clear the screen. `visible` shows every control
character instead: C0 as its Unicode control picture (ESC → ␛), DEL as ␡, C1 (U+0080–U+009F,
which some terminals read as ESC [, ESC ] …) as U+FFFD. Newline and tab stay where a text
may hold them (notes); a name gets them shown too, if asked.
"""

from __future__ import annotations

import re
from typing import Any

_PATTERNS: dict[str, re.Pattern[str]] = {}
REPLACEMENT = "\ufffd"


def _pattern(keep: str) -> re.Pattern[str]:
    found = _PATTERNS.get(keep)
    if found is None:
        controls = "".join(chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in keep)
        found = _PATTERNS[keep] = re.compile(f"[{re.escape(controls)}]")
    return found


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


def visible(text: str, keep: str = "\n\t") -> str:
    """`text` with every control character except those in `keep` shown, not obeyed."""
    pattern = _pattern(keep)
    return pattern.sub(_picture, text) if pattern.search(text) else text


def has_controls(text: str, keep: str = "\n\t") -> bool:
    return _pattern(keep).search(text) is not None


def visible_data(value: Any) -> Any:
    """Every string in a JSON-like value (dicts, lists) made visible; keys are left as they are."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {key: visible_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [visible_data(item) for item in value]
    return value


# A control character in a JSON file is written escaped (\u001b); C1 characters are written
# as they are (UTF-8 C2 80 … C2 9F). A file with neither needs no walk through its data.
# Two patterns, each starting with a fixed byte, so the search skips ahead quickly: one
# alternation over both scanned a 3.4 MB data file in ~50 ms on every start, these in ~5.
_JSON_ESCAPED_CONTROL = re.compile(rb"\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")
_UTF8_C1 = re.compile(rb"\xc2[\x80-\x9f]")


def json_may_hold_controls(raw: bytes) -> bool:
    return _JSON_ESCAPED_CONTROL.search(raw) is not None or _UTF8_C1.search(raw) is not None
