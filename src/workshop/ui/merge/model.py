"""The conflicts of a merge as a table: what it is, this file's version, the other copy's; the chosen side
is checked (a radio-like pair per row) and shaded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from workshop.domain.merging import Conflict, ConflictKind, Side, words
from workshop.domain.messages import Term, term
from workshop.domain.unseen import Unseen, UnseenKind, marked, unseen_difference
from workshop.ui.widgets.common import breakable
from workshop.ui.widgets.i18n import tr
from workshop.charts.rich_text import tooltip as literal_tooltip

WHAT, HERE, THERE = range(3)
SIDE_OF_COLUMN = {HERE: Side.MINE, THERE: Side.THEIRS}
CHOSEN = QColor("#d8ecd2")
ConflictRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


LEAD = 40  # letters shown before where two long texts first differ
SAME_SHOWN = 120  # a difference further in than this is shown from LEAD letters before it


def around_difference(text: str, other: str) -> str:
    """`text` whole, or from a little before where it first differs from `other` ("…" then), at a word's start:
    two notes that both added to one long text would otherwise show the same first lines."""
    same = next((i for i, (a, b) in enumerate(zip(text, other)) if a != b), min(len(text), len(other)))
    if same <= SAME_SHOWN:
        return text
    start = same - LEAD
    space = text.rfind(" ", start - 20, start)
    return "…" + text[(space + 1 if space >= 0 else start):]


Unseens = tuple[tuple[Unseen, ...], tuple[Unseen, ...]]
SHOWN_UNSEEN = 3  # unseen characters named per version ("and 2 more" then)


def typed_texts(conflict: Conflict) -> tuple[str, str] | None:
    """The two versions of a text a person typed, as they are (None for a number, a code, a removal)."""
    if conflict.whole is not None:
        return conflict.whole
    here, there = conflict.here, conflict.there
    if all(isinstance(v, Term) and v.template == "“{value}”" for v in (here, there)):
        return str(here.values["value"]), str(there.values["value"])
    return None


def unseen_of(conflict: Conflict) -> Unseens | None:
    """Where two typed versions that read the same differ (a zero-width space, a space at the end), or None."""
    texts = typed_texts(conflict)
    return None if texts is None else unseen_difference(*texts)


def _character(kind: UnseenKind) -> str:
    return {UnseenKind.SPACE: tr("a space"), UnseenKind.NO_BREAK_SPACE: tr("a no-break space"),
            UnseenKind.OTHER_SPACE: tr("another kind of space"), UnseenKind.ZERO_WIDTH_SPACE: tr("a zero-width space"),
            UnseenKind.SOFT_HYPHEN: tr("a soft hyphen"),
            UnseenKind.ACCENT_APART: tr("an accent typed apart from its letter"),
            UnseenKind.CARRIAGE_RETURN: tr("a carriage return"), UnseenKind.LINE_SEPARATOR: tr("a line separator"),
            UnseenKind.PARAGRAPH_SEPARATOR: tr("a paragraph separator"),
            UnseenKind.OTHER_LINE_BREAK: tr("another kind of line break"),
            UnseenKind.LOOK_ALIKE: tr("a character that looks like another"),
            UnseenKind.OTHER: tr("an invisible character")}[kind]


def _named(unseen: Unseen) -> str:
    if unseen.before:
        return tr("{character} ({mark}) after “{before}”").format(
            character=_character(unseen.kind), mark=unseen.mark, before=unseen.before)
    return tr("{character} ({mark}) at the start of a line").format(character=_character(unseen.kind),
                                                                     mark=unseen.mark)


def unseen_text(unseen: Unseens) -> str:
    """What two versions that read the same differ in, in words: "The two versions differ only in what does
    not show: there a zero-width space (\u200b) after “Be”." (each version shows those marks in its cell)."""
    parts = []
    for template, found in ((tr("here {characters}"), unseen[0]), (tr("there {characters}"), unseen[1])):
        if found:
            named = ", ".join(_named(u) for u in found[:SHOWN_UNSEEN])
            if len(found) > SHOWN_UNSEEN:
                named += " " + tr("and {n} more").format(n=len(found) - SHOWN_UNSEEN)
            parts.append(template.format(characters=named))
    return tr("The two versions differ only in what does not show: {differences}.").format(
        differences="; ".join(parts))


def version_text(conflict: Conflict, side: Side, unseen: Unseens | None = None) -> str:
    """One side's version of a conflict in words ("3"; "removed"; "changed: Hylte's vote on S, …"); a text a
    person typed whole, with its lines, from where the two versions differ (the table cuts it to a few lines).
    Two typed versions that read the same (`unseen`) show their unseen characters marked ("Be\u200bslut")."""
    texts = typed_texts(conflict) if unseen is not None else conflict.whole
    if texts is not None:
        mine, theirs = texts if unseen is None else (marked(texts[0], unseen[0]), marked(texts[1], unseen[1]))
        text = around_difference(mine, theirs) if side is Side.MINE else around_difference(theirs, mine)
        return words(term("“{value}”", value=text), tr) if text else words(term("empty"), tr)
    value = words(conflict.here if side is Side.MINE else conflict.there, tr)
    changed_side = Side.THEIRS if conflict.kind is ConflictKind.REMOVED_HERE else Side.MINE
    if conflict.kind is not ConflictKind.CHANGED_BOTH and side is changed_side and conflict.details:
        shown = [words(d, tr) for d in conflict.details[:4]]
        more = len(conflict.details) - len(shown)
        lines = "\n".join(f"• {line}" for line in shown)
        extra = "\n" + tr("and {n} more").format(n=more) if more else ""
        return f"{value}:\n{lines}{extra}"
    return value


def subject_text(conflict: Conflict) -> str:
    """What the conflict is about, with the field when it is not the thing's one value."""
    subject = words(conflict.subject, tr)
    if conflict.field is not None:
        return tr("{subject}, {field}").format(subject=subject, field=words(conflict.field, tr))
    return subject


class ConflictModel(QAbstractTableModel):
    """Conflicts and the side chosen for each (None until the facilitator picks)."""

    choices_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._conflicts: list[Conflict] = []
        self._choices: dict[str, Side] = {}
        self._unseen: dict[str, Unseens] = {}  # conflicts whose two versions read the same, by key

    def set_rows(self, conflicts: Sequence[Conflict]) -> None:
        """Show these conflicts, none decided."""
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._choices = {}
        self._unseen = {c.key: u for c in self._conflicts if (u := unseen_of(c)) is not None}
        self.endResetModel()
        self.choices_changed.emit()

    def choices(self) -> dict[str, Side]:
        """The decisions so far, by conflict key."""
        return dict(self._choices)

    def undecided(self) -> int:
        """How many conflicts have no side chosen yet."""
        return sum(1 for c in self._conflicts if c.key not in self._choices)

    def choose(self, row: int, side: Side) -> None:
        """Keep `side`'s version of the conflict in `row`."""
        self._choices[self._conflicts[row].key] = side
        self.dataChanged.emit(self.index(row, HERE), self.index(row, THERE))
        self.choices_changed.emit()

    def choose_all(self, side: Side) -> None:
        """Keep `side`'s version everywhere."""
        for row in range(len(self._conflicts)):
            self._choices[self._conflicts[row].key] = side
        if self._conflicts:
            self.dataChanged.emit(self.index(0, HERE), self.index(len(self._conflicts) - 1, THERE))
        self.choices_changed.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("What"), tr("Here (this file)"), tr("There (the other copy)"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in SIDE_OF_COLUMN else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._conflicts):
            return None
        conflict = self._conflicts[index.row()]
        column = index.column()
        chosen = self._choices.get(conflict.key)
        unseen = self._unseen.get(conflict.key)
        # Under what the conflict is, when its two versions read the same: what they differ in.
        why = "" if unseen is None else "\n" + unseen_text(unseen)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHAT:
                return subject_text(conflict) + why
            return version_text(conflict, SIDE_OF_COLUMN[column], unseen)
        if role == Qt.ItemDataRole.ToolTipRole:
            if unseen is not None and column in SIDE_OF_COLUMN:
                side = 0 if column == HERE else 1
                return literal_tooltip(marked(typed_texts(conflict)[side], unseen[side]) + "\n" + why)
            if conflict.whole is not None and column in SIDE_OF_COLUMN:  # the version, whole (a long word wraps)
                return literal_tooltip(breakable(conflict.whole[0 if column == HERE else 1]))
            return literal_tooltip(conflict.text(tr) + why)
        if role == Qt.ItemDataRole.CheckStateRole and column in SIDE_OF_COLUMN:
            return Qt.CheckState.Checked if chosen is SIDE_OF_COLUMN[column] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column in SIDE_OF_COLUMN and chosen is SIDE_OF_COLUMN[column]:
            return CHOSEN
        if role == ConflictRole:
            return conflict
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() not in SIDE_OF_COLUMN:
            return False
        self.choose(index.row(), SIDE_OF_COLUMN[index.column()])
        return True
