"""Under the potential grid: how scores are given (directly or from factors) and the current cell's rationale."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.session.commands import REFUSALS, push
from workshop.ui.session.edits import EditInfo
from workshop.ui.session.session import FRAMEWORK, INFO, ORGANISATIONS, POTENTIALS, EngagementSession
from workshop.ui.potential.model import PotentialTableModel, factor_example
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.widgets.lines_label import LinesLabel
from workshop.domain.vocabulary import PotentialMode, values
from workshop.ui.widgets.common import commit_on_leave
from workshop.ui.widgets.accessible import as_typed, labelled

MODES = values(PotentialMode)



class ScoringSettings(QWidget):
    """The engagement setting: scores typed 0–100, or computed from will × benefit × ability."""

    refused = Signal(str)

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.mode = QComboBox(self)
        self.mode.setObjectName("potentialMode")
        self.mode.addItem(tr("Typed directly (0–100)"), PotentialMode.DIRECT.value)
        self.mode.addItem(tr("From factors: will × benefit × ability"), PotentialMode.FACTORS.value)
        self.scale = QSpinBox(self)
        self.scale.setObjectName("potentialFactorScale")
        self.scale.setRange(1, 10)
        self.scale.setPrefix(tr("scale 0–"))
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)  # a long hint (factor mode, Swedish) wraps instead of widening the page
        self.hint.setMinimumWidth(120)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(labelled(tr("&Scores:"), self.mode, self))
        row.addWidget(self.mode)
        row.addWidget(self.scale)
        row.addWidget(self.hint, 1)
        self.mode.currentIndexChanged.connect(self._edited)
        self.scale.editingFinished.connect(self._edited)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, part: str) -> None:
        if part == INFO:
            self.refresh()

    def refresh(self) -> None:
        """Show the engagement's setting (without echoing it back as an edit)."""
        info = self._session.engagement.info
        for widget in (self.mode, self.scale):
            widget.blockSignals(True)
        self.mode.setCurrentIndex(max(0, MODES.index(info.potential_mode) if info.potential_mode in MODES else 0))
        self.scale.setValue(info.potential_factor_scale)
        for widget in (self.mode, self.scale):
            widget.blockSignals(False)
        factors = info.potential_mode == PotentialMode.FACTORS
        self.scale.setVisible(factors)
        scale = info.potential_factor_scale
        self.hint.setText(
            tr("Type will, benefit and ability, e.g. “{example}”; potential = 100 × product / {s}³.").format(
                example=factor_example(scale), s=scale)
            if factors else tr("Type a number from 0 to 100; Delete clears a cell (no score).")
        )

    def _edited(self) -> None:
        old = self._session.engagement.info
        new = dataclasses.replace(old, potential_mode=self.mode.currentData(), potential_factor_scale=self.scale.value())
        if new == old:
            return
        try:
            push(self._session.undo_stack, EditInfo(self._session, old, new, tr("Change how potential is scored")))
        except REFUSALS as exc:
            self.refused.emit(describe(exc))
            self.refresh()


class RationaleEditor(QWidget):
    """The rationale of the current cell: why the organisation gave that score."""

    def __init__(self, session: EngagementSession, model: PotentialTableModel, parent=None):
        super().__init__(parent)
        self._session = session
        self._model = model
        # The cell by organisation and area, not by row and column: an undo that reorders the organisations
        # had moved a rationale being typed onto another organisation's score.
        self._cell: tuple[str, str] | None = None
        self._loaded = ""  # the stored rationale the field was last filled with
        # At most two lines, the rest in its tooltip: a long area name had widened the grid's pane and pushed
        # the radar and its projector button off the window.
        self.heading = LinesLabel(2, self, "font-weight: bold;")
        self.heading.setText(tr("Select a cell to write its r&ationale."))
        self.heading.setObjectName("rationaleHeading")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("rationaleText")
        self.text.setPlaceholderText(tr("Rationale for this score (optional)"))
        self.text.setMaximumHeight(90)
        self.text.setEnabled(False)
        self.text.setTabChangesFocus(True)
        # Stored when the facilitator moves on: to another cell (set_cell), field or view, or closes the file.
        commit_on_leave(self.text, self.commit)
        self.heading.setBuddy(self.text)  # its Alt key goes to the rationale, whichever cell it names
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.heading)
        col.addWidget(self.text)
        session.changed.connect(self._on_changed)

    def _on_changed(self, part: str) -> None:
        if part in (POTENTIALS, ORGANISATIONS, FRAMEWORK):
            self._reload()

    def set_cell(self, index: QModelIndex) -> None:
        """Follow the grid's current cell (saving what was typed for the previous one)."""
        self.commit()
        if not index.isValid():
            self._show_none()
            return
        org, area = self._model.organisation(index.row()), self._model.area(index.column())
        self._cell = (org.uid, area.code)
        self.heading.setText(tr("R&ationale: {org}, {code}. {area}").format(
            org=as_typed(org.name), code=as_typed(area.code), area=as_typed(area.name)))
        self.text.setEnabled(True)
        self._reload(typed_kept=False)

    def _show_none(self) -> None:
        self._cell = None
        self.heading.setText(tr("Select a cell to write its r&ationale."))
        self.text.setEnabled(False)

    def _stored(self) -> str | None:
        """The stored rationale of the cell (None when its organisation or area is gone)."""
        where = self._model.position(*self._cell) if self._cell else None
        if where is None:
            return None
        score = self._model.score(self._model.index(*where))
        return score.rationale if score else ""

    def _reload(self, typed_kept: bool = True) -> None:
        """Show the stored rationale; with `typed_kept`, text typed and not yet stored stays (another score
        stored meanwhile, from a phone or an undo, had wiped it)."""
        if self._cell is None:
            return
        stored = self._stored()
        if stored is None:  # its organisation or area was removed (or the removal undone): nothing to edit
            self._show_none()
            return
        if (not typed_kept or self.text.toPlainText() == self._loaded) and self.text.toPlainText() != stored:
            self.text.blockSignals(True)
            self.text.setPlainText(stored)
            self.text.blockSignals(False)
        self._loaded = stored

    def commit(self) -> None:
        """Store the typed rationale for the current cell (one undoable edit)."""
        where = self._model.position(*self._cell) if self._cell else None
        if where is None:
            return
        self._model.set_rationale(*where, self.text.toPlainText())
