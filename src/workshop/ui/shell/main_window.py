"""The main window: menus, the navigation list and the view area. It holds no logic."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QListWidget, QMainWindow, QMenu, QPushButton, QSplitter, QStackedWidget,
    QWidget,
)

from workshop.domain.vocabulary import RoundKind
from workshop.domain.visible import shown
from workshop.ui.shell.actions import ACTIONS, MENUS, build_action
from workshop.ui.widgets.i18n import key_text, tr
from workshop.ui.session.session import EngagementSession
from workshop.ui.session.presenter_channel import PresenterChannel, PresenterContent
from workshop.ui.shell.start_page import StartPage
from workshop.ui.shell.views import ViewContext, ordered_views
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.layout import hold_wrapped_heights, narrow_combos, remember_splitters
from workshop.ui.widgets.record_editor import RecordEditor
from workshop.ui.widgets.settings import Settings
from workshop.ui.widgets.accessible import name_fields
from workshop.ui.widgets.focus_ring import focus_from_keyboard
from workshop.ui.widgets.common import undo_goes_to_window_everywhere


class _Navigation(QListWidget):
    """The list of views, first shown as wide as its longest title (a list's own hint is 256 px, which took
    27 px from the view beside it at 1366 px); a width the user drags is kept (see remember_splitters)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(max(self.minimumWidth(), 1) if self.count() else hint.width(), hint.height())


class MainWindow(QMainWindow):
    """Places the views of the open engagement; the file controller decides what is open."""

    closing = Signal()

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings  # where splitter positions are remembered (None: not remembered)
        self.session: EngagementSession | None = None
        self.presenter_channel = PresenterChannel(self)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.nav = _Navigation(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(280)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        self.views: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self._specs = {}
        # Asked before the file closes, after what is typed was stored: why something typed may be kept nowhere
        # ("" when all is kept); the file-safety controller's typing journal adds its own.
        self.close_checks: list[Callable[[], str]] = []
        self.empty = StartPage(self.actions, self)
        self.stack.addWidget(self.empty)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        if settings is not None:
            remember_splitters(self, "window", settings)
        self.nav.currentRowChanged.connect(self._show_row)
        self.statusBar()
        self.set_session(None)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, text in MENUS.items():
            self.menus[key] = bar.addMenu(QCoreApplication.translate("Menus", text))
        for spec in ACTIONS:
            action = build_action(spec, self)
            self.actions[spec.id] = action
            menu = self.menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            if spec.id == "open":
                self.recent_menu = menu.addMenu(tr("Open &Recent"))
                self.recent_menu.setObjectName("recentMenu")
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.view_actions: list[QAction] = []  # View → each view, Ctrl+1… (rebuilt for each file)

    def set_session(self, session: EngagementSession | None) -> None:
        """Show the views of this engagement (or the empty page when None).

        Views are built the first time they are shown (or asked for), so the
        window paints quickly and charts cost nothing until they are seen.
        """
        for view in self.views.values():
            view.close()  # a view that serves something (room voting) stops now, not at its deferred deletion
            self.stack.removeWidget(view)
            view.deleteLater()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.views = _LazyViews(self)
        self._pages = {}
        self.nav.clear()
        for action in self.view_actions:
            self.menus["view"].removeAction(action)
            action.deleteLater()
        self.view_actions = []
        self.session = session
        self._bind_undo(session)
        for key in ("save_copy", "close"):
            self.actions[key].setEnabled(session is not None)
        # The projector leaves the last engagement's chart or question: the next client must not see it.
        self.presenter_channel.publish(PresenterContent(kind="blank"))
        self.presenter_channel.reset()
        self._show_cover()
        if session is not None:
            session.changed.connect(self._show_cover)
        self.nav.setVisible(session is not None)  # no empty list of views beside the start page
        if session is None:
            self.setWindowTitle(tr("Workshop"))
            self.stack.setCurrentWidget(self.empty)
            return
        self.setWindowTitle(tr("{name} — Workshop").format(name=shown(session.path.name)))
        self._specs = {spec.key: spec for spec in ordered_views()}
        for key, spec in self._specs.items():
            page = QWidget(self.stack)  # holds the view's place until it is first shown
            self._pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QCoreApplication.translate("Views", spec.title))
        self._add_view_actions()
        # As wide as its longest title ("Alternativ och kriterier" in Swedish), never cut nor scrolled sideways.
        self.nav.setMinimumWidth(min(self.nav.maximumWidth(),
                                     self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8))
        self.nav.setCurrentRow(0)

    def _add_view_actions(self) -> None:
        """View → one entry per view, Ctrl+1 to Ctrl+9 and Ctrl+0 for the first ten, the keyboard in the view
        shown: a view had been reached only by tabbing to the list of views and using the arrows."""
        menu = self.menus["view"]
        first = menu.actions()[0] if menu.actions() else None
        for number, (key, spec) in enumerate(self._specs.items(), start=1):
            action = QAction(QCoreApplication.translate("Views", spec.title).replace("&", "&&"), self)
            action.setObjectName(f"action_view_{key}")
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, key=key: self.go_to_view(key))
            menu.insertAction(first, action)
            self.view_actions.append(action)
        self.view_actions.append(menu.insertSeparator(first))

    def go_to_view(self, key: str) -> None:
        """Show a view and put the keyboard in it (its first field, list or button)."""
        if key not in self.view_keys():
            return
        self.show_view(key)
        view = self.views[key]
        widget = view.nextInFocusChain()
        while widget is not view and view.isAncestorOf(widget):
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                # From the keyboard, ring and all (the view shown may have given it focus already, unmarked).
                focus_from_keyboard(widget)
                return
            widget = widget.nextInFocusChain()

    def show_round_results(self, kind, key: str, project: bool = True) -> None:
        """Put a room round's results on the projector, as its view's own button does: the criteria votes of
        alternative `key`, the potential radar, or the preferred alternatives (features never import each
        other: the window, which holds them all, does it for the Room view). Not `project`: only choose the
        round's alternative in Criteria voting (or its organisation in Potential), so the grid there shows the
        phones' votes as they come (it had stayed on another alternative, whose old votes it counted)."""
        if kind in (RoundKind.CRITERIA, RoundKind.POTENTIAL):
            view = self.views["alternatives"].voting if kind == RoundKind.CRITERIA else self.views["potential"]
            choice = view.alternative if kind == RoundKind.CRITERIA else view.organisation
            index = choice.findData(key)  # the round's alternative, or the organisation it scored
            if index < 0:
                return  # gone meanwhile: another one's chart would be the wrong results
            choice.setCurrentIndex(index)
            if not project:
                return
            if kind == RoundKind.CRITERIA:
                view.show_votes_on_projector()
            else:
                view.show_radar_on_projector()
        elif project:
            self.views["alternatives"].preferences.show_on_projector()

    def _show_cover(self, *_change) -> None:
        """The projector's screen while nothing is chosen names the engagement (never a blank screen)."""
        info = self.session.engagement.info if self.session is not None else None
        self.presenter_channel.set_cover(info.title if info else tr("Workshop"), info.client if info else "")

    def _build_view(self, key: str) -> QWidget:
        spec = self._specs[key]
        view = spec.factory(self.session, ViewContext(presenter=self.presenter_channel, actions=self.actions,
                                                      show_results=self.show_round_results))
        view.setObjectName(f"view_{key}")
        hold_wrapped_heights(view)
        narrow_combos(view)
        name_fields(view)
        if self.session is not None:
            undo_goes_to_window_everywhere(view, self.session.undo_stack)
        if self._settings is not None:
            remember_splitters(view, key, self._settings)
        page = self._pages.pop(key)
        index = self.stack.indexOf(page)
        current = self.stack.currentWidget() is page
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(page)
        page.deleteLater()
        if current:
            self.stack.setCurrentWidget(view)
        return view

    def _bind_undo(self, session: EngagementSession | None) -> None:
        """Put the session's own undo/redo actions (with the command's name) in the Edit menu."""
        edit = self.menus["edit"]
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                action.unbind()  # the closing session's stack says nothing more to it
                edit.removeAction(action)
                action.deleteLater()
        self.undo_action = self.redo_action = None
        if session is None:
            return
        stack = session.undo_stack
        stack.failed.connect(self.report_failed_step)
        stack.took_away.connect(self.report_taken_away)
        # Undo first stores what was typed and not yet stored (then undoes that): a form reloaded by the undo
        # had wiped it. Redo does too, and then has nothing left to redo (see _redo).
        self.undo_action = _step_action(self, tr("&Undo"), QKeySequence.StandardKey.Undo, stack.canUndo,
                                        stack.undoText, stack.canUndoChanged, stack.undoTextChanged,
                                        lambda: (self.store_typed(), stack.undo()))
        self.redo_action = _step_action(self, tr("&Redo"), QKeySequence.StandardKey.Redo, stack.canRedo,
                                        stack.redoText, stack.canRedoChanged, stack.redoTextChanged,
                                        lambda: self._redo(stack))
        first = edit.actions()[0] if edit.actions() else None
        edit.insertAction(first, self.undo_action)
        edit.insertAction(first, self.redo_action)

    def _redo(self, stack) -> None:
        """Redo the latest edit undone. What is typed and not yet stored is stored first, and is then the latest
        edit, as typing after an undo is in any editor: nothing is left to redo, and the window says so (Redo
        had reloaded the field and the typing was gone)."""
        could = stack.canRedo()
        self.store_typed()
        if stack.canRedo():
            stack.redo()
        elif could:
            self.statusBar().showMessage(tr("What you typed was stored as the latest edit; there is nothing to "
                                            "redo after it."), 10000)

    def store_typed(self, everywhere: bool = False) -> list[str]:
        """Store what is typed and not yet stored: the field being typed in loses focus (fields store their
        text then), and the record forms of the view in front (`everywhere`: of every view built) store
        their changes, and the running meeting its notes and clock. Returns why those that cannot be stored
        cannot (an empty name, say)."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            focus = None
        if focus is not None:
            focus.clearFocus()  # a field stores its text as focus leaves it
        if self.session is not None:
            self.session.flush_typed()
        views = list(self.views.values()) if everywhere else [self.stack.currentWidget()]
        refused = [editor.message.text() for view in views if view is not None
                   for editor in view.findChildren(RecordEditor)
                   if (everywhere or editor.isVisible()) and not editor.leave_record()]
        # Typing goes on where it was (after Ctrl+Z the runner's keys had stopped working); a grid's cell
        # editor closes as it stores, and the grid it was in takes the focus back.
        while focus is not None and not (shiboken6.isValid(focus) and focus.isVisible()):
            focus = focus.parentWidget() if shiboken6.isValid(focus) else None
        if focus is not None and isinstance(focus.parentWidget(), QAbstractItemView):
            focus = focus.parentWidget()  # the viewport: the grid itself has the keys
        if focus is not None:
            focus.setFocus()
        return refused

    def _enter_typed(self) -> list[str]:
        """Before the file closes: what fields that add to a list with Enter (a free agenda item, a new attendee)
        hold is entered, by every widget of the views built that has `enter_typed()` (closing had lost it; only
        choosing another meeting entered it). Returns why what could not be entered could not. Not before an
        undo, a redo or an export: an entry there would be an edit of its own, undone in the typing's place."""
        return [why for view in self.views.values() for widget in (view, *view.findChildren(QWidget))
                if callable(enter := getattr(widget, "enter_typed", None)) and (why := enter())]

    def report_failed_step(self, reason: str) -> None:
        """An undo or redo that could not be done: say why in the window (the edit is dropped, the views
        keep showing what the file holds)."""
        self.statusBar().showMessage(tr("Could not undo or redo that edit: {reason}").format(reason=reason), 15000)

    def report_taken_away(self, edit: str) -> None:
        """A deletion is done without a question: say what went and that Undo brings it back."""
        self.statusBar().showMessage(tr("{edit}: done. {undo} brings it back.")
                                     .format(edit=edit, undo=key_text("Ctrl+Z")), 10000)

    def current_view_title(self) -> str:
        """The title of the view in front, as the list of views shows it ("" when nothing is open)."""
        item = self.nav.currentItem()
        return item.text() if item is not None and self.session is not None else ""

    def current_view_key(self) -> str:
        """The key of the view in front, or "" when nothing is open."""
        keys = self.view_keys()
        row = self.nav.currentRow()
        return keys[row] if 0 <= row < len(keys) else ""

    def view_keys(self) -> list[str]:
        """The keys of the open engagement's views, in navigation order."""
        return list(self._specs) if self.session is not None else []

    def show_view(self, key: str) -> None:
        """Bring a view to the front by its key."""
        keys = self.view_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        keys = self.view_keys()
        if 0 <= row < len(keys):
            self.stack.setCurrentWidget(self.views[keys[row]])

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter on a focused button presses it, as Space does. Qt's buttons take Enter only in dialogs: Tab to
        "Start room voting" and Enter did nothing. (A field or list that uses Enter itself keeps it: only a key
        no widget took comes here.)"""
        focused = QApplication.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(focused, QPushButton) and focused.isEnabled() and self.isAncestorOf(focused)):
            focused.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def may_close(self) -> bool:
        """Whether the open engagement may be closed: yes, unless a change typed cannot be stored and the
        facilitator keeps it (it had been lost without a word)."""
        if self.session is None:
            return True
        reasons = self.store_typed(everywhere=True) + self._enter_typed()
        if reasons:
            return dialogs.ask_yes_no(self, tr("Close the engagement"), tr(
                "A change typed into a form cannot be stored: {reason}\n\nClose anyway and lose it?").format(
                reason=reasons[0]))
        unkept = next((why for check in self.close_checks if (why := check())), "")
        if not unkept:
            return True
        return dialogs.ask_yes_no(self, tr("Close the engagement"), tr(
            "The file refused to store a change since it was opened: {reason}\n\nWhat was typed since then may "
            "not be stored, in the file or beside it. Close anyway and lose it?").format(reason=unkept))


class _LazyViews(dict):
    """The built views by key; asking for one not built yet builds it."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        if key not in self._window._specs or self._window.session is None:
            raise KeyError(key)
        view = self._window._build_view(key)
        self[key] = view
        return view


STEP_NAME_LETTERS = 60  # Edit → Undo's name of the edit, cut beyond this


def _step_action(window: QMainWindow, label: str, keys, can, text, can_changed, text_changed, step) -> QAction:
    """An Edit-menu action that undoes or redoes the latest edit, named after it ("Ångra Ändra titel")."""
    action = QAction(window)
    action.setShortcuts(keys)
    shown: tuple[bool, str] | None = None  # what the action says now (the stack tells each change twice or more)

    def sync(*_args) -> None:
        nonlocal shown
        try:
            enabled, name = can(), text()
        except RuntimeError:  # the stack is being destroyed (its session closed before the window let go)
            return
        if (enabled, name) == shown:
            return
        shown = (enabled, name)
        action.setEnabled(enabled)
        # The edit's name is typed text: cut at STEP_NAME_LETTERS (a heading of one long word had made the
        # menu wider than the screen, its shortcut out of sight), whole in the status tip, and its "&" shown
        # as itself, not as the next letter's mnemonic.
        cut = name if len(name) <= STEP_NAME_LETTERS else name[:STEP_NAME_LETTERS - 1] + "…"
        action.setText(f"{label} {cut.replace('&', '&&')}".strip())
        action.setStatusTip(name)

    can_changed.connect(sync)
    text_changed.connect(sync)
    sync()
    action.triggered.connect(lambda _checked=False: step())

    def unbind() -> None:
        for signal in (can_changed, text_changed):
            try:
                signal.disconnect(sync)
            except (RuntimeError, TypeError):  # the stack is gone already
                pass

    action.unbind = unbind
    return action
