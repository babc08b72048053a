"""Yes, no and maybe as people type them, in bokmål and English: the one word set kktui has.

Templates (`confidential: ja`), class lists (a "Tolk" column) and the person form all
read answers here. "kanskje" / "maybe" is neither yes nor no: a field that must be yes or
no refuses it with one sentence; a field where "maybe" is worth a flag (does this family
need an interpreter?) says so itself (`yes_no_or_maybe`).
"""

from __future__ import annotations

from typing import Literal

from kktui.i18n import t

Answer = Literal["yes", "no", "maybe"]

YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant"})
NO = frozenset({"nei", "n", "no", "0", "false", "usant", "-"})
MAYBE = frozenset({"kanskje", "maybe", "?"})


def answer(text: str) -> Answer | None:
    """ "yes", "no" or "maybe" for a word kktui knows (any case, spaces around ignored); else None."""
    word = text.strip().casefold()
    if word in YES:
        return "yes"
    if word in NO:
        return "no"
    if word in MAYBE:
        return "maybe"
    return None


def yes_or_no(text: str, what: str) -> bool:
    """A yes/no field (blank is no); ValueError, one sentence naming `what`, for anything else."""
    said = answer(text) if text.strip() else "no"
    if said not in ("yes", "no"):
        raise ValueError(t("answer.yes_or_no", what=what, value=text.strip()))
    return said == "yes"


def yes_no_or_maybe(text: str, what: str) -> bool:
    """A flag where "maybe" counts as yes, because it is worth raising (blank is no)."""
    said = answer(text) if text.strip() else "no"
    if said is None:
        raise ValueError(t("answer.yes_no_or_maybe", what=what, value=text.strip()))
    return said != "no"
