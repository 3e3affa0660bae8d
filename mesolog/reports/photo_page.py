"""The photo page: pairs of photos of one view side by side, each with its moment, date
and session under it. The images arrive cut to print resolution (services.summary_photos
asks mesolog.imaging for PHOTO_WIDTH × PHOTO_HEIGHT at PRINT_DPI); here they are only
placed, and reportlab embeds a JPEG as it is."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Table, TableStyle

from mesolog.domain.photos import PhotoMoment, PhotoView
from mesolog.domain.texts import phrase
from mesolog.reports.formatting import Formatter
from mesolog.reports.summary_data import PhotoPair, PrintedPhoto, SummaryData
from mesolog.reports.summary_styles import para, plain_commands
from mesolog.reports.summary_tables import Kit

PHOTO_WIDTH = 86 * mm
PHOTO_HEIGHT = 64 * mm
"""The box each photo is fitted into (points): two side by side on A4 or Letter, three
pairs to a page."""
PRINT_DPI = 200
PAIR_GAP = 5 * mm
CAPTION_WIDTH = 72 * mm
"""The narrowest a photo's column is: its caption keeps to one line, so three pairs fit a page."""
VIEW_WORDS = {
    PhotoView.FRONT: phrase("Photos", "Front", "a photo's view"),
    PhotoView.LEFT_45: phrase("Photos", "Left 45°", "a photo's view"),
    PhotoView.RIGHT_45: phrase("Photos", "Right 45°", "a photo's view"),
    PhotoView.LEFT_PROFILE: phrase("Photos", "Left profile", "a photo's view"),
    PhotoView.RIGHT_PROFILE: phrase("Photos", "Right profile", "a photo's view"),
    PhotoView.FREE: phrase("Photos", "Other view", "a photo's view"),
}
MOMENT_WORDS = {
    PhotoMoment.BEFORE: phrase("Photos", "Before", "a photo taken before the session"),
    PhotoMoment.AFTER: phrase("Photos", "After", "a photo taken after the session"),
    PhotoMoment.FOLLOW_UP: phrase("Photos", "Follow-up", "a photo taken at a later visit"),
}


def view_words(photo: PrintedPhoto, fmt: Formatter) -> str:
    """`Front`; a free view by its label; another view's label after it."""
    view = fmt.say(VIEW_WORDS[photo.view])
    if photo.view is PhotoView.FREE:
        return photo.label or view
    return f"{view}: {photo.label}" if photo.label else view


def caption(photo: PrintedPhoto, fmt: Formatter) -> str:
    """`Before · 12 Jan 2026 · course 1, session 3`."""
    parts = [fmt.say(MOMENT_WORDS[photo.moment]), fmt.date(photo.taken_on)]
    if photo.session_number is not None:
        where = phrase("Photos", "session {session}", "where a photo was taken")
        if photo.course_number is not None:
            where = phrase(
                "Photos", "course {course}, session {session}", "where a photo was taken"
            ).having(course=str(photo.course_number))
        parts.append(fmt.say(where.having(session=str(photo.session_number))))
    return " · ".join(parts)


def _image(photo: PrintedPhoto) -> Image:
    """The photo fitted into the box, keeping its proportions."""
    image = Image(io.BytesIO(photo.image))
    scale = min(PHOTO_WIDTH / image.imageWidth, PHOTO_HEIGHT / image.imageHeight)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    return image


def _pair(pair: PhotoPair, kit: Kit) -> Flowable:
    s, fmt = kit.styles, kit.fmt
    photos = [p for p in (pair.first, pair.second) if p is not None]
    images = [_image(p) for p in photos]
    # Each column as wide as its photo (a portrait one is narrow), so the pair sits together.
    widths = [max(image.drawWidth, CAPTION_WIDTH) for image in images]
    table = Table(
        [images, [para(caption(p, fmt), s["Small"]) for p in photos]],
        colWidths=[w + PAIR_GAP for w in widths[:-1]] + widths[-1:],
        rowHeights=[PHOTO_HEIGHT, None],
        style=TableStyle(
            [
                *plain_commands(),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
            ]
        ),
        hAlign="LEFT",
    )
    return KeepTogether([para(view_words(pair.first, fmt), s["Subheading"]), table])


def photo_page(data: SummaryData, kit: Kit) -> list[Flowable]:
    """The photo page, from a new page; nothing when the summary has no photos or the
    patient has no photo consent."""
    consent = data.patient.details.photo_consent_on
    if not data.photo_pairs or consent is None:
        return []
    note = phrase(
        "Photos", "Printed with the patient's consent to clinical photos, given {date}."
    ).having(date=kit.fmt.date(consent))
    return [
        PageBreak(),
        para(
            kit.fmt.say(phrase("Photos", "Photos", "the photo page's heading")),
            kit.styles["Heading"],
        ),
        para(kit.fmt.say(note), kit.styles["Small"]),
        *(_pair(pair, kit) for pair in data.photo_pairs),
    ]
