"""The voting grid's item model: criteria (rows) × each organisation's vote, the spread and the agreed score.

One block of columns per alternative shown (one alternative, or all of
them side by side). The last row holds the sums. An empty vote cell means
"no vote" — not 0, not 1 — and the agreed score is the median of the votes
given unless the facilitator set it by hand (with a comment).
"""

from __future__ import annotations

import dataclasses

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.model import AgreedScore, Criterion, Organisation, Vote
from workshop.domain.validation import check_range, parse_int
from workshop.ui.session.commands import REFUSALS, EditCommand, push
from workshop.ui.session.edits import SetAgreed, SetVote
from workshop.ui.session.session import AGREED, ORGANISATIONS, VOTES, WEIGHTS, EngagementSession
from workshop.ui.widgets.tints import GROUP_ROLE, MISSING_TINT
from workshop.ui.alternatives.voting.state import ScoreBoard
from workshop.ui.widgets.i18n import describe, joined, tr
from workshop.ui.widgets.sums import sum_text
from workshop.charts.locale import number
from workshop.charts.rich_text import tooltip

VOTE, SPREAD, AGREED_COL = "vote", "spread", "agreed"
AGREED_TINT = "#E3EEFA"
SPREAD_TINT = "#F2F2F2"
SUM_TINT = "#E8E8E8"
RAW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex





@dataclass(frozen=True)
class Column:
    """What one column holds: an organisation's votes, the spread or the agreed score of one alternative."""

    alternative: str
    kind: str
    organisation: int = -1


class VoteTableModel(QAbstractTableModel):
    """A thin adapter over the session's votes and agreed scores; every edit goes through the undo stack."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, board: ScoreBoard, parent=None):
        super().__init__(parent)
        self._session = session
        self._board = board
        self._codes: list[str] = []
        self._organisations: list[Organisation] = []
        self._criteria: list[Criterion] = []
        self._columns: list[Column] = []
        self.set_alternatives([a.code for a in session.engagement.alternatives[:1]])
        session.changed.connect(self._on_changed)

    def set_alternatives(self, codes: list[str]) -> None:
        """Show these alternatives' blocks (one, or all side by side)."""
        self.beginResetModel()
        e = self._session.engagement
        known = {a.code for a in e.alternatives}
        self._codes = [c for c in codes if c in known]
        self._organisations = list(e.organisations)
        self._criteria = list(e.criteria)
        self._columns = [
            col
            for code in self._codes
            for col in [Column(code, VOTE, i) for i in range(len(self._organisations))]
            + [Column(code, SPREAD), Column(code, AGREED_COL)]
        ]
        self.endResetModel()

    def alternatives(self) -> list[str]:
        return list(self._codes)

    def _on_changed(self, part: str, keys: tuple = ()) -> None:
        if part == ORGANISATIONS or (part == WEIGHTS and len(self._session.engagement.criteria) != len(self._criteria)):
            self.set_alternatives(self._codes)  # new rows or columns
        elif part in (VOTES, AGREED) and keys and self._columns:
            for top_left, bottom_right in self._touched(part, keys):
                self.dataChanged.emit(top_left, bottom_right)
        elif part in (VOTES, AGREED, WEIGHTS) and self._columns:
            if part == WEIGHTS and len(self._session.engagement.criteria) == len(self._criteria):
                self._criteria = list(self._session.engagement.criteria)  # a criterion may have new wording
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _touched(self, part: str, keys: tuple) -> list[tuple[QModelIndex, QModelIndex]]:
        """The cells an edit of these votes or agreed scores shows anew: the cell, its criterion's spread and
        agreed score, and their sums. Telling the view only these keeps a phone vote from repainting and
        measuring every cell (~1,000 data() calls a vote in the grid)."""
        rows = {c.number: r for r, c in enumerate(self._criteria)}
        columns = {(c.alternative, c.kind, c.organisation): i for i, c in enumerate(self._columns)}
        uids = {o.uid: i for i, o in enumerate(self._organisations)}
        total = len(self._criteria)
        spans = []
        for key in keys:
            org, (code, criterion) = (key[0], key[1:]) if part == VOTES else (None, key)
            row = rows.get(criterion)
            agreed = columns.get((code, AGREED_COL, -1))
            if row is None or agreed is None:
                continue  # not shown
            cells = [(row, agreed), (total, agreed)]
            if part == VOTES:
                cells.append((row, columns[(code, SPREAD, -1)]))
            column = columns.get((code, VOTE, uids.get(org, -1)))
            if column is not None:
                cells += [(row, column), (total, column)]
            spans += [(self.index(r, c), self.index(r, c)) for r, c in cells]
        return spans

    # --- geometry -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._criteria else len(self._criteria) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def column(self, index_or_column: Index | int) -> Column:
        c = index_or_column if isinstance(index_or_column, int) else index_or_column.column()
        return self._columns[c]

    def is_sum_row(self, row: int) -> bool:
        return row == len(self._criteria)

    def criterion(self, row: int) -> Criterion:
        return self._criteria[row]

    def organisation(self, column: Column) -> Organisation:
        return self._organisations[column.organisation]

    def kind(self, index: Index) -> str | None:
        """'vote', 'agreed' or 'spread' for criterion rows; None for the sum row."""
        if not index.isValid() or self.is_sum_row(index.row()):
            return None
        return self.column(index).kind

    def vote_columns(self, code: str) -> list[int]:
        """The column numbers of one alternative's organisation votes."""
        return [i for i, c in enumerate(self._columns) if c.alternative == code and c.kind == VOTE]

    # --- display -----------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.column(index)
        if self.is_sum_row(index.row()):
            return self._sum_data(col, role)
        crit = self._criteria[index.row()]
        cell = self._board.grid().get((col.alternative, crit.number))
        if col.kind == VOTE:
            return self._vote_data(col, crit, role)
        if cell is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col.kind == SPREAD:
                return "–" if cell.low is None else (str(cell.low) if cell.low == cell.high else f"{cell.low}–{cell.high}")
            text = number(cell.value)
            return text + " ✎" if cell.source == "set" and role == Qt.ItemDataRole.DisplayRole else text
        if role == RAW_ROLE:
            return cell.value if col.kind == AGREED_COL else (cell.low, cell.high)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(AGREED_TINT if col.kind == AGREED_COL else SPREAD_TINT))
        if role == Qt.ItemDataRole.FontRole and col.kind == AGREED_COL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.kind == AGREED_COL:
                return tooltip(self._agreed_tip(cell))
            return tr("Lowest–highest of 1 vote") if cell.votes == 1 else tr(
                "Lowest–highest of {n} votes").format(n=cell.votes)
        return None

    def _vote_data(self, col: Column, crit: Criterion, role: int):
        org = self._organisations[col.organisation]
        vote = self._session.vote(org.uid, col.alternative, crit.number)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if vote is None else str(vote.value)
        if role == RAW_ROLE:
            return None if vote is None else vote.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and vote is None:
            return QBrush(QColor(MISSING_TINT))
        if role == Qt.ItemDataRole.ToolTipRole:
            given = tr("no vote") if vote is None else str(vote.value)
            tip = tr("{org} on {alt}, criterion {n}: {vote}\n{text}").format(
                org=org.name, alt=col.alternative, n=crit.number, vote=given, text=crit.text)
            if vote is not None and vote.rationale:
                tip += "\n" + tr("Rationale: {text}").format(text=vote.rationale)
            return tooltip(tip)
        return None

    def _agreed_tip(self, cell) -> str:
        names = self._session.engagement.organisation_by_uid()
        if cell.source == "set":
            lines = [tr("Set by the facilitator.")]
            if cell.comment:
                lines.append(cell.comment)
        elif cell.source == "median":
            lines = [tr("Median of 1 vote.") if cell.votes == 1 else tr("Median of {n} votes.").format(n=cell.votes)]
        else:
            lines = [tr("No votes yet.")]
        if cell.missing:
            lines.append(tr("No vote from: {names}").format(names=joined(", ", (names[o].name for o in cell.missing
                                                                           if o in names))))
        return "\n".join(lines)

    def _sum_data(self, col: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SUM_TINT))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, RAW_ROLE):
            return None
        if col.kind == VOTE:
            votes = [v for v in self._board.votes_of(self._organisations[col.organisation].uid, col.alternative)
                     if v is not None]
            total = sum(votes) if votes else None
        elif col.kind == AGREED_COL:
            result = next((r for r in self._board.results() if r.code == col.alternative), None)
            total = result.sum if result else None
            if result is not None and total is not None and role == Qt.ItemDataRole.DisplayRole:
                return sum_text(total, result.scored, len(result.scores))  # "14 (5 av 7)", as in the results
        else:
            return None if role == RAW_ROLE else ""
        return total if role == RAW_ROLE else ("" if total is None else number(total))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            col = self._columns[section]
            if role == GROUP_ROLE:
                return col.alternative
            if role == Qt.ItemDataRole.DisplayRole:
                if col.kind == VOTE:
                    return self._organisations[col.organisation].short_code
                return tr("Spread") if col.kind == SPREAD else tr("Agreed")
            if role == Qt.ItemDataRole.ToolTipRole:
                if col.kind == VOTE:
                    return tooltip(self._organisations[col.organisation].name)
                return tr("Lowest–highest vote") if col.kind == SPREAD else tr(
                    "The median of the votes, unless set by hand (✎)")
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if self.is_sum_row(section):
                return tr("Sum") if role == Qt.ItemDataRole.DisplayRole else None
            crit = self._criteria[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{crit.number}. {crit.text}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(tr("{text} (scale {low}–{high}, {high} is best)").format(
                    text=crit.text, low=crit.scale_min, high=crit.scale_max))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.kind(index) in (VOTE, AGREED_COL):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # --- edits ----------------------------------------------------------------
    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.kind(index) not in (VOTE, AGREED_COL):
            return False
        col = self.column(index)
        crit = self._criteria[index.row()]
        if col.kind == AGREED_COL:
            existing = self._override(col.alternative, crit.number)
            return self.set_agreed(index, value, existing.comment if existing else "")
        org = self._organisations[col.organisation]
        where = tr("{org}, {alt}, criterion {n}").format(org=org.name, alt=col.alternative, n=crit.number)
        number = self._score(value, crit, tr("Vote"), where)
        if number is False:
            return False
        old = self._session.vote(org.uid, col.alternative, crit.number)
        if (old.value if old else None) == number:
            return True
        new = None if number is None else Vote(organisation_uid=org.uid, alternative_code=col.alternative,
                                                criterion_number=crit.number, value=number,
                                                rationale=old.rationale if old else "",
                                                uid=old.uid if old else new_uid())
        new = self._session.given_now(new, old)  # names the running meeting
        return self._push(SetVote(self._session, org.uid, col.alternative, crit.number, new,
                                  tr("Vote of {where}").format(where=where)))

    def set_vote_rationale(self, index: Index, text: str) -> bool:
        """Attach (or change) the rationale of one organisation's vote, as one undoable edit."""
        if not index.isValid() or self.kind(index) != VOTE:
            self.refused.emit(tr("Choose an organisation's vote first."))
            return False
        col, crit = self.column(index), self._criteria[index.row()]
        org = self._organisations[col.organisation]
        old = self._session.vote(org.uid, col.alternative, crit.number)
        if old is None:
            self.refused.emit(tr("{org} has no vote on {alt}, criterion {n}: vote before giving the rationale.").format(
                org=org.name, alt=col.alternative, n=crit.number))
            return False
        if old.rationale == text.strip():
            return True
        return self._push(SetVote(self._session, org.uid, col.alternative, crit.number,
                                  dataclasses.replace(old, rationale=text.strip()),
                                  tr("Rationale of {org}'s vote on {alt}, criterion {n}").format(
                                      org=org.name, alt=col.alternative, n=crit.number)))

    def _score(self, value, crit: Criterion, what: str, where: str) -> int | None | bool:
        """A typed score on the criterion's scale (None: no score), or False after reporting why it is refused."""
        try:
            number = parse_int(value, what)
            if number is not None:
                check_range(number, crit.scale_min, crit.scale_max, what)
        except DomainError as exc:
            self.refused.emit(f"{where}: {describe(exc)}")
            return False
        return number

    def _override(self, code: str, number: int) -> AgreedScore | None:
        return next((a for a in self._session.engagement.agreed_scores
                     if (a.alternative_code, a.criterion_number) == (code, number)), None)

    def set_agreed(self, index: Index, value, comment: str) -> bool:
        """Set an agreed score by hand with a comment; empty returns the cell to the median."""
        col = self.column(index)
        crit = self._criteria[index.row()]
        where = tr("{alt}, criterion {n}").format(alt=col.alternative, n=crit.number)
        number = self._score(value, crit, tr("Agreed score"), where)
        if number is False:
            return False
        old = self._override(col.alternative, crit.number)
        new = None if number is None else AgreedScore(alternative_code=col.alternative, criterion_number=crit.number,
                                                      value=number, comment=comment.strip(),
                                                      uid=old.uid if old else new_uid())
        if old == new:
            return True
        new = self._session.given_now(new, old)  # names the running meeting
        text = tr("Agreed score of {where}") if new else tr("Agreed score of {where} back to the median")
        return self._push(SetAgreed(self._session, col.alternative, crit.number, new, text.format(where=where)))

    def _push(self, command: EditCommand) -> bool:
        try:
            push(self._session.undo_stack, command)
        except REFUSALS as exc:  # refused, or the file could not be written
            self.refused.emit(describe(exc))
            return False
        return True
