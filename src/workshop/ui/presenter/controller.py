"""PresenterController: F5 opens the presenter window full screen on the chosen screen.

It asks which screen when several are connected and none was chosen before
(View → Choose Presenter Screen… asks again), keeps the keyboard on the
main window when the projector is a second screen, and brings the window
back to the laptop's screen, content intact, when the projector is unplugged.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen

from workshop.ui.widgets import dialogs
from workshop.ui.widgets.i18n import key_text, tr
from workshop.ui.presenter.screens import describe, fallback_screen, remembered, screens_for_presenter
from workshop.ui.presenter.window import PresenterWindow
from workshop.ui.widgets.lines_label import LinesLabel
from workshop.ui.widgets.settings import PRESENTER_SCREEN, Settings

SEEN_LETTERS = 36  # the status bar's note of what the room sees: cut with "…" beyond this (whole in its tip)


def _ready() -> str:
    """The status bar's note that something waits for the presenter view."""
    return tr("Ready for the projector: press F5 (View → Start Presenter View) to show it to the room.")


class PresenterController(QObject):
    """Owns the presenter window of one main window."""

    def __init__(self, window, settings: Settings):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.presenter: PresenterWindow | None = None
        actions = window.actions
        actions["presenter"].triggered.connect(self.start)
        if "presenter_screen" in actions:
            actions["presenter_screen"].triggered.connect(self.choose_screen)
        if "presenter_stop" in actions:
            actions["presenter_stop"].triggered.connect(self.stop)
        window.closing.connect(self.stop)
        self._stop_action(False)
        window.presenter_channel.content_changed.connect(self._published)
        # What the room sees, said in the status bar while the presenter view is open (the window had not said).
        self.seen = LinesLabel(1, window, "color: #1F3B57;", hint_letters=SEEN_LETTERS)
        self.seen.setObjectName("projectorSees")
        self.seen.setMaximumWidth(self.seen.fontMetrics().averageCharWidth() * SEEN_LETTERS)
        self.seen.hide()
        channel = window.presenter_channel
        for signal in (channel.content_changed, channel.blanked_changed, channel.sealed_changed, channel.cover_changed):
            signal.connect(lambda *_: self._say_seen())
        if "presenter_blank" in actions:
            blank = actions["presenter_blank"]
            blank.setCheckable(True)
            blank.toggled.connect(window.presenter_channel.set_blanked)
            window.presenter_channel.blanked_changed.connect(blank.setChecked)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)

    def _facilitator_screen(self) -> QScreen | None:
        return self.window.screen()

    def chosen_screen(self, ask: bool = False) -> QScreen | None:
        """The screen to present on: the remembered one, the only one, or the one the user picks."""
        screens = screens_for_presenter(self._facilitator_screen())
        if not screens:
            return None
        known = remembered(screens, self.settings.get(PRESENTER_SCREEN))
        if known is not None and not ask:
            return known
        if len(screens) == 1:
            return screens[0]
        screen = dialogs.ask_item(self.window, tr("Presenter screen"), tr("Show the presenter view on:"), screens,
                                  describe)
        if screen is None:
            return None
        self.settings.set(PRESENTER_SCREEN, screen.name())
        return screen

    def choose_screen(self) -> None:
        """View → Choose Presenter Screen…: ask, remember, and move an open presenter window there. With one
        screen there is nothing to choose, and the status bar says so (the menu item seemed to do nothing)."""
        screens = screens_for_presenter(self._facilitator_screen())
        if len(screens) == 1:
            self.window.statusBar().showMessage(tr(
                "Only one screen is connected ({screen}): the presenter view opens on it. Connect the projector to "
                "choose it here.").format(screen=describe(screens[0])), 10000)
            return
        screen = self.chosen_screen(ask=True)
        if screen is not None and self.presenter is not None and self.presenter.isVisible():
            self._place(screen)

    def start(self) -> None:
        """F5: open the presenter window full screen on its screen (or bring it back there)."""
        screen = self.chosen_screen()
        if screen is None:
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self.window.presenter_channel, self.window)
            self.presenter.left.connect(self._left)
            self.presenter.seen_changed.connect(self._say_seen)
        self._place(screen)
        self._stop_action(True)
        self._say_seen()
        if self.window.statusBar().currentMessage() == _ready():  # "press F5" had stayed, F5 just pressed
            self.window.statusBar().clearMessage()

    def _place(self, screen: QScreen) -> None:
        presenter = self.presenter
        if presenter.isFullScreen():
            presenter.showNormal()
        presenter.setScreen(screen)
        presenter.setGeometry(screen.geometry())
        presenter.showFullScreen()
        if screen is not self._facilitator_screen():
            # The keyboard stays with the facilitator's window; the room only watches.
            QTimer.singleShot(0, self.window.activateWindow)
        else:
            presenter.activateWindow()

    def _say_seen(self) -> None:
        """"Projector: <what the room sees>" in the status bar while the presenter view is open."""
        shown = self.presenter is not None and self.presenter.isVisible()
        bar = self.window.statusBar()
        if shown:
            self.seen.setText(tr("Projector: {what}").format(what=self._what_is_seen()))
            # As wide as its text up to its most: the bar had given the label its least width (a few pixels).
            self.seen.setMinimumWidth(self.seen.sizeHint().width())
        if shown and not self.seen.isVisible():
            bar.addPermanentWidget(self.seen)
            self.seen.show()
        elif not shown and self.seen.isVisible():
            bar.removeWidget(self.seen)
            self.seen.hide()

    def _what_is_seen(self) -> str:
        channel = self.window.presenter_channel
        content = channel.current
        if channel.blanked:
            return tr("black")
        if content.kind == "question":
            return tr("question {position}").format(position=content.position) if content.position \
                else content.title
        if content.kind == "chart":
            hidden = self.presenter is not None and self.presenter.hides_votes()  # said first: a long name is cut
            return tr("votes hidden ({chart})").format(chart=content.title) if hidden else content.title
        return tr("the title page")  # the engagement's title and client, or "Workshop" with none open

    def _published(self, content) -> None:
        """Something was put on the projector while no presenter view is open: say how to show it (the
        button seemed to do nothing). The view is not opened unasked: on a laptop alone it would cover the
        facilitator's window."""
        if getattr(content, "kind", "blank") == "blank":
            if self.window.statusBar().currentMessage() == _ready():  # nothing waits now (the meeting ended)
                self.window.statusBar().clearMessage()
            return
        if self.window.presenter_channel.blanked:
            self.window.statusBar().showMessage(
                tr("The projector is blanked: {key} (View → Blank the Projector) shows it to the room.")
                .format(key=key_text("Ctrl+B")), 8000)
            return
        if self.presenter is not None and self.presenter.isVisible():
            return
        self.window.statusBar().showMessage(_ready(), 8000)

    def stop(self) -> None:
        """Close the presenter window."""
        if self.presenter is not None:
            self.presenter.close()

    def _left(self) -> None:
        self._stop_action(False)
        QTimer.singleShot(0, self._say_seen)  # once the window is hidden
        self.window.activateWindow()

    def _stop_action(self, enabled: bool) -> None:
        """Stop Presenter View only while there is one to stop."""
        if "presenter_stop" in self.window.actions:
            self.window.actions["presenter_stop"].setEnabled(enabled)

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector was unplugged: bring the window to the laptop's screen, as a normal window."""
        presenter = self.presenter
        if presenter is None or not presenter.isVisible():
            return
        if presenter.screen() is not screen and presenter.screen() is not None:
            return
        target = fallback_screen(self._facilitator_screen(), lost=screen)
        if target is None:
            return
        presenter.showNormal()
        presenter.setScreen(target)
        area = target.availableGeometry()
        width, height = area.width() * 3 // 5, area.height() * 3 // 5
        presenter.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                              width, height)
        presenter.show()
        self.window.statusBar().showMessage(
            tr("The presenter screen was disconnected; the presenter view is back on this screen (F5 to present)."),
            10000,
        )
