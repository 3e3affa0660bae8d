"""The catalogues are complete: every message the sources mark is in mesolog_el.ts with
its Greek, and every plural in mesolog_en.ts with both English forms; no translation
loses a placeholder, a tag, a mnemonic or the count. A string added to the sources and
not translated fails here, naming it and the command that adds it."""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FOLDER = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
GONE = ("vanished", "obsolete")

PLACEHOLDER = re.compile(
    r"%L?\d+|%\(\w+\)[a-z]|%[sdr]|%%|\{[A-Za-z_0-9]+\}|</?[a-z][a-z0-9]*[^>]*>"
)
"""Qt's %1, argparse's %(prog)s and %s, a phrase's {field}, a rich text's tags."""
COUNT = re.compile(r"%L?n")
MNEMONIC = re.compile(r"&(?=[^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    forms: tuple[str, ...]
    finished: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def messages(ts: Path) -> list[Message]:
    """The live messages of a .ts (those the sources still mark)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in GONE:
                continue
            plural = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if plural
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    plural=plural,
                    forms=forms,
                    finished=translation.get("type") != "unfinished",
                )
            )
    return found


def keys(found: list[Message]) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in found}


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both catalogues as `tools/translations.sh update` would leave them today."""
    folder = tmp_path_factory.mktemp("ts")
    script = (ROOT / "tools" / "translations.sh").read_text(encoding="utf-8")
    aliases = re.search(r"^ALIASES=(\S+)$", script, re.MULTILINE)
    assert aliases is not None
    sources = folder / "sources.txt"
    sources.write_text(
        "\n".join(str(path) for path in sorted((ROOT / "mesolog").rglob("*.py"))),
        encoding="utf-8",
    )
    made = {}
    for code, language, only in (("el", "el_GR", []), ("en", "en_GB", ["-pluralonly"])):
        copy = folder / f"mesolog_{code}.ts"
        shutil.copyfile(FOLDER / copy.name, copy)
        subprocess.run(
            [
                *(str(LUPDATE), "-silent", "-locations", "none", *only),
                *("-tr-function-alias", aliases[1], f"@{sources}"),
                *("-target-language", language, "-ts", str(copy)),
            ],
            check=True,
        )
        made[code] = copy
    return made


@pytest.mark.parametrize("code", ["el", "en"])
def test_every_marked_message_is_in_the_catalogue(updated: dict[str, Path], code: str) -> None:
    committed = keys(messages(FOLDER / f"mesolog_{code}.ts"))
    today = keys(messages(updated[code]))
    new = sorted(today - committed)
    assert not new, (
        f"{len(new)} messages of the sources are not in mesolog_{code}.ts "
        f"(run `bash tools/translations.sh update`, then translate them): {new[:10]}"
    )


def test_there_is_a_greek_translation_for_every_message() -> None:
    found = messages(FOLDER / "mesolog_el.ts")
    assert len(found) > 2000
    unfinished = [str(m) for m in found if not m.finished or not all(m.forms)]
    assert not unfinished, f"{len(unfinished)} unfinished in Greek: {unfinished[:10]}"


def test_greek_plurals_have_greeks_two_forms() -> None:
    wrong = [str(m) for m in messages(FOLDER / "mesolog_el.ts") if m.plural and len(m.forms) != 2]
    assert not wrong


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    found = messages(FOLDER / "mesolog_en.ts")
    assert found and all(m.plural for m in found)
    wrong = [str(m) for m in found if not m.finished or len(m.forms) != 2 or not all(m.forms)]
    assert not wrong, f"English plurals without two forms: {wrong[:10]}"


def lost(message: Message) -> list[str]:
    """What a translation lost or added of its source's placeholders and marks."""
    wrong = []
    want = collections.Counter(PLACEHOLDER.findall(message.source))
    count = set(COUNT.findall(message.source))
    mnemonics = len(MNEMONIC.findall(message.source.replace("&&", "")))
    for index, form in enumerate(message.forms):
        if collections.Counter(PLACEHOLDER.findall(form)) != want:
            wrong.append(f"form {index} places {PLACEHOLDER.findall(form)}")
        last = index == len(message.forms) - 1
        if (last and set(COUNT.findall(form)) != count) or set(COUNT.findall(form)) - count:
            wrong.append(f"form {index} counts {COUNT.findall(form)}")
        if len(MNEMONIC.findall(form.replace("&&", ""))) != mnemonics:
            wrong.append(f"form {index} has not the source's {mnemonics} mnemonic(s)")
    return wrong


@pytest.mark.parametrize("code", ["el", "en"])
def test_translations_keep_every_placeholder_tag_and_mnemonic(code: str) -> None:
    wrong = {
        str(m): lost(m) for m in messages(FOLDER / f"mesolog_{code}.ts") if m.finished and lost(m)
    }
    assert not wrong, f"{len(wrong)} translations changed a placeholder: {list(wrong.items())[:10]}"


def test_the_check_finds_a_lost_placeholder() -> None:
    def message(source: str, *forms: str) -> Message:
        return Message("C", source, "", len(forms) == 2, forms, True)

    assert lost(message("%1 of %2", "%2 από %1")) == []
    assert lost(message("{days} days", "{ημέρες} ημέρες"))
    assert lost(message("&Save", "Αποθήκευση"))
    assert lost(message("R&&D", "Ε&&Α")) == []
    assert lost(message("%n days", "μία ημέρα", "%n ημέρες")) == []
    assert lost(message("%n days", "%n ημέρα", "ημέρες"))
    assert lost(message("<b>%1</b>", "%1"))
    assert lost(message("usage: %(prog)s", "χρήση: %(πρόγραμμα)s"))
    assert lost(message("50%% of %s", "50% του %s"))
