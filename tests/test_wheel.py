"""The installed package finds everything it needs: a wheel is built from this checkout,
installed into a fresh virtual environment outside it, and used there as a clinic would.

Slow (a virtual environment with PySide6 is built; pip's cache makes later runs quicker).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
# Installing PySide6 and the rest from the registry on a machine without pip's cache is slow.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]
GREEK = re.compile(r"[\u0370-\u03ff]")


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
        "-w", out, ROOT, cwd=out,
    )  # fmt: skip
    (built,) = out.glob("mesolog-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh virtual environment holding the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", venv, cwd=venv)
    _run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=venv)
    return venv / "bin"


def _clean_environment(home: Path) -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}


def test_the_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "mesolog").rglob("*.py")}
    resources = {
        f"mesolog/{p.relative_to(ROOT)}" for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    assert modules - names == set()
    assert resources - names == set()
    assert "mesolog/persistence/migrations/script.py.mako" in names
    assert "mesolog/py.typed" in names


def test_the_wheel_holds_each_translation_compiled_from_its_ts(wheel: Path, tmp_path: Path) -> None:
    """hatch_build.py compiles resources/translations/*.ts in the build: no .qm in the checkout
    is needed, nor taken."""
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    expected = hook.compile_translations(ROOT / "resources" / "translations", tmp_path)
    assert {qm.stem for qm in expected} >= {"mesolog_el", "mesolog_en"}
    with zipfile.ZipFile(wheel) as archive:
        held = {
            Path(name).name: archive.read(name)
            for name in archive.namelist()
            if name.startswith("mesolog/resources/translations/") and name.endswith(".qm")
        }
    assert held == {qm.name: qm.read_bytes() for qm in expected}


def test_the_installed_program_finds_its_translations(installed: Path, tmp_path: Path) -> None:
    script = (
        "from mesolog.resource_files import resource; "
        "print(resource('translations', 'mesolog_el.qm'))"
    )
    found = _run(installed / "python", "-c", script, cwd=tmp_path, env=_clean_environment(tmp_path))
    assert Path(found.strip()).is_relative_to(installed.parent / "lib")


def test_the_installed_program_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    env = _clean_environment(tmp_path)
    mesolog = installed / "mesolog"
    version = _run(mesolog, "--version", cwd=tmp_path, env=env)
    assert version.startswith("mesolog ")
    database = tmp_path / "clinic.sqlite"
    assert "demo clinic written" in _run(mesolog, "--db", database, "demo", cwd=tmp_path, env=env)
    listed = _run(mesolog, "--db", database, "patients", cwd=tmp_path, env=env).splitlines()
    greek = next(line.split("\t") for line in listed if GREEK.search(line))
    pdf = tmp_path / "summary.pdf"
    _run(mesolog, "--db", database, "export", "pdf", "--patient", greek[1], "-o", pdf,
         cwd=tmp_path, env=env)  # fmt: skip
    fonts = _run("pdffonts", pdf, cwd=tmp_path)
    embedded = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert embedded
    assert all("DejaVuSans" in line and " yes " in line for line in embedded), fonts
    text = _run("pdftotext", "-enc", "UTF-8", pdf, "-", cwd=tmp_path)
    family = greek[2].split(",")[0].split()[-1]
    assert family in text


def test_the_installed_window_opens_with_its_icon(installed: Path, tmp_path: Path) -> None:
    script = """
import json
import sys
from PySide6.QtWidgets import QApplication
from mesolog.app import build_main_window
window = build_main_window(sys.argv[1])
window.show()
QApplication.processEvents()
icon = QApplication.windowIcon()
sizes = sorted(size.width() for size in icon.availableSizes())
print(json.dumps([window.patient_model.rowCount(), sizes, window.windowIcon().isNull()]))
window.close()
"""
    env = _clean_environment(tmp_path)
    database = tmp_path / "clinic.sqlite"
    _run(installed / "mesolog", "--db", database, "demo", cwd=tmp_path, env=env)
    shown = _run(installed / "python", "-c", script, database, cwd=tmp_path, env=env)
    patients, sizes, no_icon = json.loads(shown)
    assert patients == 40
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    assert no_icon is False
