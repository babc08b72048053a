"""User-facing strings: opening and keeping the data folder (wrong shapes, full or read-only
disks, a folder that went away). key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    # -- a file or a field of the wrong shape ----------------------------------------
    "storage.too_deep": (
        "fila er nøstet for dypt til å leses",
        "the file is nested too deeply to be read",
        "fila er nøsta for djupt til å kunne lesast",
    ),
    "storage.is_folder": (
        "det er en mappe, ikke en fil",
        "it is a folder, not a file",
        "det er ei mappe, ikkje ei fil",
    ),
    "shape.missing": ("{field} mangler", "{field} is missing", "{field} manglar"),
    "shape.wrong": (
        "{field} har feil form ({value})",
        "{field} has the wrong shape ({value})",
        "{field} har feil form ({value})",
    ),
    "shape.a_list": ("en liste", "a list", "ei liste"),
    "shape.an_object": ("et objekt", "an object", "eit objekt"),
    "shape.more": ("og {n} til", "and {n} more", "og {n} til"),
    "shape.meeting": ("møte", "meeting", "møte"),
    "shape.task": ("oppgave", "task", "oppgåve"),
    "shape.class": ("klasse", "class", "klasse"),
    "shape.person": ("personoppføring", "person", "personoppføring"),
    "shape.role": ("verv", "role", "verv"),
    "shape.wheel_item": ("årshjulpunkt", "year-wheel item", "årshjulpunkt"),
    "shape.call": ("ringeliste-rad", "call-list row", "ringjeliste-rad"),
    "storage.shape_mended": (
        "{path} har felt med feil form ({problems}); de har fått standardverdien og resten er åpnet som vanlig. Fila slik den var er tatt vare på som {moved}.",
        "{path} has fields of the wrong shape ({problems}); they got their default and the rest opened as usual. The file as it was is kept as {moved}.",
        "{path} har felt med feil form ({problems}); dei har fått standardverdien, og resten er opna som vanleg. Fila slik ho var, er teken vare på som {moved}.",
    ),
    "storage.shape_readonly": (
        "{path} har felt med feil form ({problems}); de vises med standardverdien, og fila er ikke endret.",
        "{path} has fields of the wrong shape ({problems}); they are shown with their default, and the file is unchanged.",
        "{path} har felt med feil form ({problems}); dei blir viste med standardverdien, og fila er ikkje endra.",
    ),
    "storage.body_mended": (
        "Møtefila {path} har felt med feil form ({problems}); de har fått standardverdien. Fila slik den var er tatt vare på som {moved}.",
        "The meeting file {path} has fields of the wrong shape ({problems}); they got their default. The file as it was is kept as {moved}.",
        "Møtefila {path} har felt med feil form ({problems}); dei har fått standardverdien. Fila slik ho var, er teken vare på som {moved}.",
    ),
    "storage.body_mended_readonly": (
        "Møtefila {path} har felt med feil form ({problems}); de vises med standardverdien, og fila er ikke endret.",
        "The meeting file {path} has fields of the wrong shape ({problems}); they are shown with their default, and the file is unchanged.",
        "Møtefila {path} har felt med feil form ({problems}); dei blir viste med standardverdien, og fila er ikkje endra.",
    ),
    "storage.body_damaged_readonly": (
        "Møtefila {path} er skadet ({reason}), og det finnes ingen kopi av den i sikkerhetskopiene; fila er latt være som den er.",
        "The meeting file {path} is damaged ({reason}) and there is no copy of it in the backups; the file is left as it is.",
        "Møtefila {path} er skadd ({reason}), og det finst ingen kopi av fila i tryggingskopiane; ho får vere som ho er.",
    ),
    "storage.body_was_damaged": (
        "Møtefila {path} var skadet og er tatt vare på som {moved}; det fantes ingen kopi, så møtets agenda og notater kan ikke leses.",
        "The meeting file {path} was damaged and is kept as {moved}; there was no copy, so the meeting's agenda and notes cannot be read.",
        "Møtefila {path} var skadd og er teken vare på som {moved}; det fanst ingen kopi, så sakslista og notata til møtet kan ikkje lesast.",
    ),
    "storage.body_from_copy": (
        "Møtefila {path} er skadet ({reason}); møtet vises fra sikkerhetskopien. Åpne kktui for å legge den skadde fila til side.",
        "The meeting file {path} is damaged ({reason}); the meeting is shown from its backup copy. Open kktui to keep the damaged file aside.",
        "Møtefila {path} er skadd ({reason}); møtet blir vist frå tryggingskopien. Opne kktui for å leggje den skadde fila til side.",
    ),
    "storage.body_restored_why": (
        "Møtefila {name} var skadet ({reason}) og er lagt til side som {moved}; møtet er hentet tilbake fra sikkerhetskopien.",
        "The meeting file {name} was damaged ({reason}) and has been kept aside as {moved}; the meeting was brought back from the backup.",
        "Møtefila {name} var skadd ({reason}) og er lagd til side som {moved}; møtet er henta tilbake frå tryggingskopien.",
    ),
    "storage.body_lost_why": (
        "Møtefila {name} var skadet ({reason}) og er lagt til side som {moved}; det fantes ingen kopi, så møtet åpnes uten agenda og notater.",
        "The meeting file {name} was damaged ({reason}) and has been kept aside as {moved}; there was no copy, so the meeting opens without agenda and notes.",
        "Møtefila {name} var skadd ({reason}) og er lagd til side som {moved}; det fanst ingen kopi, så møtet blir opna utan saksliste og notat.",
    ),
    # -- a folder that cannot be written -------------------------------------------
    "storage.disk_full": (
        "Kan ikke åpne datamappa {folder}: disken er full ({reason}). Frigjør plass og start kktui igjen; ingenting er endret. Til lesing: kktui --read-only.",
        "Cannot open the data folder {folder}: the disk is full ({reason}). Free some space and start kktui again; nothing was changed. To read it meanwhile: kktui --read-only.",
        "Kan ikkje opne datamappa {folder}: disken er full ({reason}). Frigjer plass og start kktui igjen; ingenting er endra. Til lesing: kktui --read-only.",
    ),
    "storage.folder_read_only": (
        "Datamappa {folder} kan ikke skrives til ({reason}). Start kktui --read-only for å lese møtene og eksportere referater et annet sted (kktui export MØTE -o FIL).",
        "The data folder {folder} cannot be written to ({reason}). Start kktui --read-only to read the meetings and export minutes elsewhere (kktui export MEETING -o FILE).",
        "Datamappa {folder} kan ikkje skrivast til ({reason}). Start kktui --read-only for å lese møta og eksportere referat til ein annan stad (kktui export MØTE -o FIL).",
    ),
    "storage.open_failed": (
        "Kan ikke åpne datamappa {folder}: {reason}.",
        "Cannot open the data folder {folder}: {reason}.",
        "Kan ikkje opne datamappa {folder}: {reason}.",
    ),
    "storage.backup_failed": (
        "Kunne ikke lage sikkerhetskopi i {folder}: {reason}. kktui åpnet likevel.",
        "Could not make a backup in {folder}: {reason}. kktui opened all the same.",
        "Kunne ikkje lage tryggingskopi i {folder}: {reason}. kktui opna likevel.",
    ),
    "app.read_only": (
        "Åpnet bare for lesing: du kan lese møter og eksportere referater til en annen mappe, men ingenting lagres.",
        "Opened read-only: you can read meetings and export minutes to another folder, but nothing is saved.",
        "Opna berre for lesing: du kan lese møte og eksportere referat til ei anna mappe, men ingenting blir lagra.",
    ),
    # -- the data folder went away while the app ran -------------------------------
    "storage.folder_gone": (
        "Datamappa {folder} ble slettet eller byttet ut mens kktui var åpen. Alt kktui hadde i minnet er skrevet tilbake, og mappa er låst igjen.",
        "The data folder {folder} was deleted or replaced while kktui was open. Everything kktui held has been written back, and the folder is locked again.",
        "Datamappa {folder} vart sletta eller bytt ut medan kktui var open. Alt kktui hadde i minnet, er skrive tilbake, og mappa er låst igjen.",
    ),
}
