"""Shared fixtures. Qt must run headless, so the platform is set before anything imports Qt.

The tests run in a fixed time zone with a UTC offset, so that a confusion between
local time and UTC shows up here rather than in a clinic, and in a fixed locale, so
that a developer's machine cannot change a result: en_GB unless MESOLOG_TEST_LOCALE
names another (`bash tools/dev.sh test` runs the window tests under el_GR, and the date
and number helpers and the PDFs under el_GR, en_US and C.UTF-8 as well, whose formats
they then use).

They read English whatever the locale (MESOLOG_LANGUAGE, which comes before this
computer's stored choice and the system's), and a test that keeps a choice of language
keeps it in its own folder (`language_file`), never in the user's. A test of Greek asks for
it (tests/ui/conftest.py `speaking`).
"""

import os
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "Europe/Athens"
time.tzset()
LOCALE = os.environ.get("MESOLOG_TEST_LOCALE", "en_GB.UTF-8")
for _variable in ("LANG", "LC_ALL"):
    os.environ[_variable] = LOCALE
os.environ.pop("LANGUAGE", None)
os.environ["MESOLOG_LANGUAGE"] = "en"

import datetime as dt  # noqa: E402 - after the environment above is set
import gc  # noqa: E402
import shutil  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402

from mesolog.language import preference  # noqa: E402
from mesolog.services.clinic import Clinic  # noqa: E402
from tests.postgresql_recycling import Recycler  # noqa: E402

pytest_plugins = ["tests.qt_fixtures"]

QLocale.setDefault(QLocale(LOCALE.split(".")[0]))

ATHENS = dt.timezone(dt.timedelta(hours=2))
DATABASE = os.environ.get("MESOLOG_TEST_DATABASE", "sqlite")
"""Where the tests' `clinic` lives: an SQLite file, or with "postgresql" a database on the
test cluster (`bash tools/dev.sh test-postgresql` runs the services, command-line and
integrity tests so)."""
SQLITE_FILE_FIXTURES = frozenset({"db_path", "fresh_db_path", "probe"})


class FixedClock:
    """The clock, the one system edge the tests replace: it moves only when told to."""

    def __init__(self, now: dt.datetime) -> None:
        self.current = now

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture(autouse=True)
def language_file(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Where this test's choice of language is kept (`mesolog.language.preference`): a
    folder of its own, made only when the choice is stored."""
    path = tmp_path_factory.getbasetemp() / "language" / uuid.uuid4().hex / "language"
    monkeypatch.setattr(preference, "preference_file", lambda: path)
    return path


@pytest.fixture(autouse=True)
def collector_thawed() -> Iterator[None]:
    """A test that started the window (which freezes what its start made from Python's
    cycle collector: `ui/window/start_freeze.py`) leaves every object collectable again."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 10, 18, 0, tzinfo=ATHENS))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database freshly created and migrated by `Clinic.open`, once per test run (per
    worker)."""
    path = tmp_path_factory.mktemp("template") / "clinic.sqlite"
    Clinic.open(
        str(path), actor="template", clock=lambda: dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ).close()
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == ["clinic.sqlite"], f"the template was not checkpointed: {leftovers}"
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """A copy of the migrated template (its mode, 0600, with it), to skip running the
    migrations in every test: they were most of a window test's set-up. `Clinic.open`
    still runs `upgrade` on it, which finds the schema at head. A test of creating a
    database names a file that does not exist (`fresh_db_path`)."""
    path = tmp_path / "clinic.sqlite"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def fresh_db_path(tmp_path: Path) -> Path:
    """Where no database is yet: `Clinic.open` or `mesolog init` creates and migrates it."""
    return tmp_path / "clinic.sqlite"


@pytest.fixture
def clinic(request: pytest.FixtureRequest, clock: FixedClock) -> Iterator[Clinic]:
    """A real clinic database, with the fixed clock: a fresh SQLite file, or a fresh
    database on the test cluster when the run is on PostgreSQL (`DATABASE`)."""
    if DATABASE == "postgresql":
        target = request.getfixturevalue("migrated_postgresql_url")
    else:
        target = str(request.getfixturevalue("db_path"))
    opened = Clinic.open(target, actor="tester", clock=clock)
    yield opened
    opened.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """On PostgreSQL, the tests of a `clinic` run again; those that handle its SQLite file
    themselves, or are marked `sqlite_only`, are skipped with the reason."""
    if DATABASE != "postgresql":
        return
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        marked = item.get_closest_marker("sqlite_only")
        if "clinic" not in names:
            reason = "no clinic fixture: its database is its own"
        elif names & SQLITE_FILE_FIXTURES:
            reason = "handles the clinic's SQLite file: " + ", ".join(
                sorted(names & SQLITE_FILE_FIXTURES)
            )
        elif marked is not None:
            reason = str(marked.args[0]) if marked.args else "SQLite only"
        else:
            continue
        item.add_marker(pytest.mark.skip(reason=f"on PostgreSQL: {reason}"))


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    """The URL of a PostgreSQL cluster started for this test run (see tests/postgresql.py)."""
    from tests.postgresql import postgresql_cluster

    with postgresql_cluster() as url:
        yield url


def _fresh_database(server: str, template: str | None = None) -> str:
    from sqlalchemy import create_engine, make_url

    name = f"test_{uuid.uuid4().hex[:12]}"
    copying = "" if template is None else f' TEMPLATE "{template}"'
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copying}')
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def postgresql_url(postgresql_server: str) -> str:
    """A fresh, empty database on the test cluster, for one test."""
    return _fresh_database(postgresql_server)


@pytest.fixture
def postgresql_url_2(postgresql_server: str) -> str:
    """A second fresh database, for tests that move records between two."""
    return _fresh_database(postgresql_server)


@pytest.fixture(scope="session")
def postgresql_databases(postgresql_server: str) -> Recycler:
    """The migrated databases this process's tests use (tests/postgresql_recycling.py): a
    template created and migrated by `Clinic.open` once per run (per worker), whose copies
    are emptied after each test and used again."""
    from sqlalchemy import make_url

    url = _fresh_database(postgresql_server)
    Clinic.open(url, actor="template", clock=lambda: dt.datetime(2026, 1, 1, tzinfo=dt.UTC)).close()
    return Recycler.of(postgresql_server, str(make_url(url).database))


@pytest.fixture
def migrated_postgresql_url(postgresql_databases: Recycler) -> Iterator[str]:
    """A database on the test cluster as fresh as a copy of the migrated template."""
    url = postgresql_databases.take()
    yield url
    postgresql_databases.give_back(url)
