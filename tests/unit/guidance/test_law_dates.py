"""Content that cites the law says when it was last checked, and `check-content` warns when that is stale."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from kktui.clock import FixedClock
from kktui.guidance.check import check_content
from kktui.guidance.guides import read_guide
from kktui.guidance.law_dates import law_date_warnings
from kktui.meeting.templates import read_template
from kktui.storage import locations

CONTENT = locations.content_dir()
GUIDE = """\
---
sist kontrollert: 2026-12-01
---
# Når en forelder forteller om mobbing

Opplæringsloven kapittel 12 gir skolen en aktivitetsplikt.
"""


def on(day: str) -> FixedClock:
    return FixedClock(datetime.fromisoformat(day + "T12:00"))


def content_with(tmp_path: Path, **files: str) -> Path:
    root = tmp_path / "content"
    for name, text in files.items():
        path = root / "guides" / "nb" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_date_within_a_year_is_fine_and_an_older_one_is_warned_about(tmp_path: Path) -> None:
    root = content_with(tmp_path, mobbing=GUIDE)
    assert law_date_warnings(root, on("2027-12-01")) == []
    warnings = law_date_warnings(root, on("2027-12-02"))
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{root / 'guides' / 'nb' / 'mobbing.md'}:2: advarsel:")
    assert "2026-12-01" in warnings[0]


def test_a_file_that_cites_the_law_without_a_date_is_warned_about(tmp_path: Path) -> None:
    root = content_with(
        tmp_path,
        mobbing=GUIDE.split("---\n", 2)[2],
        kake="# Kakelotteri\n\nHvem baker?\n",  # no law: no date needed
        feil="---\nsist kontrollert: i fjor\n---\n# Feil\n\nForskriften sier noe.\n",
    )
    warnings = law_date_warnings(root, on("2026-12-01"))
    assert [w.split(": ", 1)[0] for w in warnings] == [
        f"{root / 'guides' / 'nb' / 'feil.md'}:2",
        f"{root / 'guides' / 'nb' / 'mobbing.md'}:1",
    ]
    assert "«i fjor»" in warnings[0]


def test_every_shipped_file_that_cites_the_law_was_checked_on_the_first_of_december() -> None:
    assert law_date_warnings(CONTENT, on("2026-12-01")) == []
    stale = law_date_warnings(CONTENT, on("2028-01-01"))
    names = {Path(w.split(":", 1)[0]).relative_to(CONTENT).as_posix() for w in stale}
    assert {
        "guides/nb/utviklingssamtale.md",
        "guides/en/mobbing.md",
        "templates/nb/utviklingssamtale.md",
    } <= names


def test_the_front_matter_is_not_shown_and_does_not_break_the_checks() -> None:
    guide = read_guide(CONTENT / "guides" / "nb" / "mobbing.md", "nb")
    assert guide.title == "Når en forelder forteller om mobbing"
    assert "sist kontrollert" not in guide.text and "---" not in guide.text.split("#", 1)[0]
    template = read_template(CONTENT / "templates" / "en" / "utviklingssamtale.md", "en", builtin=True)
    assert template.leader == "teacher" and template.steps
    problems, _, _ = check_content(CONTENT)
    assert problems == []


def test_check_content_prints_the_warning_but_does_not_fail(tmp_path: Path) -> None:
    root = content_with(tmp_path, mobbing=GUIDE.replace("2026-12-01", "2001-01-01"))
    result = subprocess.run(
        [sys.executable, "-m", "kktui", "check-content", str(root)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "mobbing.md:2: advarsel: lovhenvisningene ble sist kontrollert 2001-01-01" in result.stderr
