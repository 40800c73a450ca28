"""`workshop --self-test`: check this installation before the first meeting.

Opens the bundled example in the app offscreen (no window appears; `--screen`
uses the desktop's display instead), builds every view, draws every chart,
starts and stops the presenter window, writes the minutes of every meeting,
the report and the XLSX export to a temporary folder and reads them back.
One line per check; exit 0 when all pass, else 1 and a last line naming the
checks that failed. Nothing outside the temporary folder is touched: settings
go there too, unless WORKSHOP_SETTINGS_DIR says otherwise.
"""

from __future__ import annotations

import os
import platform
import re
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path



class CheckFailed(Exception):
    """A check's result was wrong (the message says what was found)."""


class Checks:
    """Runs named checks, prints one line each, and remembers which failed."""

    def __init__(self, out=None):
        self.out = out or sys.stdout
        self.failed: list[str] = []
        self.count = 0

    def run(self, name: str, check: Callable[[], str | None]) -> bool:
        self.count += 1
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 (every failure is reported, none stops the other checks)
            self.failed.append(name)
            reason = str(exc) or type(exc).__name__
            if not isinstance(exc, CheckFailed):
                reason = f"{type(exc).__name__}: {reason}"
                if os.environ.get("WORKSHOP_SELF_TEST_TRACE"):
                    traceback.print_exc()
            print(f"FAIL  {name}: {reason}", file=self.out, flush=True)
            return False
        print(f"ok    {name}" + (f": {detail}" if detail else ""), file=self.out, flush=True)
        return True


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_pdf(path: Path, expected: Sequence[str], min_pages: int = 1) -> str:
    """The PDF parses, has pages, holds the expected text, and embeds every font it uses."""
    from pypdf import PdfReader

    _expect(path.is_file() and path.stat().st_size > 0, f"{path.name} was not written")
    reader = PdfReader(str(path), strict=True)
    pages = len(reader.pages)
    _expect(pages >= min_pages, f"{path.name} has {pages} page(s), expected at least {min_pages}")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    missing = [t for t in expected if t not in text]
    _expect(not missing, f"{path.name} lacks the text {', '.join(repr(m) for m in missing)}")
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get_object().get("/Font") or {}
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            _expect(embedded, f"{path.name} uses the font {font.get('/BaseFont')} without embedding it")
    return f"{pages} pages"


def check_xlsx(path: Path, expected: Sequence[str]) -> str:
    """The workbook opens and its cells hold the expected values."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        values = {str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for v in row
                  if v is not None}
        sheets = len(workbook.worksheets)
    finally:
        workbook.close()
    missing = [t for t in expected if t not in values]
    _expect(not missing, f"{path.name} lacks the cells {', '.join(repr(m) for m in missing)}")
    return f"{sheets} sheets"


def _drawn_colours(chart) -> int:
    """How many colours the chart's picture has (SVG through QtSvg and back, as chart export does)."""
    from workshop.charts.export import png_image

    image = png_image(chart, 1)
    colours = set()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colours.add(image.pixel(x, y))
            if len(colours) > 16:
                return len(colours)
    return len(colours)


def _reveal(widget, app) -> None:
    """Bring the tabs and pages that hold the widget to the front, so that it is on screen."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            holder = parent.parentWidget()
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    app.processEvents()


def _gui_checks(checks: Checks, folder: Path, example_file: Path, engagement) -> None:
    from workshop.app import build
    from workshop.charts.base import ChartBase

    built: dict = {}

    def open_example() -> str:
        app, window, controller = build(["workshop", str(example_file)])
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        built.update(app=app, window=window, controller=controller)
        _expect(window.session is not None, "the example did not open")
        return f"{example_file.name}, {len(window.view_keys())} views, platform {app.platformName()}"

    if not checks.run("open the example in the app", open_example):
        return
    app, window = built["app"], built["window"]

    def icon() -> str:
        icon = window.windowIcon()
        _expect(not icon.isNull(), "the window has no icon")
        for size in (16, 256):
            image = icon.pixmap(size).toImage()
            _expect(image.width() == size and image.pixelColor(size // 2, size // 2).alpha() > 0,
                    f"the icon draws nothing at {size} px")
        sizes = sorted({s.width() for s in icon.availableSizes()})
        return f"{len(sizes)} PNG sizes and the SVG" if sizes else "the SVG alone (no PNG sizes: `make icons`)"

    checks.run("application icon", icon)
    charts: list[tuple[str, object]] = []
    for key in window.view_keys():
        def show_view(key=key) -> str:
            window.show_view(key)
            app.processEvents()
            view = window.views[key]
            _expect(view.isVisible(), "built but not shown")
            found = view.findChildren(ChartBase)
            charts.extend((f"{key}/{c.objectName() or type(c).__name__}", c) for c in found)
            return f"{len(found)} charts" if found else None

        checks.run(f"view {key}", show_view)
    for name, chart in charts:
        def draw(chart=chart, name=name) -> str:
            view_key = name.split("/", 1)[0]
            window.show_view(view_key)
            _reveal(chart, app)
            if not chart.isVisible():  # a page shown the first time lays its charts out anew (tabs at 1366×768)
                _reveal(chart, app)
            _expect(chart.isVisible(), "its view never shows it")
            colours = _drawn_colours(chart)
            _expect(colours > 2, "the picture is blank")
            return f"{chart.width()}×{chart.height()} px, {colours if colours <= 16 else 'over 16'} colours"

        checks.run(f"chart {name}", draw)

    def presenter() -> str:
        window.actions["presenter"].trigger()
        app.processEvents()
        shown = window.presenter_controller.presenter
        _expect(shown is not None and shown.isVisible(), "the presenter window did not open")
        drawn = []
        window.show_view("potential")
        for show in ("show_radar_on_projector", "show_shares_on_projector"):
            getattr(window.views["potential"], show)()  # the Potential view's "Show on projector"
            app.processEvents()
            _expect(isinstance(shown.chart, ChartBase) and shown.chart.isVisible(),
                    f"{show}: no chart on the presenter screen")
            _expect(_drawn_colours(shown.chart) > 2, f"{show}: the presenter's chart is blank")
            drawn.append(f"{shown.chart.width()}×{shown.chart.height()} px")
        window.presenter_controller.stop()
        app.processEvents()
        return "radar and shares drawn, " + ", ".join(drawn)

    checks.run("presenter window", presenter)
    built["controller"].close()
    window.close()
    app.processEvents()


def _translation_check() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from workshop.resources import resources_root

    found = []
    for name, folder in (("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("workshop_sv", str(resources_root() / "translations"))):
        translator = QTranslator()
        _expect(translator.load(name, folder), f"{name}.qm is missing from {folder}")
        found.append(name)
    return ", ".join(found)


def _swedish_text_check() -> str:
    """Swedish sorting (å, ä, ö after z) and time-zone names: Qt asks ICU, whose data a lean bundle trims."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    order = sorted(["ö", "z", "å", "a", "ä"], key=cmp_to_key(QCollator(QLocale("sv_SE")).compare))
    _expect(order == ["a", "z", "å", "ä", "ö"], f"Swedish sorting gives {' '.join(order)}")
    name = QTimeZone(b"Europe/Stockholm").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("sv_SE"))
    _expect(bool(name), "no Swedish name for the Stockholm time zone")
    return f"a z å ä ö; {name}"


def modules_of(requirements: Sequence[str]) -> tuple[list[str], list[str]]:
    """The top-level modules the installed distributions named in these requirements provide, and the
    names of those not installed. (Stub files such as PySide6's Shiboken.pyi are not modules.)"""
    from importlib import metadata

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    modules, missing = set(), []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0)
        try:
            files = metadata.distribution(normal(name)).files or []
        except metadata.PackageNotFoundError:
            missing.append(name)
            continue
        for path in files:
            top = path.parts[0]
            if len(path.parts) > 1 and not top.endswith((".dist-info", ".data", ".libs")) and top.isidentifier():
                modules.add(top)
            elif len(path.parts) == 1 and path.suffix in (".py", ".so", ".pyd"):
                modules.add(top.split(".")[0])
    # A private top-level module is kept: rl_accel is nothing but `_rl_accel`, which reportlab loads through
    # exec (unseen by PyInstaller's analysis), so the bundle carries it only when listed here.
    return sorted(m for m in modules if m != "__pycache__"), missing


def dependency_modules() -> list[str]:
    """The top-level modules of the runtime dependencies: in a bundle the list its spec wrote beside it
    (from pyproject.toml), installed from the package's own metadata."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return (Path(frozen) / "workshop-dependencies.txt").read_text(encoding="utf-8").split()
    from importlib import metadata

    modules, missing = modules_of(metadata.requires("workshop") or [])
    return modules + missing  # a missing one fails to import, by name


def _libraries_check() -> str:
    import importlib

    modules = dependency_modules()
    _expect(bool(modules), "no dependency list found")
    failed = []
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception as exc:  # noqa: BLE001 (an ImportError, or a library failing as it loads)
            failed.append(f"{module} ({type(exc).__name__}: {exc})")
    _expect(not failed, "cannot import " + "; ".join(failed))
    return ", ".join(modules)


def _modules_check() -> str:
    """Every module of ours imports (a bundle missing a library one of them needs fails here, by name)."""
    import importlib
    import pkgutil

    import workshop

    names = [m.name for m in pkgutil.walk_packages(workshop.__path__, "workshop.")
             if not m.name.endswith("__main__")]
    _expect(len(names) > 10, f"only {len(names)} modules found")
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    _expect(not failed, "cannot import " + "; ".join(failed))
    return f"{len(names)} modules"


def run(folder: Path, out=None) -> list[str]:
    """Run every check writing into `folder`; returns the names of those that failed."""
    from workshop.storage import EngagementStore
    from workshop.templates import example_engagement

    checks = Checks(out)
    example_file = folder / "example.workshop"
    engagement = None

    def example() -> str:
        nonlocal engagement
        engagement = example_engagement()
        EngagementStore.create(example_file, engagement).close()
        with EngagementStore.open(example_file, read_only=True) as store:
            _expect(store.load() == engagement, "the file does not read back as written")
        return f"{len(engagement.organisations)} organisations, {len(engagement.meetings)} meetings"

    if not checks.run("write and read the example file", example):
        return checks.failed
    checks.run("libraries", _libraries_check)
    checks.run("Workshop's modules", _modules_check)
    checks.run("Swedish translations", _translation_check)
    checks.run("Swedish sorting and time-zone names", _swedish_text_check)
    _gui_checks(checks, folder, example_file, engagement)

    def minutes() -> str:
        from workshop.export.minutes import write_minutes

        for i, meeting in enumerate(engagement.meetings):
            target = folder / f"minutes-{i + 1}.pdf"
            write_minutes(engagement, meeting.uid, target, "sv")
            check_pdf(target, [meeting.title])
        return f"{len(engagement.meetings)} meetings"

    def report() -> str:
        from workshop.export.report import write_report

        target = folder / "report.pdf"
        write_report(engagement, target, "sv")
        return check_pdf(target, [engagement.info.title, *(o.name for o in engagement.organisations)], 3)

    def xlsx() -> str:
        from workshop.export.xlsx import write_xlsx

        target = folder / "export.xlsx"
        write_xlsx(engagement, target, "sv")
        return check_xlsx(target, [o.name for o in engagement.organisations])

    checks.run("minutes PDF", minutes)
    checks.run("report PDF", report)
    checks.run("XLSX export", xlsx)
    checks.run("room voting page", lambda: _room_check(engagement))
    return checks.failed


def _room_check(engagement) -> str:
    """A potential round served on loopback: the phone's page (a file of the package the bundle must carry)
    and the round's JSON come back over HTTP; nothing listens afterwards."""
    import json
    import urllib.request

    from workshop.room.round import potential_round
    from workshop.room.runner import RoomThread
    from workshop.room.server import RoomServer

    async def deliver(_ballot) -> None:
        return None

    room = potential_round(engagement, engagement.organisations[0].uid)
    thread = RoomThread(RoomServer(room, deliver), "127.0.0.1")
    url = thread.start()
    # Straight to the loopback address, never through a proxy the laptop's environment names (http_proxy
    # without no_proxy had sent 127.0.0.1 to the proxy and failed the check on a corporate laptop).
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        ask = urllib.request.Request(url, headers={"Accept-Language": "sv"})
        with direct.open(ask, timeout=10) as answer:  # our own loopback URL
            page = answer.read().decode("utf-8")
        with direct.open(url + "/round", timeout=10) as answer:
            data = json.load(answer)
    finally:
        thread.stop()
    _expect("Potential per område" in page, "the phone's page lacks its Swedish texts")
    _expect(len(data["items"]) == len(engagement.areas), "the round does not list every area")
    return f"{len(page)} bytes, {len(data['items'])} areas"


def _quiet_offscreen_warning() -> None:
    """The offscreen platform warns that it cannot resize windows to hints on every window shown; that
    line between the checks says nothing about the installation. Every other Qt message still prints."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)


def main(argv: Sequence[str] = ()) -> int:
    """Run the self-test; 0 when every check passed, 1 otherwise (2 for an unknown option)."""
    args = list(argv)
    unknown = [a for a in args if a != "--screen"]
    if unknown:
        print(f"workshop --self-test: unknown option {unknown[0]} (only --screen)", file=sys.stderr)
        return 2
    if "--screen" not in args:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_offscreen_warning()
    from PySide6 import __version__ as pyside_version

    from workshop import __version__

    kind = "frozen bundle" if getattr(sys, "frozen", False) else "installed"
    print(f"Workshop {__version__} self-test ({kind}; Python {sys.version.split()[0]}, Qt {pyside_version}, "
          f"{platform.platform(terse=True)})", flush=True)
    with tempfile.TemporaryDirectory(prefix="workshop-self-test-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("WORKSHOP_SETTINGS_DIR", str(folder / "settings"))
        try:
            failed = run(folder)
        except BrokenPipeError:  # `workshop --self-test | head`: stop quietly, the checks did not all run
            sys.stderr.close()
            return 1
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0
