"""An alternative scored on some criteria only, in the window (Swedish, 1366×768): its sum reads as partial
("14 (5 av 7)") in the voting tab's results, the Report view and the bars of sums, and it has no rank; the rank
column stays in view. The sums had read "14" beside complete ones and ranked it last."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from workshop.storage import EngagementStore

PARTIAL = "14 (5 av 7)"


@pytest.fixture
def window(open_app, tmp_path, example, swedish_interface):
    """The example with no vote yet on 1 Teknik's criteria 6 and 7, opened at 1366×768 on the voting tab."""
    votes = tuple(v for v in example.votes if not (v.alternative_code == "1 Teknik" and v.criterion_number >= 6))
    path = tmp_path / "partial.workshop"
    EngagementStore.create(path, dataclasses.replace(example, votes=votes, agreed_scores=())).close()
    return open_app(path, size=(1366, 708), view="alternatives", tab="voting")


def _row(model, code: str) -> list[str]:
    row = next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical) == code)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_results_table_marks_the_partial_sum_and_keeps_the_rank_in_view(window, qtbot):
    """Sum and weighted sum "14 (5 av 7)", rank "–", a tooltip saying why; the others rank among themselves.
    The wider sums take room from the criteria's columns, not the rank's: it had gone behind a scroll bar."""
    voting = window.views["alternatives"].voting
    results, table = voting.results_model, voting.results
    assert _row(results, "1 Teknik")[7:] == [PARTIAL, PARTIAL, "–"]
    assert [_row(results, code)[9] for code in ("S", "1 Tjänst", "2")] == ["3", "1", "2"]
    assert "5 av 7" in results.index(1, 7).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
    last = results.columnCount() - 1
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    header = table.horizontalHeader()
    for column in range(results.columnCount() - 3, results.columnCount()):  # every sum whole
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column


def test_the_vote_grid_the_report_view_and_the_bars_of_sums_mark_it_too(window, qtbot):
    """The vote grid's agreed sum under its dashes, the Report view's table and the Robustness tab's bars (the
    projector's too) read "14 (5 av 7)"."""
    voting = window.views["alternatives"].voting
    voting.alternative.setCurrentIndex(voting.alternative.findData("1 Teknik"))
    grid = voting.model
    assert [grid.index(r, 6).data() for r in range(5, 8)] == ["–", "–", PARTIAL]
    window.show_view("report")
    report = window.views["report"]
    qtbot.waitUntil(lambda: report.criteria.rowCount() == 4)
    row = [report.criteria.item(1, c).text() for c in range(report.criteria.columnCount())]
    assert row[0] == "1 Teknik" and row[-2:] == [PARTIAL, "–"]
    assert "Alternativ 1\u00a0Teknik har ännu inte poäng på alla kriterier och jämförs inte." in \
        report.robustness.text()  # compared with the others' complete sums it had been the runner-up
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("robustness")
    bars = window.views["alternatives"].robustness.chart
    assert bars.value_texts() == ["21", PARTIAL, "23", "22"]
