"""The groups of areas with today's spend per group (typed in as percentages), and adding groups and areas.

Each group (IT-drift, Förändringshantering, …) gets the share of today's IT
spend the client estimates for it. A cell takes "40", "40 %" or "37,5";
empty means not known yet. Each change is one undoable edit, saved at once,
and the Potential view's shares and bars follow. The total is shown below;
when it is not 100 % the table says so (the shares may be typed one at a time).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from workshop.charts.rich_text import tooltip as literal_tooltip
from workshop.domain.errors import DomainError
from workshop.domain.model import Area, Group
from workshop.domain.validation import check_group_empty, next_area_code, parse_percent
from workshop.ui.widgets.common import delete_clears
from workshop.ui.widgets import dialogs
from workshop.ui.session.commands import REFUSALS, EditCommand, push, push_or_report
from workshop.ui.session.edits import AddArea, AddGroup, RemoveArea, RemoveGroup, RenameGroup, SetTodayShare
from workshop.ui.widgets.i18n import counted, describe, isolate, joined, tr
from workshop.ui.session.session import FRAMEWORK, GROUPS, INFO, EngagementSession
from workshop.ui.widgets.dialog_edits import remove_via_dialog
from workshop.ui.widgets.layout import button_row
from workshop.ui.widgets.entry import tab_leaves

GROUP, AREAS, SHARE = range(3)


def percent_text(share: float | None) -> str:
    """A share as a percentage in the interface's number format ('40 %', '37,5 %' in Swedish), or empty."""
    if share is None:
        return ""
    return f"{QLocale().toString(float(round(share * 100, 1)), 'g', 4)} %"


class TodayShares(QWidget):
    """A table of the groups with their share of today's spend (editable), and the total."""

    def __init__(self, session: EngagementSession, message: QLabel, parent=None):
        super().__init__(parent)
        self._session = session
        self._message = message
        self.table = QTableWidget(0, 3, self)
        tab_leaves(self.table, typed_into=True)
        delete_clears(self.table)  # an empty share: not known yet
        self.table.setObjectName("todayShares")
        self.table.setAccessibleName(tr("Groups of areas and today's spend"))
        self.table.setHorizontalHeaderLabels([tr("Group"), tr("Areas"), tr("Share today")])
        header = self.table.horizontalHeader()  # the name takes what is left, cut with "…"; the numbers fit
        for column in (GROUP, AREAS, SHARE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == GROUP
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setToolTip(tr("Type a share as a percentage, e.g. 40 or 37.5 (empty: not known yet); "
                                 "F2 on a group's name renames it."))
        self.total = QLabel(self)
        self.total.setObjectName("todaySharesTotal")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)  # what to do first, in a new engagement, takes two lines
        # Groups on one row, areas on the next: four buttons side by side set the pane's least width
        # (~590 px in Swedish), which squeezed the engagement's form beside it at 1366 px.
        buttons = QVBoxLayout()
        buttons.addLayout(button_row(self, (tr("Add group…"), "addGroup", self.add_group),
                                     (tr("Remove group…"), "removeGroup", self.remove_group)))
        buttons.addLayout(button_row(self, (tr("Add area…"), "addArea", self.add_area),
                                     (tr("Remove area…"), "removeArea", self.remove_area)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._edited)
        session.changed.connect(lambda part: part in (GROUPS, INFO, FRAMEWORK) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the groups and shares as stored."""
        e = self._session.engagement
        self.table.blockSignals(True)
        self.table.setRowCount(len(e.groups))
        for row, g in enumerate(e.groups):
            areas = joined("", (a.code for a in e.areas if a.group_code == g.code))
            for column, text in ((GROUP, g.name), (AREAS, areas), (SHARE, percent_text(g.today_share))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, g.code)
                if column == AREAS:  # a group's name and share are edited here, its areas where they are listed
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    # The codes name the areas here; their names in the tooltip (they were seen nowhere else
                    # but the Alternatives tab's coverage matrix), with where to rename one.
                    names = "\n".join(f"{a.code}. {isolate(a.name)}" for a in e.areas if a.group_code == g.code)
                    if names:
                        item.setToolTip(literal_tooltip(names + "\n\n" + tr(
                            "Rename an area by double-clicking it in the coverage matrix (Alternatives & Criteria).")))
                if column == GROUP:  # the whole name, shortened with "…" in a narrow pane, and how to edit
                    item.setToolTip(literal_tooltip(f"{isolate(g.name)}\n\n{self.table.toolTip()}"))
                if column == SHARE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())) + 2)
        shares = [g.today_share for g in e.groups]
        known = [s for s in shares if s is not None]
        self.table.setVisible(bool(e.groups))  # no table of headers only: the note says what to do first
        if not e.groups:
            self.total.setText(tr("No group of areas yet: Add group… adds one, then Add area… adds its areas, "
                                  "each a column of the potential grid."))
        elif len(known) < len(shares):
            self.total.setText(tr("Total so far: {total} (not every group has a share yet).")
                               .format(total=percent_text(sum(known))))
        elif abs(sum(known) - 1) > 0.0005:
            self.total.setText(tr("Total: {total} — the shares should make 100 %.").format(
                total=percent_text(sum(known))))
        else:
            self.total.setText(tr("Total: 100 %"))

    def _edited(self, item: QTableWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        group = next((g for g in self._session.engagement.groups if g.code == code), None)
        if group is None or item.column() == AREAS:
            return
        if item.column() == GROUP:
            self._rename(group, item.text())
            return
        try:
            share = parse_percent(item.text(), tr("Share of today's spend for {group}").format(group=group.name))
            if share == group.today_share:
                self.refresh()  # shows the share as it is written back ("40" → "40 %")
                return
            push(self._session.undo_stack, SetTodayShare(self._session, group, share))
        except REFUSALS as exc:
            self._message.setText(describe(exc))
            self.refresh()
            return
        self._message.clear()

    def _rename(self, group, name: str) -> None:
        if name.strip() == group.name:
            return
        self._push(RenameGroup(self._session, group, name))
        self.refresh()  # a refused name shows the stored one again

    def _push(self, command: EditCommand) -> None:
        push_or_report(self._session.undo_stack, command, self._message.setText)

    def add_group(self) -> None:
        """Ask for a new group's name and code; it comes last, with no areas and no share yet (undoable)."""
        name = dialogs.ask_text(self, tr("Add group"), tr("Name:"))
        if name is None:
            return
        code = dialogs.ask_text(self, tr("Add group"), tr("Code (e.g. IS):"), name[:2].upper())
        if code is None:
            return
        self._push(AddGroup(self._session, Group(code=code.strip(), name=name.strip())))

    def add_area(self) -> None:
        """Ask for the new area's code (the next letter filled in), name and group in one dialog; the area
        becomes a new column of the potential grid (undoable)."""
        e = self._session.engagement
        if not e.groups:
            self._message.setText(tr("Add a group first: every area belongs to one."))
            return
        last_group = e.areas[-1].group_code if e.areas else e.groups[-1].code
        answer = dialogs.ask_area(self, [(g.code, g.name) for g in e.groups],
                                  next_area_code([a.code for a in e.areas]), last_group)
        if answer is None:
            return
        code, name, group_code = answer
        self._push(AddArea(self._session, Area(code=code.strip(), name=name.strip(), group_code=group_code)))

    def remove_area(self) -> None:
        """Ask which area to remove (and confirm, naming its scores); Undo puts it back with them."""
        e = self._session.engagement
        area = dialogs.ask_item(self, tr("Remove area"), tr("Area:"), e.areas, lambda a: joined(". ", (a.code, a.name)))
        if area is None:
            return
        scores = sum(1 for p in e.potentials if p.area_code == area.code)
        session = self._session
        question = counted(scores, tr("Remove area {code}? It has no scores yet. Undo puts it back."),
                           tr("Remove area {code} with its score? Undo puts it back."),
                           tr("Remove area {code} with its {n} scores? Undo puts it back."), code=area.code)
        remove_via_dialog(self, tr("Remove area"), question,
                          RemoveArea(session, area), session.undo_stack, self._message.setText)

    def remove_group(self) -> None:
        """Ask which group to remove (and confirm); one that still holds areas is refused, saying which.
        Undo puts it back in its place with its share of today's spend."""
        e = self._session.engagement
        group = dialogs.ask_item(self, tr("Remove group"), tr("Group:"), e.groups, lambda g: joined(". ", (g.code, g.name)))
        if group is None:
            return
        try:  # refused before asking: a yes would change nothing
            check_group_empty(group.name, [a.code for a in e.areas if a.group_code == group.code])
        except DomainError as exc:
            self._message.setText(describe(exc))
            return
        session = self._session
        remove_via_dialog(self, tr("Remove group"), tr("Remove group {name}? Undo puts it back.").format(name=group.name),
                          RemoveGroup(session, group), session.undo_stack, self._message.setText)
