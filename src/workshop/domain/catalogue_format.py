"""The question catalogue as a JSON document, to carry it from one engagement to the next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.domain.model import Question, Theme
from workshop.domain.validation import blank_before_nul

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


def _text(value, template: str, **values) -> str:
    """Non-empty text, or the DomainError the template (about what is missing) describes."""
    if not isinstance(value, str) or not value.strip() or blank_before_nul(value):  # the file reads to a NUL
        raise DomainError(template, **values)
    return value


def parse_catalogue_document(data) -> list[CatalogueTheme]:
    """The themes of a catalogue file, or a DomainError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise DomainError(msg("Not a question catalogue: the file does not hold a JSON object."))
    if data.get("format") != FORMAT:
        raise DomainError(msg('Not a question catalogue: the file lacks "format": "workshop-catalogue".'))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise DomainError(msg("The catalogue's format version {version!r} is not one this version of Workshop reads."),
                          version=version)
    themes = data.get("themes")
    if not isinstance(themes, list):
        raise DomainError(msg("The catalogue has no list of themes."))
    out = []
    for n, theme in enumerate(themes, start=1):
        if not isinstance(theme, dict):
            raise DomainError(msg("Theme {n} is not an object."), n=n)
        title = _text(theme.get("title"), msg("The title of theme {n} is missing or empty."), n=n)
        questions = theme.get("questions", [])
        if not isinstance(questions, list):
            raise DomainError(msg("Theme “{title}”: its questions are not a list."), title=title)
        parsed = []
        for m, q in enumerate(questions, start=1):
            if not isinstance(q, dict):
                raise DomainError(msg("Theme “{title}”, question {m} is not an object."), title=title, m=m)
            hint = q.get("hint", "")
            if not isinstance(hint, str):
                raise DomainError(msg("Theme “{title}”, question {m}: the hint is not text."), title=title, m=m)
            text = _text(q.get("text"), msg("Theme “{title}”, question {m}: the text is missing or empty."),
                         title=title, m=m)
            parsed.append((text, hint))
        out.append(CatalogueTheme(title, tuple(parsed)))
    return out
