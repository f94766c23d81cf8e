"""Which language the app speaks: --lang, then the setting, then the system, else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from footdrop_gui.language import choose_language, shipped_languages, system_languages
from footdrop_gui.translators import language_for

SHIPPED = ("en", "es", "de")


@pytest.mark.parametrize(
    ("command_line", "setting", "env", "expected"),
    [
        (None, "system", {}, "en"),  # nothing said anywhere: English
        (None, "system", {"LANG": "es_MX.UTF-8"}, "es"),
        (None, "system", {"LANGUAGE": "fr:de", "LANG": "es_ES.UTF-8"}, "de"),  # first shipped
        (None, "system", {"LANGUAGE": "", "LC_ALL": "de_AT.UTF-8", "LANG": "es_ES"}, "de"),
        (None, "system", {"LC_MESSAGES": "es_ES", "LANG": "de_DE"}, "es"),
        (None, "system", {"LANG": "C.UTF-8"}, "en"),
        (None, "system", {"LANG": "POSIX"}, "en"),
        (None, "system", {"LANG": "fr_FR.UTF-8"}, "en"),  # not shipped: English
        (None, "de", {"LANG": "es_ES.UTF-8"}, "de"),  # the setting beats the system
        ("es", "de", {"LANG": "de_DE.UTF-8"}, "es"),  # the command line beats both
        ("fr", "de", {"LANG": "de_DE.UTF-8"}, "en"),  # asked for one not shipped: English
        (None, "xx-broken!", {"LANG": "es_ES"}, "en"),
        (None, "", {"LANG": "es_ES"}, "es"),  # an emptied setting means the system
    ],
)
def test_the_language_is_chosen_in_order(
    command_line: str | None, setting: str, env: dict[str, str], expected: str
) -> None:
    assert choose_language(command_line, setting, env, SHIPPED) == expected


def test_the_systems_languages_come_most_wanted_first() -> None:
    assert system_languages({"LANGUAGE": "pt_BR:es:de", "LANG": "fr_FR"}) == ["pt", "es", "de"]
    assert system_languages({"LANG": "de_CH.ISO-8859-1@euro"}) == ["de"]


def test_the_languages_on_offer_are_the_ones_whose_files_are_there(languages: Path) -> None:
    assert shipped_languages() == ("en", "es")
    (languages / "footdrop_de.qm").write_bytes(b"")  # screens without exercises: not offered
    assert shipped_languages() == ("en", "es")
    (languages / "catalog_de.json").write_text("{}")
    assert shipped_languages() == ("en", "de", "es")


def test_the_setting_in_the_data_folder_counts(languages: Path, data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[appearance]\nlanguage=es\n")
    assert language_for(data_dir, None, {"LANG": "en_US.UTF-8"}) == "es"
    assert language_for(data_dir, "en", {}) == "en"
    (data_dir / "settings.ini").write_text("[appearance]\nlanguage=system\n")
    assert language_for(data_dir, None, {"LANG": "es_ES.UTF-8"}) == "es"
    assert language_for(data_dir / "missing", None, {"LANG": "de_DE"}) == "en"
