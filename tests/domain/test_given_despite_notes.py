"""The warnings given anyway, written into a session's notes for the export file and taken
back off exactly."""

from __future__ import annotations

import pytest

from mesolog.domain.given_despite_notes import (
    MARKER,
    notes_with_given_despite,
    split_given_despite,
)
from mesolog.domain.records import GivenDespite

ALLERGEN = GivenDespite(
    "allergen_given",
    'Allergy on record "Λιδοκαΐνη": the topical anaesthetic "EMLA" contains it.',
    "Patch test negative.\nAllergist's letter on file.",
)
EARLY = GivenDespite("before_due_window", "The session comes 3 days before the due window.")


def test_the_paragraph_is_readable_and_marked() -> None:
    assert notes_with_given_despite("Tolerated well.", (ALLERGEN, EARLY)) == (
        "Tolerated well.\n\n"
        "Warnings given anyway (mesolog):\n"
        '- allergen_given: "Allergy on record \\"Λιδοκαΐνη\\": the topical anaesthetic \\"EMLA\\" '
        'contains it." Reason: "Patch test negative.\\nAllergist\'s letter on file."\n'
        '- before_due_window: "The session comes 3 days before the due window." Reason: ""'
    )
    assert notes_with_given_despite("", (EARLY,)).startswith(MARKER)
    assert notes_with_given_despite("Tolerated well.", ()) == "Tolerated well."


@pytest.mark.parametrize(
    "notes",
    [
        "",
        "Tolerated well.",
        "\n\n",
        MARKER,
        f"Seen by a colleague.\n\n{MARKER}",
        f'{MARKER}\n- allergen_given: "x" Reason: "y"',
        f'Before.\n\n{MARKER}\n- allergen_given: "x" Reason: "y"\n\nAfter.',
        f'\n\n{MARKER}\n- unknown_kind: "x" Reason: "y"',
        f'\n\n{MARKER}\n- allergen_given: "\\u0078" Reason: "y"',
    ],
)
@pytest.mark.parametrize("given", [(), (EARLY,), (ALLERGEN, EARLY)])
def test_any_notes_and_warnings_come_back_exactly(
    notes: str, given: tuple[GivenDespite, ...]
) -> None:
    assert split_given_despite(notes_with_given_despite(notes, given)) == (notes, given)


@pytest.mark.parametrize(
    "notes",
    [
        "Tolerated well.",
        f"Tolerated well.\n\n{MARKER} and more",
        f'Tolerated well.\n\n{MARKER}\n- allergen_given: "x" Reason: "y" extra',
        f'Tolerated well.\n\n{MARKER}\n- allergen_given: "x"',
        f"Tolerated well.\n\n{MARKER}\nfree text",
    ],
)
def test_notes_that_do_not_end_in_the_paragraph_are_notes(notes: str) -> None:
    assert split_given_despite(notes) == (notes, ())
