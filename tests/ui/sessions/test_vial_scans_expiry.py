"""A scanned vial's expiry in the session editor (mesolog/ui/sessions/vial_scans.py): an
expired lot refused with both dates, the code's expiry kept over the catalogue's and the
difference said, days written in words (mesolog/ui/sessions/vial_scan_words.py).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from mesolog.ui.sessions.vial_scan_words import day_in_words
from tests.typing_support import focus
from tests.ui.sessions.typed_session import Chair
from tests.ui.sessions.vial_keys import datamatrix
from tests.ui.sessions.vial_scans_support import (
    HYDRA_GTIN,
    SESSION_DAY,
    hydra,
    said,
    save,
    scanned,
)


def test_an_expired_lot_is_refused_with_both_dates_and_nothing_is_added(
    chair: Chair, tmp_path: Path
) -> None:
    product = hydra(chair)
    editor = chair.open()
    editor.resize(1366, 768)
    line = editor.line_editors[0]
    focus(chair.qtbot, line.depth_field())

    scanned(chair, datamatrix(HYDRA_GTIN, "260309", "L2409-17"))

    assert said(editor) == (
        f"Lot L2409-17 expired on {day_in_words(dt.date(2026, 3, 9))}, before this session's "
        f"date, {day_in_words(SESSION_DAY)}: nothing was added. Use a vial in date."
    )
    assert line.products == []
    assert chair.clinic.lots.find(product.id, "L2409-17") is None
    folder = Path(os.environ.get("MESOLOG_SCREENSHOTS", tmp_path))
    assert editor.grab().save(str(folder / "vial-scan-expired.png"))
    assert save(chair, editor) == ()


def test_the_code_s_expiry_wins_over_the_catalogue_s_and_the_difference_is_said(
    chair: Chair,
) -> None:
    product = hydra(chair)
    editor = chair.open()
    focus(chair.qtbot, editor.line_editors[0].depth_field())
    scanned(chair, datamatrix(HYDRA_GTIN, "270228", "hb-2701"))
    [row] = editor.line_editors[0].products
    assert row.expiry_date.value() == dt.date(2027, 2, 28)
    assert said(editor).endswith(
        f"The catalogue has lot hb-2701 expiring on {day_in_words(dt.date(2027, 1, 31))}, the "
        f"vial's code {day_in_words(dt.date(2027, 2, 28))}: the row has the code's; check the "
        "catalogue."
    )
    lot = chair.clinic.lots.find(product.id, "HB-2701")
    assert lot is not None and lot.details.expiry_date == dt.date(2027, 1, 31), "left as it was"


@pytest.mark.parametrize(
    ("locale", "words"),
    [("en_GB", "9 March 2026"), ("en_US", "March 9, 2026"), ("el_GR", "9 Μαρτίου 2026")],
)
def test_days_are_written_in_words_without_the_weekday(locale: str, words: str) -> None:
    assert day_in_words(dt.date(2026, 3, 9), QLocale(locale)) == words
