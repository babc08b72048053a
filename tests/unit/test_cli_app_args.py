"""Opening the app reads its few options without building the command parser, and reads them
exactly as the parser does; anything else (a command, help, a value it refuses) goes to it."""

from __future__ import annotations

import pytest

from kktui.cli import app_args, build_parser

OPENING = [
    [],
    ["--data", "x"],
    ["--data=x"],
    ["--data="],
    ["--data", ""],
    ["--data", "a", "--data", "b"],
    ["--data", "list"],  # a folder called like a command is still the folder
    ["--data=a=b"],
    ["--lang", "nn"],
    ["--lang=en", "--read-only"],
    ["--read-only", "--data", "~/kk", "--lang", "nb"],
    ["--read-only", "--read-only"],
]

TO_THE_PARSER = [
    ["list"],
    ["--data", "x", "list"],
    ["demo", "--no-open"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--dat", "x"],  # an abbreviation the parser accepts
    ["--read"],
    ["--data"],
    ["--data", "-x"],
    ["--lang", "de"],
    ["--lang"],
    ["--read-only=yes"],
    ["--", "--data", "x"],
    ["x"],
]


@pytest.mark.parametrize("words", OPENING)
def test_the_app_options_read_as_the_parser_reads_them(words: list[str]) -> None:
    fast = app_args(words)
    assert fast is not None
    assert vars(fast) == vars(build_parser(for_help=False).parse_args(words))


@pytest.mark.parametrize("words", TO_THE_PARSER)
def test_anything_else_is_left_to_the_parser(words: list[str]) -> None:
    assert app_args(words) is None
