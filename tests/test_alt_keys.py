"""Alt keys: every label of a field one types into or chooses from has one, each goes to its field, and no two
that can be reached at the same time share a letter (nor one of the menu bar's), in English and Swedish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QStackedLayout, QTabBar, QTextEdit, QWidget,
)

from workshop.ui.widgets.accessible import alt_key

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)  # typed into or chosen from


def _pages(widget: QWidget, root: QWidget) -> dict[int, int]:
    """The page `widget` is on in each stack between it and `root` (a tab widget's pages, a view's modes): what
    is on another page of a stack is never shown, nor reachable, at the same time."""
    pages = {}
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        stack = parent.layout() if parent is not None else None
        if isinstance(stack, QStackedLayout) and stack.indexOf(widget) >= 0:
            pages[id(stack)] = stack.indexOf(widget)
        widget = parent
    return pages


def _together(a: dict[int, int], b: dict[int, int]) -> bool:
    return all(a[stack] == b[stack] for stack in a.keys() & b.keys())


def _keys(root: QWidget) -> list[tuple[str, QWidget, str]]:
    """(letter, widget, what it is) for every Alt key in `root`: labels, buttons, group boxes, tabs, and
    Alt+letter shortcuts (the meeting runner's)."""
    found = []
    for widget in root.findChildren(QWidget):
        texts = ([widget.text()] if isinstance(widget, (QLabel, QAbstractButton))
                 else [widget.title()] if isinstance(widget, QGroupBox)
                 else [widget.tabText(i) for i in range(widget.count())] if isinstance(widget, QTabBar) else [])
        found += [(alt_key(text), widget, f"{type(widget).__name__} “{text}”") for text in texts if alt_key(text)]
    for shortcut in root.findChildren(QShortcut):
        key = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        if key.startswith("Alt+") and len(key) == 5:
            found.append((key[-1].lower(), shortcut.parent(), f"shortcut {key}"))
    return found


def alt_key_problems(root: QWidget, name: str, taken: set[str] = frozenset()) -> list[str]:
    """What is wrong with the Alt keys in `root`: a label with one but no field to go to, a field's label
    without one, two reachable at the same time on one letter, one on a letter of `taken` (the menu bar's)."""
    problems = []
    for label in root.findChildren(QLabel):
        if alt_key(label.text()) and label.buddy() is None:
            problems.append(f"{name}: “{label.text()}” has an Alt key but no field it goes to")
        if isinstance(label.buddy(), INPUTS) and not alt_key(label.text()):
            problems.append(f"{name}: “{label.text()}” labels a field and has no Alt key")
    keys = [(letter, widget, what, _pages(widget, root)) for letter, widget, what in _keys(root)]
    for i, (letter, _widget, what, pages) in enumerate(keys):
        if letter in taken:
            problems.append(f"{name}: {what} takes Alt+{letter.upper()} from the menu bar")
        problems += [f"{name}: {what} and {other} share Alt+{letter.upper()}"
                     for other_letter, _w, other, other_pages in keys[i + 1:]
                     if other_letter == letter and _together(pages, other_pages)]
    return problems


@pytest.fixture(params=["en", "sv"])
def language(request):
    """The interface in English, then in Swedish (the translations place their own Alt keys)."""
    if request.param == "sv":
        request.getfixturevalue("swedish_interface")
    return request.param


def test_every_view_s_field_labels_have_alt_keys_of_their_own(qtbot, example_path, language):
    """Only Meetings and People had Alt keys on their fields' labels: a facilitator at the keyboard reached
    the fields of the other views by tabbing through everything before them. Every label of a field one types
    into or chooses from has one now, in every view and on every tab; each goes to its field, and none
    shares its letter with another reachable at the same time (a tab's page with its tab bar, the meeting
    runner's keys with the runner) or with the menu bar (Alt+E is Edit's, Alt+R Swedish Arkiv's)."""
    from workshop.app import build

    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        bar = {alt_key(action.text()) for action in window.menuBar().actions()} - {""}
        assert len(bar) == 4, bar
        problems, labelled = [], 0
        for key in window.view_keys():
            view = window.views[key]
            problems += alt_key_problems(view, f"{language} {key}", bar)
            labelled += sum(1 for label in view.findChildren(QLabel) if isinstance(label.buddy(), INPUTS))
        assert labelled > 50  # the walk reached the views' fields (the tabs' included)
        assert not problems, "\n".join(problems)
    finally:
        controller.close()


def _dialog_problems(dialog: QDialog, name: str) -> list[str]:
    """alt_key_problems of a dialog shown, and each of its fields without a label that goes to it."""
    dialog.show()
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    unlabelled = [f"{name}: {field.objectName() or type(field).__name__} has no label that goes to it"
                  for field in dialog.findChildren(QWidget) if isinstance(field, INPUTS) and field.isVisible()
                  and not isinstance(field.parentWidget(), (QComboBox, QAbstractSpinBox)) and id(field) not in buddies]
    return alt_key_problems(dialog, name) + unlabelled


def test_the_dialogs_with_forms_have_alt_keys_of_their_own(qtbot, example, language):
    """Approve minutes, Add area and New engagement's template: each field's label has its own Alt key, which
    goes to its field (the template's caption went to no field: Alt did nothing, and a screen reader named the
    choice by nothing)."""
    from workshop.ui.meetings import approve
    from workshop.ui.widgets.dialogs import AreaDialog, DescribedChoice
    from workshop.ui.widgets.i18n import tr

    problems, seen = [], []

    def look() -> None:
        shown = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        seen.append(shown)
        problems.extend(_dialog_problems(shown, "approve"))
        shown.reject()

    QTimer.singleShot(0, look)
    approve.ask_approval(None, example, example.meetings[0], "")
    for dialog, name in ((AreaDialog(None, [("DR", "IT-drift")], "J"), "add area"),
                         (DescribedChoice(None, "New", tr("&Template:"), [("A", "a")]), "template")):
        qtbot.addWidget(dialog)
        problems += _dialog_problems(dialog, name)
    assert seen and not problems, "\n".join(problems)


def test_an_ampersand_typed_in_a_name_shows_as_typed_and_takes_no_alt_key(open_app, example, tmp_path, qtbot):
    """A theme "R&D", an organisation "AT&T" and a meeting "R&D-möte" named in the label over the list or
    field they head: the "&" made the letter after it an Alt key, the label read "RD" with D underlined and
    Alt+D went to the list. They read as typed; the rationale's label keeps its own Alt key."""
    import dataclasses

    from workshop.storage import EngagementStore
    from workshop.ui.widgets.accessible import shown_text

    themes = (dataclasses.replace(example.themes[0], title="R&D"),) + example.themes[1:]
    organisations = (dataclasses.replace(example.organisations[0], name="AT&T"),) + example.organisations[1:]
    meetings = tuple(dataclasses.replace(m, title=f"R&D-möte {m.title}") for m in example.meetings)
    path = tmp_path / "ampersand.workshop"
    EngagementStore.create(path, dataclasses.replace(example, themes=themes, organisations=organisations,
                                                     meetings=meetings)).close()
    window = open_app(path, size=(1366, 708))
    window.show_view("catalogue")
    catalogue = window.views["catalogue"]
    catalogue.themes.setCurrentIndex(catalogue.themes.model().index(0, 0))
    potential = window.views["potential"]
    window.show_view("potential")
    potential.table.setCurrentIndex(potential.table.model().index(0, 0))
    window.show_view("history")
    history = window.views["history"]
    qtbot.wait(30)
    labels = {"catalogue": (catalogue.questions_heading, "“R&D”", ""),
              "potential": (potential.rationale.heading, "AT&T", "a"),
              "history": (history.compared, "R&D-möte", "")}
    for name, (label, typed, key) in labels.items():
        assert label.buddy() is not None, name
        assert typed in shown_text(label.text()) and alt_key(label.text()) == key, (name, label.text())


def test_alt_and_a_label_s_letter_puts_the_keyboard_in_its_field(open_app, example_path, qtbot):
    """Alt+O in the Engagement view goes to the client's contact, Alt+G in the Framework's criteria scales to
    the highest value, Alt+O in Criteria voting to the alternative voted on: from anywhere in the view."""
    from PySide6.QtCore import Qt

    window = open_app(example_path, size=(1366, 708))
    window.activateWindow()
    for view, letter, field in (("engagement", Qt.Key.Key_O, "info_contact"), ("framework", Qt.Key.Key_G, "scales_high"),
                                ("alternatives", Qt.Key.Key_O, "votingAlternative")):
        window.go_to_view(view)
        if view == "framework":
            window.views[view].tabs.setCurrentWidget(window.views[view].scales)
        if view == "alternatives":
            window.views[view].show_tab("voting")
        qtbot.wait(20)
        qtbot.keyClick(QApplication.focusWidget() or window, letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is not None and QApplication.focusWidget().objectName() == field, view
