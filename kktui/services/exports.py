"""Saving a document as a file: minutes, handover, calendar, the QR code, the copied minutes.

One name rule, one write and one error sentence for the CLI and the screens alike. The
write accepts only a `Cleared` (kktui.output.gate), so whatever is saved has passed the
privacy rules; it is atomic for a regular file and writes straight into a pipe or device
(`-o /dev/stdout`), which a rename would replace instead.
"""

from __future__ import annotations

from pathlib import Path

from kktui.i18n import t
from kktui.meeting.model import Meeting
from kktui.output import gate
from kktui.output.gate import Cleared
from kktui.school.model import SchoolClass
from kktui.services.session import Session
from kktui.storage import locations
from kktui.storage.files import StorageError, atomic_write_text


class ExportFailed(StorageError):
    """One sentence: which file could not be written, and why."""


def safe_name(text: str, fallback: str) -> str:
    """Text as part of a file name: letters and digits kept, anything else one '-'."""
    safe = "".join(ch if ch.isalnum() else "-" for ch in text)
    while "--" in safe:
        safe = safe.replace("--", "-")
    return safe.strip("-") or fallback


def minutes_name(meeting: Meeting, ext: str = "md") -> str:
    return f"{meeting.date or 'udatert'}-{safe_name(meeting.title.lower(), 'referat')}-{meeting.id}.{ext}"


def handover_name(school_class: SchoolClass, fmt: str) -> str:
    return (
        f"{t('handover.file')}-{safe_name(school_class.name, 'klasse')}-"
        f"{safe_name(school_class.school_year, 'aar')}.{fmt}"
    )


def calendar_name(school_class: SchoolClass) -> str:
    return f"kktui-{safe_name(school_class.name, 'klasse')}.ics"


def write(path: Path, cleared: Cleared, *, make_folder: bool = True) -> Path:
    """Write cleared text to `path`; `make_folder=False` for a path the user typed (-o FILE)."""
    text = gate.require(cleared).text
    if not make_folder and not path.parent.is_dir():
        raise ExportFailed(t("cli.no_parent", path=path, folder=path.parent))
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            with open(path, "w", encoding="utf-8", newline="\n") as handle:  # a pipe or a device
                handle.write(text)
        else:
            atomic_write_text(path, text)
    except OSError as exc:
        raise ExportFailed(t("export.failed", path=path, reason=exc.strerror or exc)) from None
    return path


def export(session: Session, cleared: Cleared, name: str, folder: Path | None = None) -> Path:
    """Into the chosen folder, or the data folder's exports/ when none was chosen."""
    return write((folder or locations.exports_dir(session.data_dir)) / name, cleared)


# -- the documents ----------------------------------------------------------------------------
def minutes(session: Session, meeting: Meeting, fmt: str = "md", confirmed: bool = False) -> Cleared:
    """The minutes for a file; a confidential meeting needs `confirmed` (raises NeedsConfirmation)."""
    return gate.minutes(
        meeting, session.tasks(meeting.id), session.now(), fmt, purpose=gate.EXPORT, confirmed=confirmed
    )


def export_minutes(
    session: Session, meeting: Meeting, fmt: str = "md", confirmed: bool = False, folder: Path | None = None
) -> Path:
    return export(session, minutes(session, meeting, fmt, confirmed), minutes_name(meeting, fmt), folder)


def handover(session: Session, school_class: SchoolClass, fmt: str = "md") -> Cleared:
    """In the class's language: it is for the class's next contacts."""
    return gate.handover(
        school_class,
        session.meetings(),
        session.tasks(),
        session.roles(school_class.id),
        session.wheel(school_class.id),
        session.clock.today(),
        fmt,
        school_class.lang,
    )


def export_handover(
    session: Session, school_class: SchoolClass, fmt: str = "md", folder: Path | None = None
) -> Path:
    return export(session, handover(session, school_class, fmt), handover_name(school_class, fmt), folder)


def calendar(session: Session, school_class: SchoolClass | None = None) -> Cleared:
    """One class's calendar, or every class's when `school_class` is None."""
    classes = session.classes()
    if school_class is None:
        wheel = [item for c in classes for item in session.wheel(c.id)]
        return gate.calendar(classes, wheel, session.meeting_index(), session.tasks(), session.clock.now())
    return gate.calendar(
        classes,
        session.wheel(school_class.id),
        session.meeting_index(),
        session.tasks(),
        session.clock.now(),
        {school_class.id},
        f"kktui {school_class.name}",
    )


def export_calendar(session: Session, school_class: SchoolClass, folder: Path | None = None) -> Path:
    return export(session, calendar(session, school_class), calendar_name(school_class), folder)


def save_qr(session: Session, meeting: Meeting, url: str, folder: Path | None = None) -> Path:
    """The QR code of a shared link as an SVG, e.g. for a slide or a printed notice."""
    return export(
        session,
        gate.qr_svg(url, meeting),
        minutes_name(meeting, "md").removesuffix(".md") + "-qr.svg",
        folder,
    )


def copy_minutes(session: Session, meeting: Meeting) -> tuple[Cleared, Path]:
    """The minutes for the clipboard (never a confidential meeting), and always saved as a file too."""
    cleared = gate.minutes(meeting, session.tasks(meeting.id), session.now(), "md", purpose=gate.SHARE)
    return cleared, export(session, cleared, minutes_name(meeting))
