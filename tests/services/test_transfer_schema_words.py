"""jsonschema, which words a schema's refusal, is imported only when a document is refused:
a document jsonschema-rs accepts is imported without it (~0.1 s saved at a process's first
import)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.services.transfer_support import Document, document_bytes

ROOT = Path(__file__).parent.parent.parent

IMPORT = """
import sys
from pathlib import Path
from mesolog.domain.errors import ValidationError
from mesolog.services.clinic import Clinic
with Clinic.open(sys.argv[1], actor="tester") as clinic:
    try:
        report = clinic.imports.import_file(Path(sys.argv[2]))
        print("imported", report.sessions_added)
    except ValidationError as error:
        print("refused", error.violations[0].path)
print("jsonschema" in sys.modules)
"""


def _import(tmp_path: Path, document: Document) -> list[str]:
    source = tmp_path / "export.json"
    source.write_bytes(document_bytes(document))
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", IMPORT, str(tmp_path / "clinic.sqlite"), str(source)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


def test_a_document_the_schema_accepts_is_imported_without_jsonschema(
    tmp_path: Path, demo_document: Document
) -> None:
    said = _import(tmp_path, demo_document)
    assert said[0].startswith("imported ") and int(said[0].split()[1]) > 0
    assert said[1] == "False"


def test_a_refused_document_is_worded_by_jsonschema(
    tmp_path: Path, demo_document: Document
) -> None:
    demo_document["patients"][0]["family_name"] = 5
    assert _import(tmp_path, demo_document) == ["refused patients[0].family_name", "True"]
