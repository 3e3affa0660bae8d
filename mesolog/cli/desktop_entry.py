"""`mesolog install-desktop-entry [--uninstall]`: mesolog in a Linux desktop's menu, for
the person who runs it, following freedesktop's Desktop Entry and Icon Theme
specifications.

The entry goes to `$XDG_DATA_HOME/applications/mesolog.desktop`, the icon to
`$XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/mesolog.png` at each size resources/icons
holds and the drawing to `hicolor/scalable/apps/mesolog.svg`; `$XDG_DATA_HOME` is
`~/.local/share` unless it names an absolute path. Nothing goes anywhere else: no
administrator's rights, nothing under /usr. The entry starts the mesolog that installed
it: the bundle's executable, else the environment's `mesolog` script; installing again
points it at the mesolog that runs then (after the bundle has moved, say).

--uninstall removes those files, then the folders the install made, once empty: the
install lists them (the ones missing before it wrote anything, relative to
`$XDG_DATA_HOME`) in `applications/.mesolog-installed-folders`, beside the entry, and
installing again adds to the list. A folder that was there before the install (an empty
`applications/` or `icons/hicolor/` of the person's own) stays, and so does one holding
other files. Only the folders an install may make are taken from the list.

Modes: the files are 0600 and the folders this makes 0700, as everything mesolog writes.
The desktop reads them as their owner (the menu, the shell, GLib's and KDE's caches run
in the person's own session), and no other account has any reason to; GLib makes
`applications/` 0700 itself. A folder that exists already keeps its mode.

packaging/linux/mesolog.desktop is `desktop_entry(["mesolog"])`, for a system-wide
install or the bundle's tarball (tests/test_packaging_files.py holds them together).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import TextIO

from mesolog.cli.options import EXIT_OK, Commands
from mesolog.cli.speech import say
from mesolog.domain.errors import KnownError
from mesolog.domain.texts import phrase
from mesolog.resource_files import resource

COMMAND = "install-desktop-entry"
DESKTOP_ID = "mesolog"
"""The entry's name (mesolog.desktop) and the icon's; the window gives it to Qt as its
desktop file name (Wayland's app id) and its application name, X11's WM_CLASS."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST_NAME = ".mesolog-installed-folders"
"""The folders an install made, beside the entry (`applications/`), one a line."""
FILE_MODE = 0o600
FOLDER_MODE = 0o700
SHELL_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make an argument of Exec need quoting (Desktop Entry spec, "The Exec key")."""
ESCAPED_IN_QUOTES = frozenset('"`$\\')

ENTRY_KEYS: tuple[tuple[str, str], ...] = (
    ("Type", "Application"),
    ("Version", "1.4"),
    ("Name", "mesolog"),
    ("Name[el]", "mesolog"),
    ("GenericName", "Treatment Records"),
    ("GenericName[el]", "Αρχείο θεραπειών"),
    ("Comment", "Treatment records for mesotherapy and micro-needling clinics"),
    ("Comment[el]", "Αρχείο θεραπειών για ιατρεία μεσοθεραπείας και μικροβελονισμού"),
    ("Keywords", "mesotherapy;micro-needling;clinic;patients;treatments;sessions;"),
    ("Keywords[el]", "μεσοθεραπεία;μικροβελονισμός;ιατρείο;ασθενείς;θεραπείες;συνεδρίες;"),
    ("Icon", DESKTOP_ID),
    ("Terminal", "false"),
    ("Categories", "Office;MedicalSoftware;"),
    ("StartupNotify", "true"),
    ("StartupWMClass", DESKTOP_ID),
)


def add_desktop_entry_commands(commands: Commands) -> None:
    entry = commands.add_parser(
        COMMAND,
        help=say(
            phrase(
                "cli.desktop_entry",
                "add mesolog to this Linux desktop's menu, for you only "
                "($XDG_DATA_HOME/applications and its icon theme)",
            )
        ),
        description=say(
            phrase(
                "cli.desktop_entry",
                "Adds mesolog's desktop entry and icon to your menu (nothing outside "
                "$XDG_DATA_HOME, ~/.local/share by default); the entry starts this mesolog. "
                "Run it again after moving mesolog.",
            )
        ),
    )
    entry.add_argument(
        "--uninstall",
        action="store_true",
        help=say(phrase("cli.desktop_entry", "remove the entry and icons this command installed")),
    )


def run_desktop_entry(args: argparse.Namespace, out: TextIO) -> int:
    if not sys.platform.startswith("linux"):
        raise KnownError(
            phrase(
                "cli.desktop_entry",
                "{command} adds mesolog to a Linux desktop's menu; this computer runs {system}. "
                "On Windows, mesolog's installer adds the Start-menu entry.",
            ).having(command=COMMAND, system=platform.system() or sys.platform)
        )
    data = data_home()
    if args.uninstall:
        removed = uninstall(data)
        if not removed:
            nothing = phrase(
                "cli.desktop_entry", "no desktop entry of mesolog is installed in {folder}"
            )
            print(say(nothing.having(folder=data)), file=out)
        for path in removed:
            print(say(phrase("cli.desktop_entry", "removed {path}").having(path=path)), file=out)
        return EXIT_OK
    command = running_command()
    written = install(data, command)
    installed = phrase("cli.desktop_entry", "desktop entry installed: {path}")
    print(say(installed.having(path=written[0])), file=out)
    starts = phrase("cli.desktop_entry", "it starts {command}").having(command=" ".join(command))
    print(say(starts), file=out)
    icons = phrase("cli.desktop_entry", "icons: {count} in {folder}").having(
        count=len(written) - 1, folder=data / "icons" / "hicolor"
    )
    print(say(icons), file=out)
    return EXIT_OK


def data_home() -> Path:
    """$XDG_DATA_HOME; ~/.local/share when it is unset, empty or relative (the XDG Base
    Directory specification says to ignore a relative one)."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".local" / "share"


def running_command() -> list[str]:
    """The command that starts this mesolog: a bundle's executable, else the `mesolog`
    script of the environment this Python runs in, else this Python with `-m mesolog`."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sysconfig.get_path("scripts")) / "mesolog"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "mesolog"]


def desktop_entry(command: Sequence[str], *, try_exec: bool = False) -> str:
    """The desktop entry's text, starting `command`; with `try_exec`, the desktop hides
    the entry once the program is gone."""
    keys = list(ENTRY_KEYS)
    position = [key for key, _ in keys].index("Icon")
    keys.insert(position, ("Exec", exec_field(command)))
    if try_exec:
        keys.insert(position, ("TryExec", _string_value(command[0])))
    return "[Desktop Entry]\n" + "".join(f"{key}={value}\n" for key, value in keys)


def exec_field(command: Sequence[str]) -> str:
    """The Exec key's value for these arguments, each quoted where the specification
    asks. Refuses what no desktop can start: a control character, text that is not
    UTF-8, and a '%' in the program's path (GLib looks for the program before it turns
    '%%' back into '%', so GNOME would not start it)."""
    for argument in command:
        if any(ord(character) < 0x20 or ord(character) == 0x7F for character in argument):
            raise KnownError(
                phrase(
                    "cli.desktop_entry",
                    "{argument} has a control character, which a menu cannot run.",
                ).having(argument=repr(argument))
            )
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError as error:
            raise KnownError(
                phrase(
                    "cli.desktop_entry",
                    "{argument} is not UTF-8 text, which a desktop entry must be.",
                ).having(argument=repr(argument))
            ) from error
    if "%" in command[0]:
        raise KnownError(
            phrase(
                "cli.desktop_entry",
                "{program} has a '%' in its path, which GNOME's menu cannot start; move mesolog "
                "to a folder whose path has none, then install the entry again.",
            ).having(program=command[0])
        )
    return " ".join(_string_value(_quoted(argument)) for argument in command)


def _quoted(argument: str) -> str:
    escaped = argument.replace("%", "%%")
    if not argument or any(character in SHELL_RESERVED for character in argument):
        inner = "".join(f"\\{c}" if c in ESCAPED_IN_QUOTES else c for c in escaped)
        return f'"{inner}"'
    return escaped


def _string_value(text: str) -> str:
    """`text` as a value of type string: a backslash is written twice."""
    return text.replace("\\", "\\\\")


def icon_files() -> list[tuple[Path, PurePosixPath]]:
    """Each icon file shipped in resources/icons, with where it goes in the hicolor theme."""
    files = [
        (resource("icons", f"mesolog-{size}.png"), _icon_place(f"{size}x{size}", "png"))
        for size in ICON_SIZES
    ]
    files.append((resource("icons", "mesolog.svg"), _icon_place("scalable", "svg")))
    return files


def _icon_place(folder: str, suffix: str) -> PurePosixPath:
    return PurePosixPath("hicolor", folder, "apps", f"{DESKTOP_ID}.{suffix}")


def entry_path(data: Path) -> Path:
    return data / "applications" / f"{DESKTOP_ID}.desktop"


def manifest_path(data: Path) -> Path:
    return entry_path(data).parent / MANIFEST_NAME


def install(data: Path, command: Sequence[str]) -> list[Path]:
    """Writes the entry (first in the list returned) and the icons under `data`, having
    listed the folders it makes (before any of them, so a failed install is undone too)."""
    made = {folder for folder in _own_folders(data) if not folder.exists()}
    listed = sorted({*made, *_listed_folders(data)})
    text = "".join(f"{folder.relative_to(data).as_posix()}\n" for folder in listed)
    _write(manifest_path(data), text.encode("utf-8"))
    entry = entry_path(data)
    written = [entry]
    for source, place in icon_files():
        target = data / "icons" / place
        _write(target, source.read_bytes())
        written.append(target)
    # The entry last: a menu that shows it finds its icon already there.
    _write(entry, desktop_entry(command, try_exec=True).encode("utf-8"))
    return written


def uninstall(data: Path) -> list[Path]:
    """Removes the entry, the icons and the folders' list `install` writes, then each
    folder the install made, if empty; the files removed."""
    folders = _listed_folders(data)
    icons = data / "icons"
    targets = [entry_path(data), *(icons / place for _, place in icon_files())]
    removed = [path for path in [*targets, manifest_path(data)] if _remove(path)]
    for folder in sorted(folders, key=lambda path: len(path.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty, or not there: left as it is
            folder.rmdir()
    return removed


def _own_folders(data: Path) -> list[Path]:
    """The folders under `data` an install puts files in, and those between (never `data`)."""
    folders = {entry_path(data).parent}
    for _, place in icon_files():
        target = data / "icons" / place
        folders.update(folder for folder in target.parents if data in folder.parents)
    return sorted(folders)


def _listed_folders(data: Path) -> list[Path]:
    """The folders the list says an install made, among those it may make; none when the
    list is missing or unreadable (then every folder stays)."""
    try:
        lines = manifest_path(data).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    own = {folder.relative_to(data).as_posix(): folder for folder in _own_folders(data)}
    return [own[line] for line in lines if line in own]


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _write(target: Path, content: bytes) -> None:
    """`content` in `target`, 0600, whole or not at all."""
    try:
        _make_folders(target.parent)
        handle, scratch = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise _unwritable(target, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), FILE_MODE)
            stream.write(content)
        Path(scratch).replace(target)
    except BaseException as error:
        Path(scratch).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _unwritable(target, error) from error
        raise


def _make_folders(folder: Path) -> None:
    """`folder` and its missing parents, each made 0700 whatever the umask."""
    missing = [folder, *folder.parents]
    for each in reversed([path for path in missing if not path.exists()]):
        with contextlib.suppress(FileExistsError):
            each.mkdir(mode=FOLDER_MODE)
            each.chmod(FOLDER_MODE)


def _unwritable(path: Path, error: OSError) -> KnownError:
    return KnownError(
        phrase(
            "cli.desktop_entry",
            "{path} cannot be written: {reason}. The desktop entry is not installed; run "
            "`mesolog {command} --uninstall` to remove any part written.",
        ).having(path=path, reason=error.strerror or error, command=COMMAND)
    )
