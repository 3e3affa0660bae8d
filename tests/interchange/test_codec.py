"""The codec's round trip: any valid clinic file (charts, photos, the catalogue and the
templates included) encodes to a valid document and decodes back."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mesolog.domain import enums, limits
from mesolog.domain.chain_anchor import ChainAnchor
from mesolog.domain.charts import MAX_POINTS_PER_LINE, ChartPoint
from mesolog.domain.diagram_ids import DIAGRAM_ZONES
from mesolog.domain.given_despite_notes import MARKER
from mesolog.domain.ids import (
    CourseId,
    LotId,
    PatientId,
    PhotoId,
    ProductId,
    SessionId,
    TemplateId,
)
from mesolog.domain.photos import LABEL_MAX, PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.products import (
    PRICE_PER_UNIT,
    QUANTITY_RECEIVED,
    LotInput,
    ProductInput,
    ProductUnit,
    gtin_check_digit,
    lot_key,
    name_key,
)
from mesolog.domain.records import (
    ClinicSettings,
    Course,
    CourseInput,
    GivenDespite,
    NeedleTechnique,
    Patient,
    PatientInput,
    PenTechnique,
    PreTreatment,
    ProductUse,
    Reaction,
    Session,
    SessionInput,
    TreatmentLine,
    Voiding,
)
from mesolog.domain.templates import MAX_LINES, TEMPLATE_NAME_MAX, TemplateInput
from mesolog.domain.warnings import WarningKind
from mesolog.interchange.codec import (
    Catalogue,
    ClinicFile,
    FiledLot,
    FiledPhoto,
    FiledProduct,
    FiledTemplate,
    PatientBundle,
    SessionParts,
    WrittenLine,
    decode,
    encode,
)
from mesolog.interchange.file_rules import file_rule_violations
from mesolog.interchange.schema import load_schema, schema_violations


def _definition(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in schema or "properties" in schema:  # a zone or point: its own properties
        return schema
    found: dict[str, Any] = load_schema()["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return found


def assert_schema_order(value: object, schema: dict[str, Any]) -> None:
    """Every object's keys come in the order of the schema's properties."""
    schema = _definition(schema)
    if isinstance(value, dict):
        if "if" in schema:  # a technique: the pen or the needle
            schema = _definition(schema["then"] if value["kind"] == "pen" else schema["else"])
        order = list(schema["properties"])
        assert list(value) == sorted(value, key=order.index)
        for key, item in value.items():
            assert_schema_order(item, schema["properties"][key])
    elif isinstance(value, list):
        for item in value:
            assert_schema_order(item, schema.get("items", {}))


# --- the round trip, for any valid clinic file ---------------------------------------------

OFFSETS = st.integers(-12 * 4, 14 * 4).map(lambda q: dt.timezone(dt.timedelta(minutes=15 * q)))
NAIVE = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1))
MOMENTS = st.builds(lambda naive, zone: naive.replace(tzinfo=zone), NAIVE, OFFSETS)
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
NAMES = st.text(min_size=1, max_size=limits.NAME_MAX).filter(lambda text: not text.isspace())
TEXT = st.text(max_size=12)  # below every free-text limit; the limits are tested elsewhere
pick = st.sampled_from


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def whole(span: limits.Range) -> st.SearchStrategy[int]:
    return st.integers(int(span.low), int(span.high))


def decimal(span: limits.Range) -> st.SearchStrategy[float]:
    return st.floats(span.low, span.high, exclude_min=span.low_exclusive)


def tuples(strategy: st.SearchStrategy[Any], low: int = 0, high: int = 2) -> Any:
    return st.lists(strategy, min_size=low, max_size=high).map(tuple)


# Positional arguments in the order of the records' fields.
# fmt: off
PATIENTS = st.builds(
    PatientInput, NAMES, NAMES, DAYS, TEXT, maybe(pick(enums.Sex)), TEXT, TEXT,
    maybe(pick(enums.Fitzpatrick)), TEXT, TEXT, TEXT, maybe(DAYS), TEXT, maybe(DAYS),
)
PLANS = st.builds(
    CourseInput, pick(enums.Indication), whole(limits.PLANNED_SESSIONS), DAYS,
    st.lists(pick(enums.Area), unique=True, max_size=4).map(tuple), TEXT,
    whole(limits.INITIAL_INTERVAL_DAYS), whole(limits.MAINTENANCE_INTERVAL_DAYS), TEXT,
)
NEEDLES = st.builds(
    NeedleTechnique, decimal(limits.NEEDLE_DEPTH_MM), whole(limits.NEEDLE_GAUGE),
    decimal(limits.NEEDLE_LENGTH_MM), maybe(pick(enums.NeedleMethod)),
)
PENS = st.builds(
    PenTechnique, decimal(limits.PEN_DEPTH_MM), whole(limits.PEN_PENETRATIONS_PER_SECOND),
    whole(limits.PEN_NEEDLE_COUNT), maybe(whole(limits.PEN_PASSES)),
)
PRODUCTS = st.builds(
    ProductUse, pick(enums.Solution), decimal(limits.VOLUME_ML), TEXT, TEXT, TEXT, maybe(DAYS),
)
ZONES = pick([zone for zones in DIAGRAM_ZONES.values() for zone in zones])
"""Any zone of the diagrams' table: the schema's rules (the domain's are tested elsewhere)."""
FRACTIONS = st.floats(0, 1)
POINTS = st.builds(
    ChartPoint, ZONES, FRACTIONS, FRACTIONS, st.integers(0, 3), decimal(limits.POINT_AMOUNT_ML),
)
LINES = st.builds(
    TreatmentLine, pick(enums.Area), NEEDLES | PENS, tuples(PRODUCTS), TEXT,
    tuples(ZONES, high=3),
    tuples(POINTS, high=3) | tuples(POINTS, MAX_POINTS_PER_LINE - 2, MAX_POINTS_PER_LINE),
)
REACTIONS = st.builds(
    Reaction, pick(enums.ReactionKind), pick(enums.Severity), maybe(pick(enums.Area)),
    maybe(pick(enums.Onset)), maybe(DAYS), TEXT,
)
PRE_TREATMENTS = st.builds(
    PreTreatment, maybe(whole(limits.NSAIDS_PAUSED_DAYS)), maybe(TEXT), st.booleans(),
)
CLINICS = st.builds(ClinicSettings, NAMES, TEXT, TEXT, TEXT)
GIVEN_DESPITE = st.builds(
    GivenDespite, pick([kind.value for kind in WarningKind]), NAMES, TEXT,
)
LOOKALIKES = pick([MARKER, f"\n\n{MARKER}", f'\n\n{MARKER}\n- allergen_given: "x" Reason: ""'])
NOTES = TEXT | st.builds(str.__add__, TEXT, LOOKALIKES)
"""Notes, some ending as the export writes the warnings given anyway (see given_despite_notes)."""
ANCHORS = st.builds(
    ChainAnchor, st.integers(0, 10**9), st.text("0123456789abcdef", min_size=64, max_size=64),
    MOMENTS.map(lambda moment: moment.astimezone(dt.UTC).replace(microsecond=0)),
)
VOIDINGS = maybe(st.builds(Voiding, MOMENTS, NAMES, TEXT))
LABELS = st.text(max_size=LABEL_MAX)
SIGNED_NAMES = st.builds(str.__add__, st.characters(categories=["L"]), TEXT)
"""Names that are never blank, drawn without filtering (a photo has two of them)."""
GTINS = st.integers(0, 10**13 - 1).map(lambda n: f"{n:013d}{gtin_check_digit(f'{n:013d}')}")
PRICES = st.decimals(0, int(PRICE_PER_UNIT.high), places=2).map(abs)
PRODUCT_INPUTS = st.builds(
    ProductInput, NAMES, pick(enums.Solution), TEXT, TEXT, pick(ProductUnit), st.just("") | GTINS,
    maybe(decimal(limits.UNITS_AMOUNT)), maybe(PRICES), TEXT,
)
LOT_NUMBERS = st.text(min_size=1, max_size=limits.LOT_NUMBER_MAX).filter(lambda t: not t.isspace())
TEMPLATE_LINES = st.builds(
    TreatmentLine, pick(enums.Area), NEEDLES | PENS,
    tuples(st.builds(ProductUse, pick(enums.Solution), decimal(limits.VOLUME_ML), TEXT, TEXT)),
    TEXT,
)
"""A session's lines without charts, their products without lot or expiry."""
TEMPLATE_INPUTS = st.builds(
    TemplateInput,
    st.text(min_size=1, max_size=TEMPLATE_NAME_MAX).filter(lambda text: not text.isspace()),
    pick(enums.Indication), whole(limits.PLANNED_SESSIONS), whole(limits.INITIAL_INTERVAL_DAYS),
    whole(limits.MAINTENANCE_INTERVAL_DAYS), TEXT, tuples(TEMPLATE_LINES, 1, 3)
    | tuples(TEMPLATE_LINES, MAX_LINES, MAX_LINES), maybe(PRICES), TEXT,
)
# fmt: on


@st.composite
def templates(draw: st.DrawFn, new_id: Any) -> tuple[FiledTemplate, ...]:
    """Templates of different names (folded)."""
    names: set[str] = set()
    found = []
    for _ in range(draw(st.integers(0, 3))):
        details = draw(TEMPLATE_INPUTS)
        if name_key(details.name) not in names:
            names.add(name_key(details.name))
            found.append(FiledTemplate(TemplateId(new_id()), details, draw(maybe(MOMENTS))))
    return tuple(found)


@st.composite
def catalogues(draw: st.DrawFn, new_id: Any) -> Catalogue:
    """Products of different names (folded) and GTINs, lots of different numbers in each."""
    names: set[str] = set()
    gtins: set[str] = set()
    products = []
    for _ in range(draw(st.integers(0, 3))):
        details = draw(PRODUCT_INPUTS)
        if name_key(details.name) in names or details.gtin in gtins:
            continue
        names.add(name_key(details.name))
        gtins.add(details.gtin or "none")
        product_id = ProductId(new_id())
        numbers: set[str] = set()
        lots = []
        for _ in range(draw(st.integers(0, 2))):
            number = draw(LOT_NUMBERS)
            if lot_key(number) in numbers:
                continue
            numbers.add(lot_key(number))
            lot = LotInput(
                product_id, number, draw(DAYS), draw(maybe(DAYS)),
                draw(maybe(decimal(QUANTITY_RECEIVED))),
            )  # fmt: skip
            lots.append(FiledLot(LotId(new_id()), lot))
        products.append(FiledProduct(product_id, details, draw(maybe(MOMENTS)), tuple(lots)))
    return Catalogue(tuple(products))


@st.composite
def photos_of(
    draw: st.DrawFn, patient_id: PatientId, sessions: list[SessionId], new_id: Any
) -> tuple[FiledPhoto, ...]:
    """A patient's photos: of their sessions or none, those not voided of different images."""
    found = []
    for _ in range(draw(st.integers(0, 3))):
        details = PhotoInput(
            draw(pick(PhotoView)),
            draw(pick(PhotoMoment)),
            draw(maybe(pick(sessions))) if sessions else None,
            draw(LABELS),
        )
        found.append(
            FiledPhoto(
                PhotoId(new_id()),
                patient_id,
                details,
                draw(pick(["image/jpeg", "image/png"])),
                draw(st.integers(1, 80_000_000)),
                draw(st.integers(1, 80_000_000)),
                draw(st.integers(1, 40 * 1024 * 1024)),
                new_id().hex * 2,  # unique: one image a photo
                draw(maybe(MOMENTS)),
                draw(MOMENTS),
                draw(SIGNED_NAMES),
                draw(maybe(st.builds(Voiding, MOMENTS, SIGNED_NAMES, TEXT))),
            )
        )
    return tuple(found)


@st.composite
def with_voided_parts(draw: st.DrawFn, session: Session) -> SessionParts:
    """The session's lines, products and reactions with voided ones among them."""
    entry = session.entry
    lines = [
        WrittenLine(
            replace(line, products=tuple(p for p, _ in written)),
            None,
            tuple(v for _, v in written),
        )
        for line in entry.treatments
        for written in [_mixed(draw, [(p, None) for p in line.products], PRODUCTS)]
    ]
    voided_line = st.builds(
        lambda line, voiding: WrittenLine(line, voiding, (voiding,) * len(line.products)),
        LINES,
        st.builds(Voiding, MOMENTS, NAMES, TEXT),
    )
    for _ in range(draw(st.integers(0, 2))):
        lines.insert(draw(st.integers(0, len(lines))), draw(voided_line))
    reactions = _mixed(draw, [(r, None) for r in entry.reactions], REACTIONS)
    return SessionParts(session.id, tuple(lines), tuple(reactions))


def _mixed(draw: st.DrawFn, live: list[Any], kind: st.SearchStrategy[Any]) -> list[Any]:
    voiding = st.builds(Voiding, MOMENTS, NAMES, TEXT)
    for _ in range(draw(st.integers(0, 2))):
        live.insert(draw(st.integers(0, len(live))), (draw(kind), draw(voiding)))
    return live


def _has_voided(parts: SessionParts) -> bool:
    lines = any(w.voiding is not None or any(w.product_voidings) for w in parts.treatments)
    return lines or any(voiding is not None for _, voiding in parts.reactions)


@st.composite
def clinic_files(draw: st.DrawFn) -> ClinicFile:
    """Valid files: ids unique, record numbers unique, sessions in their own patient's courses."""
    used: set[uuid.UUID] = set()

    def new_id() -> uuid.UUID:
        value = draw(st.uuids().filter(lambda candidate: candidate not in used))
        used.add(value)
        return value

    exported_at = draw(MOMENTS)
    filed_templates = draw(maybe(templates(new_id)))
    # A course names one of the file's templates, or one the file does not have (the
    # importing database's, maybe).
    named = [template.id for template in filed_templates or ()]
    template_ids = maybe(st.uuids().map(TemplateId) | (pick(named) if named else st.nothing()))
    numbers: set[str] = set()
    bundles = []
    for _ in range(draw(st.integers(0, 3))):
        patient_id = PatientId(new_id())
        details = draw(PATIENTS)
        if details.record_number.strip() in numbers:
            details = replace(details, record_number="")
        numbers.add(details.record_number.strip())
        courses = tuple(
            Course(
                CourseId(new_id()),
                patient_id,
                replace(draw(PLANS), template_id=draw(template_ids)),
                draw(pick(enums.CourseStatus)),
                draw(maybe(DAYS)),
                draw(VOIDINGS),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        course_ids = maybe(pick([course.id for course in courses])) if courses else st.none()
        sessions: list[Session] = []
        parts: list[SessionParts] = []
        for _ in range(draw(st.integers(0, 3))):
            entry = SessionInput(
                draw(MOMENTS),
                draw(NAMES),
                draw(tuples(LINES, 1)),
                draw(course_ids),
                draw(PRE_TREATMENTS),
                draw(tuples(REACTIONS)),
                draw(maybe(whole(limits.IMPROVEMENT_SCORE))),
                draw(NOTES),
                draw(tuples(GIVEN_DESPITE)),
            )
            status = draw(pick(enums.SessionStatus))
            amended = {x.amends for x in sessions if x.voiding is None}
            open_ = [x.id for x in sessions if x.status == "signed" and x.id not in amended]
            amends = draw(maybe(pick(open_))) if open_ else None
            if amends is not None:
                status = enums.SessionStatus.SIGNED
            signed = status is enums.SessionStatus.SIGNED
            signed_at = draw(maybe(MOMENTS)) if signed else None
            signer = draw(NAMES | st.just(entry.clinician)) if signed else None
            session = Session(
                SessionId(new_id()),
                patient_id,
                entry,
                status,
                signed_at,
                signer,
                draw(VOIDINGS),
                amends,
                draw(NAMES) if amends is not None else None,
            )
            sessions.append(session)
            written = draw(with_voided_parts(session))
            if _has_voided(written):
                parts.append(written)
        patient = Patient(patient_id, details, exported_at, draw(VOIDINGS))
        photos = draw(photos_of(patient_id, [x.id for x in sessions], new_id))
        bundles.append(PatientBundle(patient, courses, tuple(sessions), tuple(parts), photos))
    anchor = draw(ANCHORS)
    left_out = draw(st.just(0) | st.integers(1, 10**6))
    catalogue = draw(maybe(catalogues(new_id)))
    clinic = draw(maybe(CLINICS))
    return ClinicFile(
        tuple(bundles), clinic, exported_at, anchor, 2, left_out, catalogue, filed_templates
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clinic_files())
def test_any_valid_clinic_file_round_trips(clinic_file: ClinicFile) -> None:
    document = encode(clinic_file)
    assert schema_violations(document) == []
    assert file_rule_violations(document) == []
    assert_schema_order(document, load_schema())
    assert decode(document) == clinic_file
    text = json.dumps(document, ensure_ascii=False)
    assert json.dumps(encode(decode(json.loads(text))), ensure_ascii=False) == text
