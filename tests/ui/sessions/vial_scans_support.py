"""The session editor's vial scans at the chair, for tests/ui/sessions/test_vial_scans_*.py.

The scanner types as a USB scanner does (tests/ui/sessions/vial_keys.py), a person's keys
come 140 ms apart. What the editor did is read back from the database after Ctrl+S. The
session is on 10 March 2026 (tests/conftest.py's clock); this workstation's settings are the
test's own (tests/ui/conftest.py), so its scanner sends GS unless a test sets a substitute.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mesolog.domain.accounts import Role
from mesolog.domain.enums import Solution
from mesolog.domain.products import LotInput, Product, ProductInput, ProductUnit
from mesolog.domain.records import ProductUse
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import Keyboard

PASSWORD = "correct horse battery"
SESSION_DAY = dt.date(2026, 3, 10)

HYDRA_GTIN = "09506000134352"
EAN_13 = "4006381333931"
UNKNOWN_GTIN = "05901234123457"
HYDRA = ProductInput(
    "HydraBoost",
    Solution.HYALURONIC_ACID,
    manufacturer="Dermica",
    concentration="1.5%",
    gtin=HYDRA_GTIN,
    default_volume=2.0,
)
DMAE = ProductInput(
    "DMAE Lift", Solution.DMAE, concentration="3%", unit=ProductUnit.ML, gtin=EAN_13
)


def settled(chair: Chair) -> None:
    """Long enough for the scan to be dealt with and keys held back to be typed."""
    chair.qtbot.wait(200)


def scanned(chair: Chair, code: str) -> None:
    Keyboard().scan(code)
    settled(chair)


def save(chair: Chair, editor: SessionEditor) -> tuple[ProductUse, ...]:
    """Ctrl+S, then the first line's products as stored."""
    focused = QApplication.focusWidget()
    assert focused is not None
    chair.qtbot.keyClick(focused, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_session is not None, "not saved"
    [session] = [s for s in chair.sessions() if s.id == editor.saved_session.id]
    return session.entry.treatments[0].products


def said(editor: SessionEditor) -> str:
    notice = editor.vial_scans.notice
    assert notice.isVisible(), "nothing said"
    return notice.text()


def hydra(chair: Chair) -> Product:
    product = chair.clinic.products.add(HYDRA)
    chair.clinic.lots.add(LotInput(product.id, "HB-2701", dt.date(2027, 1, 31)))
    return product


def as_assistant(chair: Chair) -> None:
    clinic = chair.clinic
    clinic.accounts.create_first_admin("admin", "Dr Anna Admin", PASSWORD)
    clinic.act_as("admin")
    clinic.accounts.add("maria", "Maria Nikolaou", Role.ASSISTANT, PASSWORD)
    clinic.act_as("maria")
