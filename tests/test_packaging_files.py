"""The packaging files beside the program: the Linux desktop entry and hicolor icons
(packaging/linux), the Windows installer (packaging/windows/mesolog.nsi, built here with
Debian's makensis around a stand-in for the bundle) and the Windows CI workflow
(.github/workflows/windows.yml)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mesolog.cli.desktop_entry import DESKTOP_ID, desktop_entry, icon_files
from mesolog.cli.main import build_parser

ROOT = Path(__file__).parent.parent
LINUX = ROOT / "packaging" / "linux"
WINDOWS = ROOT / "packaging" / "windows"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
VALIDATOR = shutil.which("desktop-file-validate")
MAKENSIS = shutil.which("makensis")
ENGLISH, GREEK = "1033", "1032"
"""Windows' language ids, which makensis names each LangString by."""


def _run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


def _keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def test_the_linux_files_are_those_mesolog_installs() -> None:
    stale = "stale: run .venv/bin/python packaging/linux/update_files.py and commit what it writes"
    entry = LINUX / f"{DESKTOP_ID}.desktop"
    assert entry.read_text(encoding="utf-8") == desktop_entry(["mesolog"]), stale
    expected = {LINUX / "icons" / place: source for source, place in icon_files()}
    assert set((LINUX / "icons").rglob("*.*")) == set(expected), stale
    for target, source in expected.items():
        assert target.read_bytes() == source.read_bytes(), f"{target} is {stale}"


def test_the_desktop_entry_names_the_program_in_english_and_greek() -> None:
    keys = _keys(LINUX / f"{DESKTOP_ID}.desktop")
    assert keys["Exec"] == "mesolog"
    assert keys["Icon"] == DESKTOP_ID
    assert keys["Categories"].split(";")[:2] == ["Office", "MedicalSoftware"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert keys[key] and keys[f"{key}[el]"]
    for key in ("GenericName", "Comment", "Keywords"):
        assert re.search("[\u0370-\u03ff]", keys[f"{key}[el]"]), key


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate is not installed "
                    "(Debian: apt-get install desktop-file-utils)")  # fmt: skip
def test_the_desktop_entry_is_valid() -> None:
    assert VALIDATOR is not None
    result = subprocess.run(
        [VALIDATOR, str(LINUX / f"{DESKTOP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    lines = (result.stdout + result.stderr).splitlines()
    assert result.returncode == 0, lines
    assert [line for line in lines if ": error: " in line or ": warning: " in line] == []
    print("\n".join(lines))  # hints, for whoever reads the output


def test_the_window_is_known_by_the_entry_it_was_started_from(tmp_path: Path) -> None:
    """Wayland matches a window to its entry by the desktop file name, X11 by WM_CLASS,
    which Qt takes from the application's name."""
    script = (
        "from mesolog.app import application\n"
        "app = application()\n"
        "print(app.desktopFileName())\n"
        "print(app.applicationName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    shown = _run(sys.executable, "-c", script, env=env).split()
    keys = _keys(LINUX / f"{DESKTOP_ID}.desktop")
    assert shown == [DESKTOP_ID, keys["StartupWMClass"]]


def _stand_in_bundle(folder: Path) -> Path:
    """A folder laid out as PyInstaller's one-folder bundle, holding no real program."""
    bundle = folder / "mesolog"
    (bundle / "_internal" / "mesolog" / "resources").mkdir(parents=True)
    (bundle / "mesolog.exe").write_bytes(b"MZ stand-in")
    (bundle / "mesolog-window.exe").write_bytes(b"MZ stand-in, no console")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
    (bundle / "_internal" / "mesolog" / "resources" / "README.md").write_text("stand-in")
    return bundle


@pytest.mark.skipif(MAKENSIS is None, reason="makensis is not installed "
                    "(Debian: apt-get install nsis)")  # fmt: skip
def test_the_windows_installer_builds_per_user_in_english_and_greek(tmp_path: Path) -> None:
    bundle = _stand_in_bundle(tmp_path)
    icon = tmp_path / "mesolog.ico"
    _run(sys.executable, WINDOWS / "make_icon.py", icon)
    setup = tmp_path / "out" / "mesolog-0.1.0-setup.exe"
    setup.parent.mkdir()
    assert MAKENSIS is not None
    log = _run(
        MAKENSIS, "-V4", "-WX", "-DVERSION=0.1.0", f"-DBUNDLE={bundle}", f"-DICON={icon}",
        f"-DOUTFILE={setup}", WINDOWS / "mesolog.nsi",
    )  # fmt: skip
    program = setup.read_bytes()
    assert program[:2] == b"MZ"
    # No administrator: the manifest Windows reads before it starts the installer.
    assert b'requestedExecutionLevel level="asInvoker"' in program
    added = re.findall(r'^File: "([^"]+)"', log, flags=re.MULTILINE)
    assert sorted(added) == ["README.md", "base_library.zip", "mesolog-window.exe", "mesolog.exe"]
    script = (WINDOWS / "mesolog.nsi").read_text("utf-8")
    shortcut = re.search(r'CreateShortcut "\$SMPROGRAMS\\\$\{APP\}.lnk" "([^"]+)"', script)
    assert shortcut is not None and shortcut[1] == "$INSTDIR\\${WINDOW_EXE}"
    assert 'Delete "$INSTDIR\\${WINDOW_EXE}"' in script
    strings = re.findall(r'^LangString: "(\w+)" (\d+) "(.*)"$', log, flags=re.MULTILINE)
    by_language = {language: {name for name, lang, _ in strings if lang == language}
                   for language in (ENGLISH, GREEK)}  # fmt: skip
    assert by_language[ENGLISH] == by_language[GREEK] != set()
    greek = [text for _, language, text in strings if language == GREEK]
    assert all(re.search("[\u0370-\u03ff]", text) for text in greek), greek
    assert "2 language tables" in log
    assert "$LOCALAPPDATA\\Programs\\${APP}" in (WINDOWS / "mesolog.nsi").read_text("utf-8")
    print(f"installer around the stand-in: {len(program):,} bytes")


def _workflow() -> dict[Any, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML reads the workflow (mesolog[dev])")
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def test_the_windows_workflow_builds_tests_and_keeps_the_bundle_and_installer() -> None:
    workflow = _workflow()
    triggers = workflow["on" if "on" in workflow else True]  # YAML 1.1 reads `on` as true
    assert {"push", "pull_request", "workflow_dispatch"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    assert job["defaults"]["run"]["shell"] == "pwsh"
    steps = job["steps"]
    uses = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-py"))
    assert python["with"]["python-version"] == "3.11"
    scripts = "\n".join(step.get("run", "") for step in steps)
    for path in ("packaging/pyinstaller/mesolog.spec", "packaging/windows/make_icon.py"):
        assert path in scripts
        assert (ROOT / path).is_file(), path
    assert "packaging\\windows\\mesolog.nsi" in scripts
    uploaded = steps[-1]["with"]["path"].split()
    assert uploaded == ["dist/mesolog/", "dist/mesolog-*-setup.exe"]


def test_the_windows_smoke_test_runs_commands_mesolog_has() -> None:
    scripts = "\n".join(step.get("run", "") for step in _workflow()["jobs"]["bundle"]["steps"])
    calls = [call.strip() for call in re.findall(r"Invoke-Mesolog ([^|)}\n]+)", scripts)]
    calls = [call for call in calls if not call.startswith("{")]  # the function itself
    assert calls[0] == "--version"
    sample = {"$db": "clinic.sqlite", "$record": "MC-0001", "$pdf": "summary.pdf"}
    parser = build_parser()
    commands = [
        parser.parse_args([sample.get(word, word) for word in call.split()]).command
        for call in calls[1:]
    ]
    assert commands == ["init", "demo", "patients", "export", "audit"]
    assert {"export pdf", "audit verify"} <= {" ".join(call.split()[2:4]) for call in calls}
