"""Messages for the user from the layers that cannot use Qt: marked for translation, shown translated.

The domain, storage and export layers raise errors whose message is a
template marked with `msg()` plus the values to fill in (words that are
translated too are marked with `term()`). lupdate collects the templates
(the Makefile runs it with `-tr-function-alias tr+=msg,tr+=term`, so
they join the interface's own strings), and the interface shows
`error.translated(tr)`: the template in the interface language, filled in.
`str(error)` stays the English sentence, for the command line and logs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from workshop.domain.visible import shown


def msg(template: str) -> str:
    """Mark a message template for translation; returns it unchanged (the interface translates it)."""
    return template


class Term(str):
    """Words filled into a message that are translated too (e.g. what was refused: "Potential").

    The string is the English text; `template` and `values` let the interface translate it.
    """

    template: str
    values: dict


def term(text: str, **values: object) -> Term:
    """Mark words for translation where they are filled into a message (lupdate: -tr-function-alias tr+=term);
    they may name values of their own, e.g. term("Vote on criterion {n}", n=3)."""
    word = Term(text.format(**values) if values else text)
    word.template, word.values = text, values
    return word


def decimal(text: str) -> Term | str:
    """A number written as "45.5", with its decimal mark as the interface's language writes it (Swedish
    "45,5"): the mark is a translated message, as the layers below the interface have no locale. Text that
    is not such a number comes back as it is."""
    whole, mark, fraction = text.partition(".")
    if not mark or not whole.lstrip("-").isdigit() or not fraction.isdigit():
        return text
    return term("{whole}.{fraction}", whole=whole, fraction=fraction)


def counted(n: int, *forms: str, **values: object) -> str:
    """The form for n, filled in with n and the values: forms are (one, many) or (none, one, many), each
    already in its language ("1 meeting", "{n} meetings"); Swedish counts as English does."""
    *none, one, many = forms
    form = none[0] if none and n == 0 else one if n == 1 else many
    return form.format(n=n, **values)


class TranslatableError(Exception):
    """An error built from a message template (marked with msg()) and the values it names."""

    def __init__(self, template: str, **values: object):
        from workshop.domain.causes import cause  # causes builds on term(), defined above

        self.template = template
        self.values = values = {k: cause(v) if isinstance(v, BaseException) and not isinstance(v, TranslatableError)
                                else v for k, v in values.items()}  # SQLite's or the system's words: see causes
        super().__init__(template.format(**values) if values else template)

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in another language: the template translated, then filled in."""
        text = translate(self.template)
        if not self.values:
            return text
        values = {k: _translated(v, translate) for k, v in self.values.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: keep the original
            return str(self)


def _translated(value: object, translate: Callable[[str], str]) -> object:
    """A value filled into a message: terms and nested errors in the other language, the rest as it is."""
    if isinstance(value, Term):
        return words(value, translate)
    if isinstance(value, TranslatableError):
        return value.translated(translate)
    if isinstance(value, PurePath):  # a file's name as it is: a control or a bidi override in it shows
        return shown(value)
    return value


def words(value: object, translate: Callable[[str], str] = lambda s: s) -> str:
    """A Term (with the Terms filled into it) in the interface language; anything else as text."""
    if isinstance(value, Term):
        text = translate(value.template)
        if not value.values:
            return text
        try:
            return text.format(**{k: words(v, translate) for k, v in value.values.items()})
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str(value)
    return str(value)
