"""The one lookup for files under resources/ (templates, examples, fonts, translations)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    """The resources folder: beside a frozen bundle, or at the top of the source tree."""
    override = os.environ.get("WORKSHOP_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """The path of a named resource; fails loudly when it does not exist."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Missing resource: {'/'.join(parts)} (looked in {resources_root()})")
    return path
