"""A scan's refusal in Greek: each sentence is extracted by lupdate (context Scanning, with
tools/translations.sh's aliases) and rendered from a catalogue compiled from that
extraction through mesolog.language's Renderer. str() stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.scanning.scan_refusals import field_format, repeated_field
from tests.ui.common.catalogue_support import greek_catalogue

GREEK = {
    ("Scanning", "The code's {name} (AI {ai}) holds {length} characters that are not {rule}."): (
        "Το πεδίο {name} (AI {ai}) του κωδικού έχει {length} χαρακτήρες που δεν είναι {rule}."
    ),
    ("Scanning", "lot"): "παρτίδα",
    ("Scanning", "1 to 20 letters, digits and !\"%&'()*+,-./:;<=>?_"): (
        "1 έως 20 γράμματα, ψηφία και !\"%&'()*+,-./:;<=>?_"
    ),
    (
        "Scanning",
        "The code gives {count} different values for its {name} (AI {ai}), {values} and "
        "{last}: a vial has one, so the code is misread or wrongly made. Scan it again, or "
        "type the product.",
    ): (
        "Ο κωδικός δίνει {count} διαφορετικές τιμές για το πεδίο {name} (AI {ai}), {values} "
        "και {last}· ένα φιαλίδιο έχει μία. Σαρώστε ξανά ή πληκτρολογήστε το προϊόν."
    ),
    ("Scanning", "expiry"): "λήξη",
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_lot_in_the_wrong_characters_is_refused_in_greek(greek: Renderer) -> None:
    refused = field_format("10", "BATCH/LOT", "X..20", 24)
    assert greek(refused.text) == (
        "Το πεδίο παρτίδα (AI 10) του κωδικού έχει 24 χαρακτήρες που δεν είναι 1 έως 20 "
        "γράμματα, ψηφία και !\"%&'()*+,-./:;<=>?_."
    )
    assert str(refused) == (
        "The code's lot (AI 10) holds 24 characters that are not 1 to 20 letters, digits and "
        "!\"%&'()*+,-./:;<=>?_."
    )


def test_an_expiry_given_twice_names_both_in_greek(greek: Renderer) -> None:
    refused = repeated_field("17", "USE BY OR EXPIRY", ["270131", "280229"])
    assert greek(refused.text).startswith(
        "Ο κωδικός δίνει 2 διαφορετικές τιμές για το πεδίο λήξη (AI 17), 270131 και 280229·"
    )
    assert str(refused).startswith(
        "The code gives 2 different values for its expiry (AI 17), 270131 and 280229: a vial"
    )
