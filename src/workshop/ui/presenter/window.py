"""PresenterWindow: what the room sees on the projector, and nothing else.

It shows the latest PresenterContent from the channel: a question (theme,
question text, where we are), a chart (built by the content's factory), or
a blank screen. It never receives notes or hints, so none can appear.
Text is sized from the screen: at least 28 px body text on a 1080p screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from workshop.domain.messages import msg
from workshop.ui.widgets.focus_ring import NO_RING
from workshop.ui.widgets.i18n import tr
from workshop.ui.widgets.lines_label import laid_out, wrapped_lines
from workshop.ui.widgets.live_chart import follow_live
from workshop.ui.session.presenter_channel import PresenterChannel, PresenterContent

BACKGROUND = "#0F1720"
FOREGROUND = "#FFFFFF"
ACCENT = "#FFD166"
MIN_BODY_PX = 28
BODY_STEPS = (64, 56, 48, 42, 36, 32, 28)  # px on a 1080-line screen, largest that fits wins
# The key beside a chart (what A…I or 1…7 stand for): as large as the chart's own labels (22 pt, ~29 px) on a
# 1080-line screen and growing with a larger one; it had stayed at 26 px on any screen (tiny on 1440 or 2160
# lines). A 768-line projector keeps the 26 px it had.
KEY_PX = 30
KEY_LEAST_PX = 26
TITLE_LINES = 3  # the title (a theme, a client, a chart's caption) is cut with "…" beyond this
_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
         Qt.Key.Key_Enter, Qt.Key.Key_N)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P)
_STEPS = {**{key: 1 for key in _NEXT}, **{key: -1 for key in _PREVIOUS}}
_POSITION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(1)  # what it shows is laid out to the window's width (_fit_fonts); never the reverse
    return label


class PresenterWindow(QWidget):
    """A full-screen window for the projector; Esc leaves it."""

    left = Signal()
    seen_changed = Signal()  # what the room sees changed: new content, or a chart's votes hidden or revealed

    def __init__(self, channel: PresenterChannel, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(tr("Workshop — Presenter"))
        self.setProperty(NO_RING, True)  # the room sees this window: no keyboard focus ring around its chart
        self.setStyleSheet(f"#presenterWindow, #presenterPages, QWidget#presenterPage {{ background: {BACKGROUND}; }}"
                           f" QLabel {{ color: {FOREGROUND}; background: transparent; }}")
        self.setAutoFillBackground(True)
        self.content = PresenterContent(kind="blank")
        self._chart_scale = 1.0  # the scale the chart shown was built for (rebuilt when the window's changes)
        self._rescale = QTimer(self)  # once per burst of resizes (going full screen on another screen)
        self._rescale.setSingleShot(True)
        self._rescale.timeout.connect(self._fit_chart)
        self._title_full = self._body_full = ""
        self.chart: QWidget | None = None
        self.key: QWidget | None = None
        self.title = _label("presenterTitle", self)
        self.body = _label("presenterBody", self)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.position = _label("presenterPosition", self)
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("presenterProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setStyleSheet(f"QProgressBar {{ background: #2A3644; border: none; }}"
                                    f" QProgressBar::chunk {{ background: {ACCENT}; }}")
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("presenterPages")
        text_page = QWidget(self.pages)
        text_page.setObjectName("presenterPage")
        col = QVBoxLayout(text_page)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.body, 1)
        self.chart_page = QWidget(self.pages)
        self.chart_page.setObjectName("presenterPage")
        self.chart_layout = QHBoxLayout(self.chart_page)  # the chart, and its axis key on the right
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(text_page)
        self.pages.addWidget(self.chart_page)
        self.black = QWidget(self)  # the projector blanked: nothing at all, over everything
        self.black.setObjectName("presenterBlack")
        self.black.setStyleSheet("#presenterBlack { background: black; }")
        self.black.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.position)
        layout.addWidget(self.progress)
        self._channel = channel
        channel.content_changed.connect(self.show_content)
        channel.cover_changed.connect(lambda *_: self.content.kind == "blank" and self.show_content(self.content))
        channel.sealed_changed.connect(lambda: bool(self.content.seal) and self.show_content(self.content))
        channel.blanked_changed.connect(self._show_black)
        self.show_content(channel.current)
        self._show_black(channel.blanked)

    def _show_black(self, blanked: bool) -> None:
        self.black.setGeometry(self.rect())
        self.black.setVisible(blanked)
        if blanked:
            self.black.raise_()

    # --- content ----------------------------------------------------------
    def show_content(self, content: PresenterContent) -> None:
        """Show one screenful: a question, a chart (built fresh) or a blank screen."""
        self.content = content
        self._set_title(content.title)
        self.title.setVisible(bool(content.title))
        self.position.setText(content.position)
        self.position.setVisible(bool(content.position))
        match = _POSITION.match(content.position or "")
        self.progress.setVisible(bool(match))
        if match:
            self.progress.setRange(0, max(1, int(match.group(2))))
            self.progress.setValue(min(int(match.group(1)), int(match.group(2))))
        if self._channel.hides(content):  # a room round still open: what it gathered stays unseen
            self._set_chart(None)
            hidden = msg("Votes are hidden until the facilitator reveals them.")  # (not x.translate("…"): lupdate)
            self._set_body(self._channel.translate(hidden))
            self.pages.setCurrentIndex(0)
        elif content.kind == "chart" and content.chart_factory is not None:
            self._channel.chart_scale = self._chart_scale = self.scale()  # built for this screen's size
            self._set_chart(content.chart_factory(), content.key_factory() if content.key_factory else None)
            caption = getattr(self.chart, "caption", None)
            if callable(caption):  # the chart names itself in the document language it was built in
                self._set_title(caption())
            self._set_body("")
            self.pages.setCurrentWidget(self.chart_page)
        else:
            self._set_chart(None)
            self._set_body(content.body if content.kind == "question" else "")
            self.pages.setCurrentIndex(0)
        cover = content.kind == "blank"
        self.body.setAlignment((Qt.AlignmentFlag.AlignHCenter if cover else Qt.AlignmentFlag.AlignLeft)
                               | Qt.AlignmentFlag.AlignVCenter)
        if cover:  # nothing chosen yet: the engagement's title, never a dark void
            title, subtitle = self._channel.cover
            self._set_title(subtitle)
            self.title.setVisible(bool(subtitle))
            self._set_body(title)
            self.position.setText(tr("Workshop"))
            self.position.setVisible(True)
        self._fit_fonts()
        self.seen_changed.emit()

    def _set_title(self, text: str) -> None:
        self._title_full = text  # whole: _fit_fonts cuts what it shows (also when a resize comes in between)
        self.title.setText(text)

    def _set_body(self, text: str) -> None:
        self._body_full = text
        self.body.setText(text)

    def hides_votes(self) -> bool:
        """Whether the room sees "Votes are hidden" rather than the chosen chart: a room round's sealed values,
        or a criteria round not revealed yet (its gate)."""
        hides = getattr(self.chart, "hides_votes", None)
        return self._channel.hides(self.content) or (callable(hides) and hides())

    def _set_chart(self, widget: QWidget | None, key: QWidget | None = None) -> None:
        for old in (self.chart, self.key):
            if old is not None:
                self.chart_layout.removeWidget(old)
                old.hide()
                old.deleteLater()
        self.chart, self.key = widget, key
        if widget is not None:
            if hasattr(widget, "hiding_changed"):
                widget.hiding_changed.connect(self.seen_changed)
            follow_live(widget)  # the room sees each change as it is saved, a phone's vote included
            widget.setParent(self.chart_page)
            widget.setObjectName(widget.objectName() or "presenterChart")
            self.chart_layout.addWidget(widget, 3)
            widget.show()
        if key is not None:
            if hasattr(key, "set_font_px"):  # read from the back as the chart's own labels are, on any screen
                key.set_font_px(max(KEY_LEAST_PX, round(KEY_PX * self.scale())))
            key.setParent(self.chart_page)
            self.chart_layout.addWidget(key, 2)
            key.show()

    # --- sizes ------------------------------------------------------------
    def scale(self) -> float:
        """Font scale: 1.0 on a 1080-line screen. A window shown but not full screen (back on the laptop once
        the projector was unplugged) scales to its own height: sized for the screen, its chart had shrunk to
        a few pixels under the legend."""
        screen = self.screen()
        height = screen.geometry().height() if screen is not None else 1080
        if self.isVisible() and not self.isFullScreen():
            height = self.height()
        return max(height, 480) / 1080

    def _px(self, base: int) -> int:
        return max(MIN_BODY_PX, round(base * self.scale()))

    def _fit_fonts(self) -> None:
        scale = self.scale()
        margin = round(64 * scale)
        self._layout.setContentsMargins(margin, round(margin * 0.75), margin, round(margin * 0.6))
        self._layout.setSpacing(round(24 * scale))
        self._set_px(self.title, self._px(40), bold=True, colour=ACCENT)
        self._set_px(self.position, self._px(30), colour="#C8D2DC")
        width = max(200, (self.width() or 1920) - 2 * margin - 4)  # (a few px short: the label's own wrap)
        # The title on at most TITLE_LINES lines, and the body in the room the title really leaves: a title
        # of six lines had pushed the question's first and last lines out of the window, cut mid-letter.
        # Both are laid out here, line by line (laid_out): a word longer than the width is broken inside it.
        title = QFontMetrics(self.title.font())
        self.title.setText(laid_out(self._title_full, self.title.font(), width, TITLE_LINES))
        extra = (wrapped_lines(self.title.text(), self.title.font(), width, TITLE_LINES) - 1) * title.lineSpacing() \
            if self._title_full else 0  # every line of it (laid_out breaks only inside words itself)
        height = max(100, (self.height() or 1080) - round(360 * scale) - max(0, extra))
        chosen, fits = self._px(BODY_STEPS[-1]), False
        for step in BODY_STEPS:
            font = QFont(self.body.font())
            font.setPixelSize(self._px(step))
            room = max(1, height // QFontMetrics(font).lineSpacing())
            if wrapped_lines(self._body_full or "M", font, width, room) <= room:
                chosen, fits = self._px(step), True
                break
        self._set_px(self.body, chosen, bold=True)
        body = self.body.font()
        self.body.setText(laid_out(self._body_full, body, width,
                                   0 if fits else max(1, height // QFontMetrics(body).lineSpacing())))

    @staticmethod
    def _set_px(label: QLabel, px: int, bold: bool = False, colour: str = FOREGROUND) -> None:
        font = QFont(label.font())
        font.setPixelSize(px)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")

    def body_pixel_size(self) -> int:
        """The body text's size in pixels (for checks that it reads from the back of the room)."""
        return self.body.font().pixelSize()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.black.setGeometry(self.rect())
        self._fit_fonts()
        if self.chart is not None and abs(self.scale() - self._chart_scale) > 0.02:
            self._rescale.start(0)

    def _fit_chart(self) -> None:
        """A chart put up before F5 had been built for the laptop's screen, not the projector's (22 pt on a
        768-line projector: the legend took half of it; 16 pt on a 1080-line one): it is built again for
        the window's size, as the text is laid out again."""
        if self.chart is not None and abs(self.scale() - self._chart_scale) > 0.02:
            self.show_content(self.content)

    # --- keys -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F5
                                                 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.close()
            return
        if event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):  # as in slide shows: black, and back
            self._channel.set_blanked(not self._channel.blanked)
            return
        step = _STEPS.get(event.key())
        if step is not None:  # a clicker's keys, as in slide shows: a projector on the laptop's own screen has
            self._channel.step_requested.emit(step)  # the keyboard, and Esc to move on showed the room the notes
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.left.emit()
        super().closeEvent(event)
