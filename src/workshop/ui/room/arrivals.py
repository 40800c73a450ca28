"""Arrivals while the room votes: per item, how many organisations have voted, and who sent each vote."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop.domain.errors import DomainError
from workshop.domain.messages import msg
from workshop.domain.potential import potential_from_factors
from workshop.domain.vocabulary import RoundKind
from workshop.room.round import Round, RoundItem
from workshop.ui.widgets.i18n import isolate, tr
from workshop.charts.rich_text import tooltip as literal_tooltip

Index = QModelIndex | QPersistentModelIndex
ITEM, ARRIVED = 0, 1  # then one column per organisation


@dataclass(frozen=True)
class ArrivalRow:
    """One item of the round: its name, how many have voted ("4 of 5") with the sentence as its tip, and per
    organisation the cell text and tip."""

    item: str
    arrived: str
    sentence: str
    cells: tuple[tuple[str, str], ...]
    waiting: frozenset[int] = frozenset()  # the organisations (by their place in the round) not voted on it yet


def round_name(room: Round, translate=tr) -> str:
    """What the room votes on, in words: the alternative ("S: Gemensam …"), "Potential of Gislaved" (the bare
    name under the code had not said what the room scores), or "Preferred alternative" (the round's title there
    is the engagement's)."""
    if room.kind == RoundKind.PREFERENCES:
        return translate(msg("Preferred alternative"))
    if room.kind == RoundKind.POTENTIAL:
        return translate(msg("Potential of {org}")).format(org=room.title)
    return room.title


def arrivals_sentence(room: Round, item: RoundItem, voted: int) -> str:
    """'4 of 5 organisations have voted on criterion 3' (or area A, or their preference)."""
    total = len(room.organisations)
    if room.kind == RoundKind.CRITERIA:
        return tr("{n} of {total} organisations have voted on criterion {item}").format(
            n=voted, total=total, item=item.label)
    if room.kind == RoundKind.POTENTIAL:  # one organisation: "0 of 1 organisations have" read oddly
        org = room.organisations[0].name  # last: a long name is cut, not the news ("…has scored area A")
        return (tr("Area {item} scored by {org}") if voted else tr("Area {item} not yet scored by {org}")).format(
            org=org, item=item.label)
    return tr("{n} of {total} organisations have stated their preference").format(n=voted, total=total)


def arrival_rows(room: Round, senders: dict, stored, before: dict, potential=None) -> list[ArrivalRow]:
    """The table's rows; `senders` maps (organisation, item) to its phone Senders in arrival order,
    `stored(org, item)` gives the value in the file now: shown as sent by the latest phone that sent it
    (after an undo, an earlier one), else as typed, or as earlier when it is what `before` (the values when
    the round began) holds. Only votes given in this round count as arrived: a round about votes already
    in the file (a second round after a discussion) had begun at "5 of 5". `potential(org, item)` gives the
    potential a row of factors holds, shown beside them."""
    rows = []
    for item in room.items:
        cells, voted, waiting = [], 0, set()
        for place, org in enumerate(room.organisations):
            value = stored(org.uid, item.id)
            sender = latest_sender(senders.get((org.uid, item.id), ()), value, room, item)
            if value is None:
                cells.append(("", ""))
                waiting.add(place)
                continue
            shown, factors = _shown(value, item, potential(org.uid, item.id) if potential else None)
            if sender is not None:
                cells.append((tr("{value} · {who}").format(value=shown, who=sender.label()),
                              factors + tr("Sent from a phone by {who}").format(who=sender.label())))
            elif value == before.get((org.uid, item.id)):
                cells.append((tr("{value} · earlier").format(value=shown),
                              factors + tr("In the file before this round began")))
                waiting.add(place)
                continue
            else:
                cells.append((tr("{value} · typed").format(value=shown), factors + tr("Typed by the facilitator")))
            voted += 1
        label = f"{isolate(item.label)}. {item.text}" if item.label else item.text or round_name(room)
        count = tr("{n} of {total}").format(n=voted, total=len(room.organisations))
        rows.append(ArrivalRow(label, count, arrivals_sentence(room, item, voted), tuple(cells), frozenset(waiting)))
    return rows


def _shown(value, item: RoundItem, potential: int | None) -> tuple[str, str]:
    """A value as its cell shows it, and a line for its tip: an area's factors as the potential the row holds with
    the factors as the grid types them, "64 (4 4 5)", and "Will 4 · benefit 4 · ability 5 (scale 0–5)". The row's
    own potential, not one computed again on the round's scale: a row typed on a larger scale ("8 8 8" on 0–10,
    the scale lowered to 5 since) had raised an error and left the table empty."""
    if not isinstance(value, dict):
        return str(value), ""
    will, benefit, ability = (value[f] for f in item.factors)
    tip = (tr("Will {w} · benefit {b} · ability {a} (scale 0–{s})").format(w=will, b=benefit, a=ability, s=item.high)
           if _on_scale((will, benefit, ability), item.high, potential) else  # typed on another scale: not this one
           tr("Will {w} · benefit {b} · ability {a}").format(w=will, b=benefit, a=ability))
    factors = f"({will} {benefit} {ability})"
    return (factors if potential is None else f"{potential} {factors}"), tip + "\n"


def _on_scale(factors: tuple[int, int, int], high: int | None, potential: int | None) -> bool:
    """Whether the factors give the row's potential on the round's scale (a row typed on another scale does not:
    "5 5 5" on 0–10 holds 12, which 0–5 would make 100)."""
    try:
        return potential is not None and high is not None and potential_from_factors(*factors, high) == potential
    except DomainError:  # a factor above the round's scale
        return False


def headline(room: Round, rows: list[ArrivalRow], latest: ArrivalRow | None) -> str:
    """The line above the table: the sentence of the item voted on last, or in a potential round how far the
    organisation has come ("3 of 9 areas scored by Gislaved"; it had said only "Area A scored by Gislaved")."""
    if room.kind == RoundKind.POTENTIAL and room.organisations:
        scored = sum(1 for row in rows if not row.waiting)
        return tr("{n} of {total} areas scored by {org}").format(n=scored, total=len(rows),
                                                                 org=room.organisations[0].name)
    return latest.sentence if latest else ""


def still_to_vote(room: Round, rows: list[ArrivalRow]) -> str:
    """Who has not voted on every item yet, by short code: with 290 organisations in columns, finding them had
    meant scrolling sideways through them all. In a potential round, where one organisation scores, the areas
    it has not scored yet; in a preference round (one item), who has not stated a preference."""
    if not rows:
        return ""
    if room.kind == RoundKind.POTENTIAL:
        codes = [item.label for item, row in zip(room.items, rows) if row.waiting]
        if not codes:
            return tr("Every area has been scored.")
        return tr("Areas not yet scored ({n}): {codes}").format(n=len(codes),
                                                                 codes=", ".join(isolate(c) for c in codes))
    waiting = set().union(*(row.waiting for row in rows))
    preferences = room.kind == RoundKind.PREFERENCES  # one item: "on every item" read oddly
    if not waiting:
        return tr("Every organisation has stated its preference.") if preferences else tr(
            "Every organisation has voted on every item.")
    names = [o.short_code or o.name for place, o in enumerate(room.organisations) if place in waiting]
    template = tr("Not yet stated a preference ({n}): {names}") if preferences else tr(
        "Not yet voted on every item ({n}): {names}")
    return template.format(n=len(names), names=", ".join(isolate(n) for n in names))


def round_progress(room: Round, senders: dict, stored, before: dict) -> tuple[int, int]:
    """Votes given in this round and votes it asks for, by arrival_rows' rule (a value there before the round
    began, and not sent again, has not arrived): the projector's hidden notice had said "35 of 35 votes are
    in" as a second round on an alternative began."""
    rows = arrival_rows(room, senders, stored, before)
    return sum(len(room.organisations) - len(row.waiting) for row in rows), len(rows) * len(room.organisations)


def latest_sender(sent: list, stored, room: Round, item: RoundItem):
    """The latest of a cell's phone Senders whose vote is the stored value (after an undo, an earlier one),
    or None when it was typed (or was there before the round)."""
    return next((s for s in reversed(sent) if _same(s.value, stored, room, item)), None)


def as_sent(stored, item: RoundItem):
    """A stored value in the form a phone sends it (a preference: the alternative's id, not its code)."""
    if item.choices:
        return next((c.value for c in item.choices if c.label == stored), stored)
    return stored


def _same(sent, stored, room: Round, item: RoundItem) -> bool:
    """True when the stored value is the one the phone sent (a preference is sent as the alternative's id)."""
    if item.choices:
        return next((c.label for c in item.choices if c.value == sent), None) == stored
    return sent == stored


class ArrivalsModel(QAbstractTableModel):
    """Rows: the round's items; columns: item, arrivals, one per organisation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ArrivalRow] = []
        self._organisations: list[str] = []

    def set_rows(self, organisations: list[str], rows: list[ArrivalRow]) -> None:
        """Show these rows (organisations: the column titles). The same round again tells the view only the
        rows that changed (a vote changes one), not a new table."""
        rows = list(rows)
        if list(organisations) == self._organisations and [r.item for r in rows] == [r.item for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
            self._rows = rows
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._organisations, self._rows = list(organisations), rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + len(self._organisations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ITEM:
                return row.item
            if column == ARRIVED:
                return row.arrived
            if 0 <= column - 2 < len(row.cells):
                return row.cells[column - 2][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ITEM:  # cut to two lines in the table (LinesDelegate): the whole wording here
                return literal_tooltip(row.item) or None
            if column == ARRIVED:
                return literal_tooltip(row.sentence) or None
            if 0 <= column - 2 < len(row.cells):
                return literal_tooltip(row.cells[column - 2][1]) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == ITEM:
            return tr("Item")
        if section == ARRIVED:
            return tr("Arrived")
        if 0 <= section - 2 < len(self._organisations):
            return self._organisations[section - 2]
        return None
