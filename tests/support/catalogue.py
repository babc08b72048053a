"""The catalogues as tests read them: key -> (bokmål, English, nynorsk), from the .po files.

Each column is a text, or (singular, plural) for an entry read with tn().
"""

from __future__ import annotations

from functools import cache

from kktui.i18n import tool

COLUMNS = ("nb", "en", "nn")


@cache
def entries() -> dict[str, tuple]:
    by_lang = {lang: tool.read_catalogue(lang) for lang in COLUMNS}
    out: dict[str, tuple] = {}
    for message in by_lang["nb"]:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        row = []
        for lang in COLUMNS:
            found = by_lang[lang].get(message.id)
            text = found.string if found is not None else ""
            row.append(text if isinstance(text, str) else tuple(text))
        out[key] = tuple(row)
    return out


def plural_keys() -> list[str]:
    return sorted(key for key, entry in entries().items() if isinstance(entry[0], tuple))
