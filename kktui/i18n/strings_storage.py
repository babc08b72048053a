"""User-facing strings: opening and keeping the data folder (wrong shapes, full or read-only
disks, a folder that went away). key -> (bokmål, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # -- a file or a field of the wrong shape ----------------------------------------
    "storage.too_deep": ("fila er nøstet for dypt til å leses", "the file is nested too deeply to be read"),
    "storage.is_folder": ("det er en mappe, ikke en fil", "it is a folder, not a file"),
    "shape.missing": ("{field} mangler", "{field} is missing"),
    "shape.wrong": ("{field} har feil form ({value})", "{field} has the wrong shape ({value})"),
    "shape.a_list": ("en liste", "a list"),
    "shape.an_object": ("et objekt", "an object"),
    "shape.more": ("og {n} til", "and {n} more"),
    "shape.meeting": ("møte", "meeting"),
    "shape.task": ("oppgave", "task"),
    "shape.class": ("klasse", "class"),
    "shape.person": ("personoppføring", "person"),
    "shape.role": ("verv", "role"),
    "shape.wheel_item": ("årshjulpunkt", "year-wheel item"),
    "shape.call": ("ringeliste-rad", "call-list row"),
    "storage.shape_mended": (
        "{path} har felt med feil form ({problems}); de har fått standardverdien og resten er åpnet som vanlig. Fila slik den var er tatt vare på som {moved}.",
        "{path} has fields of the wrong shape ({problems}); they got their default and the rest opened as usual. The file as it was is kept as {moved}.",
    ),
    "storage.shape_readonly": (
        "{path} har felt med feil form ({problems}); de vises med standardverdien, og fila er ikke endret.",
        "{path} has fields of the wrong shape ({problems}); they are shown with their default, and the file is unchanged.",
    ),
    "storage.body_mended": (
        "Møtefila {path} har felt med feil form ({problems}); de har fått standardverdien. Fila slik den var er tatt vare på som {moved}.",
        "The meeting file {path} has fields of the wrong shape ({problems}); they got their default. The file as it was is kept as {moved}.",
    ),
    "storage.body_mended_readonly": (
        "Møtefila {path} har felt med feil form ({problems}); de vises med standardverdien, og fila er ikke endret.",
        "The meeting file {path} has fields of the wrong shape ({problems}); they are shown with their default, and the file is unchanged.",
    ),
    "storage.body_damaged_readonly": (
        "Møtefila {path} er skadet ({reason}), og det finnes ingen kopi av den i sikkerhetskopiene; fila er latt være som den er.",
        "The meeting file {path} is damaged ({reason}) and there is no copy of it in the backups; the file is left as it is.",
    ),
    "storage.body_was_damaged": (
        "Møtefila {path} var skadet og er tatt vare på som {moved}; det fantes ingen kopi, så møtets agenda og notater kan ikke leses.",
        "The meeting file {path} was damaged and is kept as {moved}; there was no copy, so the meeting's agenda and notes cannot be read.",
    ),
    "storage.body_from_copy": (
        "Møtefila {path} er skadet ({reason}); møtet vises fra sikkerhetskopien. Åpne kktui for å legge den skadde fila til side.",
        "The meeting file {path} is damaged ({reason}); the meeting is shown from its backup copy. Open kktui to keep the damaged file aside.",
    ),
    "storage.body_restored_why": (
        "Møtefila {name} var skadet ({reason}) og er lagt til side som {moved}; møtet er hentet tilbake fra sikkerhetskopien.",
        "The meeting file {name} was damaged ({reason}) and has been kept aside as {moved}; the meeting was brought back from the backup.",
    ),
    "storage.body_lost_why": (
        "Møtefila {name} var skadet ({reason}) og er lagt til side som {moved}; det fantes ingen kopi, så møtet åpnes uten agenda og notater.",
        "The meeting file {name} was damaged ({reason}) and has been kept aside as {moved}; there was no copy, so the meeting opens without agenda and notes.",
    ),
    # -- a folder that cannot be written -------------------------------------------
    "storage.disk_full": (
        "Kan ikke åpne datamappa {folder}: disken er full ({reason}). Frigjør plass og start kktui igjen; ingenting er endret. Til lesing: kktui --read-only.",
        "Cannot open the data folder {folder}: the disk is full ({reason}). Free some space and start kktui again; nothing was changed. To read it meanwhile: kktui --read-only.",
    ),
    "storage.folder_read_only": (
        "Datamappa {folder} kan ikke skrives til ({reason}). Start kktui --read-only for å lese møtene og eksportere referater et annet sted (kktui export MØTE -o FIL).",
        "The data folder {folder} cannot be written to ({reason}). Start kktui --read-only to read the meetings and export minutes elsewhere (kktui export MEETING -o FILE).",
    ),
    "storage.open_failed": (
        "Kan ikke åpne datamappa {folder}: {reason}.",
        "Cannot open the data folder {folder}: {reason}.",
    ),
    "storage.backup_failed": (
        "Kunne ikke lage sikkerhetskopi i {folder}: {reason}. kktui åpnet likevel.",
        "Could not make a backup in {folder}: {reason}. kktui opened all the same.",
    ),
    "app.read_only": (
        "Åpnet bare for lesing: du kan lese møter og eksportere referater til en annen mappe, men ingenting lagres.",
        "Opened read-only: you can read meetings and export minutes to another folder, but nothing is saved.",
    ),
    # -- the data folder went away while the app ran -------------------------------
    "storage.folder_gone": (
        "Datamappa {folder} ble slettet eller byttet ut mens kktui var åpen. Alt kktui hadde i minnet er skrevet tilbake, og mappa er låst igjen.",
        "The data folder {folder} was deleted or replaced while kktui was open. Everything kktui held has been written back, and the folder is locked again.",
    ),
}
