"""`workshop --self-test`: what a facilitator runs on a new laptop, and what support asks for."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from workshop.resources import resources_root


def _self_test(env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen itself when no display is asked for
    return subprocess.run([sys.executable, "-m", "workshop", "--self-test"], capture_output=True, text=True,
                          env=env, timeout=300)


def test_self_test_passes_and_names_every_check():
    """Offscreen, on this installation: every view, every chart, the documents; exit 0. Also on a laptop
    whose environment names a proxy (as corporate laptops do): the room check had gone through it."""
    result = _self_test({"http_proxy": "http://proxy.invalid:8080", "HTTP_PROXY": "http://proxy.invalid:8080",
                         "no_proxy": "", "NO_PROXY": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    checks = [line for line in lines if line.startswith(("ok ", "FAIL "))]
    assert checks and all(line.startswith("ok ") for line in checks)
    names = " ".join(checks)
    for view in ("engagement", "catalogue", "meetings", "potential", "alternatives", "report"):
        assert f"view {view}" in names
    assert "chart potential/potentialRadar" in names and "platform offscreen" in names
    for document in ("libraries", "Workshop's modules", "minutes PDF", "report PDF", "XLSX export",
                     "Swedish translations", "Swedish sorting and time-zone names", "application icon",
                     "presenter window", "room voting page"):
        assert f"ok    {document}" in result.stdout


def test_a_damaged_installation_fails_naming_what_broke(tmp_path):
    """Without the bundled fonts the PDFs cannot be written: exit 1, the PDF checks named, the rest still run."""
    damaged = tmp_path / "resources"
    shutil.copytree(resources_root(), damaged)
    shutil.rmtree(damaged / "fonts")
    result = _self_test({"WORKSHOP_RESOURCES": str(damaged)})
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test FAILED: minutes PDF, report PDF"
    assert any(line.startswith("FAIL  report PDF: ") and "DejaVu" in line for line in lines)
    assert any(line.startswith("ok    XLSX export: ") and line.endswith(" sheets") for line in lines)
    assert "ok    view potential: 2 charts" in lines


def test_an_unknown_option_is_refused():
    """`workshop --self-test --fast` is an error (exit 2), not a run that ignores the option."""
    result = subprocess.run([sys.executable, "-m", "workshop", "--self-test", "--fast"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "--fast" in result.stderr and result.stdout == ""


def test_a_library_the_project_lists_but_cannot_import_is_named(monkeypatch):
    """`libraries` fails naming the module when a dependency is listed but absent (a bundle missing one)."""
    import io

    from workshop import selftest

    names, missing = selftest.modules_of(["PySide6-Essentials==6.11.3", "numpy==2.4.6", "no-such-dist==1.0",
                                          'pytest==9.2.0; extra == "test"'])
    assert names == ["PySide6", "numpy"] and missing == ["no-such-dist"]  # not the Shiboken.pyi stub
    # reportlab's accelerator is only a private extension module, loaded through exec: listed, it is bundled
    assert selftest.modules_of(["rl_accel==0.9.1"]) == (["_rl_accel"], [])
    monkeypatch.setattr(selftest, "dependency_modules", lambda: ["numpy", "no_such_module"])
    out = io.StringIO()
    checks = selftest.Checks(out)
    assert not checks.run("libraries", selftest._libraries_check)
    assert checks.failed == ["libraries"]
    assert out.getvalue().startswith("FAIL  libraries: cannot import no_such_module (ModuleNotFoundError")
