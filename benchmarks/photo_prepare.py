"""Times preparing a 12-megapixel phone JPEG for keeping (mesolog.imaging.prepare_photo):
orientation, metadata strip, thumbnail and digest; and the print copy a PDF embeds.

    .venv/bin/python benchmarks/photo_prepare.py [--runs N]

A 4000 × 3000 photo-like JPEG (gradients, blotches and grain, quality 90, 4:2:0, about
4-5 MB) with GPS, maker, serial number, XMP and an sRGB profile, once stored lying on its
side with EXIF orientation 6 (encoded again) and once upright (stripped losslessly).
Prints the median and 90th percentile of the whole call and of each step, by the wall
clock. Beside the upright case, what the lossless strip avoids: decoding, encoding at
quality 92 and the thumbnail from full size, with the size and the loss (PSNR) it brings.
Target (issue 12): orientation, strip, thumbnail and store ≤ 400 ms on 2 cores; storing
is the services' part and is not timed here.
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.imaging

from mesolog.imaging.photos import PreparedPhoto, prepare_photo
from mesolog.imaging.scaling import print_copy, thumbnail
from tests.imaging.photo_files import XMP, camera_exif, srgb_profile, stored_turned

WIDTH, HEIGHT = 4000, 3000
PRINT_BOX_PT = (255.0, 191.0)
"""One photo of a before/after pair on an A4 page."""


def _photo_pixels() -> Image.Image:
    """Smooth gradients, large soft blotches and fine grain: compresses like a photo."""
    across = Image.linear_gradient("L").rotate(90).resize((WIDTH, HEIGHT))
    down = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    blotches = Image.effect_noise((WIDTH // 40, HEIGHT // 40), 70).resize(
        (WIDTH, HEIGHT), Image.Resampling.BICUBIC
    )
    grain = Image.effect_noise((WIDTH, HEIGHT), 10)
    red = ImageChops.add(ImageChops.multiply(across, blotches), grain, scale=1.0)
    green = ImageChops.add(down, grain, scale=1.4)
    blue = ImageChops.blend(blotches, grain, 0.4)
    return Image.merge("RGB", (red, green, blue))


def _phone_jpeg(pixels: Image.Image, orientation: int) -> bytes:
    out = io.BytesIO()
    stored_turned(pixels, orientation).save(
        out,
        "JPEG",
        quality=90,
        subsampling=2,
        exif=camera_exif(orientation).tobytes(),
        icc_profile=srgb_profile(),
        xmp=XMP,
    )
    return out.getvalue()


def _ms(seconds: list[float]) -> str:
    median = statistics.median(seconds) * 1000
    p90 = statistics.quantiles(seconds, n=10)[8] * 1000 if len(seconds) > 1 else median
    return f"{median:7.1f} {p90:7.1f}"


Runs = tuple[PreparedPhoto, list[float], list[float], dict[str, list[float]]]


def _prepare_runs(data: bytes, runs: int) -> Runs:
    """The photo; the wall-clock and CPU seconds of each call; the seconds of each step."""
    totals: list[float] = []
    cpu: list[float] = []
    steps: dict[str, list[float]] = {}
    photo = prepare_photo(data, file_label="warm-up.jpg")
    for _ in range(runs):
        timings: dict[str, float] = {}
        began, began_cpu = time.perf_counter(), time.process_time()
        photo = prepare_photo(data, file_label="IMG_0042.jpg", timings=timings)
        totals.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
        for step, seconds in timings.items():
            steps.setdefault(step, []).append(seconds)
    return photo, totals, cpu, steps


def _timed(step: Callable[[], object], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        seconds.append(time.perf_counter() - began)
    return seconds


def _psnr(a: Image.Image, b: Image.Image) -> float:
    rms = ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).rms
    mse = sum(value**2 for value in rms) / len(rms)
    return math.inf if mse == 0 else 10 * math.log10(255**2 / mse)


def _encoded_again(data: bytes) -> tuple[bytes, Image.Image]:
    """What the lossless strip avoids: a full decode, quality 92, a thumbnail at full size."""
    source = Image.open(io.BytesIO(data))
    source.load()
    out = io.BytesIO()
    source.save(out, "JPEG", quality=92, subsampling=2)
    thumbnail(source, None)
    return out.getvalue(), source


def _print_copy(image: bytes) -> bytes:
    return print_copy(image, width_pt=PRINT_BOX_PT[0], height_pt=PRINT_BOX_PT[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    pixels = _photo_pixels()
    print(f"{WIDTH} × {HEIGHT} JPEG, {args.runs} runs; milliseconds, median and p90")
    print(f"{'':34}{'median':>7} {'p90':>7}")
    for orientation in (6, 1):
        original = _phone_jpeg(pixels, orientation)
        photo, totals, cpu, steps = _prepare_runs(original, args.runs)
        how = "encoded again, q92" if photo.recompressed else "stripped losslessly"
        print(
            f"orientation {orientation} ({len(original) / 1e6:.1f} MB → "
            f"{photo.size_bytes / 1e6:.1f} MB, {how})"
        )
        print(f"  {'prepare_photo, whole':32}{_ms(totals)}")
        print(f"  {'prepare_photo, CPU time':32}{_ms(cpu)}")
        for step, seconds in steps.items():
            print(f"    {step:30}{_ms(seconds)}")
        if orientation == 1:
            again, decoded = _encoded_again(original)
            loss = _psnr(Image.open(io.BytesIO(again)), decoded)
            stripped_loss = _psnr(Image.open(io.BytesIO(photo.image)), decoded)
            print(
                f"  {'instead: decode+q92+thumbnail':32}"
                f"{_ms(_timed(partial(_encoded_again, original), args.runs))}"
                f"   {len(again) / 1e6:.1f} MB, PSNR {loss:.1f} dB"
                f" (stripped: {stripped_loss:.0f} dB)"
            )
        printed = _print_copy(photo.image)
        copy_times = _timed(partial(_print_copy, photo.image), args.runs)
        size = Image.open(io.BytesIO(printed)).size
        print(
            f"  {'print_copy 255 × 191 pt, 200 dpi':32}{_ms(copy_times)}"
            f"   {size[0]} × {size[1]} px, {len(printed) / 1e3:.0f} kB"
        )


if __name__ == "__main__":
    main()
