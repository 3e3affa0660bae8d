"""The clinic's logo in the settings: a preview, Choose Image… and Remove, what is allowed,
and why a file was refused (its size or kind, beside the buttons). The logo is written with
the other settings on Save; Cancel leaves the one on file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesolog.domain.errors import KnownError
from mesolog.domain.logo import ClinicLogo, LogoProblem, LogoRefusedError
from mesolog.services.clinic import Clinic
from mesolog.services.clinic_logo import LogoService, checked_logo_file
from mesolog.ui.common.forms import error_label, named
from mesolog.ui.common.operations import ChangeBus, run_change

PREVIEW_SIZE = (180, 60)


def _data_size(size: int) -> str:
    """`7.2 kB`, `2.4 MB` in the locale's notation, never broken across lines."""
    text = QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    return text.replace(" ", "\u00a0")


class LogoGroup(QGroupBox):
    """The logo that heads both kinds of summary: a narrow column beside the clinic's
    details, as on the summary's letterhead."""

    def __init__(self, parent: QWidget, clinic: Clinic) -> None:
        super().__init__(parent)
        self.setObjectName("logo")
        self.setTitle(self.tr("Logo on the treatment summaries"))
        self._logos = LogoService(clinic.context)
        self.on_file = self._logos.logo()
        self.chosen: ClinicLogo | None = self.on_file
        self.preview = QLabel(self)
        self.preview.setObjectName("logo_preview")
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.described = QLabel(self)
        self.described.setObjectName("logo_description")
        self.described.setWordWrap(True)
        self.choose_button = named(
            QPushButton(self.tr("Choose &image…"), self), "choose_logo", self.tr("Choose logo")
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = named(
            QPushButton(self.tr("Re&move"), self), "remove_logo", self.tr("Remove logo")
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        self.hint = QLabel(
            self.tr("PNG or JPEG, at most 1 MB and 4,000 pixels a side."),
            self,
        )
        self.hint.setObjectName("logo_hint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)
        self.error = error_label("logo_error", self)
        self.setMinimumWidth(PREVIEW_SIZE[0] + 40)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.described)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        column.addWidget(self.error)
        column.addStretch(1)
        self._show()

    @property
    def changed(self) -> bool:
        return self.chosen != self.on_file

    def _show(self) -> None:
        logo = self.chosen
        self.remove_button.setEnabled(logo is not None)
        if logo is None:
            self.preview.clear()
            self.preview.setText(self.tr("No logo"))
            self.described.setText(self.tr("The summaries are headed by the clinic's name only."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo.image)
        width, height = PREVIEW_SIZE
        self.preview.setPixmap(
            pixmap.scaled(
                width - 8,
                height - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        size = _data_size(len(logo.image))
        text = self.tr("%1\n%2 × %3 pixels, %4")
        for marker, value in (
            ("%1", logo.file_name or self.tr("logo")),
            ("%2", str(logo.width_px)),
            ("%3", str(logo.height_px)),
            ("%4", size),
        ):
            text = text.replace(marker, value)
        self.described.setText(text)

    def choose(self) -> None:
        """Asks for the image; a file that cannot be the logo is refused here, saying why."""
        path, _ = QFileDialog.getOpenFileName(
            self.window(),
            self.tr("Logo for the treatment summaries"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.take(Path(path))

    def take(self, path: Path) -> None:
        """Shows `path` as the logo to save, or why it cannot be (in place of the hint)."""
        try:
            self.chosen = checked_logo_file(path)
        except LogoRefusedError as refused:
            self._refuse(self.refusal_text(refused))
            return
        except KnownError as error:
            self._refuse(str(error))
            return
        self._refuse("")
        self._show()

    def remove(self) -> None:
        self._refuse("")
        self.chosen = None
        self._show()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.hint.setVisible(not text)

    def refusal_text(self, refused: LogoRefusedError) -> str:
        size = _data_size(refused.size_bytes)
        kinds = {
            "image/png": self.tr("a PNG image"),
            "image/jpeg": self.tr("a JPEG image"),
            "a GIF image": self.tr("a GIF image"),
            "a BMP image": self.tr("a BMP image"),
            "a TIFF image": self.tr("a TIFF image"),
            "a WebP image": self.tr("a WebP image"),
            "a HEIC or AVIF image": self.tr("a HEIC or AVIF image"),
            "an SVG drawing": self.tr("an SVG drawing"),
            "a PDF document": self.tr("a PDF document"),
            "a ZIP archive or an office document": self.tr("a ZIP archive or an office document"),
            "an empty file": self.tr("an empty file"),
        }
        kind = kinds.get(refused.kind, self.tr("not an image"))
        if refused.problem is LogoProblem.TOO_LARGE:
            text = self.tr("“%1” is %2; the logo may be at most 1 MB.")
        elif refused.problem is LogoProblem.NOT_PNG_OR_JPEG and refused.kind == "an SVG drawing":
            text = self.tr("“%1” (%2) is %3; the logo must be PNG or JPEG: save it as PNG.")
        elif refused.problem is LogoProblem.NOT_PNG_OR_JPEG:
            text = self.tr("“%1” (%2) is %3; the logo must be a PNG or JPEG image.")
        elif refused.problem is LogoProblem.UNREADABLE:
            text = self.tr("“%1” (%2) is %3 that cannot be read: it may be damaged.")
        else:
            text = self.tr("“%1” is %4 × %5 pixels; the logo may be at most 4,000 a side.")
        for marker, value in (
            ("%1", refused.file_name),
            ("%2", size),
            ("%3", kind),
            ("%4", str(refused.width_px)),
            ("%5", str(refused.height_px)),
        ):
            text = text.replace(marker, value)
        return text

    def save(self, bus: ChangeBus) -> bool:
        """Writes the logo chosen (or its removal), if it changed; whether all went well."""
        if not self.changed:
            return True
        chosen = self.chosen

        def change() -> bool:
            self._logos.set_logo(chosen)
            return True

        done = run_change(self, bus, change, title=self.tr("Save the logo"))
        if done:
            self.on_file = chosen
        return bool(done)
