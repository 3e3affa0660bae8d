"""The recall's fields keep what is pasted whole and a text too long is refused beside its
field, never cut; the summary of a search is in the window's words, its days in the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from mesolog.domain import limits
from mesolog.domain.enums import Area, Solution
from mesolog.domain.records import (
    NeedleTechnique,
    PatientInput,
    ProductUse,
    SessionInput,
    TreatmentLine,
)
from mesolog.services.clinic import Clinic
from mesolog.services.recall import PRODUCT_SOUGHT_MAX, REASON_MAX
from mesolog.ui.common.dates import shown_date
from mesolog.ui.recall.recall_window import RecallWindow
from tests.locale_support import typed_date
from tests.typing_support import focus, select_all, shown, type_into

REASON = "Notice 2026-14 from the maker"
LONG_NAME = ("HydraBoost Forte " * 12)[: limits.PRODUCT_NAME_MAX]


class Marking(QTranslator):
    """Translates every text by wrapping it in ⟦ ⟧: a text shown without them did not go
    through tr."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qtbot: QtBot) -> Iterator[None]:
    translator = Marking()
    application = QCoreApplication.instance()
    assert application is not None
    assert application.installTranslator(translator)
    yield
    application.removeTranslator(translator)


@pytest.fixture
def treated(clinic: Clinic) -> Clinic:
    """One patient treated on 3 Feb 2026 with lot L2409-17 of a product named as long as a
    product's name may be."""
    anna = clinic.patients.create(PatientInput("Andreou", "Anna", dt.date(1980, 1, 2)))
    use = ProductUse(Solution.HYALURONIC_ACID, 1.5, LONG_NAME, "", "L2409-17")
    line = TreatmentLine(Area.FOREHEAD, NeedleTechnique(depth_mm=1.5), (use,))
    moment = dt.datetime(2026, 2, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    entry = SessionInput(moment, "Dr Eleni Markou", (line,))
    clinic.sessions.sign(clinic.sessions.create_draft(anna.id, entry).id)
    return clinic


def _window(qtbot: QtBot, clinic: Clinic) -> RecallWindow:
    window = RecallWindow(clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _paste(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    focus(qtbot, field)
    select_all(field)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _recall_entries(clinic: Clinic) -> list[str]:
    return [e.detail for e in clinic.audit.entries() if e.action == "recall"]


def test_long_pasted_texts_are_kept_whole_and_refused_beside_their_fields(
    qtbot: QtBot, treated: Clinic
) -> None:
    window = _window(qtbot, treated)
    form = window.form
    texts = {
        form.lot: "L" * (limits.LOT_NUMBER_MAX + 10),
        form.product: "P" * (PRODUCT_SOUGHT_MAX + 1),
        form.reason: "r" * (REASON_MAX + 30),
    }
    for field, text in texts.items():
        _paste(qtbot, field, text)
    assert [shown(field) for field in texts] == list(texts.values())
    qtbot.mouseClick(form.search_button, Qt.MouseButton.LeftButton)

    refused = form.errors_shown()
    assert list(refused) == ["lot", "product", "reason"]
    for field, text in texts.items():
        assert f"{len(text)} characters" in refused[field.objectName()]
    assert "rrr" not in refused["reason"]
    assert _recall_entries(treated) == []


def test_a_product_as_long_as_its_name_may_be_is_recalled_whole(
    qtbot: QtBot, treated: Clinic
) -> None:
    window = _window(qtbot, treated)
    _paste(qtbot, window.form.product, LONG_NAME.lower())
    _paste(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)

    assert window.form.errors_shown() == {}
    assert window.table.model().rowCount() == 1
    [entry] = _recall_entries(treated)
    assert entry.endswith(f"; 1 patient; reason: {REASON}")


def test_the_summary_is_in_the_windows_words_with_the_days_in_the_locale(
    qtbot: QtBot, treated: Clinic, marked: None
) -> None:
    window = _window(qtbot, treated)
    type_into(qtbot, window.form.lot, "L2409-17")
    type_into(qtbot, window.form.from_date, typed_date(dt.date(2026, 2, 1)))
    type_into(qtbot, window.form.reason, REASON)
    qtbot.mouseClick(window.form.search_button, Qt.MouseButton.LeftButton)

    start = shown_date(dt.date(2026, 2, 1))
    assert window.summary.text() == (
        f'⟦1 patient⟧, ⟦1 session⟧: ⟦lot "L2409-17"⟧, ⟦{start} to ⟦any date⟧⟧'
    )
