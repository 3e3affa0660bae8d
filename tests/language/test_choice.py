"""Which language is spoken, and which locale its formats follow."""

from __future__ import annotations

import pytest

from mesolog.language.choice import Language, choose_language, language, system_locale


@pytest.mark.parametrize(
    ("code", "system", "expected"),
    [
        ("el", "el_GR.UTF-8", Language("el", "el_GR", "el_GR")),
        ("el", "el_CY.UTF-8", Language("el", "el_CY", "el_CY")),
        ("el", "en_US.UTF-8", Language("el", "el_GR", "el_GR")),  # no el_US in CLDR
        ("en", "en_US.UTF-8", Language("en", "en_US", "en_US")),
        ("en", "el_GR.UTF-8", Language("en", "en_GB", "en_GB")),  # Qt would make en_GR en_US
        ("en", "C.UTF-8", Language("en", "en_US_POSIX", "C")),  # ISO dates, as today
        ("en", "POSIX", Language("en", "en_US_POSIX", "C")),
        ("en", "", Language("en", "en_US_POSIX", "C")),
        ("el", "C", Language("el", "el_GR", "el_GR")),
    ],
)
def test_formats_follow_the_language_and_the_systems_territory(
    code: str, system: str, expected: Language
) -> None:
    assert language(code, system) == expected


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        language("de")
    with pytest.raises(ValueError, match="unknown language"):
        choose_language("fr", environ={})


def test_asked_then_environment_then_stored_then_system() -> None:
    system = {"LANG": "el_GR.UTF-8"}
    everything = {**system, "MESOLOG_LANGUAGE": "en"}
    assert choose_language("el", "en", everything).code == "el"
    assert choose_language(None, "el", everything).code == "en"
    assert choose_language(None, "en", system).code == "en"
    assert choose_language(None, None, system) == Language("el", "el_GR", "el_GR")
    assert choose_language(None, None, {"LANG": "de_DE.UTF-8"}).code == "en"


def test_unknown_names_in_the_environment_or_the_file_are_passed_over() -> None:
    environ = {"MESOLOG_LANGUAGE": "greek", "LANG": "el_GR.UTF-8"}
    assert choose_language(None, "xx", environ).code == "el"


def test_the_systems_locale_is_the_first_variable_set() -> None:
    assert system_locale({"LANGUAGE": "el:en", "LANG": "en_US.UTF-8"}) == "el"
    assert system_locale({"LC_ALL": "", "LC_MESSAGES": "el_CY.UTF-8"}) == "el_CY.UTF-8"
    assert system_locale({}) == ""
