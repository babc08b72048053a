"""The data file's text made in pieces, so writing years of data never stalls typing.

`json.dumps` of the whole data file (ten years: 1,000 meeting rows, 10,000 tasks, a few MB)
runs in C for a few hundred milliseconds without letting go of the interpreter lock, and the
saver thread does it while the user types: every key waits for it. Made a hundred rows at a
time, the lock can be handed over between pieces (Python's switch interval, 5 ms); the text
is the same, and it costs no more time.
"""

from __future__ import annotations

import json
from typing import Any

# Rows per C call: about a millisecond of holding the lock for ten years' rows, yet few calls.
ROWS_AT_ONCE = 100


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dumps_in_pieces(data: Any) -> str:
    """Exactly `json.dumps(data, ensure_ascii=False, separators=(",", ":"))` for TinyDB's data
    (a dict of tables, each a dict of rows by their string ids), ROWS_AT_ONCE rows per C call."""
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        return _dumps(data)
    parts = []
    for name, table in data.items():
        if isinstance(table, dict) and len(table) > ROWS_AT_ONCE and all(isinstance(k, str) for k in table):
            items = list(table.items())
            chunks = [
                _dumps(dict(items[start : start + ROWS_AT_ONCE]))[1:-1]  # the rows, without { }
                for start in range(0, len(items), ROWS_AT_ONCE)
            ]
            parts.append(_dumps(name) + ":{" + ",".join(chunks) + "}")
        else:
            parts.append(_dumps(name) + ":" + _dumps(table))
    return "{" + ",".join(parts) + "}"
