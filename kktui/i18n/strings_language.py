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
    # -- the class's language: what goes to its parents ---------------------------
    "class.lang": ("Språk", "Language", "Språk"),
    "class.lang_hint": (
        "Språket i innkallinger, referater og telefonsidene til klassens foreldre: bokmål, nynorsk eller engelsk. Nye møter får det.",
        "The language of the notices, minutes and phone pages for the class's parents: bokmål, nynorsk or English. New meetings get it.",
        "Språket i innkallingar, referat og telefonsidene til foreldra i klassen: bokmål, nynorsk eller engelsk. Nye møte får det.",
    ),
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
