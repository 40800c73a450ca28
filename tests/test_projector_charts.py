"""Charts the back row can read: thick lines, a marker shape per organisation, equal values still seen, and
a key that says what each axis code stands for."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from workshop.charts.palette import DARK, SERIES_COLOURS, SERIES_MARKERS
from workshop.charts.radar import RadarChart, RadarSeries
from workshop.ui.presenter.window import PresenterWindow


def _radar(qtbot, series, theme=DARK) -> RadarChart:
    chart = RadarChart(maximum=100, font_size=22, theme=theme)
    qtbot.addWidget(chart)
    chart.resize(1100, 900)
    chart.set_axes(list("ABCDEFGHI"))
    chart.set_series(series)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.mark.parametrize("count", [5, 8, 12])
def test_every_organisation_keeps_its_own_colour_and_marker_with_thick_lines(qtbot, count):
    """On the projector each of 5–12 organisations gets a line at least 4 px wide, its own colour and its
    own marker shape at every point (a second cue for a viewer who cannot tell two colours apart)."""
    chart = _radar(qtbot, [RadarSeries(f"Kommun {i}", [10 * (i % 9) + 5] * 9) for i in range(count)])
    styles = [chart.series_style(i) for i in range(chart.series_count())]
    assert min(s.width for s in styles) >= 4
    assert len({s.colour for s in styles}) == count and len({s.marker for s in styles}) == count
    assert all(s.markers == 9 for s in styles)  # one marker per axis, none doubled


def test_equal_values_leave_every_organisation_visible(qtbot):
    """Two organisations with the same scores: the one drawn first is wider, so it shows as an edge around
    the one on top (Vaggeryd's line no longer vanishes under Gnosjö's)."""
    same = [50] * 9
    chart = _radar(qtbot, [RadarSeries("Gnosjö", same), RadarSeries("Vaggeryd", same), RadarSeries("Hylte", same)])
    under, middle, top = (chart.series_style(i).width for i in range(3))
    assert under > middle > top >= 4


def test_the_palette_has_twelve_distinct_colours_and_shapes():
    """Twelve organisations never share a colour or a marker shape."""
    assert len(set(SERIES_COLOURS)) == 12 and len(set(SERIES_MARKERS)) == 12


@pytest.fixture
def window(open_app, example_path):
    """The app on the example."""
    return open_app(example_path)


def _presenter(window, qtbot, size=(1920, 1080)) -> PresenterWindow:
    """The presenter window on the app's channel, shown at `size`."""
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.resize(*size)
    presenter.show()
    return presenter


def test_the_projector_radar_names_each_area_and_criterion(window, qtbot):
    """Beside the radar the room reads what A…I and 1…7 stand for, as the engagement names them."""
    presenter = _presenter(window, qtbot)
    window.show_view("potential")
    window.views["potential"].show_radar_on_projector()
    qtbot.wait(20)
    assert presenter.key is not None and presenter.key.isVisible()
    assert presenter.key.lines()[0] == "A Drift, skötsel, förvaltning och anskaffning av IT-infrastruktur"
    assert len(presenter.key.lines()) == 9
    window.show_view("alternatives")
    window.views["alternatives"].voting.show_votes_on_projector()
    qtbot.wait(20)
    assert presenter.key.lines()[1] == "2 Beroende av externa resurser"
    window.views["potential"].show_shares_on_projector()  # bars name their groups themselves: no key
    qtbot.wait(20)
    assert presenter.key is None


def test_charts_that_name_alternatives_by_code_say_what_each_stands_for(window, qtbot):
    """The sums, the map and the preferences name alternatives by code: with codes "0", "1", "2" the room
    could not tell them apart. A key beside each gives every alternative's name."""
    presenter = _presenter(window, qtbot)
    window.show_view("alternatives")
    alternatives = window.views["alternatives"]
    for show in (alternatives.voting.show_results_on_projector, alternatives.voting.show_map_on_projector,
                 alternatives.preferences.show_on_projector):
        show()
        qtbot.wait(20)
        assert presenter.key is not None and presenter.key.isVisible()
        assert presenter.key.lines() == [f"{a.code} {a.name}" for a in window.session.engagement.alternatives]


def _show_votes(window, qtbot, size) -> PresenterWindow:
    presenter = _presenter(window, qtbot, size)
    qtbot.waitExposed(presenter)
    window.show_view("alternatives")
    window.views["alternatives"].voting.show_votes_on_projector()
    qtbot.wait(50)
    return presenter


def test_a_laptop_projector_shows_each_criterion_whole(window, qtbot):
    """At 1366×768 the key has the height for three lines a name: "… potentialomfattningen (ca 60%)" and
    "… uppnådd redundans" were cut to two lines ending in "…"."""
    presenter = _show_votes(window, qtbot, (1366, 768))
    criteria = window.session.engagement.criteria
    assert presenter.key.names_shown() == [c.text for c in criteria]


def test_names_of_any_length_share_the_key_s_height(open_app, qtbot, tmp_path, example):
    """Criteria of hundreds of words: each is cut to two lines ending in "…" and the key still ends inside
    the projector's window."""
    import dataclasses

    from workshop.storage import EngagementStore

    long = [dataclasses.replace(c, text=f"Kriterium {c.number} " + "mycket lång formulering " * 40)
            for c in example.criteria]
    path = tmp_path / "long.workshop"
    EngagementStore.create(path, dataclasses.replace(example, criteria=tuple(long))).close()
    presenter = _show_votes(open_app(path), qtbot, (1366, 768))
    shown = presenter.key.names_shown()
    assert all(text.endswith("…") for text in shown)
    assert all(len(text) < 200 for text in shown)
    key = presenter.key
    assert key.mapTo(presenter, key.rect().topLeft()).y() + key.bottom() <= presenter.height()


def test_the_key_is_as_large_as_the_chart_s_labels_and_grows_with_the_projector(window, qtbot):
    """The key's letters stayed 26 px on any projector: under the 28 px the room's text has at least on a
    1080-line screen (the chart's own labels are 22 pt, ~29 px), and no larger on a 1440-line one. They now
    grow with the screen; a 768-line projector keeps the size it had."""
    from PySide6.QtWidgets import QLabel

    from workshop.ui.presenter.window import MIN_BODY_PX

    window.show_view("potential")
    letters = {}
    for size in ((1366, 768), (1920, 1080), (2560, 1440)):
        presenter = _presenter(window, qtbot, size)
        qtbot.waitExposed(presenter)
        window.views["potential"].show_radar_on_projector()
        qtbot.wait(20)
        letters[size[1]] = {label.fontInfo().pixelSize() for label in presenter.key.findChildren(QLabel)
                            if label.text()}
        presenter.close()
    assert letters[768] == {26}
    assert min(letters[1080]) >= MIN_BODY_PX
    assert min(letters[1440]) >= max(letters[1080]) * 1.25


def test_one_organisation_against_the_median_with_the_others_faded(window, qtbot):
    """Choosing Gnosjö draws it and the median in colour, the other four in the faded colour behind them."""
    window.show_view("potential")
    view = window.views["potential"]
    view.organisation.setCurrentIndex(2)
    radar = view.radar
    assert [label for label in radar.legend_labels()] == ["Gnosjö", "Median of all organisations",
                                                         "Other organisations"]
    assert radar.batched_count() == 4
    assert all(radar.series_style(i).above_batch for i in range(radar.series_count() - 4))


def test_the_projector_speaks_the_document_language_under_an_english_interface(window, qtbot):
    """With the interface in English and the documents in Swedish (the default), the room reads Swedish
    titles, legends and axis titles; the facilitator's own window stays English."""
    presenter = _presenter(window, qtbot)
    window.show_view("potential")
    view = window.views["potential"]
    view.show_radar_on_projector()
    qtbot.wait(20)
    assert presenter.title.text() == "Potential per område – alla organisationer"
    assert "Median för alla organisationer" in presenter.chart.legend_labels()
    assert "Median of all organisations" in view.radar.legend_labels()
    view.show_shares_on_projector()
    qtbot.wait(20)
    assert [label.text for _s, label in presenter.chart.legend.items] == ["Potential", "Idag"]
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    voting.show_map_on_projector()
    qtbot.wait(20)
    assert presenter.title.text() == "Alternativ: potential mot genomförbarhet"
    assert "Rösterna är dolda" in presenter.chart.notice.text()


def test_choosing_english_documents_turns_the_projector_english(window, qtbot):
    """View → Documents and Projector Language → English: the next screen shown is English."""
    menu = next(m for m in window.menus["view"].findChildren(type(window.menus["view"]))
                if m.objectName() == "documentLanguageMenu")
    next(a for a in menu.actions() if a.data() == "en").trigger()
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.show()
    window.show_view("potential")
    window.views["potential"].show_radar_on_projector()
    qtbot.wait(20)
    assert presenter.title.text() == "Potential per area — all organisations"


def test_projector_numbers_use_the_document_languages_decimal_comma(window, qtbot):
    """Under an English interface with Swedish documents, a weighted sum of 23.5 reads "23,5" on the
    projector and "23.5" in the facilitator's window."""
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    weights = {c.number: 1.0 for c in window.session.engagement.criteria}
    weights[1] = 1.5  # 1 Tjänst scores 3 on criterion 1: 23 + 1.5 = 24.5
    voting.weights_model.set_weights(weights, "weights")
    for alternative in window.session.engagement.alternatives:
        voting.alternative.setCurrentIndex(voting.alternative.findData(alternative.code))
        voting.reveal.setChecked(True)
    presenter = PresenterWindow(window.presenter_channel)
    qtbot.addWidget(presenter)
    presenter.show()
    voting.show_results_on_projector()
    qtbot.wait(20)
    assert "24,5" in presenter.chart.chart.value_texts()
    assert voting.results_model.index(2, 8).data() == "24.5"  # 1 Tjänst's weighted sum in the window


def test_an_organisation_voting_exactly_the_agreed_scores_stays_visible(qtbot, example_path):
    """Each organisation's votes beside the agreed line: an organisation whose votes are the agreed scores
    (Vaggeryd on S in the example) still shows in its colour on the projector (the agreed line, drawn on
    top, used to cover it whole)."""
    from workshop.storage import EngagementStore
    from workshop.ui.alternatives.voting.charts import AlternativeRadar
    from workshop.ui.alternatives.voting.state import ScoreBoard
    from workshop.ui.session.session import EngagementSession

    session = EngagementSession(EngagementStore.open(example_path))
    try:
        board = ScoreBoard(session)
        e = session.engagement
        grid = board.grid()
        equal = [(code, i) for code in (a.code for a in e.alternatives) for i, o in enumerate(e.organisations)
                 if board.votes_of(o.uid, code) == [grid[(code, c.number)].value for c in e.criteria]]
        assert equal, "the example has an organisation voting the agreed scores"
        code, index = equal[0]
        chart = AlternativeRadar(session, board, code, show_votes=True, theme=DARK, font_size=22)
        qtbot.addWidget(chart)
        chart.resize(1100, 900)
        chart.show()
        qtbot.waitExposed(chart)
        image = chart.grab().toImage()
        want = QColor(chart.colour(index))
        seen = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if all(abs(a - b) <= 24 for a, b in zip(image.pixelColor(x, y).getRgb()[:3], want.getRgb()[:3])))
        assert seen >= 40, f"{e.organisations[index].name} on {code}: {seen} pixels of its colour"
    finally:
        session.close()


def test_a_preference_label_keeps_to_its_bar_on_a_small_projector(window, qtbot):
    """On a 1024 × 768 projector "2: GIS, VAG" ran under the next bar; each label now wraps to its bar's
    width (the three-organisation one on two lines) and still reads as one."""
    from PySide6.QtGui import QFontMetrics

    presenter = _presenter(window, qtbot, (1024, 768))
    qtbot.waitExposed(presenter)
    window.show_view("alternatives")
    window.views["alternatives"].preferences.show_on_projector()
    qtbot.wait(50)
    chart = presenter.chart
    assert chart.value_texts() == ["0", "2: GIS, VAG", "3: GNO, VMO, HYL", "0"]
    metrics = QFontMetrics(chart.chart_font(bold=True))
    per_bar = chart.getPlotItem().vb.width() / 4
    for label in (t for row in chart._texts for t in row):
        assert max(metrics.horizontalAdvance(line) for line in label.text().split("\n")) <= per_bar
    assert max(chart.label_lines()) >= 2


def test_chart_text_follows_the_projector_s_size(window, qtbot):
    """A chart's text is 22 pt on a 1080-line projector and smaller on a 720-line one (fixed at 22 pt, the
    legend had taken two thirds of a 720p projector and the radar had shrunk to a third)."""
    sizes = {}
    for lines in (1080, 720):
        presenter = _presenter(window, qtbot, (lines * 16 // 9, lines))
        qtbot.waitExposed(presenter)
        window.show_view("potential")
        window.views["potential"].show_radar_on_projector()
        sizes[lines] = presenter.chart.font_size
        presenter.close()
    assert sizes[1080] == 22 and sizes[720] == round(22 * 720 / 1080)
