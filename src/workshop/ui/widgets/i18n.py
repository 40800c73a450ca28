"""Translation of user-visible strings.

`tr("text")` is the one call every module uses. Qt's lupdate files calls to a
bare `tr()` under the empty context, so that is the context looked up here;
declarative strings (actions, menus, views) keep their own contexts through
QT_TRANSLATE_NOOP.

A translated template fills in what someone typed as text that stays in its
place: a value holding a right-to-left override (U+202E), another bidi
control or right-to-left letters is wrapped in Unicode isolates (`isolate`),
so it cannot reorder the interface's own words around it (workshop.domain.bidi).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from workshop.domain.bidi import isolate, joined
from workshop.domain.causes import cause
from workshop.domain.messages import Term, counted, words

__all__ = ["Template", "counted", "describe", "interface_language", "isolate", "joined", "key_text", "tr"]


class Template(str):
    """A translated text; `format` fills in values isolated (see `isolate`). The projector's texts are
    Templates too (ProjectorLanguage); a PDF's are plain: reportlab would draw the isolates as boxes."""

    __slots__ = ()

    def format(self, *args, **kwargs) -> str:  # noqa: A003 (str's name)
        return str.format(self, *(isolate(a) for a in args), **{k: isolate(v) for k, v in kwargs.items()})


def tr(text: str) -> str:
    """The text in the interface language (the text itself when no translation exists)."""
    return Template(QCoreApplication.translate("", text))


def interface_language() -> str:
    """The interface language's code ("sv", "en"): the locale the app set as default when it started."""
    return QLocale().name().split("_")[0]


def key_text(sequence: str) -> str:
    """A key or key combination as the interface language names it ("Alt+Vänster" in Swedish; Qt's own
    translations name the keys): written as tr("Alt+Left"), it read "Alt+Left" in the Swedish interface."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def describe(error: BaseException) -> str:
    """An error's message for the user, in the interface language when the error carries a template or is one
    of SQLite's or the system's common errors ("disken är full", not "database or disk is full")."""
    translated = getattr(error, "translated", None)
    if callable(translated):
        return translated(tr)
    known = cause(error)
    return words(known, tr) if isinstance(known, Term) else str(error)
