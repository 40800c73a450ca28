"""The question catalogue as a JSON document, to carry it from one engagement to the next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop.domain.errors import DomainError
from workshop.domain.model import Question, Theme

FORMAT = "workshop-catalogue"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class CatalogueTheme:
    """A theme as read from a catalogue file: its title and (text, hint) questions."""

    title: str
    questions: tuple[tuple[str, str], ...]


def catalogue_document(themes: Iterable[Theme], questions: Iterable[Question]) -> dict:
    """The catalogue as a JSON-ready dict, hints included (the file is the facilitator's)."""
    questions = list(questions)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "themes": [
            {
                "title": t.title,
                "questions": [{"text": q.text, "hint": q.hint} for q in questions if q.theme_uid == t.uid],
            }
            for t in themes
        ],
    }


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DomainError(f"{what} is missing or empty.")
    return value


def parse_catalogue_document(data) -> list[CatalogueTheme]:
    """The themes of a catalogue file, or a DomainError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise DomainError("Not a question catalogue: the file does not hold a JSON object.")
    if data.get("format") != FORMAT:
        raise DomainError("Not a question catalogue: the file lacks \"format\": \"workshop-catalogue\".")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise DomainError(f"The catalogue's format version {version!r} is not one this version of Workshop reads.")
    themes = data.get("themes")
    if not isinstance(themes, list):
        raise DomainError("The catalogue has no list of themes.")
    out = []
    for n, theme in enumerate(themes, start=1):
        if not isinstance(theme, dict):
            raise DomainError(f"Theme {n} is not an object.")
        title = _text(theme.get("title"), f"The title of theme {n}")
        questions = theme.get("questions", [])
        if not isinstance(questions, list):
            raise DomainError(f"Theme “{title}”: its questions are not a list.")
        parsed = []
        for m, q in enumerate(questions, start=1):
            if not isinstance(q, dict):
                raise DomainError(f"Theme “{title}”, question {m} is not an object.")
            hint = q.get("hint", "")
            if not isinstance(hint, str):
                raise DomainError(f"Theme “{title}”, question {m}: the hint is not text.")
            parsed.append((_text(q.get("text"), f"Theme “{title}”, question {m}: the text"), hint))
        out.append(CatalogueTheme(title, tuple(parsed)))
    return out
