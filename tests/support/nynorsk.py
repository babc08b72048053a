"""A few catalogue entries in nynorsk, as the translators are adding them area by area.

Until the whole catalogue is translated, a nynorsk text falls back to bokmål; an output test
puts these in (with pytest's monkeypatch) to tell "written in the meeting's language" from
"written in the user's": the nynorsk must show, the bokmål beside it must not.
"""

from __future__ import annotations

import pytest

from kktui.i18n.catalogue import STRINGS

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


def with_some_nynorsk(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Put the entries above into the catalogue for one test; returns key -> the bokmål text."""
    bokmal = {}
    for key, nynorsk in SOME_NYNORSK.items():
        nb, en = STRINGS[key][:2]
        monkeypatch.setitem(STRINGS, key, (nb, en, nynorsk))
        bokmal[key] = nb
    return bokmal
