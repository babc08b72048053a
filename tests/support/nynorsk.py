"""A few catalogue entries whose nynorsk and bokmål differ, for the output tests.

They tell "written in the meeting's language" from "written in the user's": the nynorsk
must show, the bokmål beside it must not.
"""

from __future__ import annotations

import pytest

from kktui.i18n import t

SOME_NYNORSK = {
    "min.place": "Stad",
    "min.present": "Til stades",
    "min.tasks": "Oppgåver",
    "min.task_owner": "ansvarleg: {owner}",
    "notice.where": "Kvar",
    "notice.reply_plain": "Meld forfall til klassekontaktane.",
    "live_view.tasks": "Oppgåver",
    "live_view.no_decisions": "Ingen vedtak enno.",
    "live_view.not_started": "Møtet har ikkje starta enno.",
    "handover.open_tasks": "Opne oppgåver",
    "handover.meetings": "Møte og vedtak",
    "handover.wheel": "Årshjulet",
}


def with_some_nynorsk(monkeypatch: pytest.MonkeyPatch | None = None) -> dict[str, str]:
    """key -> the bokmål text of the entries above, whose nynorsk the catalogue must hold as written."""
    assert {key: t(key, "nn") for key in SOME_NYNORSK} == SOME_NYNORSK
    return {key: t(key, "nb") for key in SOME_NYNORSK}
