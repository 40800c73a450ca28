"""The presenter window: only what the room may see, large and high-contrast, on the chosen screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from workshop.app import build
from workshop.ui.presenter.window import MIN_BODY_PX, PresenterWindow
from workshop.ui.session.presenter_channel import PresenterChannel, PresenterContent


@pytest.fixture
def app_window(open_app, example_path):
    """The app on a fresh example file, running the last meeting (which has notes and hinted questions)."""
    window = open_app(example_path, view="meetings")
    view = window.views["meetings"]
    view.table.selectRow(view.model.rowCount() - 1)
    view.run_current()
    return window


def _texts(widget: QWidget) -> list[str]:
    """Every piece of text anywhere in a widget tree."""
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.statusTip()]
    for w in [widget, *widget.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.whatsThis()]
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            out.append(w.text())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
    return [t for t in out if t]


def test_presenter_shows_the_question_and_never_notes_or_hints(app_window, qtbot):
    """On every agenda item the presenter tree holds the question, and no note or hint text anywhere."""
    window = app_window
    runner = window.views["meetings"].runner
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    qtbot.waitExposed(presenter)
    e = window.session.engagement
    hints = {q.uid: q.hint for q in e.questions}
    meeting = runner.meeting()
    runner.notes.setPlainText("HEMLIG ANTECKNING om budgeten")
    checked_hint = False
    for index, item in enumerate(meeting.agenda):
        runner.go_to(index)
        texts = "\n".join(_texts(presenter))
        assert presenter.body.text() == item.text
        assert f"{index + 1} / {len(meeting.agenda)}" in texts
        secrets = [runner.notes.toPlainText(), item.notes, hints.get(item.question_uid, "")]
        for secret in filter(None, secrets):
            assert secret not in texts
            checked_hint = checked_hint or secret == hints.get(item.question_uid)
        assert "HEMLIG" not in texts
    assert checked_hint, "the example should include a question with a hint"


def test_text_is_large_and_high_contrast(qtbot):
    """Body text is at least 28 px and white on near-black (contrast well above 7:1)."""
    channel = PresenterChannel()
    presenter = PresenterWindow(channel)
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    long = "Hur ser er datacenterlösning ut i dag, med primär och sekundär hall, servrar och lagring? " * 6
    channel.publish(PresenterContent(kind="question", title="IT-drift i dag", body=long, position="3 / 12"))
    assert presenter.body_pixel_size() >= MIN_BODY_PX
    assert presenter.body.textFormat() == Qt.TextFormat.PlainText
    channel.publish(PresenterContent(kind="question", title="T", body="Kort fråga?", position="1 / 2"))
    assert presenter.body_pixel_size() > 40  # short questions get larger text
    assert presenter.progress.value() == 1 and presenter.progress.maximum() == 2

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [((v / 255) / 12.92 if v / 255 <= 0.03928 else ((v / 255 + 0.055) / 1.055) ** 2.4)
                    for v in (c.red(), c.green(), c.blue())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    from workshop.ui.presenter.window import BACKGROUND, FOREGROUND

    ratio = (luminance(FOREGROUND) + 0.05) / (luminance(BACKGROUND) + 0.05)
    assert ratio > 7


def test_markup_in_content_is_shown_as_text(qtbot):
    """Question text that looks like markup is shown literally, not interpreted."""
    channel = PresenterChannel()
    presenter = PresenterWindow(channel)
    qtbot.addWidget(presenter)
    channel.publish(PresenterContent(kind="question", title="<b>T</b>", body="<img src=x> &amp; 🙂", position=""))
    assert presenter.body.text() == "<img src=x> &amp; 🙂"
    assert presenter.title.text() == "<b>T</b>"
    assert not presenter.progress.isVisible()


def test_charts_replace_each_other_and_blank_clears(qtbot):
    """Chart content places the factory's widget large; the next chart replaces it; blank removes it."""
    channel = PresenterChannel()
    presenter = PresenterWindow(channel)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    first = []
    channel.publish(PresenterContent(kind="chart", title="Potential", chart_factory=lambda: first.append(
        QLabel("radar")) or first[-1]))
    assert presenter.chart is first[0] and presenter.chart.isVisible()
    assert presenter.title.text() == "Potential"
    channel.publish(PresenterContent(kind="chart", title="Röster", chart_factory=lambda: QLabel("bars")))
    assert presenter.chart is not first[0] and presenter.chart.text() == "bars"
    assert presenter.chart.width() > 1000  # large: the chart fills the window's width
    channel.set_cover("Utredning it-drift", "GGVVH")
    channel.publish(PresenterContent(kind="blank"))
    assert presenter.chart is None and presenter.body.text() == "Utredning it-drift"


def test_f5_with_nothing_chosen_shows_the_engagement_not_a_dark_void(qtbot, example_path):
    """Opened before anything is chosen, the projector names the engagement and its client; a new title
    typed in the Engagement view follows at once."""
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        window.actions["presenter"].trigger()
        presenter = window.presenter_controller.presenter
        assert presenter.body.text() == "Utredning it-drift GGVVH" and presenter.body.isVisible()
        assert presenter.title.text() == window.session.engagement.info.client != ""
        view = window.views["engagement"]
        view.edits["title"].setText("Utredning, steg 2")
        view.edits["title"].editingFinished.emit()
        assert presenter.body.text() == "Utredning, steg 2"
        presenter.close()
    finally:
        controller.close()


def test_closing_the_engagement_takes_its_chart_off_the_projector(app_window):
    """File → Close (as opening another file, through the same set_session) puts up the cover: the last
    client's chart had stayed on the projector, under the next engagement's name."""
    window = app_window
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    window.show_view("potential")
    window.views["potential"].show_shares_on_projector()
    assert presenter.chart is not None
    window.actions["close"].trigger()
    assert presenter.chart is None and presenter.body.text() == "Workshop"
    presenter.close()


def test_escape_leaves_and_f5_comes_back_with_the_same_content(app_window, qtbot):
    """Esc closes the presenter window; F5 opens it again showing the current question."""
    window = app_window
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    body = presenter.body.text()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()
    window.actions["presenter"].trigger()
    assert presenter.isVisible() and presenter.isFullScreen() and presenter.body.text() == body


def test_screen_choice_and_screen_loss(example_path, tmp_path):
    """With a laptop and a projector, F5 asks once, goes full screen on the projector, and comes back when unplugged."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ]}))
    child = Path(__file__).with_name("presenter_screens_child.py")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONWARNINGS": "ignore",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, str(child), str(example_path)], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projector"]
    assert seen["asked"][0][0].startswith("Projector")  # the screen that is not the laptop's is offered first
    assert seen["on"] == "Projector" and seen["full_screen"]
    assert seen["geometry"] == [1440, 0, 1920, 1080]
    assert seen["body_px"] >= MIN_BODY_PX
    assert seen["body"] == seen["question"]
    assert not seen["asked_again"]
    lost = seen["after_loss"]
    assert lost["on"] == "Laptop" and lost["visible"] and not lost["full_screen"] and lost["inside_laptop"]
    assert lost["body"] == seen["body"]
    # Sized for its window, not the laptop's screen: the chart had shrunk to a few pixels under its text.
    assert lost["title_px"] <= max(MIN_BODY_PX, round(40 * lost["height"] / 1080))
    # A chart put up in the small window and then shown full screen on the projector is built again for it:
    # it had kept the small window's text size (or the laptop's, for a chart put up before F5).
    assert seen["chart_small_pt"] == max(12, round(22 * lost["height"] / 1080)) < 22
    assert seen["chart_projector"] == {"on": "Projector", "pt": 22, "height": 1080}


def test_show_on_projector_without_the_presenter_view_says_how_to_start_it(app_window, qtbot):
    """"Show on projector" in Potential while no presenter view is open: the status bar says to press F5
    (the button seemed to do nothing); once the view is open, nothing more is said."""
    from PySide6.QtWidgets import QPushButton

    window = app_window
    window.show_view("potential")
    qtbot.wait(20)
    window.statusBar().clearMessage()
    window.views["potential"].findChild(QPushButton, "potentialToProjector").click()
    assert "F5" in window.statusBar().currentMessage()
    window.actions["presenter"].trigger()
    window.statusBar().clearMessage()
    window.views["potential"].findChild(QPushButton, "potentialToProjector").click()
    assert window.statusBar().currentMessage() == ""
    window.presenter_controller.presenter.close()


def test_f5_takes_back_the_note_saying_to_press_f5(app_window, qtbot):
    """Show on projector, then F5 as the status bar said: "press F5" stayed in the bar for its eight seconds
    beside "Projector: Potential per area", as if the room did not see the chart yet."""
    from PySide6.QtWidgets import QPushButton

    window = app_window
    window.show_view("potential")
    window.views["potential"].findChild(QPushButton, "potentialToProjector").click()
    assert "F5" in window.statusBar().currentMessage()
    window.actions["presenter"].trigger()
    assert "F5" not in window.statusBar().currentMessage()
    window.presenter_controller.presenter.close()


def test_nothing_left_for_the_projector_takes_back_the_note_saying_to_press_f5(app_window, qtbot):
    """A meeting run with no presenter view open, then ended: "Ready for the projector: press F5…" stayed in the
    bar after the runner had taken its question off, with nothing left to show. Taken off the projector, the
    note goes; a status message of another kind stays."""
    from PySide6.QtWidgets import QPushButton

    from workshop.ui.session.presenter_channel import PresenterContent

    window = app_window
    window.show_view("potential")
    window.views["potential"].findChild(QPushButton, "potentialToProjector").click()
    assert "F5" in window.statusBar().currentMessage()
    window.presenter_channel.publish(PresenterContent(kind="blank"))
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Saved.", 8000)
    window.presenter_channel.publish(PresenterContent(kind="blank"))
    assert window.statusBar().currentMessage() == "Saved."


def test_show_on_projector_puts_up_the_chart_in_view(app_window, qtbot):
    """At 1366 × 768 the radar and the shares are tabs; from the Shares tab the button had put the radar up."""
    from PySide6.QtWidgets import QPushButton

    window = app_window
    window.resize(1366, 708)
    window.show_view("potential")
    view = window.views["potential"]
    qtbot.waitUntil(view.charts.tabbed)
    button = view.findChild(QPushButton, "potentialToProjector")
    view.charts.tabs.setCurrentWidget(view.bars)
    button.click()
    shares = window.presenter_channel.current.title
    view.charts.tabs.setCurrentWidget(view.radar)
    button.click()
    radar = window.presenter_channel.current.title
    assert shares != radar
    view.show_shares_on_projector()
    assert window.presenter_channel.current.title == shares


def test_with_one_screen_choosing_says_so_and_stop_is_there_only_while_presenting(app_window, qtbot):
    """View → Choose Presenter Screen… did nothing with one screen, and Stop Presenter View was enabled with
    no presenter view open."""
    window = app_window
    window.statusBar().clearMessage()
    window.actions["presenter_screen"].trigger()
    assert window.statusBar().currentMessage().startswith("Only one screen is connected")
    assert not window.actions["presenter_stop"].isEnabled()
    window.actions["presenter"].trigger()
    assert window.actions["presenter_stop"].isEnabled()
    window.actions["presenter_stop"].trigger()
    assert not window.actions["presenter_stop"].isEnabled()


def test_the_projector_blanks_and_comes_back_from_the_menu_and_from_its_own_keys(app_window, qtbot):
    """View → Blank the Projector (Ctrl+B) puts black over whatever is chosen, and what is put up meanwhile
    stays behind it (the status bar says how to show it); B or "." on the presenter window toggles it, and
    Shift+F5 there closes it as Esc does. Nothing could blank the projector before."""
    window = app_window
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    blank = window.actions["presenter_blank"]
    blank.trigger()
    assert blank.isChecked() and presenter.black.isVisible()
    window.show_view("potential")
    window.views["potential"].show_shares_on_projector()
    assert presenter.black.isVisible() and "Ctrl+B" in window.statusBar().currentMessage()
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert not presenter.black.isVisible() and not blank.isChecked() and presenter.chart is not None
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert presenter.black.isVisible() and blank.isChecked()
    qtbot.keyClick(presenter, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not presenter.isVisible()
    # The closed window took the release with it: Qt would keep Shift held for the tests that follow.
    qtbot.keyRelease(window.statusBar(), Qt.Key.Key_Shift)


def test_a_clicker_s_keys_on_the_presenter_window_step_through_the_meeting(app_window, qtbot):
    """With the projector on the laptop's own screen the presenter window has the keyboard: Right, Left,
    PageDown, PageUp (a clicker's keys) and Space had done nothing there, and Esc to move on showed the room
    the facilitator's notes. They now step the meeting being run, as its own keys do in the window."""
    window = app_window
    runner = window.views["meetings"].runner
    meeting = runner.meeting()
    runner.go_to(0)
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    assert presenter.body.text() == meeting.agenda[0].text
    for key, index in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_PageUp, 1),
                       (Qt.Key.Key_Left, 0), (Qt.Key.Key_Space, 1)):
        qtbot.keyClick(presenter, key)
        assert presenter.isVisible()
        assert presenter.body.text() == meeting.agenda[index].text
        assert presenter.position.text() == f"{index + 1} / {len(meeting.agenda)}"
        assert runner.current_item().uid == meeting.agenda[index].uid
    runner.leave()  # no meeting being run: the keys step nothing, and the projector stays as it is
    shown = presenter.body.text()
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.isVisible() and presenter.body.text() == shown


def test_the_status_bar_says_what_the_room_sees_while_presenting(app_window, qtbot):
    """While the presenter view is open the status bar names what is on it: the question and where we are,
    a chart, black; nothing once it is closed (the window had not said what the room saw)."""
    window = app_window
    seen = window.presenter_controller.seen
    assert not seen.isVisible()
    window.actions["presenter"].trigger()
    presenter = window.presenter_controller.presenter
    assert seen.isVisible() and seen.text().startswith("Projector: question ")
    window.show_view("potential")
    window.views["potential"].show_shares_on_projector()
    assert seen.text() == f"Projector: {window.presenter_channel.current.title}"
    assert seen.width() >= seen.fontMetrics().horizontalAdvance("Projector: Share of")  # not a few pixels
    window.actions["presenter_blank"].trigger()
    assert seen.text() == "Projector: black"
    window.actions["presenter_blank"].trigger()
    presenter.close()
    qtbot.waitUntil(lambda: not seen.isVisible())


def test_the_status_bar_says_when_a_criteria_rounds_votes_are_hidden(app_window, qtbot):
    """A criteria round's radar on the projector shows "votes hidden" until revealed: the status bar says so,
    and says the chart's name alone once the room sees the votes (it had named the chart while the room
    saw only the notice)."""
    window = app_window
    window.actions["presenter"].trigger()
    seen = window.presenter_controller.seen
    window.show_view("alternatives")
    voting = window.views["alternatives"].voting
    voting.show_votes_on_projector()
    title = window.presenter_channel.current.title
    assert seen.text() == f"Projector: votes hidden ({title})"
    voting.reveal.click()
    assert seen.text() == f"Projector: {title}"
    voting.reveal.click()
    assert seen.text() == f"Projector: votes hidden ({title})"
    window.presenter_controller.presenter.close()


@pytest.mark.parametrize("size", [(1024, 768), (1024, 600), (1280, 700)])
def test_a_long_title_and_question_stay_whole_in_the_window_on_a_small_projector(qtbot, size):
    """On a 1024 × 768 projector a six-line title had pushed the question's first and last lines out of
    the window, cut mid-letter: the title keeps to three lines (cut with "…") and the question is drawn
    in the room left, cut with "…" only when even the smallest size cannot hold it (at 1024 × 600 the
    question's last line was cut again while the title's lines went uncounted)."""
    from PySide6.QtGui import QFontMetrics

    channel = PresenterChannel()
    presenter = PresenterWindow(channel)
    qtbot.addWidget(presenter)
    presenter.resize(*size)
    presenter.show()
    words = " ".join(["Kommunalförbundets förvaltningsorganisation"] * 12)
    for body in ("Hur ser ni på samverkan?", " ".join([words] * 3)):
        channel.publish(PresenterContent(kind="question", title=words, body=body, position="2 / 9"))
        qtbot.wait(50)  # the window's layout settles
        title = presenter.title
        lines = QFontMetrics(title.font()).boundingRect(0, 0, title.width(), 100000, int(Qt.TextFlag.TextWordWrap),
                                                        title.text()).height() // QFontMetrics(title.font()).lineSpacing()
        assert lines <= 3 and title.text().endswith("…")
        text = QFontMetrics(presenter.body.font()).boundingRect(0, 0, presenter.body.width(), 100000,
                                                                int(Qt.TextFlag.TextWordWrap), presenter.body.text())
        assert text.height() <= presenter.body.height()


def test_a_word_longer_than_the_screen_is_broken_and_the_projector_keeps_its_width(qtbot):
    """An agenda item "Fika" with a 300-letter word widened the projector window to 9,533 px: the question ran
    off the screen, the "8 / 9" counter with it, and the window stayed that wide for the next questions."""
    channel = PresenterChannel()
    presenter = PresenterWindow(channel)
    qtbot.addWidget(presenter)
    presenter.resize(1366, 768)
    presenter.show()
    word = "Kommunalförbund" * 20
    channel.publish(PresenterContent(kind="question", title=f"Fika {word}", body=f"Fika {word} och mer",
                                     position="8 / 9"))
    qtbot.wait(50)  # the window's layout settles
    assert presenter.width() == 1366 and presenter.minimumSizeHint().width() < 1366
    shown = presenter.body.text()
    assert shown.replace("\n", "").replace(" ", "") == f"Fika{word}ochmer"  # every letter, on several lines
    body = presenter.body
    drawn = body.fontMetrics().boundingRect(0, 0, body.width(), 100000, int(Qt.TextFlag.TextWordWrap), shown)
    assert drawn.width() <= body.width() and drawn.height() <= body.height()  # as the label wraps it: whole
    assert presenter.position.isVisible() and presenter.position.geometry().right() <= presenter.width()
    channel.publish(PresenterContent(kind="question", title="Bakgrund", body="Hur ser ni på samverkan?",
                                     position="9 / 9"))
    qtbot.wait(50)
    assert presenter.width() == 1366 and presenter.body.text() == "Hur ser ni på samverkan?"
