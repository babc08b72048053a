"""The handover to next year's class contacts: one document with what they need, and no secrets."""

from __future__ import annotations

from pathlib import Path

from kktui import i18n
from kktui.clock import FixedClock
from kktui.dates import show_date
from kktui.meeting.model import Decision, Meeting, Task
from kktui.output.handover import render_handover
from kktui.school.elections import Ballot, elect
from kktui.services.demo import seed
from kktui.storage.store import Store


def demo(data_dir: Path, clock: FixedClock, lang: str = "nb"):
    store = Store.open(data_dir)
    seed(store, lang, clock)
    return store


def render(store: Store, clock: FixedClock) -> str:
    [school_class] = store.classes()
    return render_handover(
        school_class,
        store.meetings(),
        store.tasks(),
        store.roles(school_class.id),
        store.wheel(school_class.id),
        clock.today(),
    )


def test_the_handover_has_roles_meetings_open_tasks_wheel_and_notes(data_dir: Path, clock: FixedClock):
    store = demo(data_dir, clock)
    try:
        [school_class] = store.classes()
        school_class.handover_notes = "Spond fungerte godt. Start planleggingen tidligere."
        store.save_docs(classes=[school_class.to_dict()])
        next_year = elect(school_class, "2027/28", Ballot.of(class_contact=["Amina Yusuf", "Lars Berg"]))
        store.save_docs(roles=[r.to_dict() for r in next_year])
        text = render(store, clock)
    finally:
        store.close()

    assert text.startswith("# Overlevering 4B – skoleåret 2026/27\n")
    assert "**Klassekontakt:** Kari Nordmann (01.08.2026–31.07.2027)" in text
    assert "**FAU-representant:** Ingrid Dahl (01.08.2025–31.07.2027)" in text
    next_year_part = text.split("### Neste skoleår 2027/28")[1].split("## ")[0]
    assert "Amina Yusuf" in next_year_part and "Kari Nordmann" not in next_year_part
    assert "### 28.08.2026 Planleggingsmøte med kontaktlærer" in text
    assert "Vedtak: Foreldregruppa bruker Spond" in text
    assert "Lage forslag til årshjul – ansvarlig: Ola Hansen – frist 16.11.2026 **forfalt**" in text
    assert "Sende klasseliste" not in text  # done tasks are not handed over
    assert "**mai**" in text and "17.05 17. mai: fordele oppgaver" in text
    assert text.rstrip().endswith("Spond fungerte godt. Start planleggingen tidligere.")


def test_confidential_meetings_and_private_lines_stay_out(data_dir: Path, clock: FixedClock):
    store = demo(data_dir, clock)
    try:
        talk = Meeting(
            "Samtale om Per",
            template="utfordrende-samtale",
            confidential=True,
            date="2026-10-01",
            class_id="democlass",
            id="secret",
            decisions=[Decision("Per får støtte")],
        )
        store.save_meeting(talk)
        store.save_task(Task("Ringe Pers foreldre", meeting_id="secret", id="ts"))
        parents = store.meeting("demo02")
        parents.decisions.append(Decision("!! Per og Ola må skilles i friminuttene"))
        parents.decisions.append(Decision("Klassefesten blir i juni"))  # a line next to the private one
        store.save_meeting(parents)
        store.save_task(Task("[privat] Snakke med Per", class_id="democlass", id="tp"))
        store.save_task(Task("Bestille buss til klassefesten", "Ola Hansen", class_id="democlass", id="tb"))
        text = render(store, clock)
    finally:
        store.close()
    assert "Per" not in text  # not the confidential talk, its task, nor the private lines
    assert "Samtale om" not in text and "skilles" not in text and "Snakke med" not in text
    # The rest of the same meeting and the open tasks are handed over.
    parents_part = text.split(f"### {show_date(parents.date)} {parents.title}\n")[1].split("### ")[0]
    assert "Vedtak: Klassefesten blir i juni" in parents_part
    assert "Bestille buss til klassefesten – ansvarlig: Ola Hansen" in text
    assert "Lage forslag til årshjul – ansvarlig: Ola Hansen" in text


def test_the_handover_in_english(data_dir: Path, clock: FixedClock):
    i18n.use("en")
    store = demo(data_dir, clock, "en")
    try:
        text = render(store, clock)
    finally:
        store.close()
    assert text.startswith("# Handover 4B – school year 2026/27")
    assert "## What worked – and what we would do differently" in text


def test_private_lines_in_the_notes_and_the_year_wheel_stay_out(data_dir: Path, clock: FixedClock):
    """The outgoing contacts' notes and the wheel are free text too: a `!!` line there is private."""
    store = demo(data_dir, clock)
    try:
        [school_class] = store.classes()
        school_class.handover_notes = (
            "Spond fungerte godt.\n!! Pers mor vil ikke ha e-post\n"
            "!!!\nSaken om Per er ikke avsluttet\n!!!\nStart tidlig."
        )
        item = store.wheel("democlass")[0]
        item.title = "[privat] Oppfølging av Per"
        store.save_docs(classes=[school_class.to_dict()], wheel=[item.to_dict()])
        text = render(store, clock)
    finally:
        store.close()
    assert "Per" not in text
    assert "Spond fungerte godt." in text and "Start tidlig." in text


def test_a_term_ended_early_is_handed_over_with_its_reason(data_dir: Path, clock: FixedClock):
    from datetime import date

    from kktui.school.elections import end_term

    store = demo(data_dir, clock)
    try:
        ingrid = next(r for r in store.roles("democlass") if r.kind == "fau")
        store.save_docs(roles=[end_term(ingrid, date(2026, 11, 1), "flyttet").to_dict()])
        text = render(store, clock)
    finally:
        store.close()
    assert "**FAU-representant:** Ingrid Dahl (01.08.2025–01.11.2026, sluttet 01.11.2026: flyttet)" in text
