"""The Swedish translation: complete, faithful to placeholders, and used by the running app."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "workshop_sv.ts"

# {name} for str.format, %1 / %n for Qt's own arguments.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
# A single & before a character marks a mnemonic; && (and "&" between words) is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?![&\s])")


def _messages():
    """(context, source, translation element, message element) for every message in the .ts."""
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation"), message


def _texts(message, translation) -> list[str]:
    """The translated text, or each plural form for numerus messages."""
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_message_is_translated_with_its_placeholders():
    """Every message has a finished Swedish text keeping the source's placeholders and mnemonic."""
    problems = []
    count = 0
    for context, source, translation, message in _messages():
        count += 1
        where = f"[{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: not finished")
            continue
        texts = _texts(message, translation)
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"{where}: Swedish needs two plural forms, found {len(texts)}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(MNEMONIC.findall(text)) != min(len(MNEMONIC.findall(source)), 1):
                problems.append(f"{where}: mnemonic (&) not kept once in {text!r}")
    assert count > 0, "the .ts file holds no messages"
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory) -> Path:
    """The .ts compiled with the venv's pyside6-lrelease (independent of `make`)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path_factory.mktemp("qm") / "workshop_sv.qm"
    done = subprocess.run([str(lrelease), str(TS), "-qm", str(out)], capture_output=True, text=True, check=True)
    assert "0 unfinished" in done.stdout, done.stdout + done.stderr
    return out


@pytest.fixture
def swedish(qapp, qm_file):
    """The Swedish translator installed on the application; removed afterwards so other tests stay English."""
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_installed_translation_is_used_by_tr_and_qt(swedish):
    """With the .qm installed, the shared tr() and Qt's translate() give Swedish."""
    from workshop.ui.widgets.i18n import tr

    assert tr("Meetings") == "Möten"
    assert tr("Work meeting") == "Arbetsmöte"
    assert tr("Add theme “{title}”").format(title="Ekonomi") == "Lägg till temat ”Ekonomi”"
    assert QCoreApplication.translate("Menus", "&File") == "A&rkiv"
    assert QCoreApplication.translate("Actions", "&Quit") == "&Avsluta"
    assert QCoreApplication.translate("Views", "Alternatives & Criteria") == "Alternativ och kriterier"


def test_removing_the_translator_restores_english(qapp, qm_file):
    """Once the translator is removed, texts are English again (the fixture leaves no trace)."""
    from workshop.ui.widgets.i18n import tr

    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.removeTranslator(translator)
    assert tr("Meetings") == "Meetings"
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def _menu_texts(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_main_window_in_swedish(swedish, qtbot, example_path):
    """The window built on the example shows Swedish menus and navigation, each menu's mnemonics distinct."""
    from workshop.app import build

    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        # Arkiv on Alt+R, Redigera on Alt+E: Alt+A marks an item answered in the meeting runner.
        assert _menu_texts(window) == ["A&rkiv", "R&edigera", "&Visa", "&Hjälp"]
        navigation = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert navigation[0] == "Uppdrag"
        assert {"Frågekatalog", "Möten", "Potential", "Alternativ och kriterier", "Rapport"} <= set(navigation)
        file_menu = window.menus["file"]
        texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
        assert "&Öppna…" in texts and "&Exportera" in texts
        for menu in [*window.menus.values(), window.export_controller.menu]:
            letters = [m.group(1).lower() for a in menu.actions()
                       if (m := re.search(r"(?<!&)&([^&\s])", a.text()))]
            assert len(letters) == len(set(letters)), f"{menu.title()}: shared mnemonics {letters}"
    finally:
        controller.close()


def test_the_translation_file_holds_every_text_the_code_asks_for(tmp_path):
    """lupdate run on the code now finds no text that the shipped .ts lacks: the interface's tr() strings
    and the msg()/term() templates of the layers without Qt (a forgotten `make update-translations` fails)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (TS.parents[2] / "src" / "workshop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-no-obsolete", "-tr-function-alias", "tr+=msg,tr+=term", *sources,
                    "-ts", str(fresh)], capture_output=True, text=True, check=True)

    def texts(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")}

    missing = texts(fresh) - texts(TS)
    assert len(texts(fresh)) > 400
    assert not missing, f"run `make update-translations` and translate: {sorted(missing)[:5]}"


def test_refusals_from_the_rules_show_in_swedish(swedish):
    """A refusal raised by the domain (which cannot use Qt) reads in Swedish, words and values filled in."""
    from workshop.domain.errors import DomainError
    from workshop.domain.validation import check_potential
    from workshop.ui.widgets.i18n import describe

    with pytest.raises(DomainError) as refused:
        check_potential(150)
    assert str(refused.value) == "Potential must be between 0 and 100; 150 is outside."
    swedish_text = describe(refused.value)
    assert swedish_text != str(refused.value) and "150" in swedish_text and "100" in swedish_text
    assert "must be" not in swedish_text


def test_refused_decimals_are_written_as_swedish_does(swedish):
    """A share out of range names the typed number with a decimal comma in Swedish ("112,5 %", not
    "112.5 %"), and with a point in the English of the command line."""
    from workshop.domain.errors import DomainError
    from workshop.domain.validation import parse_percent
    from workshop.ui.widgets.i18n import describe

    with pytest.raises(DomainError) as share:
        parse_percent("112,5", "Andel")
    assert "112.5 %" in str(share.value)
    assert "112,5 %" in describe(share.value)


def test_the_report_view_says_how_close_the_result_is_in_swedish(swedish, qtbot, example_path):
    """With the Swedish interface the Report view's robustness paragraph is Swedish, as the Robustness tab."""
    from workshop.app import build

    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        window.show_view("report")
        text = window.views["report"].robustness.text()
        assert "Alternativ 1\u00a0Tjänst leder med 23 poäng" in text
        assert "leads" not in text and "Fragile" not in text
    finally:
        controller.close()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_menu_takes_a_key_of_the_meeting_runner(request, qtbot, example_path, language):
    """Alt+letter in the runner (Alt+A answered, Alt+N notes…) must not open a menu of the menu bar instead:
    in Swedish "&Arkiv" took Alt+A."""
    from PySide6.QtGui import QKeySequence, QShortcut

    from workshop.app import build

    if language == "sv":
        request.getfixturevalue("swedish")
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)
    try:
        menus = {m.group(1).lower() for t in _menu_texts(window) if (m := re.search(r"(?<!&)&([^&\s])", t))}
        runner = window.views["meetings"].runner
        keys = {s.key().toString(QKeySequence.SequenceFormat.PortableText) for s in runner.findChildren(QShortcut)}
        alt = {k.split("+", 1)[1].lower() for k in keys if k.startswith("Alt+") and len(k) == 5}
        assert {"a", "n", "s", "p"} <= alt
        assert not menus & alt, f"menus {sorted(menus)} take runner keys {sorted(menus & alt)}"
    finally:
        controller.close()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_no_two_items_of_a_menu_share_a_mnemonic_and_no_field_takes_a_menus(request, qtbot, example_path,
                                                                             language):
    """Only the Swedish menus were checked: English File had "Save a &Copy As…" beside "&Close" and Export two
    O's; the People view's "&E-mail" and "P&hone" (Swedish "&E-post") opened the Edit and Help menus on Alt."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

    from workshop.app import build

    if language == "sv":
        request.getfixturevalue("swedish")
    _app, window, controller = build(["workshop", str(example_path)])
    qtbot.addWidget(window)

    def letter(text: str) -> str | None:
        found = MNEMONIC.search(text)
        return text[found.end()].lower() if found else None

    try:
        menus = [window.menuBar(), *window.menuBar().findChildren(QMenu), *window.findChildren(QMenu)]
        for menu in menus:
            letters = [letter(a.text()) for a in menu.actions() if not a.isSeparator() and letter(a.text())]
            assert len(letters) == len(set(letters)), f"{menu.objectName() or menu.title()}: {sorted(letters)}"
        bar = {letter(a.text()) for a in window.menuBar().actions()}
        for key in window.view_keys():
            view = window.views[key]
            taken = [w.text() for w in view.findChildren(QLabel) if w.buddy() is not None and letter(w.text()) in bar]
            taken += [w.text() for w in view.findChildren(QAbstractButton) if letter(w.text()) in bar]
            assert not taken, f"{key}: {taken} take a menu's Alt key"
    finally:
        controller.close()


def test_merge_conflicts_write_decimals_as_swedish_does(swedish, tmp_path, example_path):
    """A share of 45.5 % against 50 % reads "45,5 %" in the Swedish merge dialog, not "45.5 %"."""
    import sqlite3

    from workshop.domain.merging import words
    from workshop.storage import EngagementStore
    from workshop.storage.merge import hand_out_store, merge_files
    from workshop.ui.widgets.i18n import tr

    theirs = tmp_path / "theirs.workshop"
    with EngagementStore.open(example_path) as store:
        hand_out_store(store, theirs)
    for path, share in ((example_path, 0.455), (theirs, 0.5)):
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE area_groups SET today_share = ? WHERE code = 'DR'", [share])
    report, _ = merge_files(example_path, theirs)
    conflict = next(c for c in report.conflicts if "today" in str(c.field))
    assert (words(conflict.here, tr), words(conflict.there, tr)) == ("45,5 %", "50 %")
    assert "45.5 % here" in conflict.text()  # the command line's English keeps the point


def test_a_persons_data_exported_from_the_window_names_its_places_in_swedish(swedish, example):
    """The People view's export says where each place is in the window's language ("deltagare", "punkt 2,
    anteckningar"); the command line's stays English."""
    from workshop.domain.people import person_data
    from workshop.ui.widgets.i18n import tr

    anna = next(p for p in example.people if p.name == "Anna Sanell")
    swedish_places = {p["where"].split(" · ")[-1] for p in person_data(example, anna.uid, tr)["places"]}
    english_places = {p["where"].split(" · ")[-1] for p in person_data(example, anna.uid)["places"]}
    assert "deltagare" in swedish_places and "attendee" in english_places
    assert not swedish_places & {"attendee", "action item owner"}
