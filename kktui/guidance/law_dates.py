"""Content that states the law carries the date it was last checked against the law.

Laws and regulations change (the Education Act of 2023 replaced the one of 1998 on
1 August 2024), so a template or guide that cites them says in its front matter when
someone last checked it: `sist kontrollert: 2026-12-01` (or `last checked:` in English).
`check-content` warns, without failing, when the date is missing, unreadable, or over a
year old on the day it runs.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from kktui.clock import Clock
from kktui.i18n import t

DATE_KEYS = ("sist kontrollert", "last checked")
MAX_AGE = timedelta(days=365)
# Words that mean the text states what the law says (not merely that a law exists).
CITES_LAW = re.compile(
    r"§|\bopplæringslov\w*|\bEducation Act\b|\bforskrift\w*|\bregulations\b|\bpersonopplysningslov\w*"
    r"|\bGDPR\b|\baktivitetsplikt\w*",
    re.IGNORECASE,
)


def last_checked(text: str) -> tuple[str, int] | None:
    """The date given in the front matter and its line number; None when there is none."""
    from kktui.guidance.guides import front_matter

    values = front_matter(text)
    for key in DATE_KEYS:
        if key in values:
            number = next(
                (n for n, line in enumerate(text.splitlines(), start=1) if line.lower().startswith(key)), 1
            )
            return values[key], number
    return None


def law_date_warnings(root: Path, clock: Clock | None = None) -> list[str]:
    """`file:line: warning` for every template or guide under `root` that cites the law with no
    recent `sist kontrollert` date."""
    from kktui.meeting.templates import TemplateError, read_markdown

    today = (clock or Clock()).today()
    warnings = []
    for path in sorted(root.rglob("*.md")):
        if path.name == "README.md":
            continue
        try:
            text = read_markdown(path)  # never a pipe, a device or a huge file
        except TemplateError:
            continue  # check_content reports it
        if not CITES_LAW.search(text):
            continue
        found = last_checked(text)
        if found is None:
            warnings.append(f"{path}:1: {t('check.law_no_date')}")
            continue
        value, number = found
        try:
            checked = date.fromisoformat(value)
        except ValueError:
            warnings.append(f"{path}:{number}: {t('check.law_bad_date', value=value)}")
            continue
        if today - checked > MAX_AGE:
            warnings.append(f"{path}:{number}: {t('check.law_old_date', date=value)}")
    return warnings
