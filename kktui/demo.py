"""A sample class with meetings and tasks, so a newcomer sees a living app at once."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from .clock import Clock
from .model import Decision, Meeting, Task
from .store import Store
from .templates import Template, find_template

PARENTS = ["Kari Nordmann", "Ola Hansen", "Amina Yusuf", "Lars Berg", "Ingrid Dahl", "Tomasz Nowak"]
TEACHER = "Marte Lie (kontaktlærer)"


def school_year_start(today: date) -> date:
    """The school year turns in August."""
    year = today.year if today.month >= 8 else today.year - 1
    return date(year, 8, 18)


def _finish(meeting: Meeting, started: datetime, notes: dict[int, str], overrun: dict[int, int]) -> None:
    meeting.status = "finished"
    meeting.started_at = started.isoformat(timespec="minutes")
    for index, step in enumerate(meeting.steps):
        step.status = "done"
        step.notes = notes.get(index, "")
        step.elapsed_seconds = step.planned_minutes * 60 + overrun.get(index, 0)
    meeting.current = len(meeting.steps) - 1
    ended = started + timedelta(seconds=meeting.total_elapsed(0))
    meeting.finished_at = ended.isoformat(timespec="minutes")


def _meeting(template: Template, mid: str, day: date, time: str, place: str, attendees) -> Meeting:
    meeting = template.new_meeting(date=day.isoformat(), time=time, place=place, class_name="4B",
                                   attendees=list(attendees))
    meeting.id = mid
    return meeting


def seed(store: Store, lang: str = "nb", clock: Clock | None = None) -> None:
    clock = clock or Clock()
    today = clock.today()
    start = school_year_start(today)
    planning = find_template("planleggingsmote", lang)
    autumn = find_template("foreldremote-host", lang)
    spring = find_template("foreldremote-var", lang) or autumn
    meetings: list[Meeting] = []
    tasks: list[Task] = []

    if planning is not None:
        day = start + timedelta(days=10)
        m = _meeting(planning, "demo01", day, "18:00", "Klasserom 4B",
                     [TEACHER, "Kari Nordmann", "Ola Hansen"])
        _finish(m, datetime.combine(day, datetime.min.time()).replace(hour=18),
                {0: "Alle tre til stede. Vi ble enige om å bruke Spond for foreldregruppa.",
                 1: "Lærer ønsker at foreldre snakker positivt om skolen hjemme.\n"
                    "Foreldre vil ha ukebrev på fredager.",
                 2: "Spond for foreldre, Visma for beskjeder fra skolen."},
                {1: 240})
        decision = Decision("Foreldregruppa bruker Spond; kontaktlærer sender ukebrev fredag.",
                            step_id=m.steps[min(2, len(m.steps) - 1)].id, created_at=m.started_at)
        m.decisions.append(decision)
        meetings.append(m)
        tasks += [
            Task("Opprette Spond-gruppe og invitere alle foreldre", "Kari Nordmann",
                 (day + timedelta(days=7)).isoformat(), "done", m.id, m.steps[1].id),
            Task("Sende klasseliste til klassekontaktene", "Marte Lie",
                 (day + timedelta(days=3)).isoformat(), "done", m.id, m.steps[1].id),
            Task("Lage forslag til årshjul", "Ola Hansen",
                 (today - timedelta(days=5)).isoformat(), "open", m.id, m.steps[-1].id),
        ]
    if autumn is not None:
        day = start + timedelta(days=31)
        m = _meeting(autumn, "demo02", day, "18:00", "Aulaen", [TEACHER, *PARENTS])
        _finish(m, datetime.combine(day, datetime.min.time()).replace(hour=18),
                {0: "22 foreldre til stede.", 1: "Lærer gikk gjennom hvorfor samarbeid hjem–skole betyr mye."},
                {0: 120})
        m.decisions.append(Decision("Felles regel: ingen mobil på soverommet etter kl. 21.",
                                    step_id=m.steps[-1].id, created_at=m.started_at))
        meetings.append(m)
        tasks += [
            Task("Planlegge høsttur for klassen", "Amina Yusuf",
                 (today + timedelta(days=14)).isoformat(), "open", m.id, m.steps[-1].id),
            Task("Ringe foreldre som ikke kom", "Lars Berg",
                 (today + timedelta(days=3)).isoformat(), "open", m.id, m.steps[-1].id),
        ]
    if spring is not None:
        day = date(start.year + 1, 3, 12)
        meetings.append(_meeting(spring, "demo03", day, "18:00", "Klasserom 4B", []))

    for n, task in enumerate(tasks):
        task.id = f"demot{n}"
        task.created_at = f"{start.isoformat()}T{n:02d}"
    store.save_docs([m.to_dict() for m in meetings], [t.to_dict() for t in tasks])


def folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())
