"""Control characters from outside are shown, never obeyed: `kktui.text.visible`, and the
command line's output when names, titles and file names hold escape sequences."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kktui.meeting.model import AgendaStep, Meeting
from kktui.storage.store import Store
from kktui.text import visible
from support.folders import run_kktui as run

CLIPBOARD = "\x1b]52;c;SGFja2Vk\x1b\\"
WINDOW_TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
C1_CSI = "\x9b2J"


def test_every_control_character_is_shown_and_newline_and_tab_kept_where_meant() -> None:
    assert visible(f"Kari{CLIPBOARD}Dahl") == "Kari␛]52;c;SGFja2Vk␛\\Dahl"
    assert visible(WINDOW_TITLE) == "␛]0;PWNED␇"
    assert visible(f"a{C1_CSI}b\x7f\x00") == "a\ufffd2Jb␡␀"
    assert visible("line one\n\tline two\r") == "line one\n\tline two␍"
    assert visible("Tone\nHansen", keep="") == "Tone␊Hansen"
    assert visible("Blåbærsyltetøy «sitat» 🎉") == "Blåbærsyltetøy «sitat» 🎉"
    every = "".join(chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)])
    assert not any(ch in visible(every, keep="") for ch in every)


def assert_nothing_a_terminal_obeys(result: subprocess.CompletedProcess) -> None:
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream, repr(stream[-2000:])
    assert "Traceback" not in result.stderr


def test_list_shows_a_hostile_title_without_sending_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    try:
        store.save_meeting(
            Meeting(
                title=f"Autumn{CLEAR}meeting{WINDOW_TITLE}{C1_CSI}",
                date="2026-09-01",
                steps=[AgendaStep("Welcome", 5)],
            )
        )
    finally:
        store.close()

    result = run("--data", folder, "--lang", "en", "list", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert_nothing_a_terminal_obeys(result)
    assert "Autumn␛[2Jmeeting␛]0;PWNED␇" in result.stdout


def test_import_class_shows_hostile_names_and_values_without_sending_them(tmp_path: Path) -> None:
    class_list = tmp_path / "4b.csv"
    class_list.write_text(
        "Foresatt;Elev;Telefon\n"
        f'"Kari{CLIPBOARD} Dahl";"Per{WINDOW_TITLE}";90000001\n'
        f"Ola Berg;Siri;9{CLEAR}1\n",
        encoding="utf-8",
    )

    result = run(
        "--data", tmp_path / "data", "--lang", "en", "import-class", class_list, "--class", "4B", cwd=tmp_path
    )

    assert result.returncode == 0, result.stderr
    assert_nothing_a_terminal_obeys(result)
    assert "4b.csv:3:" in result.stderr and "␛[2J" in result.stderr  # the bad phone, shown
    [kari] = Store.open(tmp_path / "data", read_only=True).people()
    assert kari.name == "Kari␛]52;c;SGFja2Vk␛\\ Dahl" and kari.children == ["Per␛]0;PWNED␇"]


@pytest.mark.skipif(os.name == "nt", reason="ESC is not allowed in a Windows file name")
def test_check_content_shows_hostile_titles_and_file_names_without_sending_them(tmp_path: Path) -> None:
    root = tmp_path / "content" / "templates" / "nb"
    root.mkdir(parents=True)
    (root / "ok.md").write_text(
        f"# Møte{WINDOW_TITLE}\n\n## Steg{CLIPBOARD} uten minutter\n", encoding="utf-8"
    )
    (root / f"x{CLEAR}.md").write_text("## Steg (5 min)\n", encoding="utf-8")
    (root / f"y{WINDOW_TITLE}.md").write_bytes(b"# M\xf8te\n")

    result = run("--lang", "en", "check-content", tmp_path / "content" / "templates", cwd=tmp_path)

    assert result.returncode == 1
    assert_nothing_a_terminal_obeys(result)
    assert "Steg␛]52;c;SGFja2Vk␛\\ uten minutter" in result.stderr
    assert "y␛]0;PWNED␇.md:1:" in result.stderr and "x␛[2J.md:1:" in result.stderr


def test_an_error_quoting_what_was_typed_does_not_send_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.save_meeting(Meeting(title="Autumn", steps=[AgendaStep("Welcome", 5)]))
    store.close()

    result = run("--data", folder, "--lang", "en", "export", f"x{WINDOW_TITLE}", cwd=tmp_path)

    assert result.returncode == 1
    assert_nothing_a_terminal_obeys(result)
    assert "x␛]0;PWNED␇" in result.stderr
