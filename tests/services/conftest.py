"""Builders of valid inputs, and a read-only probe of the clinic's SQLite file.

Test modules cannot import this file (pytest runs with --import-mode=importlib),
so the builders come as the `make` fixture and the probe as the `probe` fixture.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

import pytest
import sqlcipher3.dbapi2 as sqlite3

from mesolog.domain.enums import (
    Area,
    Indication,
    NeedleMethod,
    Onset,
    ReactionKind,
    Severity,
    Solution,
)
from mesolog.domain.ids import PatientId
from mesolog.domain.records import (
    Course,
    CourseInput,
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
)
from mesolog.services.backups import BackupService
from mesolog.services.clinic import Clinic
from mesolog.services.demo import DemoService
from mesolog.services.encryption import encrypt_database
from mesolog.services.transfer_export import ExportService
from tests.conftest import FixedClock
from tests.services.backup_support import DATABASE_PASSPHRASE, fill
from tests.services.transfer_support import Document

ATHENS = dt.timezone(dt.timedelta(hours=2))
"""The UTC offset of the `clock` fixture (Athens in winter)."""

Row = tuple[Any, ...]
Snapshot = dict[str, list[Row]]


class Clock(Protocol):
    """The `clock` fixture (tests/conftest.py FixedClock), as the tests here use it."""

    def __call__(self) -> dt.datetime: ...

    def advance(self, **delta: float) -> None: ...


@dataclass(frozen=True, slots=True)
class AuditRow:
    occurred_at: str
    actor: str
    action: str
    entity: str
    entity_uuid: uuid.UUID | None
    detail: str


class DatabaseProbe:
    """Reads the database file read-only, beside the app's engine.

    Through the app's own driver: the standard library's sqlite3 is a second
    SQLite in the process, blind to the app's locks (closing it drops them).
    """

    def __init__(self, path: Path) -> None:
        self._uri = f"{path.as_uri()}?mode=ro"

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[Row]:
        with closing(sqlite3.connect(self._uri, uri=True)) as connection:
            return connection.execute(sql, params).fetchall()

    def tables(self) -> list[str]:
        found = self.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [str(name) for (name,) in found]

    def snapshot(self) -> Snapshot:
        """Every row of every table, in a stable order."""
        return {
            table: sorted(self.rows(f'SELECT * FROM "{table}" ORDER BY 1'), key=repr)
            for table in self.tables()
        }

    @staticmethod
    def stored_time(moment: dt.datetime) -> str:
        """How the SQLite backend stores a timestamp: naive UTC with microseconds."""
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def count(self, table: str) -> int:
        (found,) = self.rows(f'SELECT count(*) FROM "{table}"')
        return int(found[0])

    def treatment_lines(self, session_id: uuid.UUID) -> list[Row]:
        """The treatment line rows of a session, voided ones too, in the order written."""
        return self.rows(
            "SELECT position, area, technique, needle_gauge, pen_needle_count, voided_at,"
            " voided_by, void_reason FROM treatment_lines WHERE session_id ="
            " (SELECT id FROM sessions WHERE uuid = ?) ORDER BY id",
            (session_id.hex,),
        )

    def audit(self) -> list[AuditRow]:
        found = self.rows(
            "SELECT occurred_at, actor, action, entity, entity_uuid, detail FROM audit_log"
            " ORDER BY id"
        )
        return [
            AuditRow(at, actor, action, entity, uuid.UUID(key) if key else None, detail)
            for at, actor, action, entity, key, detail in found
        ]


class Maker:
    """Valid inputs with overridable fields, and the records made from them in the clinic."""

    def __init__(self, clinic: Clinic) -> None:
        self.clinic = clinic

    @staticmethod
    def at(month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
        """A time in 2026 at the clock's UTC offset."""
        return dt.datetime(2026, month, day, hour, minute, tzinfo=ATHENS)

    @staticmethod
    def patient_input(**overrides: Any) -> PatientInput:
        base = PatientInput(
            family_name="Papadopoulou",
            given_name="Elena",
            date_of_birth=dt.date(1985, 4, 12),
        )
        return replace(base, **overrides)

    def patient(self, **overrides: Any) -> Patient:
        return self.clinic.patients.create(self.patient_input(**overrides))

    @staticmethod
    def course_input(**overrides: Any) -> CourseInput:
        base = CourseInput(
            indication=Indication.HYDRATION_TIGHTENING,
            planned_sessions=6,
            started_on=dt.date(2026, 2, 10),
            areas=(Area.FULL_FACE, Area.NECK),
            protocol="HA 1% + vitamins",
            initial_interval_days=14,
            maintenance_interval_days=28,
        )
        return replace(base, **overrides)

    def course(self, patient_id: PatientId, **overrides: Any) -> Course:
        return self.clinic.courses.plan(patient_id, self.course_input(**overrides))

    @staticmethod
    def product(**overrides: Any) -> ProductUse:
        base = ProductUse(
            solution=Solution.HYALURONIC_ACID,
            volume_ml=2.0,
            product_name="NCTF 135 HA",
            concentration="1%",
            lot_number="L2409-17",
            expiry_date=dt.date(2027, 6, 30),
        )
        return replace(base, **overrides)

    @staticmethod
    def needle_line(
        area: Area = Area.FOREHEAD,
        *,
        depth_mm: float = 1.5,
        products: tuple[ProductUse, ...] = (),
        area_detail: str = "",
    ) -> TreatmentLine:
        technique = NeedleTechnique(
            depth_mm=depth_mm, gauge=30, length_mm=4.0, method=NeedleMethod.NAPPAGE
        )
        return TreatmentLine(area, technique, products, area_detail)

    @staticmethod
    def pen_line(
        area: Area = Area.CHEEKS,
        *,
        depth_mm: float = 1.0,
        products: tuple[ProductUse, ...] = (),
        passes: int | None = 3,
    ) -> TreatmentLine:
        technique = PenTechnique(
            depth_mm=depth_mm, penetrations_per_second=80, needle_count=12, passes=passes
        )
        return TreatmentLine(area, technique, products)

    @staticmethod
    def entry(**overrides: Any) -> SessionInput:
        base = SessionInput(
            performed_at=Maker.at(3, 10),
            clinician="Dr Eleni Vasileiou",
            treatments=(Maker.needle_line(),),
            pre_treatment=PreTreatment(nsaids_paused_days=10, consent_confirmed=True),
        )
        return replace(base, **overrides)

    def full_entry(self, patient_id: PatientId) -> SessionInput:
        """A session with a needle line, a pen line, products, reactions and a new course."""
        course = self.course(patient_id)
        return self.entry(
            performed_at=self.at(3, 10, 11, 30),
            course_id=course.id,
            treatments=(
                self.needle_line(
                    Area.FOREHEAD,
                    depth_mm=2.0,
                    area_detail="glabella",
                    products=(self.product(), self.product(solution=Solution.VITAMINS)),
                ),
                self.pen_line(Area.CHEEKS, depth_mm=0.5, products=(self.product(volume_ml=0.5),)),
            ),
            pre_treatment=PreTreatment(
                nsaids_paused_days=14, topical_anaesthetic="EMLA 5%", consent_confirmed=True
            ),
            reactions=(
                Reaction(ReactionKind.REDNESS, Severity.MILD, Area.CHEEKS, Onset.DURING),
                Reaction(
                    ReactionKind.BRUISING,
                    Severity.MODERATE,
                    Area.FOREHEAD,
                    Onset.SAME_DAY,
                    resolved_on=dt.date(2026, 3, 10),
                    notes="small, glabella",
                ),
            ),
            improvement_score=2,
            notes="Tolerated well.",
        )

    def draft(self, patient_id: PatientId, **overrides: Any) -> Session:
        return self.clinic.sessions.create_draft(patient_id, self.entry(**overrides))


@pytest.fixture
def probe(db_path: Path, clinic: Clinic) -> DatabaseProbe:
    """Depends on `clinic`, so that the file exists and is migrated."""
    return DatabaseProbe(db_path)


@pytest.fixture
def make(clinic: Clinic) -> Maker:
    return Maker(clinic)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_maker(request: pytest.FixtureRequest, clock: Clock) -> Iterator[Maker]:
    """A maker of records on an SQLite file, or on a PostgreSQL database."""
    if request.param == "sqlite":
        yield request.getfixturevalue("make")
        return
    clinic = Clinic.open(request.getfixturevalue("postgresql_url"), actor="tester", clock=clock)
    yield Maker(clinic)
    clinic.close()


@pytest.fixture
def backups(clinic: Clinic, tmp_path: Path) -> BackupService:
    return BackupService(clinic.context, tmp_path / "backups")


@pytest.fixture
def secret(clinic: Clinic, make: Maker, db_path: Path, clock: Clock) -> Iterator[Clinic]:
    """The filled clinic, encrypted with DATABASE_PASSPHRASE (its plain original removed)."""
    fill(make)
    plain_copy = encrypt_database(clinic, DATABASE_PASSPHRASE).plain_copy
    assert plain_copy is not None
    plain_copy.unlink()
    opened = Clinic.open(str(db_path), passphrase=DATABASE_PASSPHRASE, actor="tester", clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def secret_backups(secret: Clinic, tmp_path: Path) -> BackupService:
    return BackupService(secret.context, tmp_path / "backups")


@pytest.fixture(scope="session")
def demo_document_once(tmp_path_factory: pytest.TempPathFactory) -> Document:
    """The demo clinic's export, made once for the run (the demo takes a second)."""
    clock = FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Clinic.open(str(path), actor="tester", clock=clock) as demo:
        DemoService(demo.context).fill()
        return ExportService(demo.context).export_document()


@pytest.fixture
def demo_document(demo_document_once: Document) -> Document:
    return copy.deepcopy(demo_document_once)


@pytest.fixture
def empty(tmp_path: Path, clock: Clock) -> Iterator[Clinic]:
    """A second clinic, empty, on the `clock` fixture."""
    opened = Clinic.open(str(tmp_path / "empty.sqlite"), actor="tester", clock=clock)
    yield opened
    opened.close()
