"""A photo's refusal in Greek: each sentence is extracted by lupdate (context Imaging, with
tools/translations.sh's aliases) and rendered from a catalogue compiled from that
extraction through mesolog.language's Renderer, counts as Greek writes them. str() stays
English."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesolog.imaging.refusals import PhotoProblem, PhotoRefusedError
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from tests.ui.common.catalogue_support import greek_catalogue

ALLOWED = (
    "a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) of at most {size} and "
    "{megapixels} megapixels"
)
GREEK = {
    (
        "Imaging",
        "The photo {file} ({size} bytes) is {kind} but cannot be read (damaged or "
        "incomplete); allowed: {allowed}.",
    ): (
        "Η φωτογραφία {file} ({size} byte) είναι {kind} αλλά δεν διαβάζεται (κατεστραμμένη ή "
        "ελλιπής)· επιτρέπεται: {allowed}."
    ),
    ("Imaging", "a PNG image"): "εικόνα PNG",
    ("Imaging", ALLOWED): "φωτογραφία JPEG, PNG ή TIFF έως {size} και {megapixels} megapixel",
    ("Imaging", "{megabytes} MB ({bytes} bytes)"): "{megabytes} MB ({bytes} byte)",
    (
        "Imaging",
        "The photo {file} ({size} bytes) is {width} × {height} pixels ({megapixels} "
        "megapixels); allowed: {allowed}.",
    ): (
        "Η φωτογραφία {file} ({size} byte) έχει {width} × {height} pixel ({megapixels} "
        "megapixel)· επιτρέπεται: {allowed}."
    ),
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_damaged_photo_is_refused_in_greek_with_its_kind(greek: Renderer) -> None:
    refused = PhotoRefusedError(
        PhotoProblem.UNREADABLE, file_label="IMG_1.png", size_bytes=1_234_567, kind="a PNG image"
    )
    assert greek(refused.text) == (
        "Η φωτογραφία IMG_1.png (1.234.567 byte) είναι εικόνα PNG αλλά δεν διαβάζεται "
        "(κατεστραμμένη ή ελλιπής)· επιτρέπεται: φωτογραφία JPEG, PNG ή TIFF έως 40 MB "
        "(41.943.040 byte) και 80 megapixel."
    )
    assert str(refused) == (
        "The photo IMG_1.png (1,234,567 bytes) is a PNG image but cannot be read (damaged or "
        "incomplete); allowed: a JPEG, PNG or TIFF photo (HEIC with the optional heic extra) "
        "of at most 40 MB (41,943,040 bytes) and 80 megapixels."
    )


def test_the_pixels_and_megapixels_are_greek_numbers(greek: Renderer) -> None:
    refused = PhotoRefusedError(
        PhotoProblem.TOO_MANY_PIXELS,
        file_label="big.tif",
        size_bytes=2000,
        kind="a TIFF image",
        width_px=12_345,
        height_px=9_000,
    )
    assert greek(refused.text).startswith(
        "Η φωτογραφία big.tif (2.000 byte) έχει 12.345 × 9.000 pixel (111,1 megapixel)·"
    )
    assert str(refused).startswith(
        "The photo big.tif (2,000 bytes) is 12,345 × 9,000 pixels (111.1 megapixels);"
    )
