"""Databases of the test cluster used again, each as fresh as a copy of the template.

Copying the migrated template (`CREATE DATABASE … TEMPLATE`) writes its 9 MB again: about
0.3 s a test, nearly half of the PostgreSQL run. A database a test is done with is instead
emptied and given back the rows and sequence values the template has, with the guards'
triggers off for that one connection (`session_replication_role = replica`). It is used
again only when nothing else can tell it from the template: no other connection is open on
it and its schema, privileges and settings are the template's (a fingerprint); else it is
dropped, and the next test gets a new copy.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

_FINGERPRINT = """
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) FROM (
  SELECT concat_ws(' ', 'class', n.nspname, c.relname, c.relkind, c.relacl)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  UNION ALL
  SELECT concat_ws(' ', 'column', a.attrelid::regclass, a.attname,
                   format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
     AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT concat_ws(' ', 'trigger', tgenabled, pg_get_triggerdef(oid))
    FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT concat_ws(' ', 'constraint', conrelid::regclass, conname, pg_get_constraintdef(oid))
    FROM pg_constraint
   WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
  UNION ALL
  SELECT concat_ws(' ', 'function', n.nspname, p.proname, md5(p.prosrc), p.proacl)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT concat_ws(' ', 'schema', nspname, nspacl) FROM pg_namespace
  UNION ALL
  SELECT concat_ws(' ', 'default privileges', defaclrole, defaclobjtype, defaclacl)
    FROM pg_default_acl
  UNION ALL
  SELECT concat_ws(' ', 'extension', extname, extversion) FROM pg_extension
  UNION ALL
  SELECT concat_ws(' ', 'rule', schemaname, tablename, rulename) FROM pg_rules
   WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
  UNION ALL
  SELECT concat_ws(' ', 'database', d.datacl, array_to_string(s.setconfig, ','))
    FROM pg_database d LEFT JOIN pg_db_role_setting s ON s.setdatabase = d.oid
   WHERE d.datname = current_database()
) AS everything(item)
"""

_TABLES = """
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 ORDER BY 1
"""

_SEQUENCES = """
SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename),
       coalesce(last_value, start_value), last_value IS NOT NULL
  FROM pg_sequences
"""


@dataclass(frozen=True, slots=True)
class TemplateState:
    """What a database must hold to pass for a fresh copy of the template."""

    fingerprint: str
    tables: tuple[str, ...]
    rows: dict[str, str]
    """The JSON of each table the migrations filled, by table."""
    sequences: tuple[tuple[str, int, bool], ...]

    @classmethod
    def of(cls, connection: Connection) -> TemplateState:
        tables = tuple(connection.execute(text(_TABLES)).scalars())
        rows: dict[str, str] = {}
        for table in tables:
            held = connection.execute(text(f"SELECT json_agg(t) FROM {table} AS t")).scalar()
            if held is not None:
                rows[table] = json.dumps(held)
        sequences = tuple(
            (name, int(value), bool(called))
            for name, value, called in connection.execute(text(_SEQUENCES))
        )
        return cls(_fingerprint(connection), tables, rows, sequences)


def _fingerprint(connection: Connection) -> str:
    return str(connection.execute(text(_FINGERPRINT)).scalar())


@dataclass
class Recycler:
    """The databases one test process uses, copied from `template` on `server`."""

    server: str
    template: str
    state: TemplateState
    clean: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, server: str, template: str) -> Recycler:
        engine = create_engine(make_url(server).set(database=template))
        with engine.connect() as connection:
            state = TemplateState.of(connection)
        engine.dispose()
        return cls(server, template, state)

    def take(self) -> str:
        """The URL of a database that cannot be told from a fresh copy of the template."""
        name = self.clean.pop() if self.clean else self._copy()
        return make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def give_back(self, url: str) -> None:
        """Empties the database a test is done with and keeps it, else drops it."""
        name = make_url(url).database
        assert name is not None
        if self._reset(name):
            self.clean.append(name)
        else:
            self._drop(name)

    def _copy(self) -> str:
        name = f"test_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return name

    def _drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(statement)
        admin.dispose()

    def _reset(self, name: str) -> bool:
        engine = create_engine(make_url(self.server).set(database=name))
        try:
            with engine.connect() as connection:
                return self._reset_on(connection)
        except DBAPIError:  # renamed, dropped or locked by the test: a new copy is made
            return False
        finally:
            engine.dispose()

    def _reset_on(self, connection: Connection) -> bool:
        others = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()
        if others or _fingerprint(connection) != self.state.fingerprint:
            return False
        state = self.state
        connection.execute(text("SET LOCAL lock_timeout = '2s'"))
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in state.tables:
            connection.execute(text(f"DELETE FROM {table}"))
        for table, rows in state.rows.items():
            connection.execute(
                text(
                    f"INSERT INTO {table} OVERRIDING SYSTEM VALUE "
                    f"SELECT * FROM json_populate_recordset(NULL::{table}, :rows)"
                ),
                {"rows": rows},
            )
        for sequence, value, called in state.sequences:
            connection.execute(
                text("SELECT setval(:sequence, :value, :called)"),
                {"sequence": sequence, "value": value, "called": called},
            )
        connection.commit()
        return True
