"""The one `workshop` entry point (installed command, `python -m workshop`, the bundle's executable)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import workshop
from workshop import launch


def test_version_prints_the_version(capsys):
    """`workshop --version` prints the package's version and exits 0."""
    assert launch.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"workshop {workshop.__version__}"


def test_a_subcommand_runs_the_command_line_without_qt(tmp_path):
    """`workshop demo -o F` writes the example as the command line does, and never loads Qt."""
    target = tmp_path / "x.workshop"
    code = ("import sys; from workshop.launch import main; rc = main(['demo', '-o', sys.argv[1]]); "
            "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); raise SystemExit(rc)")
    result = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(target), "no qt"]
    assert target.stat().st_size > 0


def test_python_dash_m_workshop_is_the_same_command(tmp_path):
    """`python -m workshop report F -o R` runs the subcommand (it used to open the app)."""
    source, pdf = tmp_path / "x.workshop", tmp_path / "r.pdf"
    for args in (["demo", "-o", str(source)], ["report", str(source), "-o", str(pdf)]):
        result = subprocess.run([sys.executable, "-m", "workshop", *args], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_unknown_command_is_a_one_line_error(capsys, monkeypatch):
    """A mistyped subcommand is refused as the command line refuses it (exit 2), not opened as a file."""
    opened = []
    monkeypatch.setattr("workshop.app.main", lambda argv: opened.append(argv) or 0)
    with pytest.raises(SystemExit) as exit_info:
        launch.main(["reprot", "x.workshop"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'reprot'" in capsys.readouterr().err
    assert opened == []


@pytest.mark.parametrize("args", [[], ["EXAMPLE"], ["-style", "fusion"]])
def test_no_arguments_a_file_or_qt_options_open_the_app(args, example_path, monkeypatch):
    """No argument, an engagement file, or Qt's own options start the app with those arguments."""
    args = [str(example_path) if a == "EXAMPLE" else a for a in args]
    opened = []
    monkeypatch.setattr("workshop.app.main", lambda argv: opened.append(argv) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert launch.main(args) == 0
    assert opened == [["workshop", *args]]


def test_without_a_display_the_app_is_not_started(monkeypatch, capsys):
    """On Linux with no X11/Wayland display, `workshop` says so (exit 2) instead of Qt aborting."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    opened = []
    monkeypatch.setattr("workshop.app.main", lambda argv: opened.append(argv) or 0)
    assert launch.main([]) == 2
    assert "no display" in capsys.readouterr().err
    assert opened == []


def test_help_lists_the_commands_and_the_app(capsys):
    """`workshop --help` lists every subcommand, how to open the app, --version and --self-test."""
    assert launch.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("demo", "report", "export", "restore", "FILE.workshop", "--version", "--self-test"):
        assert word in out


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_into_a_closed_pipe_ends_quietly(args):
    """`workshop --help | head -1`: the reader has gone before the text is written; exit 0 and no traceback."""
    import os

    read, write = os.pipe()
    os.close(read)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # buffered, as in a user's shell
    try:
        result = subprocess.run([sys.executable, "-m", "workshop", *args], stdout=write, stderr=subprocess.PIPE,
                                text=True, timeout=60, env=env)
    finally:
        os.close(write)
    assert result.returncode == 0 and result.stderr == ""


def test_qt_options_before_the_file_open_the_file(example_path, tmp_path):
    """`workshop -style fusion FILE` opens FILE: the option's value "fusion" had been taken for the file
    ("fusion: no such file")."""
    import os

    code = ("import sys\nfrom workshop.app import build\n"
            "app, window, controller = build(['workshop', '-style', 'fusion', sys.argv[1]])\n"
            "print(window.session.path.name if window.session else None)\ncontroller.close()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_SETTINGS_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(example_path)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.stdout.strip() == example_path.name, result.stderr


def test_the_files_named_are_found_among_qt_s_options():
    """Qt's options and their values are not files; any file keeps its name as Python read it (Å and all)."""
    from workshop.app import file_arguments

    assert file_arguments(["workshop", "-style", "fusion", "Åtvidaberg.workshop"]) == ["Åtvidaberg.workshop"]
    assert file_arguments(["workshop", "Å.workshop", "-reverse", "-platform", "xcb"]) == ["Å.workshop"]
    assert file_arguments(["workshop"]) == []


def test_ctrl_c_while_a_command_s_modules_load_is_one_line_and_130(monkeypatch, capsys):
    """Ctrl+C in a command's first third of a second (its modules still loading, before its own handler) had
    printed a 20-line traceback and died by the signal."""
    import builtins

    real_import = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "workshop" and "cli" in (args[2] or ()):  # `from workshop import cli` in the dispatch
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    assert launch.main(["report", "x.workshop", "-o", "x.pdf"]) == 130
    err = capsys.readouterr().err
    assert err == "workshop: interrupted.\n"
