"""Verify Against… says what it found in the window's own words (issue 11, defect 4): every
line of the result goes through tr, built from what the check found (kinds, entry numbers,
times in the locale's format), never the services' English."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mesolog.domain.chain_anchor import grouped
from mesolog.services.audit_anchors import AnchorService
from mesolog.services.clinic import Clinic
from mesolog.ui.common.dates import shown_date_time
from mesolog.ui.common.jobs import running_jobs
from mesolog.ui.records.anchor_check_dialog import AnchorCheckDialog
from tests.conftest import FixedClock
from tests.integrity.chain_tampering import append_backdated, cut_after
from tests.typing_support import type_into
from tests.ui.records.backup_fixtures import add_patient


class Marking(QTranslator):
    """Translates every text by wrapping it in ⟦ ⟧: a line shown without them did not go
    through tr."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qtbot: QtBot) -> Iterator[None]:
    translator = Marking()
    application = QCoreApplication.instance()
    assert application is not None
    assert application.installTranslator(translator)
    yield
    application.removeTranslator(translator)


def _dialog(qtbot: QtBot, clinic: Clinic, parent: QMainWindow) -> AnchorCheckDialog:
    dialog = AnchorCheckDialog(clinic, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _check(qtbot: QtBot, dialog: AnchorCheckDialog) -> list[str]:
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not running_jobs() and dialog.check_button.isEnabled(), timeout=20_000)
    assert not dialog.found.isHidden(), dialog.error.text()
    return [line for line in dialog.found.toPlainText().splitlines() if line]


def _restored_then_cut(clinic: Clinic, clock: FixedClock, db_path: Path) -> Path:
    """An anchors log whose first two anchors a restore replaced, the restore's own anchor
    (held), a backup's anchor whose entry was cut, and two lines that are no anchor."""
    add_patient(clinic, "Παππά")
    first = clinic.backups.backup().path
    clock.advance(days=1)
    add_patient(clinic, "Λαμπράκη")
    clinic.backups.backup()
    clock.advance(days=1)
    clinic.backups.restore(first)
    clock.advance(hours=1)
    add_patient(clinic, "Οικονόμου")
    clinic.backups.backup()
    log = AnchorService(clinic.context).anchors_log()
    assert log is not None
    newest = json.loads(log.read_text().splitlines()[-1])
    cut_after(f"sqlite:///{db_path}", newest["entry"] - 1)
    with log.open("a") as stream:
        stream.write('{not json\n{"entry": 3, "hash": "ab"}\n')
    return log


def test_every_line_found_goes_through_tr(
    qtbot: QtBot, marked: None, clinic: Clinic, job_host: QMainWindow, clock: FixedClock,
    db_path: Path,
) -> None:  # fmt: skip
    log = _restored_then_cut(clinic, clock, db_path)
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.path, str(log))
    shown = _check(qtbot, dialog)
    assert len(shown) == 1 + 2 + 4  # the count, the lines that are no anchor, each anchor
    for line in [dialog.heading.text(), *shown]:
        assert line.startswith("⟦") and line.endswith("⟧"), line

    dialog.from_hash.setChecked(True)
    type_into(qtbot, dialog.hash, "abcd " * 4)
    for line in _check(qtbot, dialog):
        assert line.startswith("⟦") and line.endswith("⟧"), line


def test_each_kind_of_finding_is_said_with_its_numbers(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, clock: FixedClock, db_path: Path
) -> None:
    log = _restored_then_cut(clinic, clock, db_path)
    lines = [json.loads(line) for line in log.read_text().splitlines()[:4]]
    restore = lines[2]
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.path, str(log))
    shown = _check(qtbot, dialog)

    assert dialog.heading.text().startswith("Not held")
    assert shown[:3] == [
        "1 of 4 anchors held; 2 replaced by a restore.",
        f"Line 5 of {log.name} is not an anchor: it is not a JSON object.",
        f"Line 6 of {log.name} is not an anchor: its hash is not as mesolog writes one.",
    ]
    first = shown[3]
    assert first.startswith(
        f"Entry {lines[0]['entry']} with hash {grouped(lines[0]['hash'][:16])} … "
        f"({log.name}, line 1, backup {lines[0]['file']}): replaced by the restore from "
        f"{restore['file']} in entry {restore['kept_up_to'] + 1} ("
    )
    assert first.endswith(f"), which kept the entries up to {restore['kept_up_to']}.")
    assert shown[5].endswith(
        f"line 3, restore from {restore['file']}): held: today's log extends it, "
        "and 1 entry follows it."
    )
    assert shown[6].endswith(
        f"today's log ends at entry {lines[3]['entry'] - 1}, before entry {lines[3]['entry']}: "
        "entries were cut off its end."
    )


def test_a_back_dated_entry_is_said_with_its_date_in_the_locales_format(
    qtbot: QtBot, clinic: Clinic, job_host: QMainWindow, clock: FixedClock, db_path: Path
) -> None:
    add_patient(clinic, "Παππά")
    anchor = AnchorService(clinic.context).current()
    clock.advance(days=2)
    clinic.exports.export_document()
    patient = clinic.patients.search(limit=1)[0].id
    forged = clock() - dt.timedelta(days=1)
    late = append_backdated(f"sqlite:///{db_path}", forged, patient)
    dialog = _dialog(qtbot, clinic, job_host)
    type_into(qtbot, dialog.hash, grouped(anchor.hash[:16]))
    (count, said) = _check(qtbot, dialog)

    assert count == "0 of 1 anchors held."
    assert said == (
        f"An entry with hash {grouped(anchor.hash[:16])} (the hash typed): entry {late} is "
        f"dated {shown_date_time(forged)}, before entry {late - 1} "
        f"({shown_date_time(clock())}) that comes before it: it was written later and "
        "back-dated, or a workstation's clock was wrong."
    )
