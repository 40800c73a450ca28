"""Reading exported PDFs in tests: text, fonts, links and images, with pypdf (and poppler/qpdf when present)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def _resolve(obj):
    return obj.get_object() if hasattr(obj, "get_object") else obj


def reader(pdf: bytes | Path) -> PdfReader:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return PdfReader(io.BytesIO(data))


def words(text: str) -> str:
    """Text with every run of whitespace made one space (line wrapping differs from typing)."""
    return " ".join(text.split())


def text_of(pdf: bytes | Path) -> str:
    """All pages' text, whitespace-normalised."""
    return words(" ".join(page.extract_text() for page in reader(pdf).pages))


def fonts_of(pdf: bytes | Path) -> dict[str, bool]:
    """Every font the pages use: base name -> whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = _resolve(page.get("/Resources") or {})
        fonts = _resolve(resources.get("/Font") or {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def annotations_of(pdf: bytes | Path) -> list:
    """Every annotation (links are annotations) on every page."""
    return [a.get_object() for page in reader(pdf).pages for a in (page.get("/Annots") or [])]


def images_of(pdf: bytes | Path) -> int:
    """How many image XObjects the pages use (charts must be vectors: none)."""
    count = 0
    for page in reader(pdf).pages:
        resources = _resolve(page.get("/Resources") or {})
        xobjects = _resolve(resources.get("/XObject") or {})
        count += sum(1 for x in xobjects.values() if _resolve(x).get("/Subtype") == "/Image")
    return count


def page_count(pdf: bytes | Path) -> int:
    return len(reader(pdf).pages)


def poppler_checks(path: Path) -> str:
    """pdffonts lists only embedded fonts; returns pdftotext's text (skips without poppler-utils)."""
    if not all(shutil.which(t) for t in ("pdffonts", "pdftotext")):
        pytest.skip("poppler-utils (pdffonts, pdftotext) not installed here")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column
    return words(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                check=True).stdout)


def qpdf_check(path: Path) -> None:
    """qpdf --check passes (skips without qpdf: call it after every other check of the test, so they run)."""
    if not shutil.which("qpdf"):
        pytest.skip("qpdf not installed here (the checks before it ran)")
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
