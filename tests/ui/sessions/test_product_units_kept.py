"""The units given of a product counted in units come back wherever the session does: a draft
reopened, a signed session (read-only, even once the catalogue changed), its amendment, the
next session's "same as last time", and the copy kept while typing, recovered after a crash.
Read back through the services. The session is on 10 March 2026."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from mesolog.domain.enums import Area, SessionStatus, Solution
from mesolog.domain.products import Lot, LotInput, ProductInput, ProductUnit
from mesolog.domain.records import (
    NeedleTechnique,
    PreTreatment,
    ProductUse,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions._entry_json import entry_from_json, entry_json
from mesolog.ui.sessions._session_fields import session_fields
from mesolog.ui.sessions.product_completion import lot_choices
from mesolog.ui.sessions.recovery import offer_recovered_drafts
from mesolog.ui.sessions.session_editor import SessionEditor
from mesolog.ui.sessions.treatment_products import ProductRow
from tests.locale_support import decimal
from tests.typing_support import shown, type_into
from tests.ui.sessions.test_product_units import NCTF
from tests.ui.sessions.typed_session import CLINICIAN, Chair, errors_shown

GIVEN = ProductUse(Solution.VITAMINS, 1.5, "NCTF 135HA", "3 ml vial", "NC-2701", units=2.0)
PLAIN = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost", "1.5%")


def entry(chair: Chair, *, hours_ago: int = 1) -> SessionInput:
    when = chair.clinic.context.now() - dt.timedelta(hours=hours_ago)
    line = TreatmentLine(Area.FULL_FACE, NeedleTechnique(2.0), products=(GIVEN, PLAIN))
    return SessionInput(
        when,
        CLINICIAN,
        (line,),
        chair.course.id,
        pre_treatment=PreTreatment(consent_confirmed=True),
    )


def signed(chair: Chair) -> Session:
    draft = chair.clinic.sessions.create_draft(chair.patient.id, entry(chair, hours_ago=24 * 14))
    return chair.clinic.sessions.sign(draft.id)


def rows(editor: SessionEditor) -> list[ProductRow]:
    return editor.line_editors[0].products


def units_shown(editor: SessionEditor) -> list[str | None]:
    """Each row's units as shown; None for a row without the field."""
    return [shown(row.units) if row.units.isVisible() else None for row in rows(editor)]


def stored(chair: Chair, editor: SessionEditor) -> Session:
    assert editor.saved_session is not None, f"not saved: {errors_shown(editor)}"
    return chair.clinic.sessions.get(editor.saved_session.id)


def test_a_draft_reopened_shows_its_units_and_saves_them_again(chair: Chair) -> None:
    chair.clinic.products.add(NCTF)
    draft = chair.clinic.sessions.create_draft(chair.patient.id, entry(chair))
    editor = chair.open(draft)
    assert units_shown(editor) == ["2", None]
    type_into(chair.qtbot, rows(editor)[0].units, "3")
    chair.save(editor)
    assert stored(chair, editor).entry.treatments[0].products[0].units == 3.0


def test_a_signed_session_shows_its_units_read_only_after_the_catalogue_changed(
    chair: Chair,
) -> None:
    """The catalogue has no product of that name any more."""
    session = signed(chair)
    editor = chair.open(session)
    assert editor.read_only
    [row, plain] = rows(editor)
    assert (row.units.isVisible(), shown(row.units), row.units.isEnabled()) == (True, "2", False)
    assert not plain.units.isVisible()


def test_a_signed_session_shows_units_its_product_no_longer_counts_in(chair: Chair) -> None:
    chair.clinic.products.add(ProductInput("NCTF 135HA", Solution.VITAMINS, unit=ProductUnit.ML))
    editor = chair.open(signed(chair))
    assert units_shown(editor) == ["2", None]


def test_an_amendment_corrects_the_units(chair: Chair, monkeypatch: pytest.MonkeyPatch) -> None:
    chair.clinic.products.add(NCTF)
    session = signed(chair)
    editor = chair.open(session)
    editor.start_amendment()
    type_into(chair.qtbot, rows(editor)[0].units, "4")
    reason = editor.frame.amendment_reason
    type_into(chair.qtbot, reason, "Four vials, not two")
    editor.sign_amendment()
    amended = stored(chair, editor)
    assert (amended.amends, amended.status) == (session.id, SessionStatus.SIGNED)
    assert amended.entry.treatments[0].products == (
        ProductUse(Solution.VITAMINS, 1.5, "NCTF 135HA", "3 ml vial", "NC-2701", units=4.0),
        PLAIN,
    )


def test_the_next_session_starts_with_last_time_s_units(chair: Chair) -> None:
    chair.clinic.products.add(NCTF)
    signed(chair)
    editor = chair.open()
    assert "Same areas, techniques and products" in editor.frame.notice.text()
    assert units_shown(editor) == ["2", None]
    chair.save(editor)
    assert stored(chair, editor).entry.treatments[0].products == (GIVEN, PLAIN)


def test_the_copy_kept_while_typing_keeps_the_units_and_recovery_brings_them_back(
    chair: Chair, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = chair.clinic
    clinic.products.add(NCTF)
    draft = clinic.sessions.create_draft(chair.patient.id, entry(chair))
    editor = chair.open(draft)
    editor.autosave_timer.setInterval(0)
    type_into(chair.qtbot, rows(editor)[0].units, "5")
    chair.qtbot.waitUntil(lambda: bool(clinic.editor_drafts.pending()))
    editor.autosave_timer.stop()
    editor.hide()  # killed: the copy stays

    [kept] = clinic.editor_drafts.pending()
    payload = json.loads(kept.payload)
    assert payload["treatments"][0]["products"][0]["units"] == "5"
    typed_on = entry_from_json(payload["base"]["entry"])
    assert typed_on.treatments[0].products == (GIVEN, PLAIN), "the draft it was typed on"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Open)
    host = QWidget()
    chair.qtbot.addWidget(host)
    [recovered] = offer_recovered_drafts(host, clinic, ChangeBus(), lambda _patient: None)
    assert units_shown(recovered) == ["5", None]
    chair.save(recovered)
    assert stored(chair, recovered).entry.treatments[0].products[0].units == 5.0


def test_an_entry_s_units_are_written_and_read_back_exactly() -> None:
    moment = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), products=(GIVEN, PLAIN))
    written = SessionInput(moment, CLINICIAN, (line,))
    assert entry_from_json(json.loads(json.dumps(entry_json(written)))) == written


def test_a_conflict_names_the_units_beside_the_ml(chair: Chair) -> None:
    editor = chair.open()
    words = session_fields(editor.session_form)
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), products=(GIVEN, PLAIN))
    text = words.values["treatments"]((line,))
    assert f"NCTF 135HA 3 ml vial · 2 units · {decimal('1.5')} ml · lot NC-2701" in text
    assert "HydraBoost 1.5% · 2 ml" in text and "HydraBoost 1.5% · 2 ml ·" not in text


def test_a_units_lot_offered_says_what_is_left_in_units(chair: Chair) -> None:
    product = chair.clinic.products.add(NCTF)
    chair.clinic.lots.add(
        LotInput(product.id, "NC-2701", dt.date(2027, 1, 31), quantity_received=20)
    )
    lot: Lot = chair.clinic.lots.usable(product.id, dt.date(2026, 3, 10))[0]
    [choice] = lot_choices([lot])
    assert choice.shown.endswith(" · 20 units left")


def test_a_conflict_says_one_unit_in_the_singular(chair: Chair) -> None:
    editor = chair.open()
    words = session_fields(editor.session_form)
    one = ProductUse(Solution.VITAMINS, 2.0, "C-Bright", units=1.0)
    line = TreatmentLine(Area.NECK, NeedleTechnique(1.5), products=(one,))
    text = words.values["treatments"]((line,))
    assert text.endswith("C-Bright · 1 unit · 2 ml"), text
