"""The top of the home screen: which class, who holds which role until when, and what is due.

The spring reminder comes from the sources: the class contacts help make sure next
year's contacts are elected and told what the job is, before the summer.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widgets import Static

from kktui.dates import show_date
from kktui.i18n import t, tn
from kktui.school.elections import holders, spring_reminder
from kktui.school.model import Role, SchoolClass
from kktui.school.school_years import school_year_start
from kktui.services.session import Session

SHOWN_KINDS = ("class_contact", "deputy", "fau", "fau_deputy")


def roles_line(roles: list[Role], today: date) -> str:
    """`In office until 31.07.2027: class contacts A and B · deputies C and D · FAU E (until …)`."""
    year_end = date(school_year_start(today) + 1, 7, 31).isoformat()
    now = holders(roles, today)
    parts = []
    for kind in SHOWN_KINDS:
        found = now.get(kind, [])
        if not found:
            continue
        names = [
            r.name + (f" ({t('class_bar.until', date=show_date(r.end))})" if r.end != year_end else "")
            for r in found
        ]
        joined = (
            names[0] if len(names) == 1 else t("word.and_join", first=", ".join(names[:-1]), last=names[-1])
        )
        parts.append(f"{tn(f'role.{kind}', len(found))} {joined}")
    if not parts:
        return t("class_bar.no_roles")
    return t("class_bar.roles", date=show_date(year_end), roles=" · ".join(parts))


def class_line(school_class: SchoolClass) -> str:
    bits = [school_class.name]
    if school_class.school:
        bits.append(school_class.school)
    bits.append(t("handover.grade", grade=school_class.grade))
    if school_class.school_year:
        bits.append(school_class.school_year)
    if school_class.teacher:
        bits.append(t("handover.teacher", name=school_class.teacher))
    return " · ".join(bits)


class ClassBar(Static):
    """A few short lines (the Footer cannot show every key at 80 columns); refreshed by home."""

    def show(self, session: Session) -> None:
        school_class = session.current_class()
        if school_class is None:
            self.update(
                Text(t("class_bar.no_class"), style="italic") + Text("\n" + t("class_bar.keys"), style="dim")
            )
            return
        today = session.clock.today()
        roles = session.roles(school_class.id)
        text = Text()
        text.append(class_line(school_class), style="bold")
        text.append("\n" + roles_line(roles, today))
        proposed = spring_reminder(roles, today, school_class)
        if proposed is not None:
            names = (
                t("word.and_join", first=", ".join(proposed[:-1]), last=proposed[-1])
                if len(proposed) > 1
                else "".join(proposed)
            )
            if school_class.election_season == "spring":
                reminder = t("class_bar.spring", names=names) if proposed else t("class_bar.spring_no_names")
            else:  # the class elects in the autumn: now is the time to ask the deputies
                reminder = (
                    t("class_bar.spring_confirm", names=names)
                    if proposed
                    else t("class_bar.spring_confirm_no_names")
                )
            text.append("\n" + reminder, style="bold yellow")
        text.append("\n" + t("class_bar.keys"), style="dim")
        self.update(text)
