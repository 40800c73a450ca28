"""The potential grid's item model: organisations (rows) × areas (columns), 0–100 each.

Depending on the engagement's setting a cell is typed directly (0–100) or
computed from three factors (will, benefit, ability) on a small scale,
typed as "4 5 3" (or "453" when the scale is below 10).
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from workshop.domain.errors import DomainError
from workshop.domain.ids import new_uid
from workshop.domain.model import Area, Organisation, PotentialScore
from workshop.domain.potential import potential_from_factors
from workshop.domain.validation import check_potential, check_range, parse_int
from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.edits import SetPotential
from workshop.ui.session.session import FRAMEWORK, INFO, ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.widgets.i18n import describe, isolate, tr
from workshop.ui.widgets.tints import GROUP_ROLE, GROUP_TINTS, MISSING_TINT
from workshop.domain.vocabulary import PotentialMode
from workshop.charts.rich_text import tooltip

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex



def factor_example(scale: int) -> str:
    """Three factors as the hint and the refusals show them, within the scale ("5 4 5" on 0–5): the refusal
    had said "4 5 3" beside a hint saying "5 4 5", and on a scale of 0–3 its example was out of range."""
    return f"{scale} {max(scale - 1, 0)} {scale}"


def parse_factors(text: str, scale: int) -> tuple[int, int, int] | None:
    """Three factors from typed text ("4 5 3", "4,5,3", "453" on scales below 10); empty means None."""
    stripped = str(text).strip()
    if not stripped:
        return None
    parts = [p for p in re.split(r"[\s,;·*x×/]+", stripped) if p]
    if len(parts) == 1 and scale < 10 and re.fullmatch(r"\d{3}", parts[0]):
        parts = list(parts[0])
    if len(parts) != 3:
        raise DomainError(tr("Type three factors — will, benefit, ability — each 0–{scale}, e.g. “{example}”.")
                          .format(scale=scale, example=factor_example(scale)))
    names = (tr("Will"), tr("Benefit"), tr("Ability"))
    return tuple(check_range(parse_int(p, n), 0, scale, n) for p, n in zip(parts, names))  # type: ignore[return-value]


# Roles a cell has nothing for (no icon, check box or own text colour): answered before looking up the score.
_ROLES_NOT_SHOWN = frozenset(role.value for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                                                     Qt.ItemDataRole.ForegroundRole))


class PotentialTableModel(QAbstractTableModel):
    """A thin adapter over the session's potential scores; edits go through the undo stack."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self._organisations: list[Organisation] = []
        self._areas: list[Area] = []
        self._group_index: dict[str, int] = {}
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}
        self.set_rows()
        session.changed.connect(self._on_changed)

    def set_rows(self) -> None:
        """Take the organisations and areas from the session."""
        self.beginResetModel()
        e = self._session.engagement
        self._organisations = list(e.organisations)
        self._areas = list(e.areas)
        self._row_of = {o.uid: i for i, o in enumerate(self._organisations)}
        self._column_of = {a.code: j for j, a in enumerate(self._areas)}
        self._group_index = {g.code: i for i, g in enumerate(e.groups)}
        self.endResetModel()

    def _on_changed(self, part: str, keys: tuple = ()) -> None:
        if part == POTENTIALS and keys:  # the cells an edit set (one, for a typed score)
            for organisation_uid, area_code in keys:
                row, column = self._row_of.get(organisation_uid), self._column_of.get(area_code)
                if row is not None and column is not None:
                    self.dataChanged.emit(self.index(row, column), self.index(row, column))
        elif part in (POTENTIALS, INFO) and self._organisations and self._areas:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._organisations) - 1, len(self._areas) - 1))
        elif part in (ORGANISATIONS, FRAMEWORK):
            self.set_rows()

    # --- what the engagement says ----------------------------------------
    def factors_mode(self) -> bool:
        """True when scores are computed from will × benefit × ability."""
        return self._session.engagement.info.potential_mode == PotentialMode.FACTORS

    def factor_scale(self) -> int:
        return self._session.engagement.info.potential_factor_scale

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._organisations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._areas)

    def organisation(self, row: int) -> Organisation:
        return self._organisations[row]

    def area(self, column: int) -> Area:
        return self._areas[column]

    def position(self, organisation_uid: str, area_code: str) -> tuple[int, int] | None:
        """The (row, column) of an organisation's score for an area as the grid now stands, or None."""
        row = next((r for r, o in enumerate(self._organisations) if o.uid == organisation_uid), None)
        column = next((c for c, a in enumerate(self._areas) if a.code == area_code), None)
        return None if row is None or column is None else (row, column)

    def score(self, index: Index) -> PotentialScore | None:
        return self._session.potential(self._organisations[index.row()].uid, self._areas[index.column()].code)

    def group_of(self, column: int) -> str:
        """The group code of a column's area."""
        return self._areas[column].group_code

    # --- Qt's model interface ---------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role in _ROLES_NOT_SHOWN:  # asked for on every paint of a cell
            return None
        score = self.score(index)
        value = score.value if score else None
        has_factors = score is not None and None not in (score.will, score.benefit, score.ability)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if self.factors_mode():
                return f"{score.will} {score.benefit} {score.ability}" if has_factors else ""
            return "" if value is None else str(value)
        if role == RAW_VALUE_ROLE:
            return value
        if role == GROUP_ROLE:
            return self.group_of(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if value is None:
                return QBrush(QColor(MISSING_TINT))
            tint = self._group_index.get(self.group_of(index.column()), 0) % len(GROUP_TINTS)
            return QBrush(QColor(GROUP_TINTS[tint]))
        if role == Qt.ItemDataRole.FontRole and score is not None and score.rationale:
            font = QFont()
            font.setUnderline(True)  # a rationale is attached: hover to read it
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._tooltip(index, score, has_factors))
        return None

    def _tooltip(self, index: Index, score: PotentialScore | None, has_factors: bool) -> str:
        org, area = self._organisations[index.row()], self._areas[index.column()]
        lines = [f"{isolate(org.name)} – {isolate(area.code)}. {isolate(area.name)}"]
        if score is None or score.value is None:
            lines.append(tr("No score yet."))
        if has_factors:
            lines.append(tr("Will {w} · benefit {b} · ability {a} (scale 0–{s})").format(
                w=score.will, b=score.benefit, a=score.ability, s=self.factor_scale()))
        if score is not None and score.rationale:
            lines.append(score.rationale)
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._areas):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._areas[section].code
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(self._areas[section].name)
            if role == GROUP_ROLE:
                return self._areas[section].group_code
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._organisations):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._organisations[section].name
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, where the header shortens it
                return tooltip(self._organisations[section].name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        org, area = self._organisations[index.row()], self._areas[index.column()]
        old = self._session.potential(org.uid, area.code)
        try:
            if self.factors_mode():
                factors = parse_factors(value, self.factor_scale())
                if factors is None:
                    new = self._cleared(old)
                else:
                    new = self._scored(org, area, old, potential_from_factors(*factors, self.factor_scale()), factors)
            else:
                number = check_potential(parse_int(value, tr("Potential")))
                new = self._cleared(old) if number is None else self._scored(org, area, old, number, None)
        except DomainError as exc:
            self.refused.emit(tr("{org}, area {area}: {problem}").format(org=org.name, area=area.code, problem=describe(exc)))
            return False
        if new == old:
            return True
        return self.apply(org, area, old, new, tr("Set potential of {org} for {area}"))

    def _scored(self, org: Organisation, area: Area, old: PotentialScore | None, value: int,
                factors: tuple[int, int, int] | None) -> PotentialScore:
        will, benefit, ability = factors if factors else (None, None, None)
        if old is not None:
            return dataclasses.replace(old, value=value, will=will, benefit=benefit, ability=ability)
        return PotentialScore(organisation_uid=org.uid, area_code=area.code, value=value, will=will,
                              benefit=benefit, ability=ability, uid=new_uid())

    @staticmethod
    def _cleared(old: PotentialScore | None) -> PotentialScore | None:
        """No score; a rationale already written stays with the empty cell."""
        if old is None or not old.rationale:
            return None
        return dataclasses.replace(old, value=None, will=None, benefit=None, ability=None)

    def set_rationale(self, row: int, column: int, text: str) -> bool:
        """Attach (or change) the rationale of one cell, as one undoable edit."""
        org, area = self._organisations[row], self._areas[column]
        old = self._session.potential(org.uid, area.code)
        text = text.strip()
        if (old.rationale if old else "") == text:
            return True
        if old is None:
            new = PotentialScore(organisation_uid=org.uid, area_code=area.code, value=None, rationale=text)
        elif not text and old.value is None:
            new = None
        else:
            new = dataclasses.replace(old, rationale=text)
        return self.apply(org, area, old, new, tr("Set rationale of {org} for {area}"))

    def apply(self, org: Organisation, area: Area, old: PotentialScore | None, new: PotentialScore | None,
              text: str) -> bool:
        """Store a new score for a cell through the undo stack; refusals are reported, not raised."""
        new = self._session.given_now(new, old)  # names the running meeting
        try:
            push(self._session.undo_stack,
                 SetPotential(self._session, org.uid, area.code, new, text.format(org=org.name, area=area.code)))
        except REFUSALS as exc:  # refused, or the file could not be written
            self.refused.emit(describe(exc))
            return False
        return True
