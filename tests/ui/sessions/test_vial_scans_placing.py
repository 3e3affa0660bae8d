"""Where a scanned vial goes in the session editor (mesolog/ui/sessions/vial_scans.py,
vial_scan_rows.py): the line with the focus, else the one the chart shows; an empty row with
the focus before a new one; nowhere in a session without areas or a signed one.
"""

from __future__ import annotations

import os
from pathlib import Path

from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.sessions.session_editor import SessionEditor
from tests.typing_support import focus
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import datamatrix
from tests.ui.sessions.vial_scans_support import (
    HYDRA_GTIN,
    hydra,
    said,
    scanned,
)


def test_the_vial_goes_to_the_line_with_the_focus_else_the_one_the_chart_shows(
    chair: Chair, tmp_path: Path
) -> None:
    hydra(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    editor.session_form.add_line_button.click()
    first, second = editor.line_editors
    focus(chair.qtbot, second.area_detail)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert (len(first.products), len(second.products)) == (0, 1)
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "vial-scan-added.png"))

    focus(chair.qtbot, first.area_detail)
    focus(chair.qtbot, editor.session_form.notes)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701", "S2"))
    assert (len(first.products), len(second.products)) == (1, 1)
    assert "to area 1" in said(editor)


def test_an_empty_product_row_with_the_focus_is_filled_rather_than_a_new_one_added(
    chair: Chair,
) -> None:
    hydra(chair)
    editor = chair.open()
    line = editor.line_editors[0]
    line.add_product_button.click()
    [row] = line.products
    focus(chair.qtbot, row.product_name)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert line.products == [row]
    assert row.product_name.text() == "HydraBoost"


def test_a_session_without_areas_says_so(chair: Chair) -> None:
    """A copy kept while typing, from before a session needed an area, brings none back."""
    hydra(chair)
    typing = chair.open()
    kept = {**typing.session_form.to_payload(), "treatments": []}
    editor = SessionEditor(
        chair.clinic, ChangeBus(), chair.patient, clinician="Δρ. Νικολάου", restored=kept
    )
    chair.qtbot.addWidget(editor)
    assert editor.line_editors == []
    focus(chair.qtbot, editor.session_form.notes)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(editor) == (
        "This session has no treated area to add the vial to: add an area, then scan the "
        "vial again."
    )
    assert editor.line_editors == []


def test_a_locked_session_says_it_is_locked_and_stays_as_signed(chair: Chair) -> None:
    hydra(chair)
    editor = chair.open()
    editor.session_form.consent_confirmed.click()
    chair.sign(editor)
    [signed] = chair.sessions()
    opened = chair.open(signed)
    focus(chair.qtbot, opened.frame.cancel_button)
    scanned(chair, datamatrix(HYDRA_GTIN, "270131", "HB-2701"))
    assert said(opened).startswith("This session is signed and locked: the scan added nothing.")
    assert opened.line_editors[0].products == []
    assert chair.sessions() == (signed,)
