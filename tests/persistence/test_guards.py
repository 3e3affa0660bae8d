"""The catalogue of the database's guards (persistence/guards.py) against the database:
a fresh or upgraded database holds exactly them; one dropped, altered, disabled or added
behind mesolog's back is named by `mesolog check` and `mesolog audit verify` (issue 11,
defect 3), on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from mesolog.persistence.guard_checks import GuardFault, GuardProblem, guard_problems
from mesolog.persistence.guards import expected_guards, kept_while_voiding
from mesolog.persistence.migrate import alembic_config
from mesolog.services.checks import CheckService
from mesolog.services.clinic import Clinic
from tests.conftest import FixedClock


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock) -> Iterator[Clinic]:
    if request.param == "sqlite":
        url = str(tmp_path / "clinic.sqlite")
    else:
        url = request.getfixturevalue("postgresql_url")
    with Clinic.open(url, actor="tester", clock=clock) as clinic:
        yield clinic


def _problems(clinic: Clinic) -> list[GuardProblem]:
    with clinic.context.db.engine.connect() as connection:
        return guard_problems(connection)


def _run(engine: Engine, *statements: str) -> None:
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _named_everywhere(clinic: Clinic, expected: list[GuardProblem]) -> None:
    """The problems, as the guard check, `check` and `audit verify` each name them."""
    assert _problems(clinic) == expected
    [item] = [i for i in CheckService(clinic.context).run().items if i.name == "guards"]
    assert not item.ok
    for problem in expected:
        assert problem.name in str(item.detail)
    verification = clinic.audit.verify()
    assert not verification.intact
    assert list(verification.guard_problems) == expected


def test_a_new_database_holds_exactly_the_catalogue(backend: Clinic) -> None:
    assert _problems(backend) == []
    [item] = [i for i in CheckService(backend.context).run().items if i.name == "guards"]
    what = "28 triggers"
    if backend.context.db.backend == "postgresql":
        what = "24 triggers and 8 functions"
    assert item.ok
    assert str(item.detail) == f"all {what} guarding the records are as mesolog made them"
    assert backend.audit.verify().intact


def test_a_database_upgraded_from_0007_holds_exactly_the_catalogue(backend: Clinic) -> None:
    with backend.context.db.engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0007")
        command.upgrade(alembic_config(connection), "head")
        connection.commit()
    assert _problems(backend) == []


def test_a_dropped_trigger_is_named(backend: Clinic) -> None:
    if backend.context.db.backend == "sqlite":
        _run(backend.context.db.engine, "DROP TRIGGER sessions_signed_no_delete")
        expected = GuardProblem("sessions_signed_no_delete", "sessions", GuardFault.MISSING)
    else:
        _run(backend.context.db.engine, "DROP TRIGGER reactions_signed_locked ON reactions")
        expected = GuardProblem("reactions_signed_locked", "reactions", GuardFault.MISSING)
    _named_everywhere(backend, [expected])


def test_every_trigger_dropped_is_named(backend: Clinic) -> None:
    engine = backend.context.db.engine
    if backend.context.db.backend == "sqlite":
        names = [t.name for t in expected_guards().sqlite]
        _run(engine, *(f"DROP TRIGGER {name}" for name in names))
    else:
        _run(
            engine,
            *(f"DROP TRIGGER {t.name} ON {t.table}" for t in expected_guards().postgresql),
            *(f"DROP FUNCTION {name}()" for name in expected_guards().functions),
        )
        names = [t.name for t in expected_guards().postgresql] + list(expected_guards().functions)
    problems = _problems(backend)
    assert sorted(p.name for p in problems) == sorted(names)
    assert {p.fault for p in problems} == {GuardFault.MISSING}


def test_an_altered_trigger_is_named(backend: Clinic) -> None:
    """The lock on sessions made again without one column of the list: voiding could change
    it. Everything else is as it was."""
    engine = backend.context.db.engine
    if backend.context.db.backend == "sqlite":
        [trigger] = [t for t in expected_guards().sqlite if t.name == "sessions_signed_no_update"]
        weaker = trigger.sql.replace(" AND NEW.notes IS OLD.notes", "")
        assert weaker != trigger.sql
        _run(engine, f"DROP TRIGGER {trigger.name}", weaker)
        expected = GuardProblem(trigger.name, "sessions", GuardFault.ALTERED)
    else:
        body = expected_guards().functions["mesolog_lock_signed_session"]
        weaker = body.replace("'voided_at',", "'voided_at', 'notes',")
        assert weaker != body
        _run(
            engine,
            "CREATE OR REPLACE FUNCTION mesolog_lock_signed_session() RETURNS trigger"
            f" LANGUAGE plpgsql AS $${weaker}$$",
        )
        expected = GuardProblem("mesolog_lock_signed_session", "sessions", GuardFault.ALTERED)
    _named_everywhere(backend, [expected])


def test_a_trigger_on_other_events_is_named_as_altered(backend: Clinic) -> None:
    """The right name and function, but firing on UPDATE only: DELETE passes."""
    engine = backend.context.db.engine
    if backend.context.db.backend == "sqlite":
        [trigger] = [
            t for t in expected_guards().sqlite if t.name == "reactions_signed_no_delete_old"
        ]
        _run(
            engine,
            f"DROP TRIGGER {trigger.name}",
            trigger.sql.replace("BEFORE DELETE", "BEFORE UPDATE OF notes"),
        )
        expected = GuardProblem(trigger.name, "reactions", GuardFault.ALTERED)
    else:
        _run(
            engine,
            "DROP TRIGGER reactions_signed_locked ON reactions",
            "CREATE TRIGGER reactions_signed_locked BEFORE UPDATE ON reactions FOR EACH ROW"
            " EXECUTE FUNCTION mesolog_lock_reactions()",
        )
        expected = GuardProblem("reactions_signed_locked", "reactions", GuardFault.ALTERED)
    _named_everywhere(backend, [expected])


def test_a_part_lock_without_its_insert_is_named(backend: Clinic) -> None:
    """The lock as it was before 0008, when a new part of a signed session passed."""
    engine = backend.context.db.engine
    if backend.context.db.backend == "sqlite":
        _run(engine, "DROP TRIGGER product_uses_signed_no_insert_new")
        expected = GuardProblem(
            "product_uses_signed_no_insert_new", "product_uses", GuardFault.MISSING
        )
    else:
        _run(
            engine,
            "DROP TRIGGER product_uses_signed_locked ON product_uses",
            "CREATE TRIGGER product_uses_signed_locked BEFORE UPDATE OR DELETE ON product_uses"
            " FOR EACH ROW EXECUTE FUNCTION mesolog_lock_product_uses()",
        )
        expected = GuardProblem("product_uses_signed_locked", "product_uses", GuardFault.ALTERED)
    _named_everywhere(backend, [expected])


def test_a_disabled_trigger_is_named(clinic: Clinic, postgresql_url: str) -> None:
    with Clinic.open(postgresql_url, actor="tester", clock=clinic.context.clock) as server:
        _run(
            server.context.db.engine,
            "ALTER TABLE sessions DISABLE TRIGGER sessions_signed_locked",
        )
        expected = GuardProblem("sessions_signed_locked", "sessions", GuardFault.DISABLED)
        _named_everywhere(server, [expected])


def test_a_trigger_that_is_not_mesolog_s_is_named(backend: Clinic) -> None:
    """Whatever it does: mesolog makes no other trigger."""
    engine = backend.context.db.engine
    if backend.context.db.backend == "sqlite":
        _run(
            engine,
            "CREATE TRIGGER quiet AFTER INSERT ON audit_log BEGIN SELECT 1; END",
        )
    else:
        _run(
            engine,
            "CREATE FUNCTION quiet() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
            "CREATE TRIGGER quiet AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION quiet()",
        )
    _named_everywhere(backend, [GuardProblem("quiet", "audit_log", GuardFault.UNEXPECTED)])


def test_the_catalogue_keeps_every_column_of_sessions_but_what_voiding_sets() -> None:
    [trigger] = [t for t in expected_guards().sqlite if t.name == "sessions_signed_no_update"]
    kept = re.findall(r"NEW\.(\w+) IS OLD\.\1\b", trigger.sql)
    assert kept == list(kept_while_voiding())
    assert {"notes", "status", "signed_at", "given_despite"} <= set(kept)
    assert not {"voided_at", "voided_by", "void_reason", "version"} & set(kept)


def test_a_trigger_calling_a_look_alike_function_is_named(
    clinic: Clinic, postgresql_url: str
) -> None:
    """The same name in another schema, doing nothing: the trigger's function is not ours."""
    with Clinic.open(postgresql_url, actor="tester", clock=clinic.context.clock) as server:
        _run(
            server.context.db.engine,
            "CREATE SCHEMA elsewhere",
            "CREATE FUNCTION elsewhere.mesolog_lock_reactions() RETURNS trigger"
            " LANGUAGE plpgsql AS $$BEGIN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD"
            " ELSE NEW END; END$$",
            "DROP TRIGGER reactions_signed_locked ON reactions",
            "CREATE TRIGGER reactions_signed_locked BEFORE UPDATE OR DELETE ON reactions"
            " FOR EACH ROW EXECUTE FUNCTION elsewhere.mesolog_lock_reactions()",
        )
        expected = GuardProblem("reactions_signed_locked", "reactions", GuardFault.ALTERED)
        _named_everywhere(server, [expected])
