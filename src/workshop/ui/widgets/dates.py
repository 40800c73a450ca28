"""A date field: typed as YYYY-MM-DD (nothing else can be typed) or picked in a calendar; empty is no date."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QToolTip, QWidget, QWidgetAction

from workshop.ui.widgets.i18n import tr

ISO = "yyyy-MM-dd"
# Digits and dashes in the shape of a date, so "next spring" cannot be typed; a date that does not
# exist (2026-02-30) is refused by the domain's rules with a message.
_SHAPE = QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?")


class DateField(QLineEdit):
    """A one-line date entry with a calendar button; `text()` is "YYYY-MM-DD" or empty."""

    refused = Signal(str)  # a character the date's shape does not take

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_SHAPE, self))
        self.setPlaceholderText(tr("YYYY-MM-DD"))
        self.setToolTip(tr("Type a date as YYYY-MM-DD or pick it in the calendar; empty means no date."))
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.pick = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                            tr("Pick a date"), self)
        self.pick.setObjectName("pickDate")
        self.pick.triggered.connect(self.open_calendar)
        self.addAction(self.pick, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar.clicked.connect(self.choose)
        self.calendar.activated.connect(self.choose)  # Enter on a date picked with the keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """A letter the date's shape refuses is not typed, and says so beside the field (it had been refused
        without a word, beside an earlier refusal's message that no longer applied)."""
        before = self.text()
        super().keyPressEvent(event)
        typed = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and typed and typed.isprintable() and self.text() == before:
            self.refused.emit(typed)
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()),
                              tr("Only digits and dashes: type a date as YYYY-MM-DD, or pick it in the calendar."),
                              self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Wide enough for a whole date or the hint of how to type one ("ÅÅÅÅ-MM-DD", not "ÅÅÅÅ-M…") beside
        the calendar button, however narrow the row would make it."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(self.placeholderText()), metrics.horizontalAdvance("0000-00-00"))
        button = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 12  # the action's tool button
        margins = self.textMargins()
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 8  # Qt's inner margins
        return QSize(max(hint.width(), text + button + margins.left() + margins.right() + frame), hint.height())

    def open_calendar(self) -> None:
        """Show the calendar below the field, on the date typed (or today)."""
        date = QDate.fromString(self.text(), ISO)
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def choose(self, date: QDate) -> None:
        """Take a date picked in the calendar, as if it had been typed and confirmed."""
        self._menu.hide()
        self.setText(date.toString(ISO))
        self.editingFinished.emit()
