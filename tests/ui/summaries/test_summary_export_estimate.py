"""Patient ▸ Export Treatment Summary… with "Include the course estimate" ticked: the patient
copy prints the estimate of each active course planned from a template (read back from the
PDF with pypdf); the box is offered only for a patient copy printing such a course."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.enums import Area, Indication, Solution
from mesolog.domain.products import ProductInput
from mesolog.domain.records import CourseInput, PatientInput
from mesolog.services.clinic import Clinic
from mesolog.services.history import PatientHistory
from mesolog.ui.courses.course_templates import active_course_estimates
from mesolog.ui.summaries.summary_export import SummaryOptionsDialog
from tests.ui.courses.template_support import cheeks_template, money, planned_course
from tests.ui.summaries.test_summary_export import SaveDialog, _click, _export, _text

ESTIMATE = "Estimated cost about {total} for 6 sessions (session fees {fees}, products {products})"


@pytest.fixture
def history(clinic: Clinic) -> PatientHistory:
    """A course of 6 planned from a template (HydraBoost at 12.50 a ml, 2 ml a session;
    peptides unpriced; 80.00 a session), and an older course planned by hand."""
    clinic.products.add(
        ProductInput("HydraBoost 1.5%", Solution.HYALURONIC_ACID, price_per_unit=Decimal("12.50"))
    )
    template = clinic.templates.add(replace(cheeks_template(), planned_sessions=6))
    patient = clinic.patients.create(
        PatientInput("Καρμίρης", "Νικόλαος", dt.date(1968, 1, 5), record_number="MC-0012")
    )
    clinic.courses.plan(
        patient.id, CourseInput(Indication.STRETCH_MARKS, 5, dt.date(2026, 1, 5), (Area.THIGHS,))
    )
    planned_course(clinic, patient.id, template, dt.date(2026, 3, 1))
    return clinic.history.patient_history(patient.id)


def _ok(dialog: SummaryOptionsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_patient_copy_prints_the_estimate_when_ticked(
    qtbot: QtBot,
    clinic: Clinic,
    history: PatientHistory,
    job_host: QMainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ticked, plain = tmp_path / "ticked.pdf", tmp_path / "plain.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog([ticked, plain]))
    offered: list[bool] = []

    def tick(dialog: SummaryOptionsDialog) -> None:
        offered.append(dialog.include_estimate.isEnabled())
        _click(qtbot, dialog.include_estimate)
        _ok(dialog)

    _export(qtbot, job_host, clinic, history, tick).close()
    _export(qtbot, job_host, clinic, history, _ok).close()

    assert offered == [True]
    text = _text(ticked)
    expected = ESTIMATE.format(total=money("630"), fees=money("480"), products=money("150"))
    assert expected in text
    assert "not counted, no price yet: Peptides" in text
    assert text.count("Estimated cost") == 1, "only the course planned from the template"
    assert "Estimated cost" not in _text(plain)


def test_the_estimate_is_offered_for_a_patient_copy_printing_such_a_course(
    qtbot: QtBot, clinic: Clinic, history: PatientHistory
) -> None:
    estimates = active_course_estimates(clinic, history)
    dialog = SummaryOptionsDialog(history, None, estimates=estimates)
    qtbot.addWidget(dialog)
    _click(qtbot, dialog.include_estimate)
    assert dialog.choice().estimates

    _click(qtbot, dialog.clinical_copy)
    assert not dialog.include_estimate.isEnabled()
    assert not dialog.choice().estimates

    _click(qtbot, dialog.patient_copy)
    by_hand = dialog.course.findText("Stretch marks", flags=Qt.MatchFlag.MatchStartsWith)
    dialog.course.setCurrentIndex(by_hand)
    assert not dialog.include_estimate.isEnabled()


def test_a_patient_without_such_a_course_is_not_offered_it(
    qtbot: QtBot, history: PatientHistory
) -> None:
    dialog = SummaryOptionsDialog(history, None, estimates={})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.include_estimate.isVisible()
