"""The class a user means: the current one, or one found by its name; and importing its class list.

The CLI (`--class 4B`) and the screens (the class bar, a meeting's class field) find a
class the same way here, and a class list is imported the same way from both: people,
the class, and the contact-teacher role kept in step with it in one write.
"""

from __future__ import annotations

from pathlib import Path

from kktui.i18n import t
from kktui.school.csv_import import Preview, apply, read_class_list
from kktui.school.model import Person, SchoolClass, grade_from_name, name_key
from kktui.services.session import Session


class ClassNotChosen(LookupError):
    """One sentence: which class was meant is not clear (none yet, several, or no such name)."""


def class_named(session: Session, name: str) -> SchoolClass | None:
    """The class with this name (case and spaces ignored); the newest school year if several."""
    found = [c for c in session.classes() if name_key(c.name) == name_key(name)]
    return max(found, key=lambda c: c.school_year) if found else None


def current_class(session: Session) -> SchoolClass | None:
    """The class chosen last, else the first one; None before any class exists."""
    return session.current_class()


def class_id_for(session: Session, name: str) -> str:
    """The id of the class a meeting names: the current class first, then any other by name."""
    if not name:
        return ""
    current = session.current_class()
    if current is not None and name_key(current.name) == name_key(name):
        return current.id
    found = class_named(session, name)
    return found.id if found else ""


def chosen_class(session: Session, name: str | None) -> SchoolClass:
    """The class named (an existing one)."""
    found = class_named(session, name or "")
    if found is None:
        raise ClassNotChosen(t("cli.no_such_class", name=name))
    return found


def class_to_import_into(session: Session, name: str | None) -> SchoolClass:
    """The class named (made if it is new), else the chosen one, else the only one."""
    from kktui.school.school_years import school_year_of

    if name:
        return class_named(session, name) or SchoolClass(
            name=" ".join(name.split()),
            grade=grade_from_name(name) or 1,
            school_year=school_year_of(session.clock.today()),
        )
    classes = session.classes()
    chosen = session.store.current_class_id()
    found = next((c for c in classes if c.id == chosen), classes[0] if len(classes) == 1 else None)
    if found is None:
        raise ClassNotChosen(t("cli.which_class" if classes else "cli.no_class"))
    return found


def preview_class_list(session: Session, path: Path, school_class: SchoolClass) -> Preview:
    """What an import would do; raises ClassListError (one sentence with file:line) for an unreadable file."""
    return read_class_list(path, session.class_people(school_class.id), school_class.id)


def import_class_list(
    session: Session, preview: Preview, school_class: SchoolClass, update: bool, lang: str | None = None
) -> tuple[list[Person], list[Person]]:
    """Save the new (and, with `update`, the changed) people with their class and its teacher role;
    `lang` (nb, nn, en) sets the language the class writes to its parents in.

    The class becomes the current one only when none was chosen yet. Returns (new, changed).
    """
    new, changed = apply(preview, update)
    relanguaged = lang is not None and lang != school_class.lang
    if lang is not None:
        school_class.lang = lang
    if new or changed or relanguaged:
        session.save_class(
            school_class, people=new + changed, make_current=not session.store.current_class_id()
        )
    return new, changed
