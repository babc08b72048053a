"""The arguments of `kktui notice MEETING [--format md|html|txt|ics] [-o FILE]`, the notice
(innkalling) for a planned meeting; kept beside cli.py so that one stays under its size."""

from __future__ import annotations

import argparse


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    notice = sub.add_parser(
        "notice", parents=[common], help="the notice (innkalling) for a planned meeting, for Spond or e-mail"
    )
    notice.add_argument("meeting", metavar="MEETING", help="meeting id (or a unique beginning of one)")
    notice.add_argument(
        "--format",
        choices=("md", "html", "txt", "ics"),
        default="md",
        help="md (default), html (a page), txt (for Spond or e-mail) or ics (a calendar invitation)",
    )
    notice.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
