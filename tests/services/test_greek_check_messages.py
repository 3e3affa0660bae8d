"""`mesolog check`'s findings and a summary's photo refusals in Greek: each is extracted by
lupdate (contexts Checks and SummaryPhotos, with tools/translations.sh's aliases) and
rendered from a catalogue compiled from that extraction through mesolog.language's
Renderer, counts as Greek writes them. str() stays English."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from mesolog.domain.errors import NotFoundError
from mesolog.domain.ids import PhotoId
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from mesolog.services.summary_photos import LeftOut, PhotoScope, photo_pairs
from tests.ui.common.catalogue_support import greek_catalogue

ALL_GUARDED = "all {triggers} triggers guarding the records are as mesolog made them"
GREEK = {
    ("Checks", ALL_GUARDED): "και οι {triggers} σκανδαλιστές είναι όπως τους έφτιαξε το mesolog",
    ("Checks", "on"): "ενεργά",
    ("SummaryPhotos", "The patient has no photo (not voided) with the id {id}."): (
        "Ο ασθενής δεν έχει φωτογραφία (μη ακυρωμένη) με αναγνωριστικό {id}."
    ),
    ("SummaryPhotos", "of a voided course"): "ακυρωμένου προγράμματος",
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


@pytest.mark.sqlite_only("the checks of an SQLite file")
def test_the_checks_findings_are_said_in_greek(greek: Renderer, clinic: Clinic) -> None:
    found = {item.name: item.detail for item in CheckService(clinic.context).run().items}
    assert greek(found["guards"]) == "και οι 28 σκανδαλιστές είναι όπως τους έφτιαξε το mesolog"
    assert str(found["guards"]) == ALL_GUARDED.replace("{triggers}", "28")
    assert greek(found["foreign_keys"]) == "ενεργά"
    assert greek(found["journal_mode"]) == "wal"  # SQLite's own word


def test_a_photo_the_patient_does_not_have_is_refused_in_greek(greek: Renderer) -> None:
    missing = PhotoId(uuid.UUID(int=7))
    with pytest.raises(NotFoundError) as refused:
        photo_pairs([], PhotoScope({}, loose=True), lambda _: b"", chosen=[missing])
    assert greek(refused.value.text) == (
        f"Ο ασθενής δεν έχει φωτογραφία (μη ακυρωμένη) με αναγνωριστικό {missing}."
    )
    assert str(refused.value) == f"The patient has no photo (not voided) with the id {missing}."
    assert greek(LeftOut.VOIDED_COURSE.text) == "ακυρωμένου προγράμματος"
    assert str(LeftOut.VOIDED_COURSE.text) == LeftOut.VOIDED_COURSE.value
