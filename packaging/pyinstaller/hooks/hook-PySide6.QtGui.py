"""QtGui's Qt files as PyInstaller's own hook collects them, less the plugins mesolog never
loads on a desktop: the framebuffer and EGL platforms (eglfs, linuxfb, vnc, ...), evdev
input, and the GTK 3 theme, which would drag GTK's libraries in (a bundled GLib beside the
desktop's GTK breaks more than it themes). Kept: xcb, wayland and offscreen, the
xdg-desktop-portal theme (file dialogs), the input methods (compose, IBus: Greek typing),
icon engines and image formats. Overrides PyInstaller's hook of the same name
(`hookspath` in mesolog.spec)."""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies  # type: ignore[import-untyped]

UNUSED = {
    "platforms": {
        "libqeglfs",
        "libqlinuxfb",
        "libqminimal",
        "libqminimalegl",
        "libqvkkhrdisplay",
        "libqvnc",
    },
    "platformthemes": {"libqgtk3"},
    "egldeviceintegrations": None,
    "generic": None,
}
"""Plugin folder -> plugin names left out; None leaves the whole folder out."""


def wanted(source: str, destination: str) -> bool:
    folder, name = PurePath(destination).name, PurePath(source).stem
    if PurePath(destination).parent.name != "plugins" or folder not in UNUSED:
        return True
    names = UNUSED[folder]
    return names is not None and name not in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, destination) for source, destination in binaries if wanted(source, destination)
]
