"""Times the window's photo work on 12-megapixel photos: opening compare on two of them, and
adding one through the photo service.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/photo_compare.py [--runs N]

The photos are generated (never pictures of people): a face-like chart of 3000 × 4000
pixels with grain, so it compresses like a photo (JPEG quality 90, about 3-4 MB), in a
clinic on a fresh SQLite file in a temporary folder.

- compare: from the request to both sides painted: the dialog built (the two full images
  read from the database and decoded; thumbnails for the choosers), shown, and each side
  painted once. Target (issue 12) ≤ 500 ms.
- the Photos tab of a patient with 200 photos in 20 sessions: built, its thumbnails read
  from the database and decoded, and painted, from scratch. Target ≤ 300 ms (the issue's
  figure for a history's thumbnails).
- add: `clinic.photos.add` of a phone JPEG stored on its side (EXIF orientation 6, GPS),
  which must be turned and encoded again, and of an upright one (stripped losslessly):
  orientation, metadata strip, thumbnail, digest and the write. Target ≤ 400 ms.

Prints the median and the 90th percentile of each, by the wall clock, and the parts of
compare (read, decode) for the first pair.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.ui.photos

from PIL import Image, ImageChops
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from mesolog.domain.enums import Area
from mesolog.domain.ids import PatientId
from mesolog.domain.photos import Photo, PhotoInput, PhotoMoment, PhotoView
from mesolog.domain.records import NeedleTechnique, PatientInput, SessionInput, TreatmentLine
from mesolog.services.clinic import Clinic
from mesolog.ui.common.operations import ChangeBus
from mesolog.ui.photos.compare_dialog import compare_dialog_for
from mesolog.ui.photos.photo_places import session_places
from mesolog.ui.photos.photos_pane import PhotosPane
from tests.ui.photos.photo_images import GPS_IFD, ORIENTATION, face_chart

WIDTH, HEIGHT = 3000, 4000
ATHENS = dt.timezone(dt.timedelta(hours=2))
THUMBNAIL_PHOTOS = 200


def _photo(redness: int, shade: int, *, turned: bool) -> bytes:
    """A 12 MP chart with grain; `turned`: stored on its side with orientation 6 and GPS."""
    chart = face_chart(WIDTH, HEIGHT, redness=redness, tint=(shade, 0, 0))
    grain = Image.effect_noise((WIDTH, HEIGHT), 12).convert("RGB")
    pixels = ImageChops.add(chart, grain, scale=1.0, offset=-6)
    exif = Image.Exif()
    if turned:
        pixels = pixels.transpose(Image.Transpose.ROTATE_90)
        exif[ORIENTATION] = 6
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (37.0, 58.0, 30.0), 3: "E", 4: (23.0, 43.0, 5.0)})
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def _ms(seconds: list[float]) -> str:
    median = statistics.median(seconds) * 1000
    p90 = statistics.quantiles(seconds, n=10)[8] * 1000 if len(seconds) > 1 else median
    return f"median {median:6.0f} ms   p90 {p90:6.0f} ms   ({len(seconds)} runs)"


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _clinic(folder: str) -> tuple[Clinic, PatientInput]:
    clinic = Clinic.open(str(Path(folder) / "bench.sqlite"), actor="benchmark")
    details = PatientInput(
        "Benchmark", "Photo", dt.date(1980, 1, 1), photo_consent_on=clinic.context.today()
    )
    return clinic, details


def _compare_runs(clinic: Clinic, patient_id: PatientId, runs: int) -> list[float]:
    history = clinic.history.patient_history(patient_id)
    photos = clinic.photos.of_patient(history.patient.id)
    places = session_places(history.sessions)
    later = photos[-1]
    took = []
    for _ in range(runs):

        def open_compare() -> None:
            dialog = compare_dialog_for(clinic, photos, places, later)
            assert dialog is not None
            dialog.show()
            dialog.left_view.repaint()
            dialog.right_view.repaint()
            dialog.close()
            dialog.deleteLater()

        took.append(_timed(open_compare))
        QApplication.processEvents()
    first = photos[0]
    read = _timed(lambda: clinic.photos.image(first.id))
    data = clinic.photos.image(first.id)
    decode = _timed(lambda: QImage.fromData(data))
    print(f"  one side: read from the database {read * 1000:.0f} ms, decode {decode * 1000:.0f} ms")
    return took


def _show(pane: PhotosPane) -> None:
    pane.show()
    pane.repaint()


def _pane_runs(clinic: Clinic, runs: int) -> list[float]:
    """A patient with THUMBNAIL_PHOTOS photos in 20 sessions: the Photos tab built and
    painted from scratch (thumbnails read and decoded, never a full image)."""
    details = PatientInput(
        "Many", "Photos", dt.date(1980, 1, 1), photo_consent_on=dt.date(2020, 1, 1)
    )
    patient = clinic.patients.create(details)
    line = TreatmentLine(Area.CHEEKS, NeedleTechnique(1.5))
    sessions = []
    for number in range(20):
        day = clinic.context.today() - dt.timedelta(days=14 * (20 - number))
        moment = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ATHENS)
        entry = SessionInput(moment, "Dr Benchmark", (line,))
        sessions.append(clinic.sessions.create_draft(patient.id, entry))
    for number in range(THUMBNAIL_PHOTOS):
        image = face_chart(600, 800, redness=number % 120)
        for bit in range(8):  # each photo its own: its number in black and white squares
            shade = 255 if number >> bit & 1 else 0
            image.paste((shade, shade, shade), (bit * 24, 0, bit * 24 + 24, 24))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        view = list(PhotoView)[number % 5]
        photo_input = PhotoInput(view, PhotoMoment.BEFORE, sessions[number % 20].id)
        clinic.photos.add(patient.id, photo_input, out.getvalue(), file_label="t.jpg")
    history = clinic.history.patient_history(patient.id)
    took = []
    for _ in range(runs):
        pane = PhotosPane(clinic, ChangeBus())
        pane.resize(900, 700)
        pane.set_history(history)
        took.append(_timed(partial(_show, pane)))
        pane.close()
        pane.deleteLater()
        QApplication.processEvents()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        clinic, details = _clinic(folder)
        with clinic:
            patient = clinic.patients.create(details)
            line = TreatmentLine(Area.CHEEKS, NeedleTechnique(1.5))
            sessions = []
            for day in (clinic.context.today() - dt.timedelta(days=28), clinic.context.today()):
                moment = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ATHENS)
                entry = SessionInput(moment, "Dr Benchmark", (line,))
                sessions.append(clinic.sessions.create_draft(patient.id, entry))
            print(f"Photos: {WIDTH} x {HEIGHT} ({WIDTH * HEIGHT / 1e6:.0f} MP) JPEG q90 with grain")
            turned: list[float] = []
            upright: list[float] = []
            added: list[Photo] = []
            for run in range(runs):
                for kind, times in ((True, turned), (False, upright)):
                    data = _photo(120 - run * 10, run * 7 + (3 if kind else 0), turned=kind)
                    session = sessions[0] if run == 0 else sessions[1]
                    photo_input = PhotoInput(PhotoView.FRONT, PhotoMoment.BEFORE, session.id)

                    def add(data: bytes = data, photo_input: PhotoInput = photo_input) -> None:
                        added.append(
                            clinic.photos.add(patient.id, photo_input, data, file_label="b.jpg")
                        )

                    times.append(_timed(add))
            size = len(_photo(60, 1, turned=True)) / 1e6
            print(f"add, orientation 6 + GPS (~{size:.1f} MB): {_ms(turned)}   target 400 ms")
            print(f"add, upright:                  {_ms(upright)}   target 400 ms")
            took = _compare_runs(clinic, patient.id, runs)
            print(f"compare, two 12 MP photos open and painted: {_ms(took)}   target 500 ms")
            shown = _pane_runs(clinic, runs)
            words = f"Photos tab, {THUMBNAIL_PHOTOS} thumbnails read and painted"
            print(f"{words}: {_ms(shown)}   target 300 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
