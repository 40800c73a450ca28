"""The layer rules hold: domain and storage never import Qt; domain imports no storage."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_import_linter_contracts_hold():
    """import-linter's contracts in pyproject.toml pass (a Qt import in domain would fail this)."""
    root = Path(__file__).resolve().parents[1]
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    result = subprocess.run([exe, "--no-cache"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout and "BROKEN" not in result.stdout
