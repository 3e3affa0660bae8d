"""A field filled with a text longer than it shows its beginning (the dose of a
concentration, the name of an anaesthetic), not its end."""

from __future__ import annotations

import datetime as dt

from mesolog.domain.enums import Solution
from mesolog.domain.records import PreTreatment, ProductUse, SessionInput
from tests.services.conftest import Maker
from tests.ui.sessions.typed_session import CLINICIAN, Chair

CONCENTRATION = "15 mg/ml non-cross-linked hyaluronic acid with glutathione"
ANAESTHETIC = "Lidocaine 4% cream, 20 minutes under film before the session"


def test_a_long_text_loaded_shows_its_beginning(chair: Chair) -> None:
    use = ProductUse(Solution.HYALURONIC_ACID, 2.0, "HydraBoost 1.5%", CONCENTRATION)
    when = chair.clinic.context.now() - dt.timedelta(days=1)
    entry = SessionInput(
        when,
        CLINICIAN,
        (Maker.needle_line(products=(use,)),),
        chair.course.id,
        PreTreatment(topical_anaesthetic=ANAESTHETIC, consent_confirmed=True),
    )
    draft = chair.clinic.sessions.create_draft(chair.patient.id, entry)
    editor = chair.open(chair.clinic.sessions.get(draft.id))
    row = editor.line_editors[0].products[0]
    fields = (row.concentration, row.product_name, editor.session_form.topical_anaesthetic)
    assert row.concentration.text() == CONCENTRATION
    assert row.concentration.fontMetrics().horizontalAdvance(CONCENTRATION) > (
        row.concentration.width()
    ), "the text is longer than its field"
    assert [field.cursorPosition() for field in fields] == [0, 0, 0]
