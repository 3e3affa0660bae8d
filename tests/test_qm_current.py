"""The compiled translations (docs/translation-plan.md §6): git keeps the .ts files alone; the
wheel's build (hatch_build.py) compiles each into its .qm, and so do tools/dev.sh and
tools/bundle.sh for a checkout, whose window and tests read resources/translations/*.qm.

A .qm in the checkout is the .ts compiled (lrelease's output is the same bytes on every run)
or absent, with a .ts lrelease compiles; a stale one names the command that makes it current.
The build is shown on a small translated .ts, as mesolog's own are nearly empty until they
are translated: a wheel of a stand-in project with mesolog's pyproject.toml and hook.
"""

from __future__ import annotations

import importlib.util
import shutil
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

from hatchling.builders.wheel import WheelBuilder

from mesolog.language.qm_file import Catalogue
from tests.language.qm_support import GREEK_TS

ROOT = Path(__file__).parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
RELEASE = "bash tools/translations.sh release"


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_qm_in_the_checkout_is_its_ts_compiled(tmp_path: Path) -> None:
    compiled: list[Path] = _hook().compile_translations(TRANSLATIONS, tmp_path)
    assert [qm.stem for qm in compiled] == sorted(ts.stem for ts in TRANSLATIONS.glob("*.ts"))
    assert "mesolog_el" in {qm.stem for qm in compiled}
    for fresh in compiled:
        Catalogue.from_qm(fresh.read_bytes())
        kept = TRANSLATIONS / fresh.name
        if kept.exists():
            assert kept.read_bytes() == fresh.read_bytes(), (
                f"resources/translations/{kept.name} is not its .ts compiled: run {RELEASE} "
                "(bash tools/dev.sh run or test does it when a .ts is newer than its .qm)"
            )


def test_no_qm_in_the_checkout_lacks_its_ts() -> None:
    orphans = sorted(
        qm.name for qm in TRANSLATIONS.glob("*.qm") if not qm.with_suffix(".ts").is_file()
    )
    assert orphans == [], f"resources/translations: {orphans} have no .ts; remove them"


def test_the_hook_needs_the_pyside6_mesolog_runs_on() -> None:
    """lrelease comes from the PySide6-Essentials the hook asks for: the same range."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = project["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    (pyside,) = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    assert hook["dependencies"] == [pyside.split("#")[0].strip()]
    assert "hatch_build.py" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def _stand_in(folder: Path) -> Path:
    """A project with mesolog's pyproject.toml and hook, a package of one empty module, and a
    translated sample_el.ts beside a stale sample_el.qm (a checkout's, which git ignores)."""
    project = folder / "project"
    (project / "mesolog").mkdir(parents=True)
    (project / "mesolog" / "__init__.py").write_text("")
    translations = project / "resources" / "translations"
    translations.mkdir(parents=True)
    (translations / "sample_el.ts").write_text(GREEK_TS, encoding="utf-8")
    (translations / "sample_el.qm").write_bytes(b"stale")
    for name in ("pyproject.toml", "hatch_build.py"):
        shutil.copy(ROOT / name, project / name)
    (project / "README.md").write_text("mesolog\n")
    return project


def test_a_wheel_holds_each_ts_compiled_and_no_stale_qm(tmp_path: Path) -> None:
    project = _stand_in(tmp_path)
    (built,) = WheelBuilder(str(project)).build(
        directory=str(tmp_path / "out"), versions=["standard"]
    )
    with zipfile.ZipFile(built) as wheel:
        names = wheel.namelist()
        held = wheel.read("mesolog/resources/translations/sample_el.qm")
    assert names.count("mesolog/resources/translations/sample_el.qm") == 1
    assert "mesolog/resources/translations/sample_el.ts" in names
    (expected,) = _hook().compile_translations(project / "resources" / "translations", tmp_path)
    assert held == expected.read_bytes()
    catalogue = Catalogue.from_qm(held)
    assert catalogue.forms("Reaction", "Pain", None) == ["Πόνος"]
    assert catalogue.forms("Warnings", "%Ln record(s)", None) == ["%Ln φάκελος", "%Ln φάκελοι"]


def test_an_editable_install_compiles_nothing(tmp_path: Path) -> None:
    """It reads the checkout's resources/, where tools/dev.sh keeps the .qm current."""
    project = _stand_in(tmp_path)
    builder = WheelBuilder(str(project))
    (hook,) = builder.get_build_hooks(str(tmp_path / "out")).values()
    build_data = builder.get_default_build_data()
    builder.set_build_data_defaults(build_data)
    hook.initialize("editable", build_data)
    assert build_data["force_include"] == {}
    hook.initialize("standard", build_data)
    (compiled,) = build_data["force_include"].items()
    assert compiled[1] == "mesolog/resources/translations/sample_el.qm"
    hook.finalize("standard", build_data, "")
    assert not Path(compiled[0]).exists(), "the hook leaves no temporary folder behind"
