"""The built-in meeting templates by name: each id is the file name of one template,
content/templates/<lang>/<id>.md, in every language. Code refers to a template only
through these names (tests/unit/meeting/test_templates.py checks that the files exist)."""

from __future__ import annotations

ELECTION = "valg"
PLANNING = "planleggingsmote"
AUTUMN_MEETING = "foreldremote-host"
DEVELOPMENT_TALK = "utviklingssamtale"
CHALLENGING_TALK = "utfordrende-samtale"
FAU_FOLLOW_UP = "oppfolging-fau"
CLASS_EVENT = "klassearrangement"
NEW_PUPIL = "ny-elev"
SPRING_MEETING = "foreldremote-var"

# The built-in meetings in the order a school year brings them.
YEAR_ORDER = (
    ELECTION,
    PLANNING,
    AUTUMN_MEETING,
    DEVELOPMENT_TALK,
    CHALLENGING_TALK,
    FAU_FOLLOW_UP,
    CLASS_EVENT,
    NEW_PUPIL,
    SPRING_MEETING,
)

# Meetings with one family: their tasks are not the parent group's business, and the
# group's tasks do not belong on their agenda.
ONE_FAMILY = frozenset({DEVELOPMENT_TALK, CHALLENGING_TALK, NEW_PUPIL})
