"""settings.json: one typed Settings, written through one function, and a bad file never hurts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kktui import i18n
from kktui.cli import main
from kktui.storage import locations
from kktui.storage.settings import SHARE_MINUTES_DEFAULT, Settings, load_settings, save_settings


def settings_file(folder: Path) -> Path:
    return locations.settings_path(folder)


def test_no_file_means_the_defaults(data_dir: Path):
    settings = load_settings(data_dir)
    assert settings == Settings() and settings.problem == ""
    assert settings.share_minutes == SHARE_MINUTES_DEFAULT and not settings.can_publish
    assert not settings_file(data_dir).exists()  # reading writes nothing


def test_saved_settings_come_back_typed_and_other_keys_are_kept(data_dir: Path):
    settings_file(data_dir).write_text('{"theme": "dark"}', encoding="utf-8")
    saved = save_settings(data_dir, share_minutes=30, publish_folder=data_dir / "pub", lang="en")
    assert saved == load_settings(data_dir)
    assert (saved.lang, saved.share_minutes, saved.publish_folder) == ("en", 30, data_dir / "pub")
    assert not saved.can_publish  # no web address yet
    assert save_settings(data_dir, publish_base_url="https://klasse.example.no").can_publish
    assert save_settings(data_dir, share_minutes=None).share_minutes == SHARE_MINUTES_DEFAULT
    on_disk = json.loads(settings_file(data_dir).read_text(encoding="utf-8"))
    assert on_disk["theme"] == "dark" and "share_minutes" not in on_disk
    assert not list(data_dir.glob(".*.tmp"))


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"share_minutes": "lots"}', ["share_minutes", "lots", "15"]),
        ('{"lang": "sv"}', ["lang", "sv"]),
        ('{"publish_folder": 7}', ["publish_folder", "7"]),
    ],
)
def test_a_bad_value_is_one_sentence_and_the_default(data_dir: Path, text: str, words: list[str]):
    settings_file(data_dir).write_text(text, encoding="utf-8")
    settings = load_settings(data_dir)
    assert (settings.lang, settings.share_minutes, settings.publish_folder) == (
        "",
        SHARE_MINUTES_DEFAULT,
        None,
    )
    assert str(settings_file(data_dir)) in settings.problem and all(w in settings.problem for w in words)
    assert settings.problem.count(".") >= 1 and "\n" not in settings.problem
    assert settings_file(data_dir).read_text(encoding="utf-8") == text  # the file is kept


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "\xff\xfe"])
def test_a_damaged_file_means_the_defaults_and_is_kept_aside_when_saving(data_dir: Path, text: str):
    settings_file(data_dir).write_bytes(text.encode("latin-1"))
    settings = load_settings(data_dir)
    assert settings == Settings()
    assert str(settings_file(data_dir)) in settings.problem and "standard" in settings.problem
    assert settings_file(data_dir).read_bytes() == text.encode("latin-1")

    assert save_settings(data_dir, lang="en").lang == "en"
    [aside] = data_dir.glob("settings.json.damaged-*")
    assert aside.read_bytes() == text.encode("latin-1")  # never overwritten
    assert load_settings(data_dir) == Settings(lang="en") and load_settings(data_dir).problem == ""


def test_the_sentence_follows_the_language_it_is_shown_in(data_dir: Path):
    settings_file(data_dir).write_text("{not json", encoding="utf-8")
    settings = load_settings(data_dir)
    i18n.use("en")
    assert "default settings" in settings.problem


def test_a_wrong_value_is_refused_before_anything_is_written(data_dir: Path):
    save_settings(data_dir, lang="en")
    before = settings_file(data_dir).read_bytes()
    with pytest.raises(ValueError, match="share_minutes"):
        save_settings(data_dir, share_minutes=0)
    with pytest.raises(TypeError):
        save_settings(data_dir, colour="red")
    assert settings_file(data_dir).read_bytes() == before


def test_kktui_share_with_a_bad_settings_file_says_so_once_and_goes_on(data_dir: Path, capsys):
    settings_file(data_dir).write_text("{not json", encoding="utf-8")
    assert main(["share", "last", "--publish", "--data", str(data_dir)]) == 1  # no meetings here
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "settings.json" in err[0] and "standard" in err[0]
    assert "møter" in err[1]
