"""A demo class with the long titles that used to be cut at 80 columns (shared by the glance tests)."""

from __future__ import annotations

from pathlib import Path

from kktui.clock import FixedClock
from support.ui import make_app

LONG_TITLE = "Oppfølging: Oppfølging: Den utfordrende samtalen om friminuttene og klassemiljøet"


def demo_with_long_titles(data_dir: Path, clock: FixedClock):
    """The demo class, with a confidential follow-up meeting planned under a long generated title,
    and a step title as long as a template may give."""
    from kktui.meeting.model import AgendaStep, Meeting
    from kktui.services.demo import seed
    from kktui.storage.store import Store

    store = Store.open(data_dir)
    seed(store, "nb", clock)
    class_id = store.meeting("demo03").class_id
    store.save_meeting(
        Meeting(
            LONG_TITLE,
            date="2026-12-05",
            time="18:00",
            confidential=True,
            class_id=class_id,
            steps=[AgendaStep("Hva vi har gjort siden sist for å bedre klassemiljøet", 15)],
        )
    )
    store.close()
    return make_app(data_dir, clock)
