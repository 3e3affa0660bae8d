"""The demo clinic in the language it is filled in: `DemoService.fill(language="el")` writes
its free texts (notes, protocols, reactions' notes, health details, product descriptions,
photo labels, the clinic's name and address) in Greek from the shipped catalogue, the same
records every time and with an intact audit chain; `mesolog demo` fills it in the language
it speaks. English is exactly what it was (the other demo tests hold it to that)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from mesolog.cli import records
from mesolog.domain.records import ClinicSettings
from mesolog.language import catalogues
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.services import demo_clinical as clinical
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoReport, DemoService
from mesolog.services.demo_catalogue import DemoProduct, demo_catalogue
from mesolog.services.demo_data import DemoPatient, demo_clinic
from mesolog.services.demo_photos import Shot
from tests.conftest import FixedClock
from tests.language.qm_support import compiled

SHIPPED = Path(__file__).parents[2] / "resources" / "translations" / "mesolog_el.ts"
TODAY = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
LATIN_NAMES = (*(product.name for product in clinical.PRODUCTS.values()), "EMLA", "DMAE")
"""What a Greek clinic writes in Latin letters too: the products' names (a course's
protocol names its products), the anaesthetic cream's name and a substance's code."""
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{4,}")

GREEK_LABELS = ("Ουλή, κοντινή λήψη με κλίμακα", "Στεφάνη της κεφαλής από πάνω")
Demo = tuple[ClinicSettings, tuple[DemoPatient, ...], tuple[DemoProduct, ...]]


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The shipped Greek catalogue, compiled for this test (a checkout may not have built it)."""
    qm = compiled(SHIPPED, tmp_path_factory.mktemp("translations"))
    return Catalogue.from_qm(qm.read_bytes())


def filled(catalogue: Catalogue, code: str = "el") -> Demo:
    say = Renderer(language(code), lambda: catalogue)
    clinic, patients = demo_clinic(today=TODAY, say=say)
    products = demo_catalogue((e for p in patients for _, e in p.sessions), say=say)
    return clinic, patients, products


def free_texts(demo: Demo, say: Renderer) -> Iterator[str]:
    """Every free text the demo writes, but the companies' names."""
    clinic, patients, products = demo
    yield from (clinic.name, clinic.address)
    for patient in patients:
        details = patient.patient
        yield from (details.allergies, details.medications, details.medical_history)
        for plan, _, _ in patient.courses:
            yield from (plan.protocol, plan.notes)
        for _, entry in patient.sessions:
            yield entry.notes
            yield entry.pre_treatment.topical_anaesthetic or ""
            yield from (reaction.notes for reaction in entry.reactions)
            for line in entry.treatments:
                yield line.area_detail
                yield from (use.concentration for use in line.products)
        yield from (say(shot.label) for shot in patient.photos)
    for product in products:
        yield from (product.details.concentration, product.details.notes)
    yield products[[p.details.gtin for p in products].index("")].details.manufacturer


def latin_words(text: str) -> list[str]:
    for name in LATIN_NAMES:
        text = text.replace(name, "")
    return LATIN_WORD.findall(text)


def test_a_greek_fill_writes_its_free_texts_in_greek(greek: Catalogue) -> None:
    demo = filled(greek)
    texts = [text for text in free_texts(demo, Renderer(language("el"), lambda: greek)) if text]
    assert len(set(texts)) > 60
    assert {text: latin_words(text) for text in texts if latin_words(text)} == {}
    protocols = {plan.protocol for p in demo[1] for plan, _, _ in p.courses}
    assert "Ραγάδες: SiliCore 0.5%· βελόνα 30G 4 mm" in protocols
    assert demo[0].name == "Κλινική Αισθητικής Επίδειξης"


def test_names_codes_and_numbers_stay_as_they_are(greek: Catalogue) -> None:
    clinic, patients, products = filled(greek)
    english_clinic, english_patients = demo_clinic(today=TODAY)
    assert [p.patient.family_name for p in patients] == [
        p.patient.family_name for p in english_patients
    ]
    assert clinic.phone == english_clinic.phone
    uses = [
        u for p in patients for _, e in p.sessions for line in e.treatments for u in line.products
    ]
    english_uses = [
        u
        for p in english_patients
        for _, e in p.sessions
        for line in e.treatments
        for u in line.products
    ]
    assert [(u.product_name, u.lot_number, u.volume_ml) for u in uses] == [
        (u.product_name, u.lot_number, u.volume_ml) for u in english_uses
    ]
    assert {p.details.manufacturer for p in products} >= {"Dermaqua Laboratories", "Lumina Vitalab"}


def test_two_greek_fills_give_the_same_records(greek: Catalogue) -> None:
    assert filled(greek) == filled(greek)


def test_english_through_the_renderer_is_what_it_always_was(greek: Catalogue) -> None:
    english = Renderer(language("en"), Catalogue)
    clinic, patients = demo_clinic(today=TODAY)
    assert demo_clinic(today=TODAY, say=english) == (clinic, patients)
    entries = [e for p in patients for _, e in p.sessions]
    assert demo_catalogue(entries, say=english) == demo_catalogue(entries)


def shots(patients: tuple[DemoPatient, ...]) -> list[Shot]:
    return [shot for patient in patients for shot in patient.photos]


def test_the_demo_database_in_greek(
    greek: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filled as `mesolog demo` fills it on a Greek workstation: what is stored is Greek,
    and the audit chain verifies."""
    monkeypatch.setattr(catalogues, "load_catalogue", lambda code: greek)
    expected = filled(greek)
    with Clinic.open(
        str(tmp_path / "demo.sqlite"), actor="tester", clock=FixedClock(NOW)
    ) as clinic:
        report = DemoService(clinic.context).fill(language="el")
        stored = [
            clinic.history.patient_history(p.id) for p in clinic.patients.search("", limit=1000)
        ]
        notes = {s.entry.notes for history in stored for s in history.sessions}
        protocols = {c.course.plan.protocol for history in stored for c in history.courses}
        labels = {
            photo.details.label
            for history in stored
            for photos in history.session_photos.values()
            for photo in photos
        } | {photo.details.label for history in stored for photo in history.patient_photos}
        products = {p.details.concentration for p in clinic.products.all()}
        settings = clinic.settings.clinic()
        verification = clinic.audit.verify()
    assert report.patients == len(expected[1]) and report.photos == len(shots(expected[1]))
    assert "Λήφθηκαν φωτογραφίες για σύγκριση." in notes
    assert protocols == {plan.protocol for p in expected[1] for plan, _, _ in p.courses}
    assert set() < labels - {""} <= {"Πίσω όψη, όρθια θέση", *GREEK_LABELS}
    assert "12 αμινοξέα + γλουταθειόνη" in products
    assert (settings.name, settings.currency) == ("Κλινική Αισθητικής Επίδειξης", "EUR")
    assert verification.intact


def test_an_unknown_language_is_refused(clinic: Clinic) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        DemoService(clinic.context).fill(language="de")


def test_mesolog_demo_fills_in_the_language_it_speaks(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fill(service: DemoService, *, if_empty: bool, language: str) -> DemoReport:
        asked.append(language)
        return DemoReport(0, 0, 0, skipped=True)

    monkeypatch.setattr(DemoService, "fill", fill)
    monkeypatch.setattr(records, "spoken", lambda: language("el"))
    records.run_demo(clinic, argparse.Namespace(if_empty=True), io.StringIO())
    assert asked == ["el"]
