"""The pure-Python .qm reader agrees with Qt's own QTranslator, message by message and
plural form by plural form, so a change in lrelease's format is caught here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from mesolog.language.qm_file import Catalogue, read_qm
from tests.language.qm_support import compiled, greek_qm

SHIPPED = Path(__file__).parents[2] / "resources" / "translations"


def disagreements(qm: Path) -> list[str]:
    translator = QTranslator()
    assert translator.load(str(qm))
    catalogue = Catalogue.from_qm(qm.read_bytes())
    found = []
    for (context, source, comment), forms in catalogue.messages.items():
        # Qt asks a message that is not plural with n = -1 (QCoreApplication.translate)
        for n in (1, 2, 5) if len(forms) > 1 else (-1,):
            ours = catalogue.forms(context, source, comment) or [""]
            mine = ours[0 if n in (1, -1) else 1]
            qt = translator.translate(context, source, comment or None, n)
            if mine != qt:
                found.append(f"{context}/{source}/{comment} n={n}: {mine!r} vs {qt!r}")
    return found


def test_the_reader_agrees_with_qt_on_a_catalogue_with_comments_and_plurals(
    tmp_path: Path,
) -> None:
    qm = greek_qm(tmp_path)
    assert disagreements(qm) == []
    assert len(read_qm(qm.read_bytes())) == 11  # the unfinished message is not compiled


def test_the_reader_agrees_with_qt_on_qts_own_german(tmp_path: Path) -> None:
    qm = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if not qm.is_file():
        pytest.skip("this PySide6 ships no qtbase_de.qm")
    assert len(read_qm(qm.read_bytes())) > 1000
    assert disagreements(qm) == []


@pytest.mark.parametrize("ts", sorted(SHIPPED.glob("*.ts")), ids=lambda path: path.name)
def test_the_reader_agrees_with_qt_on_each_shipped_catalogue(ts: Path, tmp_path: Path) -> None:
    assert disagreements(compiled(ts, tmp_path)) == []


def test_a_comment_lrelease_dropped_is_found_without_it(tmp_path: Path) -> None:
    catalogue = Catalogue.from_qm(greek_qm(tmp_path).read_bytes())
    translator = QTranslator()
    assert translator.load(str(greek_qm(tmp_path)))
    assert catalogue.forms("Area", "Back", "the body area") == ["Πλάτη"]
    assert translator.translate("Area", "Back", "the body area") == "Πλάτη"
    assert catalogue.forms("Navigation", "Back", "go back") == ["Πίσω"]
    assert catalogue.forms("Navigation", "Back", None) == ["Επιστροφή"]
    assert catalogue.forms("Area", "Cheeks", None) is None


def test_anything_but_a_qm_is_refused() -> None:
    with pytest.raises(ValueError, match=r"not a \.qm file"):
        read_qm(b"<?xml version='1.0'?><TS/>")
