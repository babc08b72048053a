"""What home lists: what is on now first, then the newest finished meetings, the rest counted."""

from __future__ import annotations

from kktui.meeting.listing import home_rows


def row(id: str, status: str, date: str, time: str = "") -> dict:
    return {"id": id, "status": status, "date": date, "time": time}


def test_running_then_coming_soonest_first_then_past_newest_first():
    rows = [
        row("past-old", "finished", "2025-09-01"),
        row("coming-late", "planned", "2027-03-01"),
        row("running", "running", "2026-12-01"),
        row("past-new", "finished", "2026-11-20", "18:00"),
        row("past-new-early", "finished", "2026-11-20", "09:00"),
        row("coming-soon", "planned", "2026-12-10"),
        {"id": "no-status", "date": "2026-12-24"},  # an old row without a status is planned
    ]
    listed, older = home_rows(rows)
    assert [r["id"] for r in listed] == [
        "running",
        "coming-soon",
        "no-status",
        "coming-late",
        "past-new",
        "past-new-early",
        "past-old",
    ]
    assert older == 0


def test_only_the_newest_past_ones_are_listed_and_the_rest_counted():
    rows = [row(f"m{n:02d}", "finished", f"20{10 + n // 12:02d}-{1 + n % 12:02d}-10") for n in range(40)]
    listed, older = home_rows(rows, past=30)
    assert [r["id"] for r in listed] == [f"m{n:02d}" for n in range(39, 9, -1)]
    assert older == 10
