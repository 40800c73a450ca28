"""The Potential view: grouped grid, factor scoring, rationale, shares beside the grid, live charts, projector."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QRegion
from PySide6.QtWidgets import QApplication

from workshop.app import build
from workshop.domain.potential import group_potentials
from workshop.domain.summary import area_medians
from workshop.storage import EngagementStore
from workshop.ui.potential.charts import PotentialRadar, PotentialShareBars
from workshop.ui.potential.data import PotentialData, column_medians, potential_data


@pytest.fixture
def window(open_app, example_path):
    """The app on a fresh example file, Potential view showing."""
    return open_app(example_path, size=(1600, 1000), view="potential")


def _stored(path, org_index, area):
    with EngagementStore.open(path) as store:
        e = store.load()
    org = e.organisations[org_index]
    return next((p for p in e.potentials if p.organisation_uid == org.uid and p.area_code == area), None)


def test_grid_is_grouped_as_in_the_report(window):
    """Above the area codes the header names each group over its columns: IT-drift A–B, change C–D, E–I."""
    view = window.views["potential"]
    header = view.table.horizontalHeader()
    assert [header.group_span(c) for c in (0, 1, 2, 3, 4, 8)] == [(0, 1), (0, 1), (2, 3), (2, 3), (4, 8), (4, 8)]
    assert header.sizeHint().height() > 2 * header.fontMetrics().height()


def test_shares_beside_the_grid_match_the_report(window):
    """Group sums and shares 60/15/25 % next to today's 40/25/35 %, and the share bars say the same."""
    view = window.views["potential"]
    rows = [line.split("\t") for line in view.shares.text().splitlines()[1:]]
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("IT-drift", "60 %", "40 %"), ("Förändringshantering", "15 %", "25 %"),
        ("Systemförvaltning & vidmakthållande", "25 %", "35 %"), ("Total", "100 %", "100 %"),
    ]
    assert view.bars.bar_heights(0) == pytest.approx([0.60, 0.15, 0.25])
    assert view.bars.bar_heights(1) == pytest.approx([0.40, 0.25, 0.35])
    assert view.bars.value_texts()[:3] == ["60 %", "15 %", "25 %"]


def test_radar_per_organisation_has_the_median_as_reference(window, example):
    """Choosing one municipality shows its polygon and the dashed median of all five in colour, the four
    others faded behind them (one legend entry)."""
    view = window.views["potential"]
    view.organisation.setCurrentIndex(2)  # Gnosjö
    assert view.radar.series_count() == 5 and view.radar.batched_count() == 4
    assert view.radar.legend_labels() == ["Gnosjö", "Median of all organisations", "Other organisations"]
    median = area_medians(example.organisations, example.areas, example.potentials)
    _, y = view.radar.series_points(1)
    assert y[0] == pytest.approx(median[0] / 100)  # axis A points up
    view.organisation.setCurrentIndex(0)
    assert view.radar.series_count() == 5


def test_typing_updates_shares_radar_and_bars(window, qtbot, example_path):
    """An edit is saved and the radar, the bars and the shares follow at once."""
    view = window.views["potential"]
    before = view.shares.text()
    assert view.model.setData(view.model.index(0, 0), "5")
    assert _stored(example_path, 0, "A").value == 5
    assert view.shares.text() != before
    assert view.radar.series_points(0)[1][0] == pytest.approx(0.05)
    assert view.bars.bar_heights(0)[0] < 0.60


def test_factor_scoring_setting_and_entry(window, example_path):
    """In factor mode “4 5 4” on the 0–5 scale stores 64 (100·4·5·4/125) with its factors; “554” gives 80."""
    view = window.views["potential"]
    settings = view.settings
    settings.mode.setCurrentIndex(1)
    assert window.session.engagement.info.potential_mode == "factors"
    assert view.model.setData(view.model.index(1, 2), "4 5 4")
    stored = _stored(example_path, 1, "C")
    assert (stored.value, stored.will, stored.benefit, stored.ability) == (64, 4, 5, 4)
    assert view.model.index(1, 2).data(Qt.ItemDataRole.EditRole) == "4 5 4"
    assert view.model.setData(view.model.index(1, 3), "554")
    assert _stored(example_path, 1, "D").value == 80
    before = _stored(example_path, 1, "E")
    three = "Type three factors — will, benefit, ability — each 0–5"
    for bad, why in (("6 5 5", "Will must be between 0 and 5; 6 is outside."), ("45", three),
                     ("a b c", "Will: “a” is not a whole number."), ("80", three)):
        view.message.clear()  # each refusal says its own reason (not the one before it, still showing)
        assert not view.model.setData(view.model.index(1, 4), bad)
        assert view.message.text().startswith(f"Gnosjö, area E: {why}"), (bad, view.message.text())
    assert _stored(example_path, 1, "E") == before
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.engagement.info.potential_mode == "direct"
    assert settings.mode.currentIndex() == 0


def test_rationale_is_saved_per_cell_and_undoable(window, example_path):
    """The rationale typed for the current cell is stored with its score when the facilitator moves on, and
    shown in the tooltip."""
    view = window.views["potential"]
    view.table.setCurrentIndex(view.model.index(3, 1))
    view.rationale.text.setPlainText("Vill samverka om support")
    window.show_view("meetings")  # moving on stores it: there is no "Save" button to forget
    assert _stored(example_path, 3, "B").rationale == "Vill samverka om support"
    assert "Vill samverka om support" in view.model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole)
    window.session.undo_stack.undo()
    assert _stored(example_path, 3, "B").rationale == ""
    assert view.rationale.text.toPlainText() == ""


def test_cleared_cell_is_missing_not_zero(window, example_path):
    """A cleared cell is no score (not zero): it is listed as missing, keeps its rationale if it had one,
    and undo brings the value back."""
    view = window.views["potential"]
    old = _stored(example_path, 4, "I").value
    view.table.setCurrentIndex(view.model.index(4, 8))
    view.rationale.text.setPlainText("Osäkert")
    view.rationale.commit()
    assert view.model.setData(view.model.index(4, 8), "")
    assert view.model.index(4, 8).data() == ""
    stored = _stored(example_path, 4, "I")
    assert stored.value is None and stored.rationale == "Osäkert"
    assert "Hylte I" in view.missing.text() and view.missing.isVisible()
    window.session.undo_stack.undo()
    assert _stored(example_path, 4, "I").value == old


def test_models_pass_qt_model_tester(window, qtmodeltester):
    """The potential grid model and the shares model keep Qt's item-model contract."""
    view = window.views["potential"]
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.shares.model_)


def test_shared_matrix_patched_per_cell_equals_a_rebuild(window):
    """The per-edit potential matrix, patched cell by cell, equals one built from scratch; the medians
    (recomputed only for the edited area) and the group sums equal the domain's own arithmetic."""
    session = window.session
    data = potential_data(session)
    view = window.views["potential"]
    for row, col, value in ((0, 0, "7"), (2, 5, ""), (4, 8, "99"), (1, 5, "3"), (3, 5, "")):
        data.medians()  # as the radar does before each edit, so the next one is patched
        assert view.model.setData(view.model.index(row, col), value)
        e = session.engagement
        assert data.medians() == area_medians(e.organisations, e.areas, e.potentials)
        assert [g.potential_sum for g in data.groups()] == [
            g.potential_sum for g in group_potentials(e.groups, e.areas, e.potentials)]
        patched = data.matrix()
        rebuilt = PotentialData(session).matrix()  # built from scratch from the engagement
        assert np.array_equal(np.isnan(patched), np.isnan(rebuilt))
        assert np.allclose(np.nan_to_num(patched), np.nan_to_num(rebuilt))
    assert column_medians(np.array([[1.0, np.nan], [3.0, np.nan]])) == [2.0, None]


def test_projector_shows_a_live_radar(window, qtbot):
    """“Show on projector” publishes a radar built fresh for the presenter, which follows later edits."""
    view = window.views["potential"]
    channel = window.presenter_channel
    view.show_radar_on_projector()
    content = channel.current
    assert content.kind == "chart" and content.title == "Potential per område – alla organisationer"  # as the room reads it
    chart = content.chart_factory()
    qtbot.addWidget(chart)
    chart.show()
    assert isinstance(chart, PotentialRadar) and chart.series_count() == 5
    assert view.model.setData(view.model.index(0, 0), "10")
    assert chart.series_points(0)[1][0] == pytest.approx(0.10)
    view.show_shares_on_projector()
    bars = channel.current.chart_factory()
    qtbot.addWidget(bars)
    bars.show()
    assert isinstance(bars, PotentialShareBars)
    assert bars.bar_heights(1) == pytest.approx([0.4, 0.25, 0.35])  # today's spend, as typed
    before = bars.bar_heights(0)
    assert sum(before) == pytest.approx(1) and before[0] < 0.6  # the edit above lowered IT-drift's share
    assert view.model.setData(view.model.index(0, 0), "100")
    assert bars.bar_heights(0)[0] > before[0]  # and it follows the next one


def test_charts_have_export_and_projector_actions(window):
    """Right-clicking a chart offers PNG, SVG and the projector."""
    view = window.views["potential"]
    for chart in (view.radar, view.bars):
        names = [a.objectName() for a in chart.export_menu.build().actions() if a.objectName()]
        assert names == ["exportPng", "exportSvg", "showOnProjector"]


def test_many_organisations_are_drawn_as_one_batch(qtbot, tmp_path, example):
    """With 40 municipalities the radar batches the polygons and still puts the median on top."""
    from workshop.domain.model import Organisation, PotentialScore
    from workshop.ui.session.session import EngagementSession

    orgs = tuple(Organisation(name=f"K{i}", short_code=f"K{i}") for i in range(40))
    e = dataclasses.replace(example, organisations=orgs, people=(), meetings=(), potential_history=(), vote_history=(), votes=(), preferences=(),
                            potentials=tuple(PotentialScore(organisation_uid=o.uid, area_code=a.code, value=50)
                                             for o in orgs for a in example.areas))
    path = tmp_path / "many.workshop"
    EngagementStore.create(path, e).close()
    session = EngagementSession(EngagementStore.open(path))
    chart = PotentialRadar(session)
    qtbot.addWidget(chart)
    assert chart.batched() and chart.series_count() == 40
    assert chart.legend_labels() == ["Median of all organisations", "40 organisations"]
    session.close()


def _radar_on_projector(qtbot, window, view):
    """A 1280×720 projector window showing the Potential view's radar, as in a meeting."""
    from workshop.ui.presenter.window import PresenterWindow

    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    view.show_radar_on_projector()
    qtbot.waitExposed(presenter)
    return presenter


def _on_screen(widget):
    """What the window system shows of a widget now (its window's backing store), without repainting it."""
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    return widget.screen().grabWindow(widget.window().winId(), top_left.x(), top_left.y(),
                                      widget.width(), widget.height()).toImage()


def _pixels(image) -> np.ndarray:
    """An image's pixels as a rows × columns array of 32-bit values."""
    image = image.convertToFormat(image.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), image.bytesPerLine() // 4)[
        :, :image.width()].copy()


class _Repaints(QObject):
    """The regions Qt repaints of some widgets, from now on."""

    def __init__(self, widgets):
        super().__init__()
        self.regions = {id(w): [] for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and id(obj) in self.regions:
            self.regions[id(obj)].append(QRegion(event.region()))
        return False


def _stale(shown: np.ndarray, fresh: np.ndarray, regions: list) -> list[tuple[int, int]]:
    """The pixels on screen that a full repaint shows otherwise: outside what Qt repainted (left over from
    before), or inside it off the repainted rectangles' borders (drawn wrong). On a border Qt may draw a
    pixel of a stroke that the border cuts a little differently from an unclipped paint; that is Qt's
    rasterising, not a leftover (painting the same chart again over one rectangle does it too)."""
    differs = shown != fresh
    border = np.zeros_like(differs)
    for region in regions:
        for r in region:
            top, bottom, left, right = max(r.top(), 0), r.bottom(), max(r.left(), 0), r.right()
            border[top, left:right + 1] = border[min(bottom, border.shape[0] - 1), left:right + 1] = True
            border[top:bottom + 1, left] = border[top:bottom + 1, min(right, border.shape[1] - 1)] = True
    ys, xs = np.nonzero(differs & ~border)
    return list(zip(xs.tolist(), ys.tolist()))


@pytest.mark.parametrize("organisations", [5, 40])
def test_after_each_edit_the_screen_shows_what_a_full_repaint_shows(qtbot, tmp_path, example, organisations):
    """After each edit, once Qt has repainted what changed, the charts and the shares table on screen
    (window and projector) are what painting them whole shows: no stale pixels, none drawn wrong (Qt may
    draw a pixel where a repainted rectangle's border cuts a line a little differently; at most a few).

    With 40 organisations the radar draws them as one counted raster; the dashed median must match too.
    """
    from workshop.domain.model import Organisation, PotentialScore
    from workshop.ui.shell.main_window import MainWindow
    from workshop.ui.session.session import EngagementSession

    engagement = example
    if organisations != len(example.organisations):
        orgs = tuple(Organisation(name=f"Kommun {i:02d}", short_code=f"K{i:02d}") for i in range(organisations))
        engagement = dataclasses.replace(example, organisations=orgs, people=(), meetings=(), potential_history=(), vote_history=(), votes=(),
                                         agreed_scores=(), preferences=(), potentials=tuple(
            PotentialScore(organisation_uid=o.uid, area_code=a.code, value=(7 * i + 13 * j) % 101)
            for i, o in enumerate(orgs) for j, a in enumerate(example.areas)))
    path = tmp_path / "many.workshop"
    EngagementStore.create(path, engagement).close()
    window = MainWindow()
    qtbot.addWidget(window)
    session = EngagementSession(EngagementStore.open(path))
    window.set_session(session)
    window.resize(1400, 900)
    window.show()
    window.show_view("potential")
    view = window.views["potential"]
    presenter = _radar_on_projector(qtbot, window, view)
    widgets = [view.radar.viewport(), view.bars.viewport(), presenter.chart.viewport(), view.shares]
    qtbot.wait(50)
    on_border = 0
    for k in range(40):
        index = view.model.index((3 * k) % view.model.rowCount(), (4 * k + k // 7) % view.model.columnCount())
        before = [_on_screen(w) for w in widgets]
        repaints = _Repaints(widgets)
        assert view.model.setData(index, str((37 * k + 11) % 101))
        for _ in range(5):  # Qt repaints what changed: its posted scene and update events, no timer
            QApplication.processEvents()
        shown = [_on_screen(w) for w in widgets]
        assert shown[0] != before[0] and shown[2] != before[2], f"edit {k}: a radar did not follow"
        for widget in widgets:
            widget.removeEventFilter(repaints)
            widget.repaint()
        for widget, image in zip(widgets, shown):
            fresh, partial = _pixels(_on_screen(widget)), _pixels(image)
            assert _stale(partial, fresh, repaints.regions[id(widget)]) == [], f"edit {k} left stale pixels"
            on_border += int((partial != fresh).sum())
    assert on_border <= 8, f"{on_border} pixels on repainted borders differ from a full repaint"
    presenter.close()
    session.close()


def test_a_write_the_file_refuses_changes_nothing_and_says_why(window, example_path):
    """When the file refuses a score (here a trigger another tool left, as a failing disk would), the
    grid, the radar and the file all keep the old value, nothing is left to undo, and the view says why;
    the next write goes through once the file accepts it again."""
    view = window.views["potential"]
    session = window.session
    index = view.model.index(0, 0)
    before = index.data()
    polygon_before = view.radar.series_points(0)[1][0]
    steps = session.undo_stack.count()
    with session.store.db.conn as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE UPDATE ON potential_scores"
                     " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    assert not view.model.setData(index, "3")
    assert index.data() == before
    assert view.radar.series_points(0)[1][0] == pytest.approx(polygon_before)
    assert session.undo_stack.count() == steps
    assert "refused" in view.message.text() and "the disk could not be read or written" in view.message.text()
    assert str(_stored(example_path, 0, "A").value) == before
    with session.store.db.conn as conn:
        conn.execute("DROP TRIGGER refuse")
    assert view.model.setData(index, "3")
    assert _stored(example_path, 0, "A").value == 3


def test_shares_table_never_cuts_off_its_numbers(window, qtbot):
    """In a narrow window the group names give way (shortened), never the sums and shares beside them."""
    shares = window.views["potential"].shares
    window.resize(900, 700)
    qtbot.wait(20)
    bold = QFont(shares.font())
    bold.setBold(True)
    columns = list(zip(*(line.split("\t") for line in shares.text().splitlines())))
    numbers = sum(max(QFontMetrics(bold).horizontalAdvance(t) for t in column) + 2 * shares.PAD
                  for column in columns[1:])
    assert shares.width() >= numbers + shares.MIN_GROUP
    image = shares.grab()  # paints, group names shortened if they must be
    assert image.width() == shares.width()


def _type_into_grid(qtbot, table, text):
    """Keys as the facilitator presses them: the first opens the cell's editor, the rest go into it."""
    qtbot.keyClick(table, text[0])
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None  # the first key opened the cell's editor
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits Enter a moment later


def test_enter_takes_a_score_and_moves_along_the_organisations_row(window, qtbot, example_path):
    """The room gives one organisation's scores area by area: "75", Enter, "60", Enter… fills the row,
    and Enter after the last area goes on to the next organisation's first."""
    view = window.views["potential"]
    table, model = view.table, view.model
    last = model.columnCount() - 1
    table.setFocus()
    table.setCurrentIndex(model.index(0, last - 1))
    _type_into_grid(qtbot, table, "75")
    assert _stored(example_path, 0, model.area(last - 1).code).value == 75
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, last)
    _type_into_grid(qtbot, table, "60")
    assert _stored(example_path, 0, model.area(last).code).value == 60
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 0)


def test_a_refused_score_keeps_the_cell_to_be_typed_again(window, qtbot, example_path):
    view = window.views["potential"]
    table, model = view.table, view.model
    before = _stored(example_path, 0, "B").value
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    _type_into_grid(qtbot, table, "250")
    assert _stored(example_path, 0, "B").value == before
    assert view.message.text()  # says why
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 1)
    _type_into_grid(qtbot, table, "40")
    assert _stored(example_path, 0, "B").value == 40
    assert table.currentIndex().column() == 2


def test_group_names_are_whole_beside_the_shares_at_1366(open_app, example_path, qtbot):
    """The headings are short, as in the report's group table ("Summa", "Potential", "Idag"), so the group
    names are whole at 1366 px ("Förändrin…" had stood beside "Andel av potentialen")."""
    window = open_app(example_path, size=(1366, 708), view="potential")
    qtbot.wait(50)
    shares = window.views["potential"].shares
    longest = max(QFontMetrics(shares.font()).horizontalAdvance(g.name) for g in window.session.engagement.groups)
    assert shares.column_widths()[0] >= longest + 2 * shares.PAD


def test_delete_and_backspace_clear_a_score_as_the_hint_says(window, qtbot, example_path):
    """"Delete clears a cell (no score)", the grid's hint said, and Delete did nothing. Delete and Backspace
    clear the chosen cell as one undoable edit; Undo brings the score back. Today's shares empty alike."""
    view = window.views["potential"]
    window.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    before = _stored(example_path, 1, "B").value
    view.table.setCurrentIndex(view.model.index(1, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _stored(example_path, 1, "B") is None or _stored(example_path, 1, "B").value is None
    window.session.undo_stack.undo()
    assert _stored(example_path, 1, "B").value == before
    view.table.setCurrentIndex(view.model.index(1, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_Backspace)
    assert _stored(example_path, 1, "C") is None or _stored(example_path, 1, "C").value is None
    window.show_view("engagement")
    shares = window.views["engagement"].today_shares
    shares.table.setFocus()
    qtbot.waitUntil(shares.table.hasFocus)
    shares.table.setCurrentCell(0, 2)
    assert shares.table.item(0, 2).text()
    qtbot.keyClick(shares.table, Qt.Key.Key_Delete)
    with EngagementStore.open(example_path) as store:
        assert store.load().groups[0].today_share is None


def test_an_organisation_without_scores_is_named_once_in_the_note(window):
    """A new organisation with a long name and no score yet: the note named it once per area, eleven
    lines at 1366×768; it names it once, with its areas."""
    from workshop.domain.model import Organisation

    name = "Jönköpings kommun med en mycket lång förvaltningsbeteckning"
    from workshop.ui.session.session import ORGANISATIONS

    window.session.write(ORGANISATIONS, lambda store: store.add_organisation(Organisation(name=name, short_code="JKP")))
    text = window.views["potential"].missing.text()
    assert text.count(name) == 1 and f"{name} A, B, C" in text


@pytest.mark.parametrize("scale", [3, 5])
def test_the_factor_refusal_gives_the_hint_s_example_within_the_scale(scale):
    """The hint said "e.g. 5 4 5" and a refusal "e.g. 4 5 3"; on a scale of 0–3 the refusal's example was
    itself out of range. Both give one example, within the scale."""
    from workshop.domain.errors import DomainError
    from workshop.ui.potential.model import factor_example, parse_factors

    with pytest.raises(DomainError) as refused:
        parse_factors("4 5", scale)
    example = factor_example(scale)
    assert f"“{example}”" in str(refused.value)
    assert parse_factors(example, scale) is not None  # the example itself is accepted


def test_a_group_name_cut_in_the_grid_s_header_is_whole_in_its_tooltip(open_app, example_path):
    """At 1366×768 the group over C–D reads "Förändrings…" and the one over E–I "Systemförvaltning &
    vidmakthålla…": over the header's top row the tooltip names the group whole, as typed."""
    from PySide6.QtCore import QPoint

    window = open_app(example_path, size=(1366, 768), view="potential")
    header = window.views["potential"].table.horizontalHeader()
    e = window.session.engagement
    column = next(i for i, a in enumerate(e.areas) if a.code == "E")
    x = header.sectionViewportPosition(column) + 5
    assert "Systemförvaltning &amp; vidmakthållande" in header.tooltip_at(QPoint(x, 3))
    assert header.tooltip_at(QPoint(x, header.height() - 3)) == ""  # the column's own row: the model's tooltip


def test_a_score_given_anew_in_another_meeting_starts_without_the_old_rationale(open_app, example_path):
    """Gislaved's A changed from 95 to 80 while a later meeting runs, with no rationale written: the minutes had
    printed the drop with the words written for the rise to 95. The new score starts without them; changed
    again in the same meeting, or corrected with no meeting running, it keeps what was written."""
    import dataclasses

    from workshop.domain.vocabulary import MeetingStatus
    from workshop.ui.meetings.edits import MeetingEdits

    window = open_app(example_path, size=(1366, 768), view="potential")
    session = window.session
    gis = session.engagement.organisations[0]
    old = session.potential(gis.uid, "A")
    session.set_potential(gis.uid, "A", dataclasses.replace(old, rationale="Större nytta av gemensam drift"))
    model = window.views["potential"].model
    assert model.setData(model.index(0, 0), "90")  # no meeting runs: a correction keeps its words
    assert session.potential(gis.uid, "A").rationale == "Större nytta av gemensam drift"
    later = next(m for m in reversed(session.engagement.meetings) if m.uid != old.meeting_uid)
    MeetingEdits(session).set_status(later.uid, MeetingStatus.RUNNING)
    assert session.running_meeting_uid == later.uid
    assert model.setData(model.index(0, 0), "80")
    now = session.potential(gis.uid, "A")
    assert (now.value, now.meeting_uid, now.rationale) == (80, later.uid, "")
    session.set_potential(gis.uid, "A", dataclasses.replace(now, rationale="Mindre nu"))
    assert model.setData(model.index(0, 0), "75")  # the same meeting: its own words stay
    assert session.potential(gis.uid, "A").rationale == "Mindre nu"


def test_a_new_engagements_grid_asks_only_for_what_is_missing(open_app, template_path):
    """A template brings its areas: the empty grid had still asked for "the organisations taking part and the
    areas of concern". It asks for the organisations only; with them added and the areas gone, for the areas."""
    from workshop.domain.model import Organisation
    from workshop.ui.session.commands import push
    from workshop.ui.session.edits import AddOrganisation, RemoveArea

    window = open_app(template_path, view="potential")
    view = window.views["potential"]
    assert view.missing.text() == ("Add the organisations taking part in the Engagement view first: each gets a "
                                   "row here.")
    session = window.session
    push(session.undo_stack, AddOrganisation(session, Organisation(name="Åre kommun", short_code="ÅRE")))
    assert "No score yet" in view.missing.text()
    for area in session.engagement.areas:
        push(session.undo_stack, RemoveArea(session, area))
    assert view.missing.text() == "Add the areas of concern in the Engagement view first: each gets a column here."
