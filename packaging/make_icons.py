"""Render the application icon's sizes from resources/icons/workshop.svg (`make icons`).

PNG 16–512 px with Qt's QSvgRenderer (each size drawn from the SVG, not scaled from another PNG),
and from those a Windows .ico and a macOS .icns (Pillow). They are build output, like the .qm files:
the window falls back to the SVG itself when they are absent.
Usage: python make_icons.py [FOLDER]   (default: resources/icons of this checkout)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # 512: the .icns (Retina); the window and desktop use 16–256


def render(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter on images needs it for fonts)
    renderer = QSvgRenderer(str(folder / "workshop.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{folder / 'workshop.svg'}: not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"workshop-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not be written")
        written.append(path)
    from PIL import Image

    images = [Image.open(p) for p in written]
    largest = images[-1]
    ico = [im for im in images if im.width <= 256]
    ico[-1].save(folder / "workshop.ico", sizes=[im.size for im in ico], append_images=ico[:-1])
    largest.save(folder / "workshop.icns")
    return [*written, folder / "workshop.ico", folder / "workshop.icns"]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "resources" / "icons"
    for path in render(target):
        print(path)
