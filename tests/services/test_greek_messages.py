"""The services' messages in Greek: lupdate extracts them (with tools/translations.sh's
aliases, under the contexts the code marks them with, plurals as plurals), and a catalogue
compiled from that extraction renders them through mesolog.language's Renderer, counts in
their Greek plural form, numbers and dates as Greek writes them. str() stays English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mesolog.domain.errors import ValidationError
from mesolog.language.catalogues import renderer
from mesolog.language.choice import language
from mesolog.language.qm_file import Catalogue
from mesolog.language.render import Renderer
from mesolog.reports.recall_data import RecallQuery
from mesolog.services.log_in_answers import too_soon, tries_left
from mesolog.services.recall import recall_violations
from mesolog.services.transfer_report import ImportReport
from tests.ui.common.catalogue_support import greek_catalogue

LOCK_NEAR = (
    "The username or password is wrong. %n more failed log-ins lock this account; then an "
    "administrator, or whoever holds the database file (`mesolog user unlock --as-file-owner "
    "{username}`), can unlock it."
)
GREEK = {
    ("Accounts", "Too many failed log-ins: wait %Ln seconds before trying again."): (
        "Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε %Ln δευτερόλεπτο.",
        "Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε %Ln δευτερόλεπτα.",
    ),
    ("Accounts", LOCK_NEAR): (
        "Λάθος στοιχεία. Ακόμη %n αποτυχία κλειδώνει τον λογαριασμό ({username}).",
        "Λάθος στοιχεία. Ακόμη %n αποτυχίες κλειδώνουν τον λογαριασμό ({username}).",
    ),
    ("Transfer", "%n patient(s)"): ("%n ασθενής", "%n ασθενείς"),
    ("Transfer", "%n course(s)"): ("%n πρόγραμμα", "%n προγράμματα"),
    ("Transfer", "%n session(s)"): ("%n συνεδρία", "%n συνεδρίες"),
    ("Transfer", "{patients}, {courses} and {sessions} were in the database already"): (
        "{patients}, {courses} και {sessions} υπήρχαν ήδη στη βάση"
    ),
    ("Transfer", "Imported {patients}, {courses} and {sessions}; {present}."): (
        "Εισήχθησαν {patients}, {courses} και {sessions}· {present}."
    ),
    ("Transfer", "The clinic's details were taken from the file."): (
        "Τα στοιχεία του ιατρείου ελήφθησαν από το αρχείο."
    ),
    ("Recall", "{day} or later"): "{day} ή αργότερα",
}


@pytest.fixture(scope="module")
def greek(tmp_path_factory: pytest.TempPathFactory) -> Renderer:
    folder: Path = tmp_path_factory.mktemp("greek")
    catalogue = Catalogue.from_qm(greek_catalogue(folder, GREEK).read_bytes())
    return Renderer(language("el", "el_GR.UTF-8"), lambda: catalogue)


def test_a_refusal_with_a_number_reads_greek_with_greek_grouping(greek: Renderer) -> None:
    refused = too_soon(1200)
    assert greek(refused.text) == (
        "Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε 1.200 δευτερόλεπτα."
    )
    one = greek(too_soon(1).text)
    assert one == "Πάρα πολλές αποτυχημένες συνδέσεις: περιμένετε 1 δευτερόλεπτο."
    english = renderer(language("en"))
    assert (
        english(too_soon(1).text) == "Too many failed log-ins: wait 1 second before trying again."
    )


def test_the_tries_left_before_a_lock_take_the_greek_plural(greek: Renderer) -> None:
    assert greek(tries_left(3, "maria")) == (
        "Λάθος στοιχεία. Ακόμη 3 αποτυχίες κλειδώνουν τον λογαριασμό (maria)."
    )
    one = tries_left(1, "maria")
    assert str(one).startswith("The username or password is wrong. 1 more failed log-in locks")
    assert str(tries_left(3, "maria")).startswith(
        "The username or password is wrong. 3 more failed log-ins lock this account"
    )


def test_an_import_report_counts_each_kind_in_greek(greek: Renderer) -> None:
    report = ImportReport(1, 2, 1, 0, 0, 3, clinic_adopted=True)
    assert greek(report.summary_text()) == (
        "Εισήχθησαν 1 ασθενής, 2 προγράμματα και 1 συνεδρία· 0 ασθενείς, 0 προγράμματα και "
        "3 συνεδρίες υπήρχαν ήδη στη βάση. Τα στοιχεία του ιατρείου ελήφθησαν από το αρχείο."
    )
    assert report.summary() == (
        "Imported 1 patient(s), 2 course(s) and 1 session(s); 0 patient(s), 0 course(s) and "
        "3 session(s) were in the database already. The clinic's details were taken from the "
        "file."
    )


def test_a_refused_search_says_its_day_as_greek_writes_it(greek: Renderer) -> None:
    query = RecallQuery(lot="HA26", from_date=dt.date(2026, 3, 7), to_date=dt.date(2026, 3, 1))
    [violation] = [v for v in recall_violations(query, "Ανάκληση") if v.path == "to_date"]
    assert not isinstance(violation.allowed, str)
    assert greek(violation.allowed) == "7 Μαρ 2026 ή αργότερα"
    assert str(ValidationError([violation])).endswith("is not allowed; 2026-03-07 or later")
