"""The wheel's build hook: each `resources/translations/*.ts` compiled to its `.qm` by Qt's
lrelease (docs/translation-plan.md §6), so a wheel can never carry a stale translation.

A regular wheel gets `mesolog/resources/translations/<name>.qm` for every `.ts`, compiled
into a temporary folder; a `.qm` lying in the checkout (git ignores them) is not taken, the
fresh one is. An editable install compiles nothing: it reads `resources/` in the checkout,
where `tools/dev.sh` (or `bash tools/translations.sh release`) keeps the `.qm` current with
the `.ts`, which an install done once per pyproject.toml could not.

lrelease comes with PySide6-Essentials, the hook's build dependency (pyproject.toml), found
in the build environment's PySide6 package as its `pyside6-lrelease` script finds it.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
"""Where the `.ts` files are, from the project's root."""
INSTALLED = "mesolog/resources/translations"
"""Where the wheel holds the `.qm` files (resources/ is mesolog/resources in the wheel)."""


def lrelease() -> Path:
    """Qt's lrelease inside the PySide6 package of the environment running the build."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "building mesolog's wheel compiles its translations with PySide6-Essentials' "
            "lrelease: install PySide6-Essentials in the build environment"
        )
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    program = Path(next(iter(spec.submodule_search_locations))) / name
    if not program.is_file():
        raise RuntimeError(f"PySide6 has no {name} at {program}")
    return program


def compile_translations(folder: Path, into: Path) -> list[Path]:
    """Each `folder/*.ts` compiled to `into/<name>.qm`, in name order."""
    program = lrelease()
    compiled = []
    for ts in sorted(folder.glob("*.ts")):
        qm = into / ts.with_suffix(".qm").name
        result = subprocess.run(
            [str(program), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease could not compile {ts}:\n{result.stdout}{result.stderr}")
        compiled.append(qm)
    return compiled


class TranslationsHook(BuildHookInterface[Any]):
    """Adds the compiled translations to a regular wheel."""

    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        self._compiled = Path(tempfile.mkdtemp(prefix="mesolog-qm-"))
        qm_files = compile_translations(Path(self.root) / TRANSLATIONS, self._compiled)
        for qm in qm_files:
            build_data["force_include"][str(qm)] = f"{INSTALLED}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            shutil.rmtree(compiled, ignore_errors=True)
