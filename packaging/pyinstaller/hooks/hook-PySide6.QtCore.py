"""QtCore's Qt files as PyInstaller's own hook collects them, with Qt's translations cut
to `qtbase_*.qm`: the only catalogue mesolog loads (`mesolog.app`); `qt_*.qm` and
`qt_help_*.qm` serve modules the bundle does not hold. Overrides PyInstaller's hook of the
same name (`hookspath` in mesolog.spec)."""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # type: ignore[import-untyped]


def wanted(source: str) -> bool:
    path = PurePath(source)
    return path.suffix != ".qm" or path.name.startswith("qtbase_")


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(source, destination) for source, destination in datas if wanted(source)]
