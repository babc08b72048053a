"""The data file written a row at a time is the same text json.dumps makes at once."""

from __future__ import annotations

import json

from kktui.storage.pieces import ROWS_AT_ONCE, dumps_in_pieces


def compact(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def test_years_of_rows_give_the_same_text_as_one_dump() -> None:
    tasks = {
        str(n): {"id": f"t{n}", "what": f'Ringe æøå «{n}» "sitat" \\ \n', "due": None, "tags": [n, 1.5, True]}
        for n in range(1, 3 * ROWS_AT_ONCE)
    }
    data = {
        "_schema": {"1": {"version": 3}},
        "meetings": {
            str(n): {"id": f"m{n}", "attendees": ["Kari", "Ola"]} for n in range(1, ROWS_AT_ONCE + 2)
        },
        "tasks": tasks,
        "classes": {},
        "prefs": {"1": {"id": "current_class", "value": "c1"}},
    }
    text = dumps_in_pieces(data)
    assert text == compact(data)
    assert json.loads(text) == data


def test_anything_but_tables_of_rows_is_dumped_as_it_is() -> None:
    for data in (
        {},
        [],
        None,
        {"a": [1, 2]},
        {1: {"x": 1}},
        {"t": {2: {"x": 1}, **{str(n): n for n in range(99)}}},
    ):
        assert dumps_in_pieces(data) == compact(data)
