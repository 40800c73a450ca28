"""File → Export: minutes, pre-read, report (PDF), data (XLSX, CSV, JSON), and File → Import from JSON.

PDFs are built on a worker thread from the engagement value (immutable, so
safe to share) while a progress dialog shows; cancelling stops the build and
nothing is written. The export modules write safely (temp file, then replace);
they load reportlab and openpyxl, so they are imported on first use, not at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog

from workshop.domain.engagement import Engagement
from workshop.domain.errors import DomainError
from workshop.domain.records import without_internal_notes
from workshop.domain.vocabulary import MeetingStatus
from workshop.export.common import anonymised_for, meeting_date, meeting_when, report_name
from workshop.export.errors import ExportError
from workshop.export.labels import labels
from workshop.storage import StorageError
from workshop.ui.widgets import dialogs
from workshop.ui.widgets.dialogs import safe_file_name
from workshop.ui.widgets.i18n import describe, tr
from workshop.ui.session.session import MEETINGS, EngagementSession
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.settings import DOCUMENT_LANGUAGE, LAST_FOLDER, Setting, Settings

OPEN_WHEN_DONE = Setting("export/open_when_done", str, "yes", "Open exported PDFs and files when they are written")


class ExportCancelled(Exception):
    """The user cancelled a PDF while it was being built."""


class _Job(QObject):
    """One export on a worker thread, reporting progress and the outcome as signals."""

    progressed = Signal(int)
    finished = Signal(str, str)  # path, error message ("" when it worked)

    def __init__(self, work: Callable[[Callable[[float], None]], None], path: str):
        super().__init__()
        self.work, self.path = work, path
        self.cancelled = threading.Event()

    def _progress(self, fraction: float) -> None:
        if self.cancelled.is_set():
            raise ExportCancelled
        self.progressed.emit(int(fraction * 100))

    def run(self) -> None:
        try:
            self.work(self._progress)
        except ExportCancelled:
            self.finished.emit(self.path, "cancelled")
        except (ExportError, StorageError, DomainError) as exc:
            self.finished.emit(self.path, describe(exc))
        except Exception as exc:  # noqa: BLE001 — a bug must reach the user, not kill the thread silently
            self.finished.emit(self.path, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(self.path, "")


class ExportController(QObject):
    """Owns the Export submenu and the import action; reads the open session, never changes it."""

    done = Signal(str)  # the path written (tests and the status bar listen)

    def __init__(self, window: MainWindow, settings: Settings, open_engagement: Callable[[str], object]):
        super().__init__(window)
        self.window, self.settings, self.open_engagement = window, settings, open_engagement
        self.job: _Job | None = None
        self.thread: threading.Thread | None = None
        self.progress: QProgressDialog | None = None
        window.closing.connect(self.stop)
        file_menu = window.menus["file"]
        self.menu = QMenu(tr("&Export"), window)
        self.menu.setObjectName("exportMenu")
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("export_minutes", tr("&Minutes (PDF)…"), lambda: self.export_meeting_pdf("minutes")),
            ("export_preread", tr("&Pre-read (PDF)…"), lambda: self.export_meeting_pdf("preread")),
            ("export_report", tr("Engagement &Report (PDF)…"), self.export_report),
            (None, None, None),
            ("export_xlsx", tr("Data as &Excel Workbook…"), lambda: self.export_data("xlsx")),
            ("export_csv", tr("Data as &CSV Files…"), lambda: self.export_data("csv")),
            ("export_json", tr("Engagement as &JSON…"), lambda: self.export_data("json")),
        ):
            if key is None:
                self.menu.addSeparator()
                continue
            action = self.menu.addAction(text)
            action.setObjectName(f"action_{key}")
            action.triggered.connect(slot)
            self.actions[key] = action
            window.actions.setdefault(key, action)  # views reach them through ViewContext.actions
        self.menu.addSeparator()
        self.anonymise = self.menu.addAction(tr("&Anonymise (Organisation A, B…; people by role)"))
        self.anonymise.setObjectName("action_anonymise")
        self.anonymise.setToolTip(tr("Documents and data exported while this is ticked name no organisation or "
                                     "person, for sharing results beyond the engagement"))
        self.anonymise.setCheckable(True)  # not kept between sessions: a forgotten tick would surprise
        self.organisation_pages = self.menu.addAction(tr("Report &With a Page per Organisation"))
        self.organisation_pages.setObjectName("action_organisation_pages")
        self.organisation_pages.setCheckable(True)
        self.organisation_pages.setToolTip(tr("Each organisation's meetings, its radar against the median and what "
                                              "changed since its previous meeting, after the closing chapter."))
        self.open_when_done = self.menu.addAction(tr("&Open Files When Done"))
        self.open_when_done.setObjectName("action_open_when_done")
        self.open_when_done.setCheckable(True)
        self.open_when_done.setChecked(settings.get(OPEN_WHEN_DONE) == "yes")
        self.open_when_done.toggled.connect(lambda on: settings.set(OPEN_WHEN_DONE, "yes" if on else "no"))
        self.import_action = QAction(tr("&Import from JSON…"), window)
        self.import_action.setObjectName("action_import_json")
        self.import_action.triggered.connect(self.import_from_json)
        anchor = self._anchor(file_menu)
        file_menu.insertSeparator(anchor)
        file_menu.insertMenu(anchor, self.menu)
        file_menu.insertAction(anchor, self.import_action)
        file_menu.aboutToShow.connect(self._update_enabled)
        # File → Close is enabled exactly while an engagement is open; follow it rather than poll.
        window.actions["close"].changed.connect(self._update_enabled)
        self._update_enabled()

    def _anchor(self, file_menu: QMenu) -> QAction | None:
        """The separator before Quit, so Export and Import sit after Save a Copy and Close."""
        actions = file_menu.actions()
        quit_action = self.window.actions.get("quit")
        if quit_action in actions:
            i = actions.index(quit_action)
            return actions[i - 1] if i > 0 and actions[i - 1].isSeparator() else quit_action
        return None

    def session_opened(self, session: EngagementSession | None) -> None:
        """Follow the engagement now open: Minutes and Pre-read become available as its first meeting is added
        (the Report view's buttons for them had stayed grey until the File menu was opened)."""
        if session is not None:
            session.changed.connect(self._on_changed)
        self._update_enabled()

    def _on_changed(self, part: str, _keys: tuple = ()) -> None:
        if part == MEETINGS:
            self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.window.session is not None
        self.menu.setEnabled(has)
        for action in self.actions.values():
            action.setEnabled(has)
        has_meetings = has and bool(self.window.session.engagement.meetings)
        self.actions["export_minutes"].setEnabled(has_meetings)
        self.actions["export_preread"].setEnabled(has_meetings)

    def _folder(self) -> str:
        return self.settings.get(LAST_FOLDER) or str(Path.home())

    def _ask_target(self, title: str, name: str, file_filter: str, suffix: str,
                    refusal: str | None = None) -> str | None:
        refusal = refusal or tr("Cannot export")
        path = dialogs.ask_file_to_write(self.window, title, str(Path(self._folder()) / name), suffix, file_filter,
                                         refusal)
        if not path:
            return None
        if self.window.session is not None and Path(path).resolve() == Path(self.window.session.path).resolve():
            dialogs.show_error(self.window, refusal, tr("That is the open engagement file itself; "
                                                        "choose another name."))
            return None
        return path

    # PDFs --------------------------------------------------------------------
    def export_meeting_pdf(self, kind: str) -> None:
        """File → Export → Minutes or Pre-read: pick the meeting and where to save."""
        session = self.window.session
        if session is None or self.job is not None:
            return
        stored = self._stored(session)
        if stored is None or not stored.meetings:
            return
        e = self._shared(stored)  # documents never hold internal notes
        title = tr("Export minutes") if kind == "minutes" else tr("Export pre-read")
        chosen = self.actions[f"export_{kind}"].data()  # set by whoever already knows the meeting (End meeting)
        self.actions[f"export_{kind}"].setData(None)
        meeting = next((m for m in e.meetings if m.uid == chosen), None) or dialogs.ask_item(
            self.window, title, tr("Meeting:"), e.meetings, lambda m: f"{meeting_when(m) or '–'} — {m.title}",
            self._likely_meeting(e.meetings, kind))
        if meeting is None:
            return
        language = self.settings.get(DOCUMENT_LANGUAGE)
        # Named in the document's language, as the document is ("Minutes 2024-06-10 …" for English minutes)
        name = safe_file_name(f"{labels(language)[kind]} {meeting_date(meeting)} {meeting.title}") + ".pdf"
        path = self._ask_target(title, name, tr("PDF documents (*.pdf)"), ".pdf")
        if not path:
            return
        from workshop.export.minutes import write_minutes
        from workshop.export.preread import write_preread

        write = write_minutes if kind == "minutes" else write_preread
        self._start(lambda progress: write(e, meeting.uid, path, language, progress=progress), path, title)

    def _likely_meeting(self, meetings, kind: str):
        """The meeting the list starts at: the one chosen in Meetings, else for a pre-read the next one not
        yet held and for minutes the last one held (each the other when there is none; it had started at the
        oldest: Enter exported the first meeting's pre-read)."""
        view = self.window.views.get("meetings")  # only when built: asking would build it
        uid = view.current_uid() if view is not None else None
        chosen = next((m for m in meetings if m.uid == uid), None)
        if chosen is not None:
            return chosen
        ahead = next((m for m in meetings if m.status != MeetingStatus.CLOSED), None)
        held = next((m for m in reversed(meetings) if m.status == MeetingStatus.CLOSED), None)
        return (ahead or held) if kind == "preread" else (held or ahead)

    def export_report(self) -> None:
        """File → Export → Engagement Report: where to save, then build it with a progress dialog."""
        session = self.window.session
        if session is None or self.job is not None:
            return
        stored = self._stored(session)
        if stored is None:
            return
        e = self._shared(stored)
        title = tr("Export report")
        language = self.settings.get(DOCUMENT_LANGUAGE)
        today = date.today()  # the day an interim report shows, in its name and on its pages alike
        name = safe_file_name(f"{report_name(e, labels(language), today)} {e.info.title}") + ".pdf"
        path = self._ask_target(title, name, tr("PDF documents (*.pdf)"), ".pdf")
        if path:
            from workshop.export.report import write_report

            pages = self.organisation_pages.isChecked()
            self._start(lambda progress: write_report(e, path, language, progress=progress,
                                                      organisation_pages=pages, today=today), path, title)

    def _stored(self, session: EngagementSession) -> Engagement | None:
        """The engagement with what is typed stored first (the running meeting's last notes, a form's field):
        an export from the menu had missed the notes typed since the last save. None when a change typed into
        a form cannot be stored and the facilitator would rather mend it than export without it."""
        refused = self.window.store_typed(everywhere=True)
        if refused and not dialogs.ask_yes_no(self.window, tr("Export"), tr(
                "A change typed into a form cannot be stored: {reason}\n\nExport without it?").format(
                reason=refused[0])):
            return None
        return session.engagement

    def _shared(self, e):
        """The engagement as a document or data export shows it: no internal notes; anonymised when ticked."""
        if not self.anonymise.isChecked():
            return without_internal_notes(e)
        return anonymised_for(e, self.settings.get(DOCUMENT_LANGUAGE))  # "Organisation A" in English documents

    def _start(self, work: Callable[[Callable[[float], None]], None], path: str, title: str) -> None:
        self.job = _Job(work, path)
        self.progress = QProgressDialog(tr("Writing {name}…").format(name=Path(path).name), tr("Cancel"), 0, 100,
                                        self.window)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancelled.set)
        self.job.progressed.connect(self.progress.setValue)
        self.job.finished.connect(self._finished)
        self.progress.show()
        self.thread = threading.Thread(target=self.job.run, name="workshop-export", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """The window closing: an export still running is cancelled (nothing is written) and waited for. Its
        thread had gone on and then signalled from an object already gone: a traceback on closing."""
        if self.job is None or self.thread is None:
            return
        self.job.cancelled.set()
        self.thread.join(timeout=30)

    def _finished(self, path: str, error: str) -> None:
        if self.thread is not None:
            self.thread.join()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.job = self.thread = self.progress = None
        if error == "cancelled":
            self.window.statusBar().showMessage(tr("Export cancelled; nothing was written."), 5000)
        elif error:
            dialogs.show_error(self.window, tr("Cannot export"), error)
        else:
            self._written(path)

    def _written(self, path: str) -> None:
        self.settings.set(LAST_FOLDER, str(Path(path).resolve().parent))
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        if self.open_when_done.isChecked():
            dialogs.open_file(path)
        self.done.emit(path)

    # Data ------------------------------------------------------------------
    def export_data(self, fmt: str) -> None:
        """File → Export → XLSX, CSV or JSON (quick, so written at once)."""
        session = self.window.session
        if session is None:
            return
        # the JSON export is the engagement's backup (internal notes kept); spreadsheets never hold them
        full = fmt == "json" and not self.anonymise.isChecked()
        stored = self._stored(session)
        if stored is None:
            return
        e = stored if full else self._shared(stored)
        base = safe_file_name(e.info.title)
        if fmt == "xlsx":
            path = self._ask_target(tr("Export data"), base + ".xlsx", tr("Excel workbooks (*.xlsx)"), ".xlsx")
        elif fmt == "json":
            path = self._ask_target(tr("Export engagement"), base + ".json", tr("JSON files (*.json)"), ".json")
        else:
            path = self._ask_target(tr("Export data as CSV (a folder)"), base + " CSV", tr("Folders (*)"), "")
        if not path:
            return
        from workshop.export.csv_export import write_csv
        from workshop.export.transfer import write_json
        from workshop.export.xlsx import write_xlsx

        language = self.settings.get(DOCUMENT_LANGUAGE)  # sheets and headings in the documents' language
        try:
            if fmt == "xlsx":
                write_xlsx(e, path, language)
            elif fmt == "json":
                write_json(e, path, public=not full)
            else:
                write_csv(e, path, language)
        except ExportError as exc:
            dialogs.show_error(self.window, tr("Cannot export"), describe(exc))
            return
        self._written(path)

    def import_from_json(self) -> None:
        """File → Import from JSON…: check the export, write a new engagement file, open it."""
        source = dialogs.ask_open_file(self.window, tr("Import engagement"), self._folder(),
                                       tr("JSON files (*.json);;All files (*)"))
        if not source:
            return
        target = self._ask_target(tr("Save imported engagement as"), Path(source).stem + ".workshop",
                                  dialogs.engagement_filter(), ".workshop", tr("Cannot import"))
        if not target:
            return
        from workshop.export.transfer import import_json

        try:
            # The save dialog already asked before replacing an existing file.
            import_json(source, target, overwrite=True)
        except (ExportError, StorageError) as exc:
            dialogs.show_error(self.window, tr("Cannot import"), describe(exc))
            return
        self.open_engagement(target)
