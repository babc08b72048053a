"""Every user-facing string: key -> (bokmål, English), one file per area of the app.

Add a string to the file of the area that shows it; a key may be defined only once.
"""

from kktui.i18n import (
    strings_attendance,
    strings_core,
    strings_glance,
    strings_keys,
    strings_language,
    strings_live,
    strings_meeting,
    strings_notice,
    strings_school,
    strings_school_screens,
    strings_sharing,
    strings_storage,
    strings_year,
)

STRINGS: dict[str, tuple] = {}
for _part in (
    strings_core,
    strings_keys,
    strings_meeting,
    strings_notice,
    strings_sharing,
    strings_live,
    strings_school,
    strings_school_screens,
    strings_year,
    strings_attendance,
    strings_glance,
    strings_storage,
    strings_language,
):
    _twice = STRINGS.keys() & _part.STRINGS.keys()
    if _twice:
        raise KeyError(f"defined twice in the catalogue: {sorted(_twice)}")
    STRINGS.update(_part.STRINGS)
