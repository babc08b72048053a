"""Finding the class a user means, and importing a class list the same way from the CLI and the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from kktui.cli import main
from kktui.clock import FixedClock
from kktui.school.model import SchoolClass
from kktui.services import classes
from kktui.services.session import Session
from kktui.storage.store import Store


def test_cli_import_keeps_the_contact_teacher_role_in_step(data_dir: Path, tmp_path: Path, capsys) -> None:
    """The class's teacher is a role too (who holds it, in the handover): the CLI import syncs it."""
    store = Store.open(data_dir)
    store.save_docs(
        classes=[SchoolClass("4B", teacher="Anne Lærer", school_year="2026/27", id="c4b").to_dict()]
    )
    store.close()
    source = tmp_path / "liste.csv"
    source.write_text("Foresatt;Telefon;Elev\nKari Nordmann;90000001;Per\n", encoding="utf-8")

    assert main(["import-class", str(source), "--class", "4b", "--data", str(data_dir)]) == 0

    store = Store.open(data_dir, read_only=True)
    try:
        people = [p.name for p in store.people("c4b")]
        teachers = [r.name for r in store.roles("c4b") if r.kind == "contact_teacher"]
        current = store.current_class_id()
    finally:
        store.close()
    assert people == ["Kari Nordmann"]
    assert teachers == ["Anne Lærer"]
    assert current == "c4b"  # the first class imported into becomes the current one


def test_a_class_is_found_by_name_whatever_the_case_and_the_newest_year_wins(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store.open(data_dir)
    store.save_docs(
        classes=[
            SchoolClass("4B", school_year="2025/26", id="old").to_dict(),
            SchoolClass("4B", school_year="2026/27", id="new").to_dict(),
            SchoolClass("7A", school_year="2026/27", id="c7a").to_dict(),
        ]
    )
    session = Session(store, clock)
    try:
        assert classes.class_named(session, " 4b ").id == "new"
        assert classes.class_named(session, "9Z") is None
        session.choose_class("c7a")
        assert classes.current_class(session).id == "c7a"
        assert classes.class_id_for(session, "7a") == "c7a" and classes.class_id_for(session, "") == ""
        with pytest.raises(classes.ClassNotChosen, match="9Z"):
            classes.chosen_class(session, "9Z")
    finally:
        session.close()
        store.close()
