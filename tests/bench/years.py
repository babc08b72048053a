"""Ten years of a busy class, generated: about 1,000 meetings, 10,000 tasks, 5 MB of notes.

    .venv/bin/python tests/bench/years.py DIR      (DIR must be empty or missing)

Used by the typing and opening benchmarks; deterministic (seeded), so runs compare.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from kktui.meeting.model import Decision, Task
from kktui.meeting.templates import load_templates
from kktui.storage.store import Store

WORDS = (
    "klassemiljø foreldre lærer elevene avtale tur dugnad bursdag skjerm leggetid lekser "
    "Spond invitasjon FAU årshjul kaffe kake aula gymsal trivsel mobbing vennskap"
).split()


def notes(rng: random.Random, size: int) -> str:
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def generate(
    folder: Path,
    years: int = 10,
    meetings_per_year: int = 100,
    tasks_per_meeting: int = 10,
    notes_bytes: int = 5_000_000,
) -> tuple[int, int]:
    rng = random.Random(2026)
    templates = [tpl for tpl in load_templates("nb")[0] if not tpl.confidential]
    per_meeting = notes_bytes // (years * meetings_per_year)
    meetings, tasks = [], []
    start = date(2016, 8, 20)
    for n in range(years * meetings_per_year):
        template = templates[n % len(templates)]
        day = start + timedelta(days=int(n * 365 * years / (years * meetings_per_year)))
        meeting = template.new_meeting(
            date=day.isoformat(),
            time="18:00",
            place="Klasserom",
            class_name="4B",
            attendees=["Kari", "Ola", "Marte"],
        )
        meeting.status = "finished"
        for step in meeting.steps:
            step.status = "done"
            step.elapsed_seconds = step.planned_minutes * 60
            step.notes = notes(rng, per_meeting // len(meeting.steps))
        meeting.decisions = [Decision(notes(rng, 60), step_id=meeting.steps[0].id) for _ in range(3)]
        meetings.append(meeting)
        for k in range(tasks_per_meeting):
            due = day + timedelta(days=14)
            tasks.append(
                Task(
                    notes(rng, 50),
                    rng.choice(["Kari", "Ola", "Amina", "Lars"]),
                    due.isoformat(),
                    "done" if k % 10 else "open",
                    meeting.id,
                    meeting.steps[-1].id,
                    created_at=day.isoformat(),
                )
            )
    store = Store.open(folder)
    try:  # one save: one write of the index, whatever the number of meetings
        store.save(meetings, tasks)
    finally:
        store.close()
    return len(meetings), len(tasks)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if target.exists() and any(target.iterdir()):
        sys.exit(f"{target} is not empty")
    n_meetings, n_tasks = generate(target)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"{target}: {n_meetings} meetings, {n_tasks} tasks, {size / 1e6:.1f} MB on disk")


def compile_kktui() -> None:
    """The apps run with PYTHONDONTWRITEBYTECODE, so a fresh checkout would recompile kktui on
    every start while the bare apps use the installed packages' compiled files: compile once."""
    import compileall
    import importlib.util

    for name in ("kktui", "kktui.screens"):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:  # kktui.screens is a folder of its own when editable
            compileall.compile_dir(str(Path(spec.origin).parent), quiet=2, workers=1)
