"""Languages: the names of the three, the class's and the meeting's language, the UI language cycle.

Entries are (bokmål, English, nynorsk).
"""

STRINGS = {
    "lang.nb": ("bokmål", "Norwegian Bokmål", "bokmål"),
    "lang.nn": ("nynorsk", "Norwegian Nynorsk", "nynorsk"),
    "lang.en": ("engelsk", "English", "engelsk"),
    # The l key on home names the language it switches to: bokmål → nynorsk → English → bokmål.
    "key.language_next": ("Nynorsk", "Bokmål", "English"),
    "tip.language_next": (
        "Bytt språk til nynorsk (huskes til neste gang)",
        "Switch the language to Norwegian Bokmål (remembered)",
        "Byt språk til engelsk (blir hugsa til neste gong)",
    ),
    "settings.language_set": (
        "kktui snakker nå {language}. Trykk l igjen for neste språk.",
        "kktui now speaks {language}. Press l again for the next language.",
        "kktui snakkar no {language}. Trykk l igjen for neste språk.",
    ),
    # -- choosing a language for what goes to the parents (ctrl+g in a form) ---------
    "lang.shown": (
        "{language} · til foreldrene ({key})",
        "{language} · to the parents ({key})",
        "{language} · til foreldra ({key})",
    ),
    "lang.pick_title": ("Språk til foreldrene", "Language for the parents", "Språk til foreldra"),
    "lang.pick_hint": (
        "↑↓ og Enter velger · Esc avbryter",
        "↑↓ and Enter choose · Esc cancels",
        "↑↓ og Enter vel · Esc avbryt",
    ),
    "key.pick_language": ("Språk", "Language", "Språk"),
    "tip.pick_language": (
        "Velg språket i innkalling, referat og telefonsidene",
        "Choose the language of the notice, minutes and phone pages",
        "Vel språket i innkallinga, referatet og telefonsidene",
    ),
    # -- the class's language: what goes to its parents ---------------------------
    "class.lang": ("Språk", "Language", "Språk"),
    "class.bad_lang": (
        "«{text}» er ikke et språk kktui skriver; skriv bokmål, nynorsk eller engelsk",
        "«{text}» is not a language kktui writes; write bokmål, nynorsk or English",
        "«{text}» er ikkje eit språk kktui skriv; skriv bokmål, nynorsk eller engelsk",
    ),
    "import.class_lang": (
        "{name} skriver til foreldrene på {language}.",
        "{name} writes to its parents in {language}.",
        "{name} skriv til foreldra på {language}.",
    ),
    # -- one meeting's language (ctrl+o) ------------------------------------------
    "field.lang": ("Språk", "Language", "Språk"),
}
