"""User-facing strings: the meeting screen read at a glance (over-time, forms, palette). key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    # -- running over (screens/views/live_time.py) ---------------------------------------
    "key.take_time": ("Ta tid", "Take time", "Ta tid"),
    "tip.take_time": (
        "Gi punktet som går over tiden minuttene fra de neste punktene",
        "Give the step running over the minutes from the next steps",
        "Gje punktet som går over tida minutta frå dei neste punkta",
    ),
    "live.over_hint": (
        "ctrl+n: videre · F7: ta {minutes} min fra neste",
        "ctrl+n: move on · F7: borrow {minutes} min",
        "ctrl+n: vidare · F7: ta {minutes} min frå neste",
    ),
    "live.over_hint_no_time": (
        "ctrl+n: videre · ctrl+f: avslutt",
        "ctrl+n: move on · ctrl+f: finish",
        "ctrl+n: vidare · ctrl+f: avslutt",
    ),
    "live.not_over": (
        "Punktet er innenfor tiden.",
        "The step is within its time.",
        "Punktet er innanfor tida.",
    ),
    "live.no_time_to_take": (
        "De neste punktene har ingen minutter å gi: gå videre med ctrl+n.",
        "The next steps have no minutes to give: move on with ctrl+n.",
        "Dei neste punkta har ingen minutt å gje: gå vidare med ctrl+n.",
    ),
    "live.time_taken": (
        "{minutes} min flyttet hit fra de neste punktene.",
        "{minutes} min moved here from the next steps.",
        "{minutes} min flytta hit frå dei neste punkta.",
    ),
    # -- the closing form (screens/panels/closing.py) ------------------------------------
    "closing.means": ("dvs. {when}", "i.e. {when}", "dvs. {when}"),
    "capture.measure_title": ("Nytt tiltak", "New measure", "Nytt tiltak"),
    "live.measure_saved": (
        "Tiltaket er notert ({who}).",
        "Measure noted ({who}).",
        "Tiltaket er notert ({who}).",
    ),
    # -- the preparation form (screens/panels/preparation.py) ----------------------------
    "prep.keys": (
        "tab / shift+tab: mellom feltene og notatene",
        "tab / shift+tab: between fields and notes",
        "tab / shift+tab: mellom felta og notata",
    ),
    # -- the command palette (screens/commands.py) ----------------------------------------
    "cmd.search": (
        "Søk etter kommandoer, møter og veiledere …",
        "Search for commands, meetings and guides…",
        "Søk etter kommandoar, møte og rettleiarar …",
    ),
    "cmd.no_matches": ("Ingen treff", "No matches found", "Ingen treff"),
}
