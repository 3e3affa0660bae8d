"""`mesolog install-desktop-entry`: run as a process into a throwaway $XDG_DATA_HOME, the
entry and icons land there and nowhere else, private, valid, starting this mesolog; a
desktop's launcher (GLib's `gio launch`) runs a program from an entry written for an
awkward path; --uninstall leaves nothing behind but the folders that were there before."""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from mesolog.cli.desktop_entry import (
    DESKTOP_ID,
    MANIFEST_NAME,
    data_home,
    desktop_entry,
    exec_field,
    icon_files,
    install,
    run_desktop_entry,
    running_command,
    uninstall,
)
from mesolog.domain.errors import KnownError

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="freedesktop desktop entries are Linux's"
)
VALIDATOR = shutil.which("desktop-file-validate")
GIO = shutil.which("gio")


def _mesolog(data: Path, *args: str, umask: str = "000") -> subprocess.CompletedProcess[str]:
    """mesolog run under `umask`, as a person would from a terminal."""
    environment = {**os.environ, "XDG_DATA_HOME": str(data), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        ["sh", "-c", f'umask {umask} && exec "$0" "$@"', sys.executable, "-m", "mesolog", *args],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _tree(root: Path) -> dict[str, str]:
    """Every path under `root` with its mode, e.g. {'applications': '0700', ...}."""
    return {
        str(path.relative_to(root)): f"{stat.S_IMODE(path.stat().st_mode):04o}"
        for path in sorted(root.rglob("*"))
    }


def _entry(data: Path) -> dict[str, str]:
    text = (data / "applications" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def _validation_errors(path: Path) -> list[str]:
    assert VALIDATOR is not None
    result = subprocess.run(
        [VALIDATOR, str(path)], capture_output=True, text=True, timeout=30, check=False
    )
    lines = (result.stdout + result.stderr).splitlines()
    problems = [line for line in lines if ": error: " in line or ": warning: " in line]
    assert (result.returncode == 0) == (not problems), lines
    return problems


@pytest.mark.slow
def test_installs_private_files_under_xdg_data_home_then_removes_them(tmp_path: Path) -> None:
    data = tmp_path / "share"
    installed = _mesolog(data, "install-desktop-entry")
    assert installed.returncode == 0, installed.stderr
    script = Path(sysconfig.get_path("scripts")) / "mesolog"
    assert f"it starts {script}" in installed.stdout
    tree = _tree(data)
    files = {name: mode for name, mode in tree.items() if (data / name).is_file()}
    expected = {f"applications/{DESKTOP_ID}.desktop", f"applications/{MANIFEST_NAME}"} | {
        f"icons/{place}" for _, place in icon_files()
    }
    assert set(files) == expected
    assert set(files.values()) == {"0600"}, tree
    assert {mode for name, mode in tree.items() if name not in files} == {"0700"}, tree
    assert len(expected) == 11  # the entry, the folders' list, 8 PNG sizes and the SVG
    for source, place in icon_files():
        assert (data / "icons" / place).read_bytes() == source.read_bytes()
    entry = _entry(data)
    assert entry["Exec"] == str(script)
    assert entry["TryExec"] == str(script)
    assert entry["Icon"] == DESKTOP_ID

    removed = _mesolog(data, "install-desktop-entry", "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert len(removed.stdout.splitlines()) == 11
    assert list(data.iterdir()) == []
    again = _mesolog(data, "install-desktop-entry", "--uninstall")
    assert again.returncode == 0
    assert again.stdout.startswith("no desktop entry of mesolog is installed")


def test_folders_that_exist_keep_their_mode_and_other_files(tmp_path: Path) -> None:
    data = tmp_path / "share"
    applications = data / "applications"
    applications.mkdir(parents=True)
    applications.chmod(0o755)
    other = applications / "other.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    other.chmod(0o644)
    install(data, ["/opt/mesolog/mesolog"])
    assert stat.S_IMODE(applications.stat().st_mode) == 0o755
    install(data, ["/srv/moved/mesolog"])  # installing again points the entry at the new place
    assert _entry(data)["Exec"] == "/srv/moved/mesolog"
    assert sorted(path.name for path in applications.iterdir()) == [
        MANIFEST_NAME,
        f"{DESKTOP_ID}.desktop",
        "other.desktop",
    ]
    uninstall(data)
    assert _tree(data) == {"applications": "0755", "applications/other.desktop": "0644"}


def test_uninstall_removes_only_the_folders_install_made(tmp_path: Path) -> None:
    """The person's own folders stay, empty or not; those the install made go when empty."""
    data = tmp_path / "share"
    (data / "applications").mkdir(parents=True)
    (data / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (data / "icons" / "hicolor" / "256x256").mkdir()
    before = _tree(data)
    install(data, ["/opt/mesolog/mesolog"])
    install(data, ["/srv/moved/mesolog"])  # again: the folders the first one made are kept
    manifest = data / "applications" / MANIFEST_NAME
    assert f"{stat.S_IMODE(manifest.stat().st_mode):04o}" == "0600"
    made = {name for name in _tree(data) if (data / name).is_dir()} - set(before)
    assert "icons/hicolor/256x256/apps" in made
    assert "icons/hicolor/16x16" in made
    assert set(manifest.read_text(encoding="utf-8").split()) == made
    uninstall(data)
    assert _tree(data) == before


def test_uninstall_keeps_a_folder_install_made_that_holds_other_files(tmp_path: Path) -> None:
    data = tmp_path / "share"
    install(data, ["/opt/mesolog/mesolog"])
    theirs = data / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    theirs.write_bytes(b"\x89PNG")
    uninstall(data)
    assert sorted(_tree(data)) == [
        "icons",
        "icons/hicolor",
        "icons/hicolor/48x48",
        "icons/hicolor/48x48/apps",
        "icons/hicolor/48x48/apps/other.png",
    ]


def test_a_folder_list_naming_other_folders_is_not_followed(tmp_path: Path) -> None:
    """Only the folders an install may make are taken from the list, whatever it says."""
    data = tmp_path / "share"
    for name in ("elsewhere", "icons/hicolor/48x48/other", "applications"):
        (data / name).mkdir(parents=True)
    install(data, ["/opt/mesolog/mesolog"])
    manifest = data / "applications" / MANIFEST_NAME
    listed = manifest.read_text(encoding="utf-8")
    foreign = "elsewhere\n../share/applications\nicons/hicolor/48x48/other\n/tmp\n"
    manifest.write_text(listed + foreign, encoding="utf-8")
    uninstall(data)
    assert sorted(_tree(data)) == [
        "applications",
        "elsewhere",
        "icons",
        "icons/hicolor",
        "icons/hicolor/48x48",
        "icons/hicolor/48x48/other",
    ]


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate is not installed "
                    "(Debian: apt-get install desktop-file-utils)")  # fmt: skip
def test_the_installed_entry_is_valid(tmp_path: Path) -> None:
    awkward = tmp_path / "a folder with $pace, `quotes` \" ' and \\ in it" / "mesolog"
    install(tmp_path, [str(awkward), "--flag", "50%"])
    assert _validation_errors(tmp_path / "applications" / f"{DESKTOP_ID}.desktop") == []


@pytest.mark.skipif(GIO is None, reason="GLib's gio is not installed (Debian: libglib2.0-bin)")
def test_a_desktop_launcher_runs_the_program_the_entry_names(tmp_path: Path) -> None:
    folder = tmp_path / "Program files $HOME `x` \"q\" 'a' \\b; (c) #d ~e"
    folder.mkdir()
    marker = tmp_path / "ran.txt"
    program = folder / "mesolog"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$0" "$@" > "{marker}"\n', encoding="utf-8")
    program.chmod(0o700)
    entry = tmp_path / "entry.desktop"
    entry.write_text(desktop_entry([str(program), "--at", "100%"], try_exec=True), "utf-8")
    assert GIO is not None
    launched = subprocess.run(
        [GIO, "launch", str(entry)], capture_output=True, text=True, timeout=30, check=False
    )
    assert launched.returncode == 0, launched.stderr
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.read_text(encoding="utf-8").splitlines() == [str(program), "--at", "100%"]


def test_a_program_path_no_desktop_can_start_is_refused() -> None:
    with pytest.raises(KnownError, match="has a '%' in its path"):
        exec_field(["/opt/100%/mesolog"])
    with pytest.raises(KnownError, match="control character"):
        exec_field(["/opt/two\nlines/mesolog"])
    with pytest.raises(KnownError, match="not UTF-8"):
        exec_field(["/opt/\udcff/mesolog"])
    assert exec_field(["/opt/mesolog/mesolog", "--at", "100%"]) == (
        "/opt/mesolog/mesolog --at 100%%"
    )


def test_refuses_on_other_systems(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with pytest.raises(KnownError, match=r"Linux desktop's menu.*Start-menu entry"):
        run_desktop_entry(argparse.Namespace(uninstall=False), sys.stdout)
    assert list(tmp_path.iterdir()) == []


def test_the_command_a_bundle_or_an_environment_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = tmp_path / "mesolog"
    bundle.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    assert running_command() == [str(bundle)]
    monkeypatch.setattr(sys, "frozen", False)
    monkeypatch.setattr(sysconfig, "get_path", lambda name: str(tmp_path / "no-scripts"))
    assert running_command() == [str(bundle), "-m", "mesolog"]


def test_xdg_data_home_is_taken_only_when_absolute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "")
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert data_home() == tmp_path / "data"
