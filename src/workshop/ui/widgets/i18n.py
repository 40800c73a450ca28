"""Translation of user-visible strings.

`tr("text")` is the one call every module uses. Qt's lupdate files calls to a
bare `tr()` under the empty context, so that is the context looked up here;
declarative strings (actions, menus, views) keep their own contexts through
QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """The text in the interface language (the text itself when no translation exists)."""
    return QCoreApplication.translate("", text)


def describe(error: BaseException) -> str:
    """An error's message for the user, in the interface language when the error carries a template."""
    translated = getattr(error, "translated", None)
    return translated(tr) if callable(translated) else str(error)
