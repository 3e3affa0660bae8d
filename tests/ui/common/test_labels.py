"""The window shows the enums' words (mesolog.domain.enum_words) through the translation
installed in the application: today's English without one, Greek with mesolog_el.qm."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from mesolog.domain import enum_words
from mesolog.domain.enum_words import word
from mesolog.domain.enums import (
    Area,
    CoursePhase,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    PatientOrder,
    ReactionKind,
    Role,
    SessionStatus,
    Severity,
    Sex,
    Solution,
    TechniqueKind,
)
from mesolog.ui.common import labels
from tests.language.qm_support import compiled

LABELS: list[tuple[Callable[[Any], str], type[StrEnum]]] = [
    (labels.indication_label, Indication),
    (labels.area_label, Area),
    (labels.solution_label, Solution),
    (labels.reaction_label, ReactionKind),
    (labels.severity_label, Severity),
    (labels.onset_label, Onset),
    (labels.sex_label, Sex),
    (labels.fitzpatrick_label, Fitzpatrick),
    (labels.course_status_label, CourseStatus),
    (labels.course_phase_label, CoursePhase),
    (labels.session_status_label, SessionStatus),
    (labels.technique_kind_label, TechniqueKind),
    (labels.needle_method_label, NeedleMethod),
    (labels.role_label, Role),
    (labels.patient_order_label, PatientOrder),
]

GREEK_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context><name>Area</name>
  <message><source>Back</source><comment>the body area, not the verb</comment>
    <translation>Πλάτη</translation></message>
  <message><source>Forehead</source><translation type="unfinished"></translation></message>
</context>
<context><name>Sex</name>
  <message><source>Other</source><comment>a patient's sex</comment>
    <translation>Άλλο</translation></message>
</context>
<context><name>Reaction</name>
  <message><source>Bruising</source><translation>Εκχύμωση</translation></message>
  <message><source>{kind} ({severity})</source><comment>a reaction and its severity</comment>
    <translation>{kind} ({severity})</translation></message>
</context>
<context><name>Severity</name>
  <message><source>moderate</source>
    <comment>a reaction's, in brackets after it; one form for every gender</comment>
    <translation>μέτριας βαρύτητας</translation></message>
</context>
</TS>
"""


@pytest.fixture
def greek(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "mesolog_el.ts"
    ts.write_text(GREEK_TS, encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(compiled(ts, tmp_path)))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(("label", "enum"), LABELS, ids=lambda item: getattr(item, "__name__", ""))
def test_without_a_translation_each_label_is_its_words_english(
    qapp: QCoreApplication, label: Callable[[Any], str], enum: type[StrEnum]
) -> None:
    assert [label(value) for value in enum] == [str(word(value)) for value in enum]


def test_a_reaction_is_shown_with_its_severity(qapp: QCoreApplication) -> None:
    assert labels.reaction_text(ReactionKind.BRUISING, Severity.MODERATE) == "Bruising (moderate)"
    assert labels.reaction_text(ReactionKind.PAIN, Severity.MILD) == "Pain (mild)"


@pytest.mark.usefixtures("greek")
def test_with_the_greek_translation_installed_the_words_are_greek() -> None:
    assert labels.area_label(Area.BACK) == "Πλάτη"
    assert labels.sex_label(Sex.OTHER) == "Άλλο"
    assert labels.severity_label(Severity.MODERATE) == "μέτριας βαρύτητας"
    assert labels.reaction_text(ReactionKind.BRUISING, Severity.MODERATE) == (
        "Εκχύμωση (μέτριας βαρύτητας)"
    )


@pytest.mark.usefixtures("greek")
def test_a_word_not_translated_yet_or_of_another_context_stays_english() -> None:
    assert labels.area_label(Area.FOREHEAD) == "Forehead"
    assert labels.area_label(Area.OTHER) == "Other area"
    assert labels.reaction_text(ReactionKind.PAIN, Severity.MODERATE) == (
        "Pain (μέτριας βαρύτητας)"
    )


@pytest.mark.usefixtures("greek")
def test_a_value_added_without_a_word_is_shown_readable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(enum_words.AREAS, Area.BACK)
    assert labels.area_label(Area.BACK) == "Back"
    monkeypatch.delitem(enum_words.AREAS, Area.SCAR_SITE)
    assert labels.area_label(Area.SCAR_SITE) == "Scar site"
