"""The two kinds of summary, written as real PDFs and read back with poppler's pdftotext and
pdfimages: the patient copy holds no internal note and gives the guide's aftercare advice in
plain words; the clinical copy holds everything; the clinic's logo heads both."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from babel.dates import format_date, format_time

from mesolog.domain import aftercare
from mesolog.domain.enums import (
    Area,
    CourseStatus,
    Fitzpatrick,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    SessionStatus,
    Severity,
    Sex,
    Solution,
)
from mesolog.domain.ids import CourseId, PatientId, SessionId
from mesolog.domain.logo import ClinicLogo, LogoType
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    Patient,
    PatientInput,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
)
from mesolog.domain.schedule import SessionMark, course_schedule
from mesolog.reports.formatting import locale_from_environment
from mesolog.reports.summary_data import CourseSummary, SummaryData, SummaryKind
from mesolog.reports.treatment_summary import render_summary
from tests.logo_support import logo_png

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None,
    reason="poppler-utils not installed",
)

ATHENS = dt.timezone(dt.timedelta(hours=2))
PATIENT_ID = PatientId(uuid.uuid4())
CLINICIAN = "Δρ. Ελένη Παπαδοπούλου"
PREPARED_BY = "Νικόλαος Γεωργίου"
INTERNAL = {
    "session notes": "Patient paused aspirin per cardiologist",
    "reaction notes": "bruise 2 cm below the left eye",
    "patient notes": "Anxious about needles, prefers afternoons",
    "medical history": "Atrial fibrillation since 2019",
    "medication": "Apixaban 5 mg twice daily",
    "course notes": "Discuss maintenance after session 4",
    "protocol": "HA 1% + vitamins, nappage",
    "amendment reason": "Lot number typed wrong at first",
    "anaesthetic": "EMLA cream, 30 min",
    "draft lot": "LOT-DRAFT-9",
    "warning given anyway": "The session comes 2 days before the course's due window.",
    "reason given anyway": "Travels abroad for a month from tomorrow",
}
LOGO = ClinicLogo(logo_png(300, 100), LogoType.PNG, 300, 100, "logo.png")


def _session(
    day: int, *, status: SessionStatus = SessionStatus.SIGNED, lot: str = "HG-2406"
) -> Session:
    product = ProductUse(Solution.HYALURONIC_ACID, 1.5, product_name="Hydra Glow", lot_number=lot)
    entry = SessionInput(
        performed_at=dt.datetime(2026, 2, day, 10, 30, tzinfo=ATHENS),
        clinician=CLINICIAN,
        treatments=(
            TreatmentLine(
                Area.CHEEKS,
                NeedleTechnique(depth_mm=2.5, gauge=30, length_mm=4, method=NeedleMethod.NAPPAGE),
                (product,),
            ),
        ),
        improvement_score=day % 10,
    )
    return Session(SessionId(uuid.uuid4()), PATIENT_ID, entry, status)


def _data(kind: SummaryKind, *, logo: ClinicLogo | None = LOGO) -> SummaryData:
    details = PatientInput(
        family_name="Καρμίρη",
        given_name="Ελένη",
        date_of_birth=dt.date(1978, 5, 17),
        record_number="MC-0042",
        sex=Sex.FEMALE,
        fitzpatrick_type=Fitzpatrick.III,
        phone="6900 000 001",
        allergies="Latex",
        medications=INTERNAL["medication"],
        medical_history=INTERNAL["medical history"],
        consent_signed_on=dt.date(2026, 1, 20),
        notes=INTERNAL["patient notes"],
    )
    patient = Patient(PATIENT_ID, details, dt.datetime(2026, 1, 20, tzinfo=ATHENS))
    plan = CourseInput(
        Indication.WRINKLES,
        6,
        dt.date(2026, 2, 2),
        areas=(Area.CHEEKS,),
        protocol=INTERNAL["protocol"],
        notes=INTERNAL["course notes"],
    )
    course = Course(CourseId(uuid.uuid4()), PATIENT_ID, plan, CourseStatus.ACTIVE)
    first = _session(2)
    bruise = Reaction(
        ReactionKind.BRUISING,
        Severity.MODERATE,
        Area.CHEEKS,
        onset=Onset.SAME_DAY,
        notes=INTERNAL["reaction notes"],
    )
    redness = Reaction(ReactionKind.REDNESS, Severity.MILD, resolved_on=dt.date(2026, 2, 3))
    first = replace(
        first,
        entry=replace(
            first.entry,
            notes=INTERNAL["session notes"],
            reactions=(redness,),
            pre_treatment=PreTreatment(10, INTERNAL["anaesthetic"], True),
            given_despite=(
                GivenDespite(
                    "before_due_window",
                    INTERNAL["warning given anyway"],
                    INTERNAL["reason given anyway"],
                ),
            ),
        ),
    )
    second = _session(16, lot="HG-2407")
    second = replace(
        second,
        entry=replace(second.entry, reactions=(bruise,)),
        amends=SessionId(uuid.uuid4()),
        amendment_reason=INTERNAL["amendment reason"],
        signed_by=CLINICIAN,
        signed_at=dt.datetime(2026, 2, 16, 11, 0, tzinfo=ATHENS),
    )
    draft = _session(27, status=SessionStatus.DRAFT, lot=INTERNAL["draft lot"])
    sessions = (first, second, draft)
    marks = [SessionMark(s.performed_on, s.entry.improvement_score) for s in sessions[:2]]
    schedule = course_schedule(course, marks, today=dt.date(2026, 3, 1))
    return SummaryData(
        clinic=ClinicSettings("Κλινική Δέρματος Demo", "Οδός Παράδειγμα 1", "210 000 0000"),
        patient=patient,
        courses=(CourseSummary(course, schedule, sessions),),
        sessions_outside_courses=(),
        include_drafts=True,
        generated_at=dt.datetime(2026, 3, 1, 9, 5, tzinfo=ATHENS),
        generated_by=PREPARED_BY,
        kind=kind,
        logo=logo,
        locale="en_GB",
    )


def _written(data: SummaryData, folder: Path) -> Path:
    path = folder / f"{data.kind.value}.pdf"
    path.write_bytes(render_summary(data))
    return path


def _text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", out.stdout)


def _images(path: Path) -> list[list[str]]:
    """pdfimages -list: a row per image (page, num, type, width, height, …)."""
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    )
    return [line.split() for line in out.stdout.splitlines()[2:]]


def test_the_patient_copy_holds_no_internal_note(tmp_path: Path) -> None:
    text = _text(_written(_data(SummaryKind.PATIENT), tmp_path))
    for what, internal in INTERNAL.items():
        assert internal not in text, what
    for clinical in ("DRAFT", "AMENDED", "Improvement score", "Before treatment", "Lots used"):
        assert clinical not in text
    assert "Resolved" not in text
    assert "open" not in text
    assert "Given despite" not in text


def test_the_patient_copy_says_what_was_done_in_plain_words(tmp_path: Path) -> None:
    text = _text(_written(_data(SummaryKind.PATIENT), tmp_path))
    assert "Patient copy" in text
    assert "Καρμίρη, Ελένη" in text
    assert "Hydra Glow (Hyaluronic acid), 1.5 ml, lot HG-2406" in text
    assert "Hydra Glow (Hyaluronic acid), 1.5 ml, lot HG-2407" in text
    assert "Injections with a fine needle" in text
    assert "Sessions 2 of 6 planned" in text
    assert "Redness, mild gone by 3 Feb 2026" in text
    assert "Bruising, moderate (cheeks) still present at the last visit" in text
    assert "Allergies Latex" in text


def test_the_patient_copy_gives_the_guides_aftercare_advice(tmp_path: Path) -> None:
    text = _text(_written(_data(SummaryKind.PATIENT), tmp_path))
    assert str(aftercare.RECOVERY) in text
    assert "Aspirin and other anti-inflammatory painkillers" in text
    assert "7 days before each session" in text
    for item in aftercare.AVOID:
        assert str(item.how_long) in text
    for expected in aftercare.EXPECTED:
        assert f"{expected.what}: {expected.passes}." in text
    assert "Call Κλινική Δέρματος Demo on 210 000 0000 if you notice:" in text
    for reason in aftercare.CALL_THE_CLINIC:
        assert str(reason) in text
    assert str(aftercare.EMERGENCY) in text


def test_the_clinical_copy_holds_everything(tmp_path: Path) -> None:
    text = _text(_written(_data(SummaryKind.CLINICAL), tmp_path))
    assert "Clinical copy" in text
    for what, internal in INTERNAL.items():
        assert internal in text, what
    assert "DRAFT" in text
    assert "AMENDED" in text
    assert "last aspirin/NSAID 10 days before" in text
    assert "consent confirmed" in text
    assert (
        f"Given despite a warning: {INTERNAL['warning given anyway']} "
        f"Reason: {INTERNAL['reason given anyway']}"
    ) in text
    assert "began the same day" in text
    assert "Skin type Fitzpatrick III" in text
    assert "Consent on file signed 20 Jan 2026" in text
    assert "Bruising 1 moderate 0 of 1" in text
    assert "Redness 1 mild all" in text
    assert str(aftercare.EMERGENCY) not in text


def test_a_long_reason_for_going_on_runs_over_pages(tmp_path: Path) -> None:
    data = _data(SummaryKind.CLINICAL)
    [course] = data.courses
    first = course.sessions[0]
    given = GivenDespite("allergen_given", "Allergy on record: " + "latex " * 400, "why " * 2400)
    long = replace(first, entry=replace(first.entry, given_despite=(given,)))
    data = replace(data, courses=(replace(course, sessions=(long, *course.sessions[1:])),))

    text = _text(_written(data, tmp_path))

    assert text.count("latex") == 400
    assert text.count("why") == 2400
    assert "none recorded" not in text


@pytest.mark.parametrize("kind", list(SummaryKind))
def test_both_kinds_name_people_by_their_names(kind: SummaryKind, tmp_path: Path) -> None:
    text = _text(_written(_data(kind), tmp_path))
    assert f"Generated 1 Mar 2026, 09:05 by {PREPARED_BY}" in text
    assert CLINICIAN in text


@pytest.mark.parametrize("kind", list(SummaryKind))
def test_the_logo_heads_both_kinds(kind: SummaryKind, tmp_path: Path) -> None:
    images = _images(_written(_data(kind), tmp_path))
    drawn = [row for row in images if row[2] == "image"]
    assert [(row[0], row[3], row[4]) for row in drawn] == [("1", "300", "100")]
    masks = [row for row in images if row[2] == "smask"]
    assert len(masks) == 1, "the PNG's transparency is kept"
    assert _images(_written(_data(kind, logo=None), tmp_path)) == []


def test_dates_follow_the_one_rule_in_the_locale_of_the_test_run(tmp_path: Path) -> None:
    """ISO 8601 and 24-hour under C/POSIX (MESOLOG_TEST_LOCALE=C.UTF-8), else the locale's."""
    locale = locale_from_environment(os.environ)
    text = _text(_written(replace(_data(SummaryKind.CLINICAL), locale=locale), tmp_path))
    if locale in ("C", "POSIX"):
        assert "Date of birth 1978-05-17" in text
        assert "Period covered 2026-02-02 – 2026-02-27" in text
        assert f"Generated 2026-03-01 09:05 by {PREPARED_BY}" in text
        assert "2026-02-02 10:30" in text
        assert not re.search(r"\b(AM|PM)\b", text)
    else:
        birth = format_date(dt.date(1978, 5, 17), format="medium", locale=locale)
        assert re.sub(r"\s", " ", f"Date of birth {birth}") in text
        time = format_time(dt.time(9, 5), format="short", locale=locale)
        assert re.sub(r"\s", " ", time) in text
