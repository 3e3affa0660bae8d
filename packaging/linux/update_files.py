"""Writes this folder's desktop integration files from mesolog's own:

- mesolog.desktop: the desktop entry `mesolog install-desktop-entry` writes, starting
  `mesolog` from the PATH (for a system-wide install or a package);
- icons/hicolor/<N>x<N>/apps/mesolog.png and icons/hicolor/scalable/apps/mesolog.svg:
  resources/icons (tools/render_icons.py renders the PNGs) laid out as the freedesktop
  hicolor theme, to copy into a `share/icons/` folder.

    .venv/bin/python packaging/linux/update_files.py

Run it after changing the entry (mesolog/cli/desktop_entry.py) or the icons, and commit
what it writes; tests/test_packaging_files.py fails while these files differ from it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from mesolog.cli.desktop_entry import DESKTOP_ID, desktop_entry, icon_files

HERE = Path(__file__).resolve().parent


def main() -> int:
    entry = HERE / f"{DESKTOP_ID}.desktop"
    entry.write_text(desktop_entry(["mesolog"]), encoding="utf-8")
    print(entry)
    for source, place in icon_files():
        target = HERE / "icons" / place
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
