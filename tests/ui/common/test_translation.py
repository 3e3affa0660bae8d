"""Text from below the window shown in its language (mesolog.ui.common.translation), and the
language started as mesolog starts it: Qt's own words, mesolog's, the formats; known errors
and violations shown in it where the window shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from mesolog.domain.enums import Area
from mesolog.domain.errors import KnownError, Violation
from mesolog.domain.texts import phrase, phrase_n, verbatim
from mesolog.ui.common.forms import FieldErrors, violation_text
from mesolog.ui.common.operations import ChangeBus, run_change
from mesolog.ui.common.translation import shown
from tests.ui.conftest import Speak

GREEK = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context><name>Limits</name>
  <message><source>more than {low} and at most {high} ml</source>
    <translation>πάνω από {low} και έως {high} ml</translation></message>
  <message><source>born on {day}, at {area}</source>
    <translation>γέννηση {day}, περιοχή {area}</translation></message>
</context>
<context><name>Warnings</name>
  <message numerus="yes"><source>{drug} taken %n day(s) before the session</source>
    <translation><numerusform>{drug}: λήψη %n ημέρα πριν από τη συνεδρία</numerusform>
    <numerusform>{drug}: λήψη %n ημέρες πριν από τη συνεδρία</numerusform></translation></message>
</context>
<context><name>Area</name>
  <message><source>Back</source><comment>the body area, not the verb</comment>
    <translation>Πλάτη</translation></message>
</context>
<context><name>Errors</name>
  <message><source>The folder {folder} cannot be written</source>
    <translation>Ο φάκελος {folder} δεν είναι εγγράψιμος</translation></message>
</context>
<context><name>Operations</name>
  <message><source>Something went wrong inside mesolog (a bug). Nothing was saved.

%1</source>
    <translation>Κάτι πήγε στραβά μέσα στο mesolog (σφάλμα). Τίποτα δεν αποθηκεύτηκε.

%1</translation></message>
</context>
<context><name>Violations</name>
  <message><source>{allowed} ({value} is not allowed)</source>
    <translation>{allowed} (δεν επιτρέπεται: {value})</translation></message>
  <message numerus="yes"><source>{allowed} (%n characters)</source>
    <translation><numerusform>{allowed} (%n χαρακτήρας)</numerusform>
    <numerusform>{allowed} (%n χαρακτήρες)</numerusform></translation></message>
</context>
</TS>
"""

LIMITS = phrase("Limits", "more than {low} and at most {high} ml")
TAKEN = phrase_n("Warnings", "{drug} taken %n day(s) before the session", None, 1)
WRITTEN = phrase("Errors", "The folder {folder} cannot be written")


@pytest.fixture
def greek(speaking: Speak) -> None:
    assert speaking("el", GREEK).code == "el"


def test_without_a_translation_a_text_is_its_english(qapp: Any) -> None:
    assert shown(LIMITS.having(low=0, high=50)) == "more than 0 and at most 50 ml"
    assert shown(TAKEN.counting(1, drug="Aspirin")) == "Aspirin taken 1 day(s) before the session"
    assert shown(TAKEN.counting(3, drug="Aspirin")) == str(TAKEN.counting(3, drug="Aspirin"))
    assert shown("not marked yet") == "not marked yet"
    assert shown(verbatim("Παπαδοπούλου {name} %n")) == "Παπαδοπούλου {name} %n"


def test_values_are_written_in_the_windows_locale(qapp: Any) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert shown(LIMITS.having(low=0.25, high=12000)) == (
            "more than 0.25 and at most 12,000 ml"
        )
        born = phrase("Limits", "born on {day}, at {area}")
        assert shown(born.having(day=dt.date(2025, 3, 7), area=Area.BACK)) == (
            "born on 07/03/2025, at Back"
        )
    finally:
        QLocale.setDefault(before)


@pytest.mark.usefixtures("greek")
def test_greek_texts_their_plurals_and_their_values() -> None:
    assert QLocale().name() == "el_GR"
    assert shown(LIMITS.having(low=0, high=0.25)) == "πάνω από 0 και έως 0,25 ml"
    assert shown(LIMITS.having(low=0, high=1234.5)) == "πάνω από 0 και έως 1.234,5 ml"
    assert shown(TAKEN.counting(1, drug="Aspirin")) == (
        "Aspirin: λήψη 1 ημέρα πριν από τη συνεδρία"
    )
    assert shown(TAKEN.counting(3, drug="Aspirin")) == (
        "Aspirin: λήψη 3 ημέρες πριν από τη συνεδρία"
    )
    born = phrase("Limits", "born on {day}, at {area}")
    assert shown(born.having(day=dt.date(2025, 3, 7), area=Area.BACK)) == (
        "γέννηση 7/3/2025, περιοχή Πλάτη"
    )
    assert shown(phrase("Limits", "not in the catalogue")) == "not in the catalogue"


@pytest.mark.usefixtures("greek")
def test_qts_own_words_are_greek(qtbot: Any) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    words = [button.text() for button in buttons.buttons()]
    assert sorted(words) == ["Άκυρο", "Αποθήκευση"]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "mesolog",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == ["&Ναι", "Ό&χι"]
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert [action.text().split("\t")[0] for action in menu.actions() if action.text()] == [
        "&Αναίρεση",
        "Ακύρωση α&ναίρεσης",
        "Απο&κοπή",
        "Αντι&γραφή",
        "Επι&κόλληση",
        "Διαγραφή",
        "Επιλογή όλων",
    ]


@pytest.mark.usefixtures("greek")
def test_a_known_error_is_shown_in_the_windows_language(qtbot: Any, boxes: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def refused() -> None:
        raise KnownError(WRITTEN.having(folder="/media/usb"))

    def broken() -> None:
        raise RuntimeError("a bug")

    assert run_change(parent, ChangeBus(), refused, title="Backup") is None
    assert run_change(parent, ChangeBus(), broken, title="Backup") is None
    [(_, _, refusal), (kind, _, bug)] = boxes.shown
    assert refusal == "Ο φάκελος /media/usb δεν είναι εγγράψιμος"
    assert kind == "critical"
    assert bug.startswith("Κάτι πήγε στραβά μέσα στο mesolog (σφάλμα). Τίποτα δεν αποθηκεύτηκε.")
    assert "RuntimeError: a bug" in bug


def test_a_known_error_in_english_reads_as_before(qtbot: Any, boxes: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def refused() -> None:
        raise KnownError("The backup folder is gone.")

    run_change(parent, ChangeBus(), refused, title="Backup")
    assert boxes.shown == [("warning", "Backup", "The backup folder is gone.")]


RULE = LIMITS.having(low=0, high=50)


def test_violations_in_english_read_as_before(qapp: Any) -> None:
    for allowed in (RULE, str(RULE)):
        assert violation_text(Violation("dose", 80, allowed)) == (
            "More than 0 and at most 50 ml (80 is not allowed)"
        )
        assert violation_text(Violation("dose", "", allowed)) == "More than 0 and at most 50 ml"
        assert violation_text(Violation("notes", "x" * 120, allowed)) == (
            "More than 0 and at most 50 ml (120 characters)"
        )


@pytest.mark.usefixtures("greek")
def test_violations_are_shown_beside_their_fields_in_greek(qtbot: Any) -> None:
    assert violation_text(Violation("notes", "x" * 120, RULE)) == (
        "Πάνω από 0 και έως 50 ml (120 χαρακτήρες)"
    )
    assert violation_text(Violation("dose", "", RULE)) == "Πάνω από 0 και έως 50 ml"
    form = QWidget()
    qtbot.addWidget(form)
    errors = FieldErrors(form)
    label: QLabel = errors.label_for("dose")
    assert errors.show([Violation("doses[0].dose", 80, RULE)], "doses[0].") == []
    assert label.text() == "Πάνω από 0 και έως 50 ml (δεν επιτρέπεται: 80)"
