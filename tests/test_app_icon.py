"""The application icon: one SVG, the PNG sizes and .ico/.icns rendered from it, on every window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from workshop.app import build
from workshop.resources import resources_root

ROOT = Path(__file__).resolve().parents[1]


def test_the_window_shows_the_icon(qtbot, example_path):
    """The main window (and so the task bar and Alt+Tab) carries Workshop's icon, drawn at 16 and 256 px."""
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        icon = window.windowIcon()
        assert not icon.isNull()
        for size in (16, 256):
            image = icon.pixmap(size).toImage()
            assert image.width() == size
            centre = image.pixelColor(size // 2, size // 2)
            assert centre.alpha() == 255 and centre != image.pixelColor(0, 0)  # drawn, with rounded corners
    finally:
        controller.close()


def test_make_icons_renders_every_size_from_the_svg(tmp_path):
    """`make icons`: PNGs 16–256 (and 512) of exactly their size, a Windows .ico holding 16–256, a macOS .icns."""
    shutil.copy(resources_root() / "icons" / "workshop.svg", tmp_path)
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / f"workshop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    from PIL import Image

    with Image.open(tmp_path / "workshop.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
    with Image.open(tmp_path / "workshop.icns") as icns:
        assert (512, 512, 1) in icns.info["sizes"]


def test_the_desktop_entry_names_the_icon_and_the_command():
    """packaging/workshop.desktop starts `workshop` with the file and shows the themed icon `workshop`."""
    lines = (ROOT / "packaging" / "workshop.desktop").read_text(encoding="utf-8").splitlines()
    entry = dict(line.split("=", 1) for line in lines if "=" in line)
    assert entry["Exec"] == "workshop %f" and entry["Icon"] == "workshop" and entry["Type"] == "Application"
    assert (resources_root() / "icons" / "workshop.svg").is_file()
