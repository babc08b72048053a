"""Every user-facing text, in bokmål, nynorsk and English, from gettext catalogues.

The catalogues are `kktui/locale/<lang>/LC_MESSAGES/kktui.po`, compiled to `.mo` (the app
reads only the `.mo`, with the standard library, so start-up does not pay for Babel). The
message ids are keys such as `min.tasks`; `t` gives a text, `tn` one whose words depend on
a number. The language is set once at start-up (`use`), never read from config at import
time; a catalogue is read the first time its language is asked for.
"""

from __future__ import annotations

import gettext
from pathlib import Path

LANGUAGES = ("nb", "nn", "en")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "kktui"
_lang = "nb"
_loaded: dict[str, gettext.GNUTranslations] = {}


def use(lang: str) -> None:
    global _lang
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose nb, nn or en")
    _lang = lang


def current() -> str:
    return _lang


def messages(lang: str | None = None) -> gettext.GNUTranslations:
    """The compiled catalogue of `lang` (the current language if None)."""
    lang = lang or _lang
    found = _loaded.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose nb, nn or en")
        with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as file:
            found = _loaded[lang] = gettext.GNUTranslations(file)
    return found


def has(key: str, lang: str | None = None) -> bool:
    """Whether `key` is a message of the catalogue ("" is not: gettext keeps its header there)."""
    return bool(key) and messages(lang).gettext(key) != key


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The text for `key` in the current language, with {placeholders} filled in.

    `key` and `lang` are positional-only, so `{key}` and `{lang}` can be placeholders.
    An unknown key is a KeyError: a missing text is a bug, not something to show.
    """
    text = messages(lang).gettext(key) if key else key
    if text == key:
        raise KeyError(key)
    return text.format(**values) if values else text


def tn(key: str, n: int, lang: str | None = None, /, **values: object) -> str:
    """The singular or plural text for `key`, chosen by `n` with the language's plural rule
    (`n` is also the placeholder {n})."""
    text = messages(lang).ngettext(key, key, n)
    if text == key:
        raise KeyError(key)
    values.setdefault("n", n)
    return text.format(**values)
