"""Writes mesolog.ico, the icon Windows shows for the installer, from the PNGs
tools/render_icons.py renders: each size in it is that size's own rendering, not a
scaled copy of one.

    python packaging/windows/make_icon.py build/mesolog.ico
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
"""ICO holds at most 256 pixels a side."""


def write_icon(target: Path) -> None:
    images = [Image.open(ICONS / f"mesolog-{size}.png").convert("RGBA") for size in SIZES]
    largest = images[-1]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )


def main(arguments: list[str]) -> int:
    if len(arguments) != 1:
        print("usage: python packaging/windows/make_icon.py OUTPUT.ico", file=sys.stderr)
        return 2
    write_icon(Path(arguments[0]))
    print(arguments[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
