"""A question catalogue file picked to import, read as carefully as an engagement export (a FIFO had hung the
window, a byte-order mark had been refused, nesting and a lone surrogate had raised a traceback)."""

from __future__ import annotations

import os
from pathlib import Path

from workshop.domain.catalogue_format import CatalogueTheme, parse_catalogue_document
from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.export.errors import ImportFormatError
from workshop.export.json_codec import characters, strict_json
from workshop.export.transfer import read_limited


def read_catalogue(source: str | os.PathLike[str]) -> list[CatalogueTheme]:
    """The themes of a catalogue file; any problem is an ImportFormatError naming the file."""
    path = Path(source)
    try:
        raw = read_limited(path)  # a regular file of at most 200 MB (else an ImportFormatError naming it)
    except OSError as exc:
        raise ImportFormatError(msg("{path}: cannot be read ({error})."), path=path,
                                error=exc) from None
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a byte-order mark
    except UnicodeDecodeError:
        raise ImportFormatError(msg("{path}: not a question catalogue (not UTF-8 text)."), path=path) from None
    try:
        themes = parse_catalogue_document(strict_json(text))
    except (ImportFormatError, DomainError) as exc:
        raise ImportFormatError(msg("{path}: {error}"), path=path, error=exc) from None
    for theme in themes:
        for text in (theme.title, *(x for q in theme.questions for x in q)):
            characters(str(path), text)
    return themes
