"""The command line in Greek or English, run as a subprocess as a person would run it: its
language from `--language`, `MESOLOG_LANGUAGE`, the workstation's stored choice or the
system's; its messages, help and argparse's own words from the compiled catalogue (a small
one made from the command line's own marked messages, tests/cli/greek_support.py); output
meant for programs the same in both; English as it was."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.greek_support import greek_catalogue, installed_with, mesolog


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mesolog with the small Greek catalogue installed."""
    folder = tmp_path_factory.mktemp("greek")
    return installed_with(folder / "site", greek_catalogue(folder))


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mesolog with no catalogue at all: the English of the sources."""
    return installed_with(tmp_path_factory.mktemp("plain") / "site", None)


@pytest.fixture(scope="module")
def database(greek: Path) -> Path:
    """An initialised database; its first `init`, in Greek, read back."""
    path = greek / "clinic.sqlite"
    result = mesolog(greek, "--db", str(path), "init", MESOLOG_LANGUAGE="el")
    assert result.returncode == 0, result.stderr
    first, *_, last = result.stdout.splitlines()
    assert first.startswith(f"{path}: σχήμα κανένα -> ")
    assert last == "Προστέθηκαν 8 πρότυπα πρωτοκόλλων (Ρυθμίσεις > Πρότυπα)"
    return path


def _english(result: subprocess.CompletedProcess[str]) -> tuple[int, str, str]:
    return result.returncode, result.stdout, result.stderr


def test_help_is_greek_with_mesolog_language_el(greek: Path) -> None:
    result = mesolog(greek, "--help", MESOLOG_LANGUAGE="el")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("χρήση: mesolog [-h]")
    assert "\nΑρχείο θεραπειών για ιατρεία μεσοθεραπείας και μικροβελονισμού." in result.stdout
    assert "\nορίσματα θέσης:\n" in result.stdout
    assert "\nεπιλογές:\n" in result.stdout
    assert "εμφανίζει αυτή τη βοήθεια και τερματίζει" in result.stdout
    # Not translated in the small catalogue: English, as the sources have it.
    assert "act as this account (needed once the database has accounts)" in result.stdout


def test_messages_and_errors_are_greek(greek: Path, database: Path) -> None:
    again = mesolog(greek, "--db", str(database), "init", MESOLOG_LANGUAGE="el")
    assert (again.returncode, again.stdout) == (0, f"{database}: ενημερωμένη\n")
    refused = mesolog(
        greek,
        *("--db", str(database), "recall", "--reason", "test", "--format", "csv", "-o", "x.csv"),
        MESOLOG_LANGUAGE="el",
    )
    assert refused.returncode == 1
    assert refused.stderr == "mesolog: Δώστε --lot LOT, --product NAME ή και τα δύο.\n"
    wrong_day = mesolog(greek, "audit", "list", "--since", "2026-13-01", MESOLOG_LANGUAGE="el")
    assert wrong_day.returncode == 2
    assert wrong_day.stderr.splitlines()[-1] == (
        "mesolog audit list: σφάλμα: όρισμα --since: το '2026-13-01' δεν είναι ημέρα· "
        "γράψτε την ως ΕΕΕΕ-ΜΜ-ΗΗ"
    )


def test_language_en_wins_over_the_environment(greek: Path, plain: Path) -> None:
    english = _english(mesolog(plain, "--help"))
    assert _english(mesolog(greek, "--language", "en", "--help", MESOLOG_LANGUAGE="el")) == english
    assert _english(mesolog(greek, "--lang=en", "--help", MESOLOG_LANGUAGE="el")) == english
    greek_help = mesolog(greek, "--language", "el", "--help", MESOLOG_LANGUAGE="en")
    assert greek_help.stdout.startswith("χρήση: ")


def test_an_unknown_language_is_refused_naming_it_and_the_choices(greek: Path) -> None:
    english = mesolog(greek, "--language", "fr", "patients")
    assert english.returncode == 2
    assert english.stderr.splitlines()[-1] == (
        "mesolog: error: argument --language: invalid choice: 'fr' (choose from 'el', 'en')"
    )
    in_greek = mesolog(greek, "--language", "fr", "patients", MESOLOG_LANGUAGE="el")
    assert in_greek.returncode == 2
    assert in_greek.stdout == ""
    assert in_greek.stderr.startswith("χρήση: mesolog ")
    assert in_greek.stderr.splitlines()[-1] == (
        "mesolog: σφάλμα: όρισμα --language: μη έγκυρη επιλογή: 'fr' (επιλέξτε από 'el', 'en')"
    )


def test_english_is_the_sources_whatever_catalogue_is_installed(greek: Path, plain: Path) -> None:
    for arguments in (
        ["--help"],
        ["export", "pdf", "--help"],
        ["audit", "list", "--since", "2026-13-01"],
        ["nosuch"],
    ):
        assert _english(mesolog(greek, *arguments)) == _english(mesolog(plain, *arguments))


@pytest.mark.parametrize(
    ("environment", "stored", "spoken"),
    [
        ({}, "el", "el"),
        ({"MESOLOG_LANGUAGE": "en"}, "el", "en"),
        ({"MESOLOG_LANGUAGE": "el"}, "en", "el"),
        ({"LANG": "el_GR.UTF-8", "LC_ALL": "el_GR.UTF-8"}, None, "el"),
        ({"LANG": "el_GR.UTF-8", "LC_ALL": "el_GR.UTF-8"}, "en", "en"),
        ({"MESOLOG_LANGUAGE": "fr"}, None, "en"),
    ],
)
def test_the_language_comes_from_the_environment_the_stored_choice_or_the_system(
    greek: Path, environment: dict[str, str], stored: str | None, spoken: str
) -> None:
    choice = greek / "config" / "mesolog" / "language"
    choice.parent.mkdir(parents=True, exist_ok=True)
    choice.unlink(missing_ok=True)
    if stored is not None:
        choice.write_text(f"{stored}\n", encoding="utf-8")
    try:
        result = mesolog(greek, "--help", **environment)
    finally:
        choice.unlink(missing_ok=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith({"el": "χρήση: ", "en": "usage: "}[spoken])


def test_output_for_programs_is_the_same_in_greek(greek: Path, database: Path) -> None:
    filled = mesolog(greek, "--db", str(database), "demo", MESOLOG_LANGUAGE="el")
    assert filled.returncode == 0, filled.stderr
    for arguments in (
        ["products", "list", "--format", "csv"],
        ["lots", "list"],
        ["patients"],
        ["audit", "list", "--limit", "5"],
    ):
        english = mesolog(greek, "--db", str(database), *arguments)
        in_greek = mesolog(greek, "--db", str(database), *arguments, MESOLOG_LANGUAGE="el")
        assert english.returncode == in_greek.returncode == 0, english.stderr + in_greek.stderr
        assert in_greek.stdout == english.stdout, arguments
    exports = [
        json.loads(mesolog(greek, "--db", str(database), "export", "json", "-o", "-", **env).stdout)
        for env in ({}, {"MESOLOG_LANGUAGE": "el"})
    ]
    # Of each export: when it was made, and the audit chain's head, which its entry moved.
    apart = {"exported_at": None, "chain_anchor": None}
    assert [{**export, **apart} for export in exports] == [{**exports[0], **apart}] * 2
