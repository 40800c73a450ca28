"""The round's QR code (segno, pure Python) as an image for the window and the projector."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.ui.widgets.fitted_label import FittedLabel
from workshop.ui.widgets.lines_label import LinesLabel


def qr_image(url: str, scale: int = 8) -> QImage:
    """The URL as a QR code: black on white with the standard quiet zone (4 modules)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=4)
    return QImage.fromData(buffer.getvalue(), "PNG")


class QrLabel(QLabel):
    """A QR code that stays square and sharp at any size (scaled by whole modules' worth of pixels)."""

    def __init__(self, url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = qr_image(url)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        side = max(1, min(self.width(), self.height()))
        self.setPixmap(QPixmap.fromImage(self._image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.FastTransformation))


class QrPanel(QWidget):
    """The QR code with the URL under it in large type: what the projector shows while the room votes."""

    def __init__(self, url: str, caption: str, parent: QWidget | None = None, *, url_points: int = 28,
                 code_max: int = 0, caption_points: int = 0):
        super().__init__(parent)
        self.setObjectName("roomQr")
        layout = QVBoxLayout(self)
        self.code = QrLabel(url, self)
        self.code.setStyleSheet("background: white; padding: 12px;")
        if code_max:
            self.code.setMaximumSize(code_max, code_max)
        layout.addWidget(self.code, 1, Qt.AlignmentFlag.AlignHCenter)
        # Smaller where the screen is narrow, never cut: at 28 pt it had widened a 1024 px projector (and the
        # window, at 12 pt, on a 1366 px screen at 125 %) past the screen, the address's end off it.
        self.url = FittedLabel(url, url_points, self)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url)
        # Two lines at most, cut with "…": an organisation's name without spaces had widened the window and
        # the projector to thousands of pixels, the code and address off both screens.
        self.caption = LinesLabel(2, self, f"font-size: {caption_points or max(11, url_points // 2)}pt;")
        self.caption.setText(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption)
