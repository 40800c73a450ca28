"""Edits to the vote grid that ask something in a dialog first: a criterion added, removed or reworded, an
agreed score set by hand (why the room agreed on it) and a vote's rationale. Each is one undoable edit; a
refusal is said through `report`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from workshop.charts.locale import number
from workshop.domain.model import Criterion
from workshop.ui.alternatives.voting.model import VOTE, VoteTableModel
from workshop.ui.alternatives.voting.state import ScoreBoard
from workshop.ui.session.commands import push_or_report
from workshop.ui.session.edits import AddCriterion, RemoveCriterion, RewordCriterion
from workshop.ui.session.session import EngagementSession
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.dialog_edits import remove_via_dialog, rename_via_dialog
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.lines_label import elide_lines

NAME_LETTERS = 40  # an organisation named in a question or a note is cut to about this many letters


def short_name(widget: QWidget, name: str) -> str:
    """An organisation's name cut to a line of about NAME_LETTERS letters in `widget`'s font."""
    return elide_lines(name, widget.font(), widget.fontMetrics().averageCharWidth() * NAME_LETTERS, 1)


def add_criterion(parent: QWidget, session: EngagementSession, report: Callable[[str], None]) -> None:
    """Ask for a new criterion's wording and add it last, on the same scale as the others (undoable)."""
    criteria = session.engagement.criteria
    text = dialogs.ask_text(parent, tr("Add criterion"), tr("Wording:"))
    if text is None:
        return
    low, high = (criteria[0].scale_min, criteria[0].scale_max) if criteria else (1, 4)
    criterion = Criterion(number=max((c.number for c in criteria), default=0) + 1, text=text.strip(),
                          scale_min=low, scale_max=high)
    push_or_report(session.undo_stack, AddCriterion(session, criterion), report)


def remove_criterion(parent: QWidget, session: EngagementSession, report: Callable[[str], None]) -> None:
    """Ask which criterion to remove (and confirm, naming its votes); Undo puts it back with them."""
    e = session.engagement
    crit = dialogs.ask_item(parent, tr("Remove criterion"), tr("Criterion:"), e.criteria,
                            lambda c: f"{c.number}. {c.text}")
    if crit is None:
        return
    votes = sum(1 for v in e.votes if v.criterion_number == crit.number)
    question = tr("Remove criterion {n}? Votes on it: {votes}. Undo puts it back.")
    remove_via_dialog(parent, tr("Remove criterion"), question.format(n=crit.number, votes=votes),
                      RemoveCriterion(session, crit), session.undo_stack, report)


def rename_criterion(parent: QWidget, session: EngagementSession, row: int, report: Callable[[str], None]) -> None:
    """Ask for the wording of the criterion in grid row `row` and store it (one undoable edit)."""
    criteria = session.engagement.criteria
    if not 0 <= row < len(criteria):
        return
    crit = criteria[row]
    rename_via_dialog(parent, tr("Criterion {n}").format(n=crit.number), tr("Wording:"), crit.text,
                      lambda value: RewordCriterion(session, crit, value), session.undo_stack, report)


def set_agreed_by_hand(parent: QWidget, session: EngagementSession, board: ScoreBoard, model: VoteTableModel,
                       index: QModelIndex, value: int) -> None:
    """Ask why the room agreed on this value instead of the median, then store it."""
    col = model.column(index)
    crit = model.criterion(index.row())
    cell = board.grid()[(col.alternative, crit.number)]
    current = next((a.comment for a in session.engagement.agreed_scores
                    if (a.alternative_code, a.criterion_number) == (col.alternative, crit.number)), "")
    comment = dialogs.ask_text(
        parent, tr("Agreed score set by hand"),
        tr("{alt}, criterion {n}: the room agrees on {value} (median of the votes: {median}). Why?").format(
            alt=col.alternative, n=crit.number, value=value,
            median="–" if cell.value is None or cell.source == "set" else number(cell.value)),
        current)
    if comment is None:
        return
    model.set_agreed(index, str(value), comment)


def ask_vote_rationale(parent: QWidget, session: EngagementSession, model: VoteTableModel, index: QModelIndex,
                       report: Callable[[str], None]) -> None:
    """Ask why the organisation gave the vote at `index`, then store it with the vote (undoable)."""
    if not index.isValid() or model.kind(index) != VOTE:
        report(tr("Choose an organisation's vote first."))
        return
    col, crit = model.column(index), model.criterion(index.row())
    org = session.engagement.organisations[col.organisation]
    vote = session.vote(org.uid, col.alternative, crit.number)
    # Named: the dialog covers the grid, and "this vote" no longer said which. A long name is shortened to a
    # line (a 280-character one had filled the question); the grid beside it has it whole.
    name = short_name(parent, org.name)
    question = (tr("Why did {org} give {alt}, criterion {n} ({criterion}) a {value}?") if vote else
                tr("Why did {org} vote as it did on {alt}, criterion {n} ({criterion})?"))
    text = dialogs.ask_text(parent, tr("Reason for the vote"), question.format(
        org=name, alt=col.alternative, n=crit.number, criterion=crit.text, value=vote.value if vote else ""),
        vote.rationale if vote else "")
    if text is not None:
        model.set_vote_rationale(index, text)
