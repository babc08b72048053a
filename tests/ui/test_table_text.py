"""Names and titles in the app's tables show as typed: square brackets are text, not Rich
markup, so «Klassetur [utsatt]» keeps its word and «[/b]» (typed, pasted or sent from a
phone as parent input) cannot stop the screen from drawing."""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from kktui.meeting.model import Meeting, Task
from kktui.school.model import SchoolClass
from kktui.storage.store import Store
from support.ui import close_app, make_app, screen_text

TITLE = "Klassetur [utsatt] [/b]"
TASK = "Kjøpe [bold]kake[/bold]"
OWNER = "Ola [red]"


def seed(folder: Path) -> None:
    store = Store.open(folder)
    try:
        school_class = SchoolClass(name="4B", grade=4, school_year="2026/27")
        store.save_docs(classes=[school_class.to_dict()], prefs=[Store.current_class_doc(school_class.id)])
        meeting = Meeting(TITLE, date="2026-12-10", time="18:00", id="m1", class_id=school_class.id)
        store.save(meetings=[meeting], tasks=[Task(TASK, OWNER, "2026-12-20", meeting_id="m1", id="t1")])
    finally:
        store.close()


async def test_home_and_the_task_board_show_brackets_as_typed(data_dir: Path, clock: FixedClock) -> None:
    seed(data_dir)
    app = make_app(data_dir, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        home = screen_text(app)
        assert TITLE in home and TASK in home and OWNER in home
        await pilot.press("f4")
        await pilot.pause()
        board = screen_text(app)
        assert TASK in board and OWNER in board
    close_app(app)


async def test_home_says_how_many_older_meetings_and_more_tasks_it_leaves_out(
    data_dir: Path, clock: FixedClock
) -> None:
    from kktui.i18n import tn
    from kktui.meeting.listing import HOME_PAST
    from kktui.screens.views.home import HOME_TASKS

    store = Store.open(data_dir)
    try:
        past = [
            Meeting(f"Møte {n}", date=f"2025-{1 + n % 12:02d}-{1 + n // 12:02d}", status="finished")
            for n in range(HOME_PAST + 3)
        ]
        tasks = [
            Task(f"Oppgave {n}", "Kari", "2027-01-01", meeting_id=past[0].id) for n in range(HOME_TASKS + 2)
        ]
        store.save(meetings=past, tasks=tasks)
    finally:
        store.close()
    app = make_app(data_dir, clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert (
            tn("home.older_meetings", 3) in shown.replace("\n", " ")
            or tn("home.older_meetings", 3)[:30] in shown
        )
        assert tn("home.more_tasks", 2)[:30] in shown
    close_app(app)
