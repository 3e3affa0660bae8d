"""The import folder: a folder of this workstation (its setting, in QSettings) where a
tablet or a camera drops photo files; new ones are offered in the photos pane.

A file is offered once it is complete: its size and time unchanged between two looks at
least `settle_s` apart (a file still being copied grows). Hidden files and the partial
files of copying tools are never offered. The folder is looked at when it changes
(QFileSystemWatcher) and every `poll_ms` besides (a network folder may not say it
changed). A file added to the record is moved into the folder's "imported" subfolder,
never deleted, so it is not offered again; mesolog makes that subfolder 0700.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QSettings, QTimer, Signal

from mesolog.ui.photos.photo_files import looks_like_photo

SETTING = "photos/import_folder"
IMPORTED = "imported"
POLL_MS = 2_000
SETTLE_S = 1.0
CHANGE_DELAY_MS = 250
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", ".filepart")


def import_folder() -> Path | None:
    """This workstation's import folder, if one was chosen."""
    value = QSettings().value(SETTING, "")
    return Path(value) if isinstance(value, str) and value else None


def set_import_folder(folder: Path | None) -> None:
    settings = QSettings()
    if folder is None:
        settings.remove(SETTING)
    else:
        settings.setValue(SETTING, str(folder))


def _partial(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "~")) or name.endswith("~") or name.endswith(PARTIAL_SUFFIXES)


def imported_folder(folder: Path) -> Path:
    """The folder's "imported" subfolder, private (0700) whoever made it. A symbolic link
    there is refused: the photos, GPS and all, would go wherever it points."""
    target = folder / IMPORTED
    if target.is_symlink():
        words = QCoreApplication.translate(
            "FolderWatch", "%1 is a symbolic link; photos are not moved through one"
        )
        raise OSError(words.replace("%1", target.name))
    if not target.is_dir():
        target.mkdir(mode=0o700)
    target.chmod(0o700)  # whatever the umask, or a folder made by someone else
    return target


def move_to_imported(path: Path) -> Path:
    """Moves `path` into its folder's "imported" subfolder, under a name no file there has,
    readable by its owner only (the original keeps the metadata mesolog strips); returns
    where it went."""
    target_folder = imported_folder(path.parent)
    target = target_folder / path.name
    number = 2
    while target.exists():
        target = target_folder / f"{path.stem} ({number}){path.suffix}"
        number += 1
    path.rename(target)
    target.chmod(0o600)
    return target


@dataclass(frozen=True, slots=True)
class _Look:
    size: int
    modified_ns: int
    at: float


class FolderWatch(QObject):
    """Watches one folder; `offered` when the complete photo files in it change."""

    offered = Signal()
    problem_changed = Signal(str)
    """Why the folder cannot be read now ("" once it can)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        settle_s: float = SETTLE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._settle_s = settle_s
        self._clock = clock
        self._folder: Path | None = None
        self._looks: dict[Path, _Look] = {}
        self._ready: list[Path] = []
        self.problem = ""
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.scan)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._soon.start())
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.scan)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def watch(self, folder: Path | None) -> None:
        """Watches `folder` from now on (None: none)."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._folder = folder
        self._looks = {}
        self._set_ready([])
        if folder is None:
            self._poll.stop()
            self._set_problem("")
            return
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._poll.start()
        self.scan()

    def ready(self) -> list[Path]:
        """The complete photo files in the folder, by name."""
        return list(self._ready)

    def scan(self) -> None:
        """Looks at the folder once: a file whose size and time are as at the last look, at
        least `settle_s` before, is complete."""
        folder = self._folder
        if folder is None:
            return
        try:
            entries = [entry for entry in os.scandir(folder) if entry.is_file()]
        except OSError as error:
            self._set_problem(error.strerror or str(error))
            self._set_ready([])
            return
        if not self._watcher.directories():
            self._watcher.addPath(str(folder))
        self._set_problem("")
        now = self._clock()
        looks: dict[Path, _Look] = {}
        ready = []
        for entry in entries:
            path = Path(entry.path)
            if _partial(path) or not looks_like_photo(path):
                continue
            try:
                stat = entry.stat()
            except OSError:
                continue
            before = self._looks.get(path)
            same = before is not None and (before.size, before.modified_ns) == (
                stat.st_size,
                stat.st_mtime_ns,
            )
            if same and before is not None and now - before.at >= self._settle_s:
                looks[path] = before
                if stat.st_size > 0:
                    ready.append(path)
            else:
                looks[path] = (
                    before
                    if same and before is not None
                    else _Look(stat.st_size, stat.st_mtime_ns, now)
                )
        self._looks = looks
        self._set_ready(sorted(ready, key=lambda p: p.name))

    def take(self, path: Path) -> Path | None:
        """Moves an added file into "imported" and offers it no more; None when it is
        gone already (another workstation took it)."""
        try:
            moved: Path | None = move_to_imported(path)
        except FileNotFoundError:
            moved = None
        except OSError as error:
            self._set_problem(error.strerror or str(error))
            return None
        self._looks.pop(path, None)
        self._set_ready([p for p in self._ready if p != path])
        return moved

    def _set_ready(self, ready: list[Path]) -> None:
        if ready != self._ready:
            self._ready = ready
            self.offered.emit()

    def _set_problem(self, problem: str) -> None:
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit(problem)
