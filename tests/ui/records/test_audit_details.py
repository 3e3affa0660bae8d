"""The audit log's details in the window's language (docs/translation-plan.md §3): stored in
English, hashed into the chain; shown translated where a shape of mesolog/ui/records/
_audit_detail_*.py reads them, as stored otherwise and in English.

The details are written for real: a demo clinic, then through the services each thing
that writes a detail of its own (accounts and log-ins, a merge, an amendment, retiring,
the logo, the recall letter, summaries, exports and an import of them, reaction rates,
a recall and its file, backups, a restore, the database's encryption)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mesolog.domain.chain_anchor import rfc3339
from mesolog.domain.enums import Role
from mesolog.domain.errors import KnownError
from mesolog.domain.reaction_choice import ReactionChoice
from mesolog.domain.reaction_rates import Dimension
from mesolog.domain.records import Voiding
from mesolog.reports.recall_data import RecallQuery
from mesolog.reports.summary_data import SummaryKind
from mesolog.services.audit import AuditEntry
from mesolog.services.clinic import Clinic
from mesolog.services.conflicts import Settled
from mesolog.services.demo import DemoService
from mesolog.services.encryption import change_database_passphrase, encrypt_database
from mesolog.services.recall_files import RecallFiles
from mesolog.services.summary import SummaryService
from mesolog.services.transfer_bundle_reading import read_bundle
from mesolog.services.transfer_export import export_text
from mesolog.services.transfer_report import record_detail
from mesolog.ui.records._audit_details import read_clauses, shown_detail
from mesolog.ui.records._audit_entries_model import AuditColumn, AuditEntriesModel
from tests.ui.common.catalogue_support import greek_catalogue, installed

PASSWORD = "a long enough password"
PASSPHRASE = "a passphrase long enough"


def _written(folder: Path) -> list[AuditEntry]:
    """Every entry a clinic's services write, details of every shape among them."""
    database = folder / "clinic.sqlite"
    with Clinic.open(str(database), actor="tester") as clinic:
        DemoService(clinic.context).fill()
        _accounts(clinic)
        _records(clinic, folder)
        _files(clinic, folder)
    _imported(folder)
    with Clinic.open(str(database), actor="tester") as clinic:
        _log_in(clinic)
        backups = clinic.backups
        backup = backups.backup(folder / "backups" / "one.sqlite")
        backups.backup(passphrase=PASSPHRASE)
        backups.restore(backup.path)
    with Clinic.open(str(database), actor="tester") as clinic:
        _log_in(clinic)
        clinic.backups.backup(passphrase=PASSPHRASE)
    with Clinic.open(str(database), actor="tester") as clinic:
        _log_in(clinic)
        encrypt_database(clinic, PASSPHRASE)
    with Clinic.open(str(database), actor="tester", passphrase=PASSPHRASE) as clinic:
        _log_in(clinic)
        change_database_passphrase(clinic, PASSPHRASE + " two")
    with Clinic.open(str(database), actor="tester", passphrase=PASSPHRASE + " two") as clinic:
        _log_in(clinic)
        entries = clinic.audit.entries(limit=None)
    with Clinic.open(str(folder / "imported.sqlite"), actor="tester") as clinic:
        _log_in(clinic)
        return [*entries, *clinic.audit.entries(limit=None)]


def _log_in(clinic: Clinic) -> None:
    clinic.log_in("admin", PASSWORD)


def _accounts(clinic: Clinic) -> None:
    clinic.accounts.create_first_admin("admin", "Admin Person", PASSWORD)
    _log_in(clinic)
    clinic.accounts.add("helper", "Helper Person", Role.ASSISTANT, PASSWORD)
    clinic.accounts.set_password("helper", PASSWORD + "!")
    clinic.accounts.disable("helper")
    clinic.accounts.enable("helper")
    for typed in ("wrong", "wrong"):
        with pytest.raises(KnownError):
            clinic.accounts.log_in("helper", typed)
    with pytest.raises(KnownError):
        clinic.accounts.log_in("nobody", "wrong")
    clinic.switch_user("helper", PASSWORD + "!")
    clinic.switch_user("admin", PASSWORD)


def _records(clinic: Clinic, folder: Path) -> None:
    product = clinic.products.all()[0]
    clinic.products.retire(product.id)
    clinic.products.reinstate(product.id)
    template = clinic.templates.all()
    if template:
        clinic.templates.retire(template[0].id)
    clinic.settings.update_recall_letter("Dear {patient},\nplease call us.")


def _files(clinic: Clinic, folder: Path) -> None:
    context = clinic.context
    patient = max(
        clinic.patients.search("", limit=None), key=lambda p: len(clinic.photos.of_patient(p.id))
    )
    summaries = SummaryService(context)
    for kind in SummaryKind:
        data = summaries.summary_data(patient.id, kind=kind)
        summaries.write_pdf(data, folder / f"{kind.value}.pdf")
    (folder / "clinic.json").write_text(export_text(clinic.exports.export_document()))
    clinic.exports.export_bundle(folder / "clinic.mesolog", patient=str(patient.id))
    day = context.today()
    rates = clinic.reaction_rates.rates(
        day - dt.timedelta(days=3650), day, by=Dimension.PRODUCT, reaction=ReactionChoice()
    )
    clinic.reaction_rates.write_csv(rates, folder / "rates.csv")
    lot = clinic.lots.all()[0]
    query = RecallQuery(lot=lot.details.lot_number, from_date=day - dt.timedelta(days=3650))
    result = clinic.recall.search(query, reason="a supplier's notice")
    RecallFiles(context).write_csv(result, folder / "recall.csv")


def _imported(folder: Path) -> None:
    with Clinic.open(str(folder / "imported.sqlite"), actor="tester") as clinic:
        clinic.accounts.create_first_admin("admin", "Admin Person", PASSWORD)
        _log_in(clinic)
        clinic.imports.import_file(folder / "clinic.json")
        with (folder / "clinic.mesolog").open("rb") as stream:
            clinic.imports.import_bundle(read_bundle(stream, now=clinic.context.now()))


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list[AuditEntry]:
    return _written(tmp_path_factory.mktemp("details"))


def test_every_detail_written_is_read(entries: list[AuditEntry]) -> None:
    unread = {(e.action, e.detail) for e in entries if read_clauses(e.action, e.detail) is None}
    assert unread == set()
    assert len({e.detail for e in entries}) > 30


def _made_otherwise() -> list[tuple[str, str]]:
    """(action, detail) of the shapes the walk above does not write, as the services write
    them (their helpers where they have one)."""
    settled = Settled(None, kept=("phone", "email"))
    session = "3f2a9c10-0000-4000-8000-000000000001"
    sha = "ab" * 32
    at = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    return [
        ("update", "unlocked"),
        (
            "update",
            "unlocked, enabled, password set by the database's holder, operating-system user maria",
        ),
        ("update", "locked after failed log-ins"),
        ("switch_user", "from admin to helper; password hash upgraded"),
        ("log_in_failed", "too soon"),
        ("log_in_failed", "record changed outside mesolog"),
        ("log_in_failed", "locked"),
        ("log_in_failed", "disabled"),
        ("log_in_failed", "wrong password, 10th: locked"),
        ("update", settled.detail),
        ("update", ", ".join(["plan"])),
        ("update", ", ".join(["plan", settled.detail])),
        ("amend", f"amends {session}"),
        ("update", f"consent on file from signed session {session}"),
        ("update", "removed"),
        ("update", "image/png, 12345 B"),
        ("create", "adopted from sessions"),
        ("create", "adopted from sessions on the upgrade to schema 0007"),
        (
            "import",
            f"file sha256 {sha}; no chain anchor (format version 1); 1 patient(s), "
            "0 course(s), 2 session(s), 1 photo(s), 3 product(s), 4 lot(s), 1 template(s) "
            "added as the file has them",
        ),
        ("import", record_detail(f"from file sha256 {sha}", Voiding(at, "x", "y"))),
        ("import", f"from file sha256 {sha}; retired in the file"),
        ("import", f"; added by 'Maria; P.' at {rfc3339(at)} as the file says"),
        ("backup", f"daily: file sha256 {sha}, SQLCipher with the database passphrase, encrypted"),
        (
            "restore",
            f"from file sha256 {sha} (encrypted), upgraded from schema 0006; "
            "kept entries up to 41 of the chain it replaced; "
            "safety copy clinic.before-restore-20260301.sqlite",
        ),
        (
            "recall",
            'recall search: lot "A; B", product "HydraBoost…" (200 characters), '
            "any date to 2026-03-01; 1 patient; reason: a supplier's notice; urgent",
        ),
        ("export", 'recall letters pdf: 2 patients, 1 session; product "HydraBoost 1.5%"'),
        ("export", "table, by lot, reaction bruising:moderate, 2026-01-01 to 2026-03-31"),
    ]


def test_every_shape_is_read() -> None:
    unread = [made for made in _made_otherwise() if read_clauses(*made) is None]
    assert unread == []


def test_unknown_details_show_as_stored(qapp: QApplication) -> None:
    for action, detail in (("update", "something else"), ("import", "from somewhere")):
        assert read_clauses(action, detail) is None
        assert shown_detail(action, detail) == detail


def test_english_shows_every_detail_as_stored(
    qapp: QApplication, entries: list[AuditEntry]
) -> None:
    details = [(e.action, e.detail) for e in entries] + _made_otherwise()
    assert [shown_detail(*made) for made in details] == [detail for _a, detail in details]


GREEK: dict[tuple[str, str], str | tuple[str, str]] = {
    ("AuditDetail", "pdf summary, patient copy"): "σύνοψη pdf, αντίγραφο του ασθενούς",
    ("AuditDetail", "pdf summary, clinical copy, {photos}"): "σύνοψη pdf, κλινικό, {photos}",
    ("AuditDetail", "%n photo(s)"): ("%n φωτογραφία", "%n φωτογραφίες"),
    ("AuditDetail", "recall letter"): "επιστολή ανάκλησης",
    ("AuditDetail", "account added, role {role}"): "νέος λογαριασμός, ρόλος {role}",
    ("Role", "Administrator"): "Διαχειριστής",
    ("AuditDetail", "from file sha256 {hash}"): "από το αρχείο sha256 {hash}",
    ("AuditDetail", "amends {uuid}"): "διορθώνει την {uuid}",
    ("AuditDetail", "voided in the file"): "ακυρωμένη στο αρχείο",
}


def test_greek_details_in_the_table(qapp: QApplication, tmp_path: Path) -> None:
    sha, session = "cd" * 32, "3f2a9c10-0000-4000-8000-000000000001"
    made = [
        ("export", "pdf summary, patient copy"),
        ("export", "pdf summary, clinical copy, 3 photos"),
        ("update", "recall letter"),
        ("create", "account added, role admin"),
        ("import", f"from file sha256 {sha}; amends {session}; voided in the file"),
        ("import", f"from file sha256 {sha}; retired in the file"),
        ("update", "something else"),
    ]
    moment = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    model = AuditEntriesModel()
    model.set_entries(
        [
            AuditEntry(n, moment, "admin", action, "patient", None, None, detail, None, None, "h")
            for n, (action, detail) in enumerate(made, 1)
        ]
    )
    with installed(greek_catalogue(tmp_path, GREEK)):
        shown = [model.index(row, AuditColumn.DETAIL).data() for row in range(model.rowCount())]
        tips = [
            model.index(row, AuditColumn.DETAIL).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())
        ]
    assert shown == [
        "σύνοψη pdf, αντίγραφο του ασθενούς",
        "σύνοψη pdf, κλινικό, 3 φωτογραφίες",
        "επιστολή ανάκλησης",
        "νέος λογαριασμός, ρόλος Διαχειριστής",
        f"από το αρχείο sha256 {sha}; διορθώνει την {session}; ακυρωμένη στο αρχείο",
        f"από το αρχείο sha256 {sha}; retired in the file",  # not translated: as stored
        "something else",
    ]
    assert tips == [detail for _action, detail in made]  # as stored, as hashed
