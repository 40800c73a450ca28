"""Alternatives & Criteria: keyboard voting, agreed scores, the report's table, weights, reveal, preferences,
robustness, coverage and paths — on the example, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop.domain.summary import coverage_shares
from workshop.storage import EngagementStore
from workshop.ui.widgets import dialogs
from workshop.ui.alternatives.voting.charts import AlternativeRadar, FeasibilityLive, ResultBars, RevealGate
from workshop.ui.alternatives.voting.state import ALL_ROUND

SUMS = {"S": 21, "1 Teknik": 22, "1 Tjänst": 23, "2": 22}


@pytest.fixture
def window(open_app, example_path):
    """The app on a fresh example file with the Alternatives & Criteria view on its voting tab."""
    return open_app(example_path, size=(1600, 1000), view="alternatives", tab="voting")


def _voting(window):
    return window.views["alternatives"].voting


def _load(path):
    with EngagementStore.open(path) as store:
        return store.load()


def _vote(path, org_index, alt, crit):
    e = _load(path)
    uid = e.organisations[org_index].uid
    return next((v.value for v in e.votes if (v.organisation_uid, v.alternative_code, v.criterion_number)
                 == (uid, alt, crit)), None)


def test_view_is_registered_with_its_title(window):
    """The navigation lists “Alternatives & Criteria” after Potential."""
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles.index("Alternatives & Criteria") == titles.index("Potential") + 1


def test_grid_shows_votes_spread_and_the_reports_agreed_scores(window):
    """S: five municipalities' votes, the spread, the agreed median 2,4,4,2,2,4,3 and the sum 21."""
    model = _voting(window).model
    assert model.rowCount() == 8 and model.columnCount() == 7
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "GIS", "GNO", "VMO", "VAG", "HYL", "Spread", "Agreed"]
    assert [model.index(r, 6).data() for r in range(8)] == ["2", "4", "4", "2", "2", "4", "3", "21"]
    assert [model.index(r, 5).data() for r in range(7)] == ["1–3", "4", "3–4", "1–3", "1–2", "3–4", "2–4"]
    assert [model.index(0, c).data() for c in range(5)] == ["2", "2", "3", "2", "1"]


def test_result_table_is_the_reports(window):
    """Agreed scores per criterion, sums 21/22/23/22, 1 Tjänst ranked first, as in the report."""
    results = _voting(window).results_model
    n = 7
    table = {results.headerData(r, Qt.Orientation.Vertical): [results.index(r, c).data() for c in range(n + 3)]
             for r in range(results.rowCount())}
    assert table["S"] == ["2", "4", "4", "2", "2", "4", "3", "21", "21", "4"]
    assert table["1 Teknik"] == ["3", "4", "3", "2", "2", "4", "4", "22", "22", "2"]
    assert table["1 Tjänst"] == ["3", "4", "4", "2", "2", "4", "4", "23", "23", "1"]
    assert table["2"] == ["4", "4", "4", "3", "3", "2", "2", "22", "22", "2"]
    assert "same" in _voting(window).weights_note.text()


def test_typing_a_digit_votes_and_moves_on(window, qtbot, example_path):
    """On Gislaved/criterion 1, typing 3 stores the vote, moves to Gnosjö, and the median follows."""
    panel = _voting(window)
    table, model = panel.table, panel.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert _vote(example_path, 0, "S", 1) == 3
    assert table.currentIndex() == model.index(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_3)  # Gnosjö 2 → 3: votes 3,3,3,2,1 → median 3
    assert model.index(0, 6).data() == "3" and model.index(7, 6).data() == "22"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex() == model.index(1, 2)


def test_bad_keys_are_refused_in_place(window, qtbot, example_path):
    """5 (outside 1–4), 0 and a letter are refused with a message; the stored vote stays."""
    panel = _voting(window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(2, 1))
    for key in (Qt.Key.Key_5, Qt.Key.Key_0, Qt.Key.Key_X):
        panel.message.clear()
        qtbot.keyClick(panel.table, key)
        assert panel.message.text()
    assert _vote(example_path, 1, "S", 3) == 3
    assert window.session.undo_stack.count() == 0


def test_delete_leaves_no_vote_and_says_who_is_missing(window, qtbot, example_path):
    """Delete clears a vote (no row, not 0); the agreed score uses the rest and the gap is named."""
    panel = _voting(window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 4))  # Hylte, S, criterion 1 (vote 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _vote(example_path, 4, "S", 1) is None
    assert panel.model.index(0, 4).data() == ""
    assert panel.model.index(0, 6).data() == "2"  # the median of the four votes left: 2, 2, 3, 2
    assert "Hylte (S: 1)" in panel.missing.text()
    window.session.undo_stack.undo()
    assert _vote(example_path, 4, "S", 1) == 1
    assert not panel.missing.isVisible()


def test_missing_votes_name_each_organisation_once(window, qtbot):
    """Votes missing on several criteria: the organisation's name had been repeated for each ("Hylte (S/1),
    Hylte (S/2), …"), six lines pushing the grid off the screen. It is named once, with its criteria."""
    from workshop.ui.alternatives.voting.missing import numbers

    assert numbers([5, 1, 2, 3, 7, 8]) == "1–3, 5, 7, 8"
    panel = _voting(window)
    panel.table.setFocus()
    for row in (0, 1, 2, 4):  # Hylte, S, criteria 1, 2, 3 and 5
        panel.table.setCurrentIndex(panel.model.index(row, 4))
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    text = panel.missing.text()
    assert text.count("Hylte") == 1 and "Hylte (S: 1–3, 5)" in text and text.startswith("Missing votes (4):")


def test_agreed_score_set_by_hand_with_a_comment(window, qtbot, monkeypatch, example_path):
    """Typing in “Agreed” asks why, stores the score and comment, marks the cell; Delete returns to the median."""
    asked = []

    def answer(parent, title, label, text=""):
        asked.append(label)
        return "Enades om 3 efter diskussion"

    monkeypatch.setattr(dialogs, "ask_text", answer)
    panel = _voting(window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 6))
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert asked and "median of the votes: 2" in asked[0]
    agreed = _load(example_path).agreed_scores
    assert [(a.alternative_code, a.criterion_number, a.value, a.comment) for a in agreed] == [
        ("S", 1, 3, "Enades om 3 efter diskussion")]
    assert panel.model.index(0, 6).data() == "3 ✎"
    assert "Enades om 3" in panel.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _load(example_path).agreed_scores == ()
    assert panel.model.index(0, 6).data() == "2"


def test_cancelled_comment_sets_nothing(window, qtbot, monkeypatch, example_path):
    """Cancelling the comment dialog leaves the median in place."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    panel = _voting(window)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 6))
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert _load(example_path).agreed_scores == ()


def test_all_alternatives_side_by_side(window):
    """“All alternatives” shows a block per alternative (5 votes, spread, agreed) with the sums."""
    panel = _voting(window)
    panel.alternative.setCurrentIndex(panel.alternative.findData(ALL_ROUND))
    model = panel.model
    assert model.columnCount() == 4 * 7
    assert [model.index(7, 7 * k + 6).data() for k in range(4)] == ["21", "22", "23", "22"]
    assert panel.radar.code is None and panel.radar.series_count() == 4


def test_weights_are_optional_checked_and_undoable(window, example_path):
    """A weight changes the weighted sum; negative or all-zero weights are refused; equal weights restore."""
    panel = _voting(window)
    weights = panel.weights_model
    assert weights.setData(weights.index(0, 3), "2")
    assert _load(example_path).criteria[3].weight == 2
    results = panel.results_model
    weighted = {results.headerData(r, Qt.Orientation.Vertical): results.index(r, 8).data() for r in range(4)}
    assert weighted == {"S": "23", "1 Teknik": "24", "1 Tjänst": "25", "2": "25"}
    assert "weighted" in panel.weights_note.text()
    assert not weights.setData(weights.index(0, 0), "-1")
    assert "negative" in panel.message.text()
    assert not weights.setData(weights.index(0, 0), "")
    row = results.rowCount() - 1  # typed where the facilitator sees them: the results' last row
    assert results.headerData(row, Qt.Orientation.Vertical) == "Weight"
    assert results.index(row, 3).data() == "2" and results.flags(results.index(row, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not results.flags(results.index(row, 7)) & Qt.ItemFlag.ItemIsEditable  # under Sum: nothing to type
    assert not results.flags(results.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert results.setData(results.index(row, 4), "3") and _load(example_path).criteria[4].weight == 3
    window.session.undo_stack.undo()
    panel.set_equal_weights()
    assert [c.weight for c in _load(example_path).criteria] == [1.0] * 7
    window.session.undo_stack.undo()
    assert _load(example_path).criteria[3].weight == 2
    for column in range(7):
        weights.setData(weights.index(0, column), "0") if column < 6 else None
    assert not weights.setData(weights.index(0, 6), "0")
    assert "At least one" in panel.message.text()


def test_a_weight_is_typed_under_its_criterion_in_the_results(window, qtbot, example_path):
    """In the results' weights row, F2 under criterion 4, 2 and Enter store the weight and the weighted sums
    follow (S 23); an alternative's agreed score opens no editor."""
    from PySide6.QtWidgets import QLineEdit

    panel = _voting(window)
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("voting")
    table, results = panel.results, panel.results_model
    table.setFocus()
    table.setCurrentIndex(results.index(results.rowCount() - 1, 3))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _load(example_path).criteria[3].weight == 2)
    assert results.index(0, 8).data() == "23"
    table.setCurrentIndex(results.index(0, 3))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != table.State.EditingState and results.index(0, 3).data() == "2"


def test_radar_and_map_follow_the_votes(window, qtbot):
    """The radar draws S's agreed polygon and each vote; the map puts S, 1 and 1 at 60 % and 2 at 100 %."""
    panel = _voting(window)
    assert panel.radar.series_count() == 6  # five municipalities and the agreed polygon
    points = {p.label: (round(p.x, 4), p.y) for p in panel.map.points()}
    assert points == {"S": (0.6, 21), "1 Teknik": (0.6, 22), "1 Tjänst": (0.6, 23), "2": (1.0, 22)}
    assert panel.model.setData(panel.model.index(0, 0), "4")  # S/1 votes 4, 2, 3, 2, 1: median 2
    assert {p.label: p.y for p in panel.map.points()}["S"] == 21
    assert panel.model.setData(panel.model.index(0, 1), "4")  # 4, 4, 3, 2, 1: median 3
    assert {p.label: p.y for p in panel.map.points()}["S"] == 22


def test_votes_stay_hidden_on_the_projector_until_revealed(window, qtbot):
    """The presenter shows only how many votes are in until revealed; then agreed only, or per organisation
    (in the document language, Swedish by default, whatever the interface's)."""
    panel = _voting(window)
    panel.show_votes_on_projector()
    gate = window.presenter_channel.current.chart_factory()
    qtbot.addWidget(gate)
    gate.show()
    assert isinstance(gate, RevealGate) and gate.chart is None
    assert "35 av 35 röster" in gate.notice.text()
    panel.reveal.click()
    assert isinstance(gate.chart, AlternativeRadar) and not gate.chart.show_votes
    assert gate.chart.series_count() == 1 and gate.chart.legend_labels() == ["S, överenskommen"]
    panel.per_org.click()
    assert gate.chart.show_votes and gate.chart.series_count() == 6
    panel.reveal.click()  # hide again
    assert gate.chart is None and gate.notice.isVisible()
    panel.alternative.setCurrentIndex(1)  # a new round starts hidden
    assert not panel.reveal.isChecked()


def test_results_on_projector_need_every_alternative_revealed(window, qtbot):
    """The sums and the map reach the projector only when every alternative's votes are revealed."""
    panel = _voting(window)
    panel.show_results_on_projector()
    gate = window.presenter_channel.current.chart_factory()
    qtbot.addWidget(gate)
    assert gate.chart is None
    window.views["alternatives"].state.set_revealed(ALL_ROUND, True)
    assert isinstance(gate.chart, ResultBars)
    assert gate.chart.value_texts() == ["21", "22", "23", "22"]
    panel.show_map_on_projector()
    gate2 = window.presenter_channel.current.chart_factory()
    qtbot.addWidget(gate2)
    assert isinstance(gate2.chart, FeasibilityLive)
    points = {p.label: (round(p.x, 4), p.y) for p in gate2.chart.points()}
    assert points == {"S": (0.6, 21), "1 Teknik": (0.6, 22), "1 Tjänst": (0.6, 23), "2": (1.0, 22)}


def test_preferences_table_chart_and_edits(window, example_path):
    """Gislaved and Vaggeryd prefer 1 Teknik, the others 1 Tjänst; a change is stored, a wrong code refused."""
    view = window.views["alternatives"]
    view.show_tab("preferences")
    panel = view.preferences
    model = panel.model
    assert [model.index(r, 1).data() for r in range(5)] == ["1 Teknik", "1 Tjänst", "1 Tjänst", "1 Teknik", "1 Tjänst"]
    assert panel.chart.bar_heights() == [0, 2, 3, 0]
    assert panel.chart.value_texts() == ["0", "2: GIS, VAG", "3: GNO, VMO, HYL", "0"]
    assert model.setData(model.index(0, 1), "S")
    assert _load(example_path).preferences[0].alternative_code == "S"
    assert panel.chart.bar_heights() == [1, 1, 3, 0]
    assert not model.setData(model.index(0, 1), "Z")
    assert "not an alternative" in panel.message.text()
    assert model.setData(model.index(0, 2), "Ny kommentar")
    assert _load(example_path).preferences[0].comment == "Ny kommentar"
    assert model.setData(model.index(0, 1), "")
    assert not model.setData(model.index(0, 2), "utan val")
    window.session.undo_stack.undo()
    assert _load(example_path).preferences[0].alternative_code == "S"


def test_robustness_panel_explains_how_close_it_is(window):
    """1 Tjänst leads by one point; nine single votes would end the lead; halving criterion 6's weight too."""
    view = window.views["alternatives"]
    view.show_tab("robustness")
    panel = view.robustness
    # Codes named as alternatives ("1 point ahead of 1 Teknik and 2" read as counts), never broken inside.
    assert panel.headline.text() == ("Alternative 1\u00a0Tjänst leads with 23 points, 1 point ahead of "
                                     "alternative 1\u00a0Teknik and alternative 2.")
    assert "Fragile" in panel.verdict.text() and "9 such votes" in panel.verdict.text()
    assert "tie for first counts as losing the lead" in panel.rule.text()
    assert panel.weights.text() == "Weights: all criteria weigh the same."
    assert panel.flips.rowCount() == 9
    assert [panel.flips.item(0, c).text() for c in range(5)] == ["Gnosjö", "1 Teknik", "5", "2", "3"]
    assert "tie" in panel.flips.item(0, 5).text()
    assert "0.5 instead of 1 on criterion 6" in panel.weight_flip.text()


def test_robustness_follows_an_edit(window):
    """After one more point for 1 Tjänst on criterion 5 (a vote 2 → 3 twice), its lead grows to 2."""
    panel = _voting(window)
    panel.alternative.setCurrentIndex(2)  # 1 Tjänst
    model = panel.model
    assert model.setData(model.index(4, 0), "3") and model.setData(model.index(4, 1), "3")
    view = window.views["alternatives"]
    view.show_tab("robustness")
    assert "2 points ahead" in view.robustness.headline.text()


def test_coverage_share_row_follows_potential_edits(window, qtbot):
    """While the coverage matrix is on screen, a potential typed elsewhere repaints its share row at once;
    while it is hidden nothing is sent, and it shows the new shares when it comes back."""
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    cov, potential = view.info.coverage_model, window.views["potential"].model
    with qtbot.waitSignal(cov.dataChanged, timeout=1000):
        assert potential.setData(potential.index(0, 0), "0")  # Gislaved's A: less potential in A–B
    assert cov.index(9, 1).data() != "60 %"
    window.show_view("potential")
    received = []
    cov.dataChanged.connect(lambda *a: received.append(a))
    assert potential.setData(potential.index(1, 0), "0")
    assert received == []
    window.show_view("alternatives")
    e = window.session.engagement
    shares = coverage_shares(e.alternatives, e.areas, e.potentials)
    assert cov.index(9, 1).data() == f"{shares['S'] * 100:.0f} %"


def test_alternatives_coverage_and_paths(window):
    """S, 1 Teknik and 1 Tjänst cover A–B (60 % of potential), 2 covers A–I (100 %); the paths are listed."""
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    cov = view.info.coverage_model
    covered = {cov.headerData(c, Qt.Orientation.Horizontal): [r for r in range(9) if cov.index(r, c).data() == "✓"]
               for c in range(1, 5)}
    assert covered == {"S": [0, 1], "1 Teknik": [0, 1], "1 Tjänst": [0, 1], "2": list(range(9))}
    assert [cov.index(9, c).data() for c in range(1, 5)] == ["60 %", "60 %", "60 %", "100 %"]
    view.info.list.setCurrentRow(3)
    editor = view.info.editor
    assert editor.code_label.text() == "2" and editor.name.text()
    assert editor.lists["pros"].list.count() > 0 and editor.lists["cons"].list.count() > 0
    view.show_tab("paths")
    paths = [view.paths.paths.item(r, 0).text() for r in range(view.paths.paths.rowCount())]
    assert paths[:3] == ["Now → S", "Now → 1 Teknik", "Now → 1 Tjänst"]
    assert "S → External solution" in paths and "1 Teknik → 2" in paths
    assert view.paths.forms.count() == 5 and view.paths.form.lists["pros"].list.count() > 0


def test_models_pass_qt_model_tester(window, qtmodeltester):
    """Every item model of the view keeps Qt's contract."""
    view = window.views["alternatives"]
    panel = view.voting
    for model in (panel.model, panel.results_model, panel.weights_model, view.preferences.model,
                  view.info.coverage_model):
        qtmodeltester.check(model)
    panel.alternative.setCurrentIndex(panel.alternative.findData(ALL_ROUND))
    qtmodeltester.check(panel.model)


def test_an_alternative_is_edited_and_its_coverage_toggled_with_undo(window, qtbot, monkeypatch, example_path):
    """Renaming, a new pro, a removed con and Space on a coverage cell each store at once and are one undo
    step; covering area C moves S's share of the potential from 60 % to 69 % and its point on the map;
    an empty name is refused with a message."""
    from workshop.ui.widgets import dialogs

    view = window.views["alternatives"]
    view.show_tab("alternatives")
    info = view.info
    editor = info.editor
    before = _stored_alternatives(example_path)["S"]
    info.list.setCurrentRow(0)
    assert editor.code == "S"

    editor.name.setText("Samverkan light")
    editor.name.editingFinished.emit()
    assert _stored_alternatives(example_path)["S"].name == "Samverkan light"
    assert info.list.item(0).text() == "S — Samverkan light"

    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Snabb start")
    editor.add_point("pros")
    assert _stored_alternatives(example_path)["S"].pros == (*before.pros, "Snabb start")
    editor.lists["cons"].list.setCurrentRow(0)
    editor.remove_point("cons")
    assert _stored_alternatives(example_path)["S"].cons == before.cons[1:]

    cov = info.coverage_model
    x_before = {p.code: p.potential_share for p in view.board.points()}["S"]
    info.coverage.setFocus()
    info.coverage.setCurrentIndex(cov.index(2, 1))  # area C, alternative S
    qtbot.keyClick(info.coverage, Qt.Key.Key_Space)
    assert _stored_alternatives(example_path)["S"].area_codes == ("A", "B", "C")
    assert cov.index(2, 1).data() == "✓" and cov.index(9, 1).data() == "69 %"
    assert {p.code: p.potential_share for p in view.board.points()}["S"] > x_before  # the map's point moves right

    editor.name.setText("   ")
    editor.name.editingFinished.emit()
    assert "must not be empty" in info.message.text()
    assert editor.name.text() == "Samverkan light"

    for _ in range(4):
        window.session.undo_stack.undo()
    assert _stored_alternatives(example_path)["S"] == before
    assert cov.index(9, 1).data() == "60 %" and info.list.item(0).text() == f"S — {before.name}"


def _stored_alternatives(path):
    from workshop.storage import EngagementStore

    with EngagementStore.open(path) as store:
        return {a.code: a for a in store.load().alternatives}


def test_a_criterion_is_reworded_from_the_voting_grid_with_undo(window, monkeypatch, example_path):
    """Double-clicking a criterion asks for its new wording: the grid's row shows it and the file keeps it,
    the votes stay; an empty wording is refused with a message; Undo brings the old wording back."""
    from workshop.storage import EngagementStore

    def stored():
        with EngagementStore.open(example_path) as store:
            e = store.load()
        return e.criteria[0].text, len(e.votes)

    panel = _voting(window)
    old_text, votes = stored()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Förmåga att leverera tjänsterna")
    panel.table.verticalHeader().sectionDoubleClicked.emit(0)
    assert stored() == ("Förmåga att leverera tjänsterna", votes)
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == "1. Förmåga att leverera tjänsterna"
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "   ")
    panel.rename_criterion(0)
    assert "must not be empty" in panel.message.text()
    assert stored()[0] == "Förmåga att leverera tjänsterna"
    window.session.undo_stack.undo()
    assert stored() == (old_text, votes)
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == f"1. {old_text}"


def test_an_alternative_is_added_voted_on_and_undone(window, monkeypatch, example_path):
    """“Add alternative…” asks for a code and a name: the new alternative is in the list, the coverage
    matrix, the voting rounds and the sums table at once, and takes votes; a code already used is refused
    with a message; Undo takes the votes back, then the alternative."""
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    info = view.info
    answers = iter(["3", "Extern leverantör"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    info.add_alternative()
    assert "3" in _stored_alternatives(example_path)
    assert info.list.item(info.list.count() - 1).text() == "3 — Extern leverantör"
    assert info.coverage_model.columnCount() == 6 and info.coverage_model.index(9, 5).data() == "0 %"
    panel = _voting(window)
    assert panel.alternative.findData("3") >= 0
    results = panel.results_model
    assert results.rowCount() == 5 + 1 and results.headerData(4, Qt.Orientation.Vertical) == "3"  # and the weights

    view.show_tab("voting")
    panel.alternative.setCurrentIndex(panel.alternative.findData("3"))
    assert panel.model.setData(panel.model.index(0, 0), "3")
    assert len([v for v in _load(example_path).votes if v.alternative_code == "3"]) == 1

    answers = iter(["S", "Dubblett"])
    info.add_alternative()
    assert "already exists" in info.message.text()
    assert len(_stored_alternatives(example_path)) == 5

    window.session.undo_stack.undo()  # the vote
    window.session.undo_stack.undo()  # the alternative
    assert "3" not in _stored_alternatives(example_path)
    assert info.coverage_model.columnCount() == 5 and panel.alternative.findData("3") < 0


def test_a_criterion_is_added_scored_and_undone(window, monkeypatch, example_path):
    """“Add criterion…” adds criterion 8 on the same 1–4 scale: a new row in the vote grid, a column in the
    sums and weights, an axis on the radar; it takes votes; Undo takes the vote, then the criterion, back."""
    panel = _voting(window)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Påverkan på verksamheternas digitalisering")
    panel.add_criterion()
    e = _load(example_path)
    assert (e.criteria[-1].number, e.criteria[-1].scale_min, e.criteria[-1].scale_max) == (8, 1, 4)
    assert panel.model.rowCount() == 9  # eight criteria and the sum
    assert panel.model.headerData(7, Qt.Orientation.Vertical) == "8. Påverkan på verksamheternas digitalisering"
    assert panel.weights_model.columnCount() == 8 and panel.results_model.columnCount() == 11
    assert panel.radar.axes()[-1] == "8"
    assert panel.model.setData(panel.model.index(7, 0), "4")
    assert any(v.criterion_number == 8 for v in _load(example_path).votes)
    assert not panel.model.setData(panel.model.index(7, 1), "5")  # the new criterion's scale holds too
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert [c.number for c in _load(example_path).criteria] == list(range(1, 8))
    assert panel.model.rowCount() == 8 and panel.weights_model.columnCount() == 7


def test_what_a_path_means_is_edited_in_place_with_undo(window, qtbot, example_path):
    """F2 on a path's meaning edits it; the file and the table keep the new words; Undo restores them."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    from meeting_keys import type_text

    view = window.views["alternatives"]
    view.show_tab("paths")
    table = view.paths.paths
    before = _load(example_path).paths[0].description
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    type_text(editor, "Samordna först, gå vidare sedan")  # QTest's keyClicks knows ASCII keys only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert _load(example_path).paths[0].description == "Samordna först, gå vidare sedan"
    window.session.undo_stack.undo()
    assert _load(example_path).paths[0].description == before
    assert table.item(0, 1).text() == before


def test_the_weights_notes_name_no_report_a_new_engagement_has_not_got(open_app, template_path):
    """"All criteria weigh the same, as in the report" (the example's published report) had shown in every new
    engagement, beside the sums and under Robustness: equal weights are said as they are."""
    window = open_app(template_path, view="alternatives", tab="robustness")
    view = window.views["alternatives"]
    assert view.voting.weights_note.text() == "All criteria weigh the same: the rank follows the plain sum."
    assert view.robustness.weights.text() == "Weights: all criteria weigh the same."


def test_a_new_alternative_is_offered_the_next_number_as_its_code(open_app, tmp_path, monkeypatch):
    """The code's field had been empty, its prompt "e.g. 3": the next number is filled in ("1" for a new
    engagement's first alternative, "3" after S, 1 Teknik, 1 Tjänst and 2), and Enter takes it."""
    from workshop.domain.validation import next_alternative_code
    from workshop.templates import engagement_from_template

    assert next_alternative_code([]) == "1"
    assert next_alternative_code(["S", "1 Teknik", "1 Tjänst", "2"]) == "3"
    assert next_alternative_code(["A", "B"]) == "1"
    path = tmp_path / "blank.workshop"
    EngagementStore.create(path, engagement_from_template("Blank", "Lönehantering")).close()
    window = open_app(path, view="alternatives", tab="alternatives")
    offered = []
    answers = iter(["accept", "Gemensamt lönecenter"])
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": offered.append((label, text))
                        or (text if (answer := next(answers)) == "accept" else answer))
    window.views["alternatives"].info.add_alternative()
    assert offered[0] == ("Code:", "1")
    assert [(a.code, a.name) for a in _load(path).alternatives] == [("1", "Gemensamt lönecenter")]


def test_an_organisation_form_is_edited_like_an_alternative_with_undo(window, monkeypatch, example_path):
    """On Paths & forms the chosen organisation form's name, description, pros and cons are edited: a new
    con is stored, an empty name refused with a message, and Undo restores the form."""
    view = window.views["alternatives"]
    view.show_tab("paths")
    paths = view.paths
    paths.forms.setCurrentRow(1)
    before = _load(example_path).organisation_forms[1]
    editor = paths.form
    assert editor.name.text() == before.name
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Kräver politiska beslut i alla kommuner")
    editor.add_point("cons")
    assert _load(example_path).organisation_forms[1].cons == (*before.cons, "Kräver politiska beslut i alla kommuner")
    editor.name.setText(" ")
    editor.name.editingFinished.emit()
    assert "must not be empty" in paths.message.text() and editor.name.text() == before.name
    window.session.undo_stack.undo()
    assert _load(example_path).organisation_forms[1] == before
    assert editor.lists["cons"].list.count() == len(before.cons)


def test_an_alternative_dropped_as_the_investigation_narrows_and_undo_brings_it_back(window, monkeypatch,
                                                                                     example_path):
    """“Remove alternative…” asks first, then removes S with its 35 votes, its paths and preferences: the
    list, the rounds and the sums no longer show it and the other ranks move up; Undo restores every row."""
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    info = view.info
    before = _load(example_path)
    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: questions.append(text) or True)
    info.list.setCurrentRow(0)
    info.remove_alternative()
    assert "S" in questions[0] and "35" in questions[0]
    after = _load(example_path)
    assert [a.code for a in after.alternatives] == ["1 Teknik", "1 Tjänst", "2"]
    assert not any(v.alternative_code == "S" for v in after.votes)
    assert not any("S" in (p.from_code, p.to_code) for p in after.paths)
    panel = _voting(window)
    assert panel.alternative.findData("S") < 0 and panel.results_model.rowCount() == 3 + 1  # and the weights
    window.session.undo_stack.undo()
    restored = _load(example_path)
    assert restored.alternatives == before.alternatives and set(restored.votes) == set(before.votes)
    assert restored.paths == before.paths and restored.preferences == before.preferences
    assert panel.alternative.findData("S") >= 0 and info.list.item(0).text().startswith("S — ")


def test_a_criterion_is_removed_with_its_votes_and_undo_brings_them_back(window, monkeypatch, example_path):
    """“Remove criterion…” asks which and confirms with its vote count; criterion 7 goes with its 20 votes,
    the sums drop by its scores (S 21 → 18); Undo restores the criterion and every vote."""
    panel = _voting(window)
    before = _load(example_path)
    monkeypatch.setattr(dialogs, "ask_choice", lambda parent, title, label, items: items[6])
    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: questions.append(text) or True)
    panel.remove_criterion()
    assert "7" in questions[0] and "20" in questions[0]
    after = _load(example_path)
    assert [c.number for c in after.criteria] == list(range(1, 7))
    assert not any(v.criterion_number == 7 for v in after.votes)
    assert panel.model.rowCount() == 7 and panel.weights_model.columnCount() == 6
    sums = {panel.results_model.headerData(r, Qt.Orientation.Vertical): panel.results_model.index(r, 6).data()
            for r in range(panel.results_model.rowCount())}
    assert sums["S"] == "18"
    window.session.undo_stack.undo()
    restored = _load(example_path)
    assert restored.criteria == before.criteria and set(restored.votes) == set(before.votes)
    assert panel.model.rowCount() == 8


def test_one_click_on_the_coverage_matrix_toggles_a_cell(window, qtbot, example_path):
    """A single click on a cell makes the alternative cover the area (stored at once), a second click undoes
    it; a double click toggles once, one undo step (as fast clickers expect), and one undo restores it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.show_view("alternatives")
    view = window.views["alternatives"]
    view.show_tab("alternatives")
    table = view.info.coverage
    qtbot.wait(20)
    index = table.model().index(2, 1)  # area C, alternative S
    centre = table.visualRect(index).center()

    def covers():
        return "C" in next(a for a in _load(example_path).alternatives if a.code == "S").area_codes

    assert not covers()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert covers()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not covers()
    viewport, left = table.viewport(), Qt.MouseButton.LeftButton
    steps = window.session.undo_stack.count()
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the clicks above are not part of what follows
    QTest.mousePress(viewport, left, pos=centre)  # a double click as the system delivers it:
    QTest.mouseRelease(viewport, left, pos=centre)  # press, release, press, double click, release
    QTest.mousePress(viewport, left, pos=centre)
    QTest.mouseDClick(viewport, left, pos=centre)
    QTest.mouseRelease(viewport, left, pos=centre)
    assert covers()
    assert window.session.undo_stack.count() == steps + 1
    window.session.undo_stack.undo()
    assert not covers()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # the next single click counts
    assert covers()


def test_adding_a_criterion_leaves_the_button_under_the_mouse(window, monkeypatch, qtbot):
    """“Add criterion…” stays where it was after the grid grows a row, so a second click lands on it too
    (and “Remove criterion…” likewise after the grid shrinks)."""
    panel = _voting(window)
    window.resize(1366, 708)
    qtbot.wait(30)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Påverkan på digitaliseringen")
    button = panel.add_criterion_button
    before = button.mapTo(window, button.rect().center())
    button.click()
    qtbot.wait(30)
    assert panel.model.rowCount() == 9
    assert button.mapTo(window, button.rect().center()) == before


def test_a_vote_carries_a_rationale_into_its_tooltip_and_the_minutes(window, monkeypatch, example_path):
    """Rationale of vote… stores why the organisation voted so (one undo step, the vote's meeting kept); the
    cell's tooltip and the minutes of the meeting it was given in show it; a cell with no vote is refused."""
    from workshop.export.minutes import minutes_story

    asked = []
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, *a, **k: asked.append(label) or
                        "Beroendet av en leverantör minskar")
    panel = _voting(window)
    panel.table.setCurrentIndex(panel.model.index(1, 1))  # Gnosjö on S, criterion 2
    panel.ask_vote_rationale()
    value = window.session.vote(window.session.engagement.organisations[1].uid, "S", 2).value
    assert asked == [f"Why did Gnosjö give S, criterion 2 (Beroende av externa resurser) a {value}?"]  # "this vote"
    e = _load(example_path)
    vote = next(v for v in e.votes if (v.organisation_uid, v.alternative_code, v.criterion_number)
                == (e.organisations[1].uid, "S", 2))
    assert vote.rationale == "Beroendet av en leverantör minskar" and vote.meeting_uid is not None
    assert "Beroendet av en leverantör" in panel.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    meeting = next(m for m in e.meetings if m.uid == vote.meeting_uid)
    text = " ".join(p.getPlainText() for p in minutes_story(e, meeting) if hasattr(p, "getPlainText"))
    assert "S · 2 · Gnosjö: Beroendet av en leverantör minskar" in text
    window.session.undo_stack.undo()
    assert all(v.rationale == "" for v in _load(example_path).votes)
    panel.table.setCurrentIndex(panel.model.index(0, 6))  # the agreed column: not a vote
    panel.ask_vote_rationale()
    assert "Choose an organisation's vote first." in panel.message.text()


def test_the_rationale_dialog_fits_a_laptop_screen_with_a_long_organisation_name(window, monkeypatch, qtbot):
    """Rationale of vote… for an organisation of a 280-character name: the question named it in full on one
    line, the dialog wider than a 1366-pixel screen, OK and Cancel off it. The name is shortened (the
    question still says which organisation) and the prompt wraps: the dialog fits 1366 × 768."""
    from PySide6.QtWidgets import QDialogButtonBox

    from workshop.ui.session.scope_edits import RenameOrganisation
    from workshop.ui.widgets.dialogs import _plain_input

    session = window.session
    gnosjo = session.engagement.organisations[1]
    long = "Gnosjö kommun och " + " ".join(["samverkande förbund för digital utveckling"] * 6)
    assert len(long) > 270
    session.undo_stack.push(RenameOrganisation(session, gnosjo, long, gnosjo.short_code))
    asked = []
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, *a, **k: asked.append((title, label)))
    panel = _voting(window)
    panel.table.setCurrentIndex(panel.model.index(1, 1))  # Gnosjö on S, criterion 2
    panel.ask_vote_rationale()
    title, label = asked[0]
    assert label.startswith("Why did Gnosjö kommun") and "criterion 2 (Beroende av externa resurser)" in label
    dialog = _plain_input(window, title, label)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.mapTo(dialog, buttons.rect().bottomRight()).x() <= dialog.width()


def test_a_round_of_one_vote_counts_it_in_the_singular(window, qtbot, monkeypatch):
    """"1 of 1 votes are in.": with one vote expected, the hidden projector says "1 av 1 röst"."""
    panel = _voting(window)
    panel.show_votes_on_projector()
    gate = window.presenter_channel.current.chart_factory()
    qtbot.addWidget(gate)
    monkeypatch.setattr(gate._board, "vote_progress", lambda codes: (1, 1))
    gate._update_notice()
    assert gate.notice.text().endswith("1 av 1 röst har kommit in.")
    monkeypatch.setattr(gate._board, "vote_progress", lambda codes: (0, 7))
    gate._update_notice()
    assert gate.notice.text().endswith("0 av 7 röster har kommit in.")


def test_equal_weighted_sums_share_a_rank_whatever_the_weights(example):
    """With every weight 0.1, 1 Teknik and 2 both weigh 2.2 and share second place (float sums made them
    2.2 and 2.2000000000000006, ranked 3 and 2)."""
    import dataclasses

    from workshop.domain.criteria import agreed_grid, alternative_results

    criteria = tuple(dataclasses.replace(c, weight=0.1) for c in example.criteria)
    grid = agreed_grid(example.alternatives, criteria, example.organisations, example.votes, example.agreed_scores)
    ranks = {r.code: r.rank for r in alternative_results(example.alternatives, criteria, grid)}
    assert ranks["1 Teknik"] == ranks["2"] == 2 and ranks["1 Tjänst"] == 1


def test_an_alternative_voted_on_some_criteria_says_so_on_the_map(open_app, template_path):
    """A new engagement votes S on three criteria of seven: the potential-feasibility map (and the projector's)
    put S at a feasibility of 9 with nothing said, as if it were scored on all and far less feasible than it
    is; the sums' bars said "9 (3 of 7)". The map's point says it too, and plain "S" once every criterion is."""
    from workshop.domain.model import Organisation
    from workshop.ui.session.commands import push
    from workshop.ui.potential.model import PotentialTableModel
    from workshop.ui.session.edits import AddOrganisation

    window = open_app(template_path, size=(1600, 1000), view="alternatives", tab="voting")
    session = window.session
    push(session.undo_stack, AddOrganisation(session, Organisation(name="Tranås kommun", short_code="TRA")))
    potential = PotentialTableModel(session)
    assert potential.setData(potential.index(0, 0), "50")  # area A: S covers all the potential given
    panel = _voting(window)
    for row in range(3):
        assert panel.model.setData(panel.model.index(row, 0), "3")
    assert {p.label: p.y for p in panel.map.points()} == {"S (3 of 7)": 9}
    for row in range(3, 7):
        assert panel.model.setData(panel.model.index(row, 0), "3")
    assert {p.label: p.y for p in panel.map.points()} == {"S": 21}
