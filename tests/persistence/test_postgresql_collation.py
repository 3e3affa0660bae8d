"""A clinic's server created with a linguistic collation (el_GR.UTF-8) lists in SQLite's order.

The test cluster's databases are C.UTF-8, which compares byte-wise like SQLite; a server a
clinic sets up on a Greek or English system usually takes that system's locale instead.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, exc, make_url, text

from mesolog.domain.enums import Solution
from mesolog.domain.products import ProductInput, name_key
from mesolog.domain.records import PatientInput
from mesolog.domain.text import sort_key
from mesolog.persistence.migrate import alembic_config
from mesolog.services.clinic import Clinic

NAMES = [
    ("Papa", "Maria"),
    ("Papadopoulos", "Anna"),
    ("O'Neil", "Sean"),
    ("Oneil", "Zed"),
    ("Van Dam", "Jo"),
    ("Vandamme", "Al"),
    ("Παπά", "Ελένη"),
    ("Παπαδόπουλος", "Άννα"),
    ("ab-c", "Xenia"),
    ("abc", "Yannis"),
    ("Ab", "Zoe"),
]
PRODUCTS = ["HA serum", "HA-1", "Ha 2 %", "DMAE", "dmae-plus", "Βιταμίνη C", "Βιταμίνες"]
KEYS = [
    ("patients", "sort_key"),
    ("products", "name_key"),
    ("protocol_templates", "name_key"),
    ("lots", "lot_key"),
]


@pytest.fixture
def greek_server_url(postgresql_server: str) -> Iterator[str]:
    """A fresh database whose collation is el_GR.utf8, as on a Greek clinic's server."""
    name = f"greek_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgresql_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'el_GR.utf8' LC_CTYPE 'el_GR.utf8'"
            )
    except exc.DBAPIError as error:
        pytest.skip(f"the system has no el_GR.utf8 locale (tools/dev.sh makes it): {error.orig}")
    finally:
        admin.dispose()
    yield make_url(postgresql_server).set(database=name).render_as_string(hide_password=False)


def _listed(clinic: Clinic) -> list[tuple[str, str]]:
    return [(p.family_name, p.given_name) for p in clinic.patients.search("", limit=None)]


def _collations(clinic: Clinic) -> dict[tuple[str, str], str | None]:
    with clinic.context.db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns "
                "WHERE table_schema = current_schema()"
            )
        ).all()
    return {
        (table, column): collation for table, column, collation in rows if (table, column) in KEYS
    }


def test_the_patient_list_and_products_keep_sqlites_order(greek_server_url: str) -> None:
    with Clinic.open(greek_server_url, actor="tester") as clinic:
        for family, given in NAMES:
            clinic.patients.create(PatientInput(family, given, dt.date(1980, 1, 1)))
        for name in PRODUCTS:
            clinic.products.add(ProductInput(name, Solution.HYALURONIC_ACID))
        listed = _listed(clinic)
        products = [product.details.name for product in clinic.products.all()]
        backwards = clinic.patients.search("", limit=None, descending=True)
    assert listed == sorted(NAMES, key=lambda name: sort_key(*name))
    assert listed[:3] == [("Ab", "Zoe"), ("ab-c", "Xenia"), ("abc", "Yannis")]
    assert listed.index(("Papa", "Maria")) < listed.index(("Papadopoulos", "Anna"))
    assert [(p.family_name, p.given_name) for p in backwards] == listed[::-1]
    assert products == sorted(PRODUCTS, key=name_key)


def test_a_server_database_of_schema_0019_is_upgraded_to_byte_order(greek_server_url: str) -> None:
    with Clinic.open(greek_server_url, actor="tester") as clinic:
        for family, given in NAMES:
            clinic.patients.create(PatientInput(family, given, dt.date(1980, 1, 1)))
        assert _collations(clinic) == dict.fromkeys(KEYS, "C")
        with clinic.context.db.engine.connect() as connection:
            command.downgrade(alembic_config(connection), "0019")
            connection.commit()
        assert _collations(clinic) == dict.fromkeys(KEYS)
        assert _listed(clinic) != sorted(NAMES, key=lambda name: sort_key(*name))
    with Clinic.open(greek_server_url, actor="tester") as upgraded:
        assert upgraded.migration.from_revision == "0019"
        assert _collations(upgraded) == dict.fromkeys(KEYS, "C")
        assert _listed(upgraded) == sorted(NAMES, key=lambda name: sort_key(*name))
