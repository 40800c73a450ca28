"""Translation of user-visible strings.

`tr("text")` is the one call every module uses. Qt's lupdate files calls to a
bare `tr()` under the empty context, so that is the context looked up here;
declarative strings (actions, menus, views) keep their own contexts through
QT_TRANSLATE_NOOP.

A translated template fills in what someone typed as text that stays in its
place: a value holding a right-to-left override (U+202E) or another bidi
control is wrapped in Unicode isolates (`isolate`), so it cannot reverse the
interface's own words after it ("Changes since abc‮def (2024-06-18):" showed
the date backwards).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Characters that set the direction of the text after them: marks, embeddings, overrides and isolates.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ISOLATES = re.compile("[\u2066-\u2069]")
FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> object:
    """A typed text whose bidi controls act only inside it (first-strong isolates around it); any other
    value as it is. A text with isolates of its own gets enough of ours that its stray closing ones
    cannot end ours early, nor its unclosed ones outlast it (unmatched closers are ignored by Unicode)."""
    if not isinstance(value, str) or not _BIDI.search(value):
        return value
    k = 1 + len(_ISOLATES.findall(value))
    return FSI * k + value + PDI * (2 * k)


class _Template(str):
    """A translated text; `format` fills in values isolated (see `isolate`)."""

    __slots__ = ()

    def format(self, *args, **kwargs) -> str:  # noqa: A003 (str's name)
        return str.format(self, *(isolate(a) for a in args), **{k: isolate(v) for k, v in kwargs.items()})


def tr(text: str) -> str:
    """The text in the interface language (the text itself when no translation exists)."""
    return _Template(QCoreApplication.translate("", text))


def describe(error: BaseException) -> str:
    """An error's message for the user, in the interface language when the error carries a template."""
    translated = getattr(error, "translated", None)
    return translated(tr) if callable(translated) else str(error)
