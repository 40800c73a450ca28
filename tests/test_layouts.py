"""Every view fits the screens facilitators have: no sideways scrolling, charts kept readable."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QGraphicsView, QLabel, QPushButton, QScrollArea, QSplitter, QWidget

from workshop.app import build
from workshop.ui.widgets.record_editor import RecordEditor
from workshop.charts.radar import RadarChart


# 1366×768 and 1920×1080 at 100 %; 1920×1080 at 150 % and 125 %, and 1366×768 at 125 % (the logical pixels Qt
# lays out). 1366×768 at 150 % (910×512) is below the window's minimum; see the README.
SIZES = [(1366, 768), (1920, 1080), (1280, 720), (1536, 864), (1093, 614)]
TABS = ("alternatives", "paths", "voting", "preferences", "robustness")
RADAR_MIN = 300  # px a side: a radar smaller than this cannot be read


@pytest.fixture(params=["en", "sv"])
def language(request, qapp, swedish_qm):
    """The interface in English, then in Swedish (longer words: "Överenskommen", "Alternativ och kriterier")."""
    translator, qt_words = QTranslator(), QTranslator()  # ours, and Qt's own (key names, dialog buttons)
    if request.param == "sv":
        assert translator.load(str(swedish_qm))
        assert qt_words.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        QCoreApplication.installTranslator(translator)
        QCoreApplication.installTranslator(qt_words)
        QLocale.setDefault(QLocale("sv_SE"))
    yield request.param
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.removeTranslator(qt_words)
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def window(open_app, example_path, language):
    """The app on the example, as a facilitator opens it."""
    return open_app(example_path)


def _pages(window):
    """(name, show) for every view and every tab of Alternatives & Criteria."""
    for key in window.view_keys():
        if key == "alternatives":
            for tab in TABS:
                yield f"alternatives/{tab}", lambda t=tab: (window.show_view("alternatives"),
                                                            window.views["alternatives"].show_tab(t))
        else:
            yield key, lambda k=key: window.show_view(k)


def _each_page_at(window, qtbot, size: tuple[int, int]):
    """Every page shown and laid out in turn with the window at `size`; yields the page's name."""
    window.resize(*size)
    for name, show in _pages(window):
        show()
        qtbot.wait(30)
        yield name


def _visible(widget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_view_scrolls_sideways_and_charts_keep_their_size(window, qtbot, width, height):
    """At 1366×768 and 1920×1080, in English and Swedish, no page needs a horizontal scroll bar, the
    window never has to grow past the screen, every chart shown is at least its minimum size and every
    radar is drawn at least 300 px a side (its legend moves below rather than squeeze it)."""
    window.resize(width, height - 60)  # less the task bar
    problems = []
    assert window.width() <= width, f"the window needs {window.width()} px"

    for name, show in _pages(window):
        show()
        qtbot.wait(30)
        if window.width() > width:
            problems.append(f"{name}: the window grew to {window.width()} px")
        if window.height() > height - 60:
            problems.append(f"{name}: the window grew to {window.height()} px high")
        for area in window.findChildren(QScrollArea):
            if _visible(area) and area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{name}: {area.widget().__class__.__name__} scrolls sideways")
        for chart in window.findChildren(QGraphicsView):
            if not _visible(chart):
                continue
            if chart.width() < chart.minimumWidth() or chart.height() < chart.minimumHeight():
                problems.append(f"{name}: {chart.objectName()} squeezed to {chart.width()}×{chart.height()}")
            if isinstance(chart, RadarChart) and chart.radar_side() < RADAR_MIN - 1:
                problems.append(f"{name}: {chart.objectName()} drawn only {chart.radar_side():.0f} px a side")
    assert not problems, "\n".join(problems)


def _overlap(a, b) -> bool:
    return a.intersects(b) and not a.intersected(b).isEmpty()


def test_wrapped_texts_never_cover_what_follows(window, qtbot):
    """A hint or heading that wraps to several lines keeps all of them, and no widget is squeezed below its
    minimum height (drawn over its neighbour) at 1366×768: the result heading once covered the vote grid."""
    problems = []
    for name in _each_page_at(window, qtbot, (1366, 708)):
        for label in window.findChildren(QLabel):
            if _visible(label) and label.wordWrap() and label.text():
                if label.height() < label.heightForWidth(label.width()):
                    problems.append(f"{name}: “{label.text()[:40]}” cut to {label.height()} px")
        for widget in window.findChildren(QWidget):  # squeezed below its minimum: drawn over its neighbour
            layout = widget.layout()
            least = max(widget.minimumHeight(), layout.minimumSize().height() if layout is not None else 0)
            if _visible(widget) and widget.height() < least:
                problems.append(f"{name}: {widget.__class__.__name__} {widget.objectName()} squeezed to "
                                f"{widget.height()} of {least} px")
        for button in window.findChildren(QPushButton):  # a button's words whole ("Förhandsunderlag…" was cut)
            if _visible(button) and button.text() and button.width() < button.sizeHint().width():
                problems.append(f"{name}: button “{button.text()[:40]}” cut to {button.width()} of "
                                f"{button.sizeHint().width()} px")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1229, 690), (1366, 708)], ids=["first start on 1366×768", "1366×768"])
def test_nothing_in_a_column_or_row_is_drawn_over_its_neighbour(window, qtbot, size):
    """The window as it first opens on a 1366×768 screen (1229×690) and maximised: in every column and row of
    widgets, none covers the next. A wrapped line had made the Potential page need more height than its
    splitter gave it, and the grid's last row lay under the shares below it."""
    from PySide6.QtWidgets import QBoxLayout

    problems = []
    for name in _each_page_at(window, qtbot, size):
        for widget in window.findChildren(QWidget):
            layout = widget.layout()
            if not isinstance(layout, QBoxLayout) or not _visible(widget):
                continue
            shown = [w for i in range(layout.count()) if (w := layout.itemAt(i).widget()) is not None and _visible(w)]
            for a, b in zip(shown, shown[1:]):
                if _overlap(a.geometry(), b.geometry()):
                    problems.append(f"{name}: {a.__class__.__name__} {a.objectName()} covers "
                                    f"{b.__class__.__name__} {b.objectName()}")
    assert not problems, "\n".join(problems)


def _voting_at(window, qtbot, size) -> None:
    """The window at `size` on the Alternatives view's voting tab, laid out."""
    window.resize(*size)
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("voting")
    qtbot.wait(30)


def test_the_map_labels_never_overlap(window, qtbot):
    """On the potential-vs-feasibility map the labels of close points (S, 1 Teknik, 1 Tjänst at 60 %)
    are stacked apart on screen, at 1366×768 (its tab chosen) and full HD."""
    for size in ((1366, 708), (1920, 1020)):
        _voting_at(window, qtbot, size)
        voting = window.views["alternatives"].voting
        chart = voting.map
        if voting.charts.tabbed():  # at 1366×768 the map is the second tab beside the grid: shown as chosen
            voting.charts.tabs.setCurrentWidget(chart)
            qtbot.waitUntil(lambda: chart.isVisible() and chart.height() > 300)
        boxes = chart.label_rects()
        assert len(boxes) == 4
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not _overlap(a.adjusted(0, 2, 0, -2), b.adjusted(0, 2, 0, -2)), (size, a, b)


def test_result_headings_are_whole(window, qtbot):
    """The result table's Sum, Weighted and Rank headings fit their columns at 1366 px ("Veighte" once)."""
    _voting_at(window, qtbot, (1366, 708))
    table = window.views["alternatives"].voting.results
    header = table.horizontalHeader()
    for column in range(table.model().columnCount() - 3, table.model().columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), table.model().headerData(
            column, header.orientation())


def test_the_vote_grid_keeps_agreed_in_view_at_1366(window, qtbot):
    """The vote grid's Agreed column is on screen at 1366 px without scrolling the grid sideways."""
    _voting_at(window, qtbot, (1366, 708))
    table = window.views["alternatives"].voting.table
    assert table.horizontalScrollBar().maximum() == 0
    last = table.model().columnCount() - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()


def test_the_criteria_names_show_the_start_of_their_wording_at_1366(window, qtbot):
    """At 1366 px the grid has room for the criteria's first words ("1. Förmåga att lev…"): the charts
    beside it had taken more width than the radar, limited by the height, could use ("1. Förmåga at…")."""
    _voting_at(window, qtbot, (1366, 708))
    table = window.views["alternatives"].voting.table
    wording = table.model().headerData(0, Qt.Orientation.Vertical)
    assert table.verticalHeader().width() >= table.fontMetrics().horizontalAdvance(wording[:18])


@pytest.mark.parametrize("width, height", [(1366, 708), (1920, 1020)])
def test_the_criteria_names_sit_right_beside_the_votes(window, qtbot, width, height):
    """The vote grid's criterion names fill the room left of the votes: no empty strip between them (the
    header once shrank after its room was set, when Qt laid the grid out again)."""
    _voting_at(window, qtbot, (width, height))
    table = window.views["alternatives"].voting.table
    table.updateGeometries()  # what Qt does at any resize of the grid or its viewport
    names = table.verticalHeader()
    assert names.geometry().right() + 1 == table.viewport().geometry().left()


def _session_showing(qtbot, path, view: str):
    """The app opened afresh on the file at 1920×1080 (as the next session opens it), showing `view`."""
    _app, window, controller = build(["workshop", str(path)])
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a 1920×1080 screen opens unmaximized
    window.resize(1920, 1020)
    window.show()
    window.show_view(view)
    qtbot.wait(30)
    return window, controller


def test_a_splitter_comes_back_where_the_user_left_it(qtbot, example_path, language):
    """The Potential view's split between the grid and the charts, dragged by the user, is the same the
    next time the app opens."""
    window, controller = _session_showing(qtbot, example_path, "potential")
    splitter = next(s for s in window.views["potential"].findChildren(QSplitter) if hasattr(s, "panes"))
    total = sum(splitter.sizes())
    splitter.moveSplitter(int(total * 0.7), 1)  # as a drag of the handle does (emits splitterMoved)
    qtbot.wait(30)
    left_share = splitter.sizes()[0] / total
    assert left_share > 0.6
    controller.close()
    window.close()

    again, controller = _session_showing(qtbot, example_path, "potential")
    splitter = next(s for s in again.views["potential"].findChildren(QSplitter) if hasattr(s, "panes"))
    assert splitter.sizes()[0] / sum(splitter.sizes()) == pytest.approx(left_share, abs=0.02)
    controller.close()


def test_the_people_list_comes_back_as_wide_as_the_user_dragged_it(qtbot, example_path):
    """The People view's list, dragged to 700 px, is 700 px again when the app next opens (it came back at
    the width the list's columns ask for: the saved split was applied before the view had a width)."""
    widths = []
    for drag in (True, False):
        window, controller = _session_showing(qtbot, example_path, "people")
        splitter = window.views["people"].splitter
        if drag:
            splitter.moveSplitter(700, 1)  # as a drag of the handle does (emits splitterMoved)
            qtbot.wait(30)
        widths.append(splitter.sizes()[0])
        controller.close()
        window.close()
    assert widths[0] == pytest.approx(700, abs=3)
    assert widths[1] == pytest.approx(widths[0], abs=3)


def test_the_people_list_is_whole_at_1366(window, qtbot):
    """At 1366×768, in English and Swedish, every column of the people list is in view: the Swedish
    "Omnämnd i texter" was cut and the list scrolled sideways while the places beside it had room."""
    window.resize(1366, 708)
    window.show_view("people")
    qtbot.wait(30)
    table = window.views["people"].table
    assert table.horizontalScrollBar().maximum() == 0
    places = window.views["people"].places_table
    assert places.width() >= 480  # the person's places keep room for their three columns


def test_choosing_a_cell_with_a_long_area_name_keeps_the_projector_button_in_view(window, qtbot):
    """At 1366×768, choosing Gnosjö's score for "A. Drift, skötsel, förvaltning och anskaffning av
    IT-infrastruktur": the rationale's heading wraps (two lines, the rest in its tooltip) and the radar's
    "Show on projector" button stays in the window (the heading had widened the grid's pane past it)."""
    from PySide6.QtCore import QPoint

    window.resize(1366, 708)
    window.show_view("potential")
    qtbot.wait(30)
    view = window.views["potential"]
    button = view.findChild(QPushButton, "potentialToProjector")
    view.table.setCurrentIndex(view.table.model().index(1, 0))
    qtbot.wait(30)
    heading = view.findChild(QLabel, "rationaleHeading")
    assert "IT-infrastruktur" in heading.text() or "IT infrastructure" in heading.text()
    right = button.mapTo(window, QPoint(button.width(), 0)).x()
    assert button.isVisible() and right <= window.width()


def test_key_names_on_buttons_are_in_the_interface_language(window, language):
    """The runner's "◀ Previous" names its key as the interface does: "Alt+Vänster" in Swedish (it read
    "Alt+Left"), and the same in a tooltip elsewhere ("Alt+Upp" to move an agenda item up)."""
    window.show_view("meetings")
    view = window.views["meetings"]
    previous = view.runner.findChild(QPushButton, "runnerPrevious")
    up = view.findChild(QPushButton, "agendaUp")
    expected = ("Alt+Vänster", "Alt+Upp") if language == "sv" else ("Alt+Left", "Alt+Up")
    assert previous.text().endswith(expected[0]) and up.toolTip() == expected[1]


def test_the_vote_grid_shows_every_criterion_when_its_tab_is_first_opened(window, qtbot):
    """The vote grid is measured when its tab is shown (not while hidden, when sizes are wrong): every
    criterion row and the sum are in view with no scrolling, at 1366×768 (as first opened too) and full HD:
    rows of wrapped names are taller than a dozen plain ones were reckoned, and the grid scrolled at 1229 px."""
    for size in ((1366, 708), (1229, 690), (1920, 1020)):
        _voting_at(window, qtbot, size)
        table = window.views["alternatives"].voting.table
        assert table.verticalScrollBar().maximum() == 0, size
        assert table.viewport().height() >= table.verticalHeader().length(), size
        window.views["alternatives"].show_tab("alternatives")


def test_a_long_organisation_name_is_shortened_not_the_scores(open_app, example, tmp_path, qtbot):
    """A 42-letter organisation name at 1366×768: the potential grid keeps every score readable without
    sideways scrolling; the name is cut with "…" and shown whole in its tooltip."""
    import dataclasses

    from PySide6.QtCore import Qt

    from workshop.storage import EngagementStore

    long_name = "Gnosjö kommun, Kommunledningsförvaltningen"
    orgs = (dataclasses.replace(example.organisations[0], name=long_name),) + example.organisations[1:]
    path = tmp_path / "long.workshop"
    EngagementStore.create(path, dataclasses.replace(example, organisations=orgs)).close()
    window = open_app(path, size=(1366, 708), view="potential")
    qtbot.wait(50)
    table = window.views["potential"].table
    assert table.horizontalScrollBar().maximum() == 0, "the grid scrolls sideways"
    widest_score = table.fontMetrics().horizontalAdvance("100")
    model = table.model()
    for column in range(model.columnCount()):
        assert table.columnWidth(column) > widest_score, f"area {model.headerData(column, Qt.Orientation.Horizontal)}"
    assert table.verticalHeader().width() < table.fontMetrics().horizontalAdvance(long_name)
    assert long_name in model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("size", [(1920, 1020), (1366, 708)])
def test_the_potential_grid_leaves_no_empty_strip_below_its_rows(open_app, example_path, qtbot, size):
    """Laid out before the window took its size, the grid made room for a horizontal scroll bar it no longer
    needs once wide enough: an empty strip below the last row. Its height follows the bar."""
    window = open_app(example_path, size=size, view="potential")
    qtbot.wait(50)
    table = window.views["potential"].table
    bar = table.horizontalScrollBar()
    rows = table.verticalHeader().length() + table.horizontalHeader().height() + 2 * table.frameWidth() + 4
    assert table.height() == rows + (bar.sizeHint().height() if bar.maximum() > 0 else 0)


def test_a_chart_beside_a_long_page_is_whole_in_view(window, qtbot):
    """At 1366×768 a page whose tables run below the fold scrolls, but a chart beside them stays whole in
    the visible page (top-aligned) rather than stretching down with it: the criteria-voting radar once
    took its legend below the fold, out of sight until scrolled."""
    problems = []
    for name in _each_page_at(window, qtbot, (1366, 708)):
        for area in window.findChildren(QScrollArea):
            if not _visible(area) or area.verticalScrollBar().maximum() == 0:
                continue
            splitter = area.widget().findChild(QSplitter)
            if splitter is None or not hasattr(splitter, "panes") or splitter.orientation() != Qt.Orientation.Horizontal:
                continue
            viewport = area.viewport()
            for chart in splitter.widget(1).findChildren(QGraphicsView):
                if not _visible(chart):
                    continue
                bottom = chart.mapTo(viewport, chart.rect().bottomLeft()).y()
                if bottom > viewport.height():
                    problems.append(f"{name}: {chart.objectName()} ends {bottom - viewport.height()} px below "
                                    f"the fold")
    assert not problems, "\n".join(problems)


def test_a_stored_value_longer_than_its_field_shows_its_beginning(window, qtbot):
    """The client "Gislaved, Gnosjö, Värnamo, …" and a joint meeting's title are wider than their fields at
    1366 px: each field shows where the text begins (it read "nosjö, Värnamo…", like damaged data)."""
    from PySide6.QtWidgets import QLineEdit

    window.resize(1366, 708)
    shown = 0
    for key, select in (("engagement", None), ("meetings", 6), ("framework", None), ("people", None),
                        ("alternatives", None)):
        window.show_view(key)
        if select is not None:
            window.views[key].table.selectRow(select)
        qtbot.wait(20)
        for field in window.views[key].findChildren(QLineEdit):
            if field.isVisible() and field.text() and not field.hasFocus():
                assert field.cursorPosition() == 0, (key, field.objectName(), field.text())
                shown += 1
    assert shown >= 4


def test_record_tables_give_the_long_text_the_room(window, qtbot):
    """At 1366 px "No." is as narrow as its numbers and the criterion takes the rest (it had 140 px for
    "No." beside "Förmåga att le…"); the plan's dates stay whole beside a long phase; a column the user
    drags keeps its width when the window changes."""
    from PySide6.QtWidgets import QTabWidget

    window.resize(1366, 708)
    window.show_view("framework")
    framework = window.views["framework"]
    tabs = framework.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)  # the criteria's scales
    qtbot.wait(50)
    scales = next(e for e in framework.findChildren(RecordEditor) if e.objectName() == "scales").table
    header = scales.horizontalHeader()
    assert header.sectionSize(0) < 70 and header.sectionSize(1) > 2 * header.sectionSize(2)
    window.show_view("closing")
    closing = window.views["closing"]
    tabs = closing.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)  # the plan
    qtbot.wait(50)
    plan = closing.plan.table
    for column in (1, 2):  # start, end
        assert plan.horizontalHeader().sectionSize(column) >= plan.sizeHintForColumn(column)
    plan.horizontalHeader().resizeSection(3, 200)  # as the user drags it
    window.resize(1920, 1020)
    qtbot.wait(50)
    assert plan.horizontalHeader().sectionSize(3) == 200


def test_the_catalogue_shows_a_theme_s_questions_without_scrolling_at_1366(window, qtbot):
    """The question and hint fields ask for their three lines, no more: the list above them has the room
    (it showed five and a half of six questions while the fields kept 135 px each mostly empty)."""
    window.resize(1366, 708)
    window.show_view("catalogue")
    qtbot.wait(50)
    view = window.views["catalogue"]
    assert view.questions.model().rowCount() == 6
    assert not view.questions.verticalScrollBar().isVisible()


def test_the_alternatives_tab_shows_the_points_and_the_whole_coverage_at_1366(window, qtbot):
    """At 1366×768 the pros and cons had two lines each (their buttons took a row, a fixed 140 px
    description the rest) and the coverage matrix hid its total row below a scroll: the buttons sit beside
    the headings, the description shares the height with the points, and every coverage row shows."""
    window.resize(1366, 708)
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("alternatives")
    qtbot.wait(50)
    info = window.views["alternatives"].info
    for points in info.editor.lists.values():
        line = points.list.fontMetrics().lineSpacing()
        assert points.list.viewport().height() >= 4 * line
        assert points.add.y() < points.list.y() and points.remove.y() < points.list.y()
    coverage = info.coverage
    assert coverage.model().rowCount() == 10  # the areas A–I and the total
    assert coverage.verticalScrollBar().maximum() == 0


def test_the_coverage_matrix_leaves_its_spare_height_to_the_points_on_a_large_screen(window, qtbot):
    """At 1920×1080 the matrix took half the tab, a third of it empty below its total row, while the
    description and points above were cut: it is now as high as its rows and the rest goes above."""
    window.resize(1920, 1020)
    window.show_view("alternatives")
    window.views["alternatives"].show_tab("alternatives")
    qtbot.wait(50)
    info = window.views["alternatives"].info
    coverage = info.coverage
    rows = coverage.verticalHeader().length() + coverage.horizontalHeader().height() + 2 * coverage.frameWidth()
    assert coverage.height() <= rows + 8
    assert coverage.verticalScrollBar().maximum() == 0
    pros = info.editor.lists["pros"].list
    assert pros.viewport().height() >= 10 * pros.fontMetrics().lineSpacing()


def _header_lines_fit(table, row: int) -> tuple[int, int]:
    """(lines the row's name needs at the names' width, lines the row's height holds)."""
    from PySide6.QtWidgets import QStyle

    from workshop.ui.widgets.lines_label import wrapped_lines

    names = table.verticalHeader()
    margin = 2 * names.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, names)
    name = table.model().headerData(row, Qt.Orientation.Vertical)
    needed = wrapped_lines(name, names.font(), names.width() - margin - 1, 10)
    spacing = names.fontMetrics().lineSpacing()
    return needed, (table.rowHeight(row) - 2) // spacing


@pytest.mark.parametrize("size", [(1366, 708), (1920, 1020)])
def test_each_criterion_name_is_whole_beside_its_votes(window, qtbot, size):
    """At 1366×768 and full HD each criterion's wording is whole beside its votes, wrapped over the lines its
    row is high enough for: at 1366 px one line cut it to about a dozen letters ("1. Förmåga att lev…", the
    rest only in the tooltip). The grid still needs no sideways scrolling."""
    _voting_at(window, qtbot, size)
    table = window.views["alternatives"].voting.table
    problems = []
    for row in range(table.model().rowCount() - 1):  # the criteria; the last row holds the sums
        needed, held = _header_lines_fit(table, row)
        shown = table.verticalHeader().shown(row) if hasattr(table.verticalHeader(), "shown") else ""
        if needed > held or "…" in shown:
            problems.append(f"{table.model().headerData(row, Qt.Orientation.Vertical)[:30]}: needs {needed} "
                            f"lines, its row holds {held}")
    assert not problems, "\n".join(problems)
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1229, 690), (1366, 708), (1920, 1020)],
                         ids=["first start on 1366×768", "1366×768", "1920×1080"])
def test_the_agenda_catalogue_has_room_for_its_questions(window, qtbot, size):
    """The Agenda tab's question catalogue takes at least half of the tab beside the agenda (it had ~190 px
    of 490 at 1366 px: "Vilka / förväntningar / har kommunl…"), and every agenda button stays whole (they
    take two rows where one does not hold them)."""
    window.resize(*size)
    window.show_view("meetings")
    view = window.views["meetings"]
    view.tabs.setCurrentWidget(view.agenda)
    qtbot.wait(30)
    editor = view.agenda
    assert editor.catalogue.width() >= 0.5 * editor.width() - 10, (editor.catalogue.width(), editor.width())
    assert editor.catalogue.width() >= (240 if size[0] >= 1366 else 210)
    for button in editor.findChildren(QPushButton):
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
    assert editor.agenda.width() >= 160  # the agenda's own items keep a readable width


def _bottom_in(viewport, table, row: int) -> int:
    """Where `table`'s `row` ends, in `viewport`'s coordinates."""
    from PySide6.QtCore import QPoint

    end = table.rowViewportPosition(row) + table.rowHeight(row)
    return table.viewport().mapTo(viewport, QPoint(0, end)).y()


@pytest.mark.parametrize("size", [(1366, 708), (1920, 1020)], ids=["1366×768", "1920×1080"])
def test_the_votes_the_results_and_the_weights_are_in_view_without_scrolling(window, language, qtbot, size):
    """At 1366×768 and full HD, in English and Swedish, the vote grid's sums, every row of the result table
    (sum, weighted, rank) and the criteria's weights lie in the visible page: the results' last row was cut
    by 16 px and the weights, a table of their own below, lay ~90 px under the fold in Swedish. The weights
    are the results' last row, each under its criterion's number; the hint above the grid is one line with
    the whole of it in its tooltip. The buttons and the weights' note are in view whole too."""
    from PySide6.QtCore import QPoint

    _voting_at(window, qtbot, size)
    panel = window.views["alternatives"].voting
    area = next(a for a in window.findChildren(QScrollArea) if _visible(a) and a.isAncestorOf(panel.table))
    viewport = area.viewport()
    assert area.verticalScrollBar().value() == 0
    grid, results = panel.table, panel.results
    assert grid.mapTo(viewport, QPoint(0, 0)).y() >= 0
    last = results.model().rowCount() - 1
    for table, row, what in ((grid, grid.model().rowCount() - 1, "the grid's sums"),
                             (results, last, "the results' last row")):
        bottom = _bottom_in(viewport, table, row)
        assert bottom <= viewport.height(), f"{what} end {bottom - viewport.height()} px under the fold"
        assert table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height(), what
    model = results.model()
    assert model.headerData(last, Qt.Orientation.Vertical) == ("Vikt" if language == "sv" else "Weight")
    assert [model.index(last, c).data() for c in range(7)] == ["1"] * 7
    hint = panel.hint
    assert hint.height() < 2 * hint.fontMetrics().lineSpacing() or size[1] > 900
    assert hint.shown() == hint.text() or hint.toolTip()
    # The buttons and the weights' note too, whole: in Swedish at 1366×768 "Lika vikter" and "Motivera röst…"
    # (a row of their own under the results) lay 27 px under the fold and the note 50 px.
    for widget in (panel.reset_weights, panel.vote_rationale, panel.weights_note):
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        assert widget.isVisible() and top_left.y() >= 0, widget.objectName()
        bottom = top_left.y() + widget.height()
        assert bottom <= viewport.height(), f"{widget.objectName()} ends {bottom - viewport.height()} px under the fold"
        assert top_left.x() + widget.width() <= viewport.width(), widget.objectName()
    for button in (panel.reset_weights, panel.vote_rationale):
        assert button.width() >= button.sizeHint().width(), button.text()  # the words whole
    note = panel.weights_note
    assert note.height() >= note.heightForWidth(note.width()), "the weights' note is cut"


@pytest.mark.parametrize("size", [(1229, 690), (1366, 708), (1920, 1020)],
                         ids=["first start on 1366×768", "1366×768", "1920×1080"])
def test_criteria_voting_fits_its_page_without_scrolling(window, language, qtbot, size):
    """At 1229×690 (a 1366×768 laptop's window, task bar and frame taken) the Criteria voting tab scrolled, in
    Swedish by ~250 px: "Överenskommen" took 146 px of the grid for one digit, so each criterion wrapped over
    four lines, the criterion buttons took a row of their own, and the results lay under the grid. Now the
    page never scrolls: the grid shows every criterion and the sums, and the results with their weights lie
    under it where the height holds both (1366×768 and up) or, where it does not, on a tab beside it, every
    row in view there too."""
    from PySide6.QtCore import QPoint

    _voting_at(window, qtbot, size)
    panel = window.views["alternatives"].voting
    area = next(a for a in window.findChildren(QScrollArea) if _visible(a) and a.isAncestorOf(panel.table))
    viewport = area.viewport()
    assert area.verticalScrollBar().maximum() == 0, f"the page scrolls by {area.verticalScrollBar().maximum()} px"
    assert panel.parts.tabbed() == (size[1] < 700)  # the results under the grid wherever they fit there
    grid, results = panel.table, panel.results
    assert grid.verticalScrollBar().maximum() == 0
    assert _bottom_in(viewport, grid, grid.model().rowCount() - 1) <= viewport.height()
    if panel.parts.tabbed():
        panel.parts.tabs.setCurrentIndex(1)
        qtbot.waitUntil(results.isVisible)
    assert results.verticalScrollBar().maximum() == 0
    assert _bottom_in(viewport, results, results.model().rowCount() - 1) <= viewport.height()
    bottom = panel.reset_weights.mapTo(viewport, QPoint(0, panel.reset_weights.height())).y()
    assert panel.reset_weights.isVisible() and bottom <= viewport.height()
    assert panel.vote_rationale.width() <= panel.vote_rationale.sizeHint().width() + 8  # beside the hint, not across
