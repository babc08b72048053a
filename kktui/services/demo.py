"""A sample class with meetings and tasks, so a newcomer sees a living app at once."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from kktui.clock import Clock
from kktui.i18n import LANGUAGES
from kktui.meeting import template_ids
from kktui.meeting.approval import add_approval_step
from kktui.meeting.followup import add_followup_step
from kktui.meeting.model import Decision, Meeting, Task
from kktui.meeting.templates import Template, find_template
from kktui.school.elections import Ballot, elect, teacher_role
from kktui.school.model import CallEntry, Person, SchoolClass
from kktui.school.school_years import format_school_year, parse_school_year, school_year_of
from kktui.school.yearwheel import propose
from kktui.storage.store import Store

PARENTS = ["Kari Nordmann", "Ola Hansen", "Amina Yusuf", "Lars Berg", "Ingrid Dahl", "Tomasz Nowak"]
CLASS_ID = "democlass"
# name, children, phone, languages, needs an interpreter (sample people, not real numbers)
PEOPLE = [
    ("Kari Nordmann", ["Emma"], "90000001", ["norsk"], False),
    ("Ola Hansen", ["Jonas"], "90000002", ["norsk"], False),
    ("Amina Yusuf", ["Hodan"], "90000003", ["somali", "engelsk"], True),
    ("Lars Berg", ["Sofie", "Ida"], "90000004", ["norsk"], False),
    ("Ingrid Dahl", ["Noah"], "90000005", ["norsk"], False),
    ("Tomasz Nowak", ["Zofia"], "90000006", ["polsk", "norsk"], False),
    ("Mona Holm", ["Filip"], "90000007", ["norsk"], False),
    ("Ali Hassan", ["Sara"], "90000008", ["arabisk"], False),
]

# Sample data, not interface text: what a real class might have written down.
SAMPLE = {
    "nb": {
        "teacher": "Marte Lie (kontaktlærer)",
        "room": "Klasserom 4B",
        "hall": "Aulaen",
        "p0": "Alle tre til stede. Vi ble enige om å bruke Spond for foreldregruppa.",
        "p1": "Lærer ønsker at foreldre snakker positivt om skolen hjemme.\nForeldre vil ha ukebrev på fredager.",
        "p2": "Spond for foreldre, Visma for beskjeder fra skolen.",
        "pd": "Foreldregruppa bruker Spond; kontaktlærer sender ukebrev fredag.",
        "t0": "Opprette Spond-gruppe og invitere alle foreldre",
        "t1": "Sende klasseliste til klassekontaktene",
        "t2": "Lage forslag til årshjul",
        "a0": "22 foreldre til stede.",
        "a1": "Lærer gikk gjennom hvorfor samarbeid hjem–skole betyr mye.",
        "ad": "Felles regel: ingen mobil på soverommet etter kl. 21.",
        "t3": "Planlegge høsttur for klassen",
        "t4": "Ringe foreldre som ikke kom",
        "school": "Solbakken skole",
    },
    "nn": {
        "teacher": "Marte Lie (kontaktlærar)",
        "room": "Klasserom 4B",
        "hall": "Aulaen",
        "p0": "Alle tre til stades. Me vart samde om å bruke Spond for foreldregruppa.",
        "p1": "Læraren ønskjer at foreldra snakkar positivt om skulen heime.\nForeldra vil ha vekebrev på fredagar.",
        "p2": "Spond for foreldra, Visma for beskjedar frå skulen.",
        "pd": "Foreldregruppa bruker Spond; kontaktlæraren sender vekebrev fredag.",
        "t0": "Opprette Spond-gruppe og invitere alle foreldra",
        "t1": "Sende klasselista til klassekontaktane",
        "t2": "Lage framlegg til årshjul",
        "a0": "22 foreldre til stades.",
        "a1": "Læraren gjekk gjennom kvifor samarbeid heim–skule betyr mykje.",
        "ad": "Felles regel: ingen mobil på soverommet etter kl. 21.",
        "t3": "Planleggje haustturen for klassen",
        "t4": "Ringje foreldre som ikkje kom",
        "school": "Solbakken skule",
    },
    "en": {
        "teacher": "Marte Lie (contact teacher)",
        "room": "Classroom 4B",
        "hall": "The assembly hall",
        "p0": "All three present. We agreed to use Spond for the parents' group.",
        "p1": "The teacher wants parents to speak positively about school at home.\nParents want a weekly letter on Fridays.",
        "p2": "Spond for parents, Visma for messages from the school.",
        "pd": "The parents' group uses Spond; the contact teacher sends a weekly letter on Fridays.",
        "t0": "Create the Spond group and invite all parents",
        "t1": "Send the class list to the class contacts",
        "t2": "Draft a year wheel",
        "a0": "22 parents present.",
        "a1": "The teacher explained why home–school cooperation matters.",
        "ad": "Shared rule: no phones in the bedroom after 9 pm.",
        "t3": "Plan an autumn trip for the class",
        "t4": "Call the parents who did not come",
        "school": "Solbakken School",
    },
}


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
    meeting = template.new_meeting(
        date=day.isoformat(),
        time=time,
        place=place,
        class_name="4B",
        attendees=list(attendees),
        class_id=CLASS_ID,
    )
    meeting.id = mid
    return meeting


def seed(store: Store, lang: str = "nb", clock: Clock | None = None) -> None:
    clock = clock or Clock()
    text = SAMPLE.get(lang, SAMPLE["nb"])
    teacher = text["teacher"]
    today = clock.today()
    start = school_year_start(today)
    planning = find_template(template_ids.PLANNING, lang)
    autumn = find_template(template_ids.AUTUMN_MEETING, lang)
    spring = find_template(template_ids.SPRING_MEETING, lang) or autumn
    meetings: list[Meeting] = []
    tasks: list[Task] = []

    if planning is not None:
        day = start + timedelta(days=10)
        m = _meeting(planning, "demo01", day, "18:00", text["room"], [teacher, "Kari Nordmann", "Ola Hansen"])
        _finish(
            m,
            datetime.combine(day, datetime.min.time()).replace(hour=18),
            {0: text["p0"], 1: text["p1"], 2: text["p2"]},
            {1: 240},
        )
        decision = Decision(text["pd"], step_id=m.steps[min(2, len(m.steps) - 1)].id, created_at=m.started_at)
        m.decisions.append(decision)
        meetings.append(m)
        tasks += [
            Task(
                text["t0"],
                "Kari Nordmann",
                (day + timedelta(days=7)).isoformat(),
                "done",
                m.id,
                m.steps[1].id,
            ),
            Task(text["t1"], "Marte Lie", (day + timedelta(days=3)).isoformat(), "done", m.id, m.steps[1].id),
            Task(
                text["t2"],
                "Ola Hansen",
                (today - timedelta(days=5)).isoformat(),
                "open",
                m.id,
                m.steps[-1].id,
            ),
        ]
    if autumn is not None:
        day = start + timedelta(days=31)
        m = _meeting(autumn, "demo02", day, "18:00", text["hall"], [teacher, *PARENTS])
        _finish(
            m,
            datetime.combine(day, datetime.min.time()).replace(hour=18),
            {0: text["a0"], 1: text["a1"]},
            {0: 120},
        )
        m.decisions.append(Decision(text["ad"], step_id=m.steps[-1].id, created_at=m.started_at))
        meetings.append(m)
        tasks += [
            Task(
                text["t3"],
                "Amina Yusuf",
                (today + timedelta(days=14)).isoformat(),
                "open",
                m.id,
                m.steps[-1].id,
            ),
            Task(
                text["t4"], "Lars Berg", (today + timedelta(days=3)).isoformat(), "open", m.id, m.steps[-1].id
            ),
        ]
    for n, task in enumerate(tasks):
        task.id = f"demot{n}"
        task.created_at = f"{start.isoformat()}T{n:02d}"
    if spring is not None:
        day = date(start.year + 1, 3, 12)
        m = _meeting(spring, "demo03", day, "18:00", text["room"], [])
        add_followup_step(m, tasks, meetings)  # the open tasks come first on its agenda
        add_approval_step(m, meetings, spring.approval, {template_ids.PLANNING})  # the autumn minutes
        meetings.append(m)
    store.save(meetings, tasks)
    _seed_class(store, text, today, lang)


def _seed_class(store: Store, text: dict[str, str], today: date, lang: str) -> None:
    """Class 4B with its parents, this year's roles, a year wheel and a start on the call list."""
    year = school_year_of(today)
    school_class = SchoolClass(
        name="4B",
        school=text["school"],
        grade=4,
        school_year=year,
        teacher="Marte Lie",
        top_grade=7,
        id=CLASS_ID,
        lang=lang if lang in LANGUAGES else "nb",  # the demo writes to its parents as it speaks
    )
    people = [
        Person(
            name,
            CLASS_ID,
            children=children,
            phone=phone,
            languages=languages,
            needs_interpreter=interpreter,
            email=f"{name.split()[0].lower()}@example.org",
            id=f"demop{n}",
        )
        for n, (name, children, phone, languages, interpreter) in enumerate(PEOPLE)
    ]
    people.append(
        Person("Marte Lie", CLASS_ID, kind="teacher", email="marte.lie@example.org", id="demoteacher")
    )
    roles = elect(
        school_class,
        year,
        Ballot.of(class_contact=["Kari Nordmann", "Ola Hansen"], deputy=["Amina Yusuf", "Lars Berg"]),
        people=people,
        meeting_id="demoelection",
    )
    last_year = SchoolClass.from_dict(
        {**school_class.to_dict(), "grade": 3, "school_year": format_school_year(parse_school_year(year) - 1)}
    )
    roles += elect(
        last_year,
        last_year.school_year,
        Ballot.of(fau=["Ingrid Dahl"], fau_deputy=["Tomasz Nowak"]),
        people=people,
        meeting_id="demoelection0",
    )
    teacher = teacher_role(school_class)
    if teacher is not None:
        roles.append(teacher)
    wheel = propose(CLASS_ID, year, roles, lang)
    calls = [
        CallEntry("demo03", "demop0", invited=True, answer="yes"),
        CallEntry("demo03", "demop2", invited=True, answer="yes", companion=True),
        CallEntry("demo03", "demop7", invited=True, answer="maybe", lift=True),
    ]
    store.save_docs(
        classes=[school_class.to_dict()],
        people=[p.to_dict() for p in people],
        roles=[r.to_dict() for r in roles],
        wheel=[w.to_dict() for w in wheel],
        calls=[c.to_dict() for c in calls],
        prefs=[Store.current_class_doc(CLASS_ID)],
    )


def folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())
