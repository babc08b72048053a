"""Which meetings home lists, and in what order: what is on now first, then recent history.

Decided on the stored rows, so that years of meetings cost a sort of small tuples and only
the rows listed become MeetingSummary objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

HOME_PAST = 30  # past meetings listed on the home screen; older ones are a ctrl+p away


def row_sort_key(row: dict[str, Any]) -> tuple[str, str]:
    """A stored meeting row's place in time, as Meeting.sort_key and MeetingSummary.sort_key."""
    return (str(row.get("date") or ""), str(row.get("time") or ""))


def home_rows(rows: Sequence[dict[str, Any]], past: int = HOME_PAST) -> tuple[list[dict[str, Any]], int]:
    """Running first, then the coming ones soonest first, then the `past` newest finished
    ones; and how many older finished ones are left out."""
    ordered = sorted(rows, key=row_sort_key)
    running = [row for row in ordered if row.get("status") == "running"]
    coming = [row for row in ordered if row.get("status", "planned") == "planned"]
    done = sorted((row for row in ordered if row.get("status") == "finished"), key=row_sort_key, reverse=True)
    return running + coming + done[:past], max(0, len(done) - past)
