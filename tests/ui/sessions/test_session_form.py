"""The session's own fields typed key by key: date and time, clinician, last aspirin or
NSAID, topical anaesthetic, improvement score and notes. Each value typed is stored
exactly, or refused beside its field with nothing stored (tests/ui/sessions/typed_session.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mesolog.domain import limits
from mesolog.domain.enums import SessionStatus
from mesolog.domain.records import PreTreatment
from mesolog.ui.common.dates import shown_date_time
from tests.conftest import ATHENS
from tests.typing_support import Typed, type_into
from tests.ui.sessions.typed_session import (
    COURSE_STARTED,
    TWELVE_HOUR,
    Chair,
    Field,
    case,
    check_typed,
    moment_keys,
    no_such_day_keys,
    number_shown,
    tab_in_and_type,
    text_shown,
    time_keys,
    too_long,
)

YESTERDAY_MORNING = dt.datetime(2026, 3, 9, 9, 30, tzinfo=ATHENS)
TOMORROW_MORNING = dt.datetime(2026, 3, 11, 9, 30, tzinfo=ATHENS)
BEFORE_THE_COURSE = dt.datetime(2026, 1, 20, 9, 30, tzinfo=ATHENS)
TWO_LINES = "Καλή ανοχή.\nΕπόμενη σε 2 εβδομάδες"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


PERFORMED_AT = Field(
    "performed_at",
    lambda editor: editor.session_form.performed_at,
    lambda entry: entry.performed_at,
    shown_date_time,
    moment_keys(YESTERDAY_MORNING),
)
CLINICIAN_FIELD = Field(
    "clinician",
    lambda editor: editor.session_form.clinician,
    lambda entry: entry.clinician,
    text_shown,
    "Dr Eleni Markou",
)
NSAIDS = Field(
    "nsaids_paused_days",
    lambda editor: editor.session_form.nsaids_paused_days,
    lambda entry: entry.pre_treatment.nsaids_paused_days,
    number_shown(),
    "10",
)
ANAESTHETIC = Field(
    "topical_anaesthetic",
    lambda editor: editor.session_form.topical_anaesthetic,
    lambda entry: entry.pre_treatment.topical_anaesthetic,
    text_shown,
    "EMLA",
)
SCORE = Field(
    "improvement_score",
    lambda editor: editor.session_form.improvement_score,
    lambda entry: entry.improvement_score,
    number_shown(),
    "7",
)
NOTES = Field(
    "notes",
    lambda editor: editor.session_form.notes,
    lambda entry: entry.notes,
    text_shown,
    "Καλή ανοχή",
)

MOMENTS = [
    Typed("valid", moment_keys(YESTERDAY_MORNING), YESTERDAY_MORNING),
    Typed("too-high", moment_keys(TOMORROW_MORNING), refused="future"),
    Typed("too-low", moment_keys(BEFORE_THE_COURSE), refused=COURSE_STARTED.isoformat()),
    Typed("garbage", no_such_day_keys(31, 2, 2026) + time_keys(9, 30), refused=""),
]


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        *(case(PERFORMED_AT, typed) for typed in MOMENTS),
        case(PERFORMED_AT, Typed("empty", "", refused="")),
    ],
)
def test_the_date_and_time_typed_over_the_field(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        *(case(PERFORMED_AT, typed) for typed in MOMENTS[:3]),
        case(PERFORMED_AT, MOMENTS[3]),
    ],
)
def test_the_date_and_time_typed_part_by_part(chair: Chair, field_: Field, typed: Typed) -> None:
    """Tabbed into, the field starts on its first part and takes the parts in turn."""
    check_typed(chair, field_, typed, way=tab_in_and_type)


@pytest.mark.skipif(not TWELVE_HOUR, reason="the locale's clock has no AM and PM")
def test_the_first_letter_of_am_is_enough_for_the_morning(chair: Chair) -> None:
    keys = moment_keys(YESTERDAY_MORNING, meridiem=lambda marker: marker[0])
    check_typed(
        chair, PERFORMED_AT, Typed("am-letter", keys, YESTERDAY_MORNING), way=tab_in_and_type
    )


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(CLINICIAN_FIELD, Typed("valid", "Δρ Ελένη Μάρκου", "Δρ Ελένη Μάρκου")),
        case(CLINICIAN_FIELD, Typed("too-long", too_long(limits.NAME_MAX), refused="100")),
        case(CLINICIAN_FIELD, Typed("empty", "", refused="required")),
        case(ANAESTHETIC, Typed("valid", "Λιδοκαΐνη 5% κρέμα", "Λιδοκαΐνη 5% κρέμα")),
        case(
            ANAESTHETIC, Typed("too-long", too_long(limits.TOPICAL_ANAESTHETIC_MAX), refused="200")
        ),
        case(ANAESTHETIC, Typed("empty", "", None)),
        case(NOTES, Typed("valid", TWO_LINES, TWO_LINES)),
        case(NOTES, Typed("empty", "", "")),
    ],
)
def test_the_texts(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


@pytest.mark.parametrize(
    ("field_", "typed"),
    [
        case(NSAIDS, Typed("valid", "10", 10)),
        case(NSAIDS, Typed("too-high", "400", refused="0 to 365")),
        case(NSAIDS, Typed("too-low", "-3", refused="0 to 365")),
        case(NSAIDS, Typed("garbage", "1o", refused="0 to 365")),
        case(NSAIDS, Typed("empty", "", None)),
        case(SCORE, Typed("valid", "7", 7)),
        case(SCORE, Typed("too-high", "11", refused="0 to 10")),
        case(SCORE, Typed("too-low", "-1", refused="0 to 10")),
        case(SCORE, Typed("garbage", "7,5", refused="0 to 10")),
        case(SCORE, Typed("empty", "", None)),
    ],
)
def test_the_numbers(chair: Chair, field_: Field, typed: Typed) -> None:
    check_typed(chair, field_, typed)


def test_what_is_typed_is_signed_as_typed(chair: Chair) -> None:
    """Every field of the session typed, then Ctrl+Shift+S: the signed session, read back
    through the history, holds exactly what was typed."""
    editor = chair.open()
    form = editor.session_form
    qtbot = chair.qtbot
    tab_in_and_type(qtbot, form.performed_at, moment_keys(YESTERDAY_MORNING))
    type_into(qtbot, form.clinician, "Δρ Ελένη Μάρκου")
    type_into(qtbot, form.nsaids_paused_days, "10")
    type_into(qtbot, form.topical_anaesthetic, "Λιδοκαΐνη 5% κρέμα")
    form.consent_confirmed.click()
    type_into(qtbot, form.improvement_score, "7")
    type_into(qtbot, form.notes, TWO_LINES)

    qtbot.keyClick(form.notes, Qt.Key.Key_S, CTRL_SHIFT)

    [signed] = chair.sessions()
    assert signed.status is SessionStatus.SIGNED
    assert signed.signed_by == "Δρ Ελένη Μάρκου"
    entry = signed.entry
    assert entry.performed_at == YESTERDAY_MORNING
    assert entry.clinician == "Δρ Ελένη Μάρκου"
    assert entry.pre_treatment == PreTreatment(10, "Λιδοκαΐνη 5% κρέμα", consent_confirmed=True)
    assert entry.improvement_score == 7
    assert entry.notes == TWO_LINES
    assert [text.startswith("Sign this session?") for text in chair.asked] == [True]
