"""Colours and item roles the grids share (potential grid, vote grid, coverage matrix)."""

from __future__ import annotations

from PySide6.QtCore import Qt

GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # a column's area group, for the grouped header and tints
GROUP_TINTS = ("#EAF2FB", "#FDF0E6", "#E8F6F1", "#F6EAF2", "#FFF6E0")  # one per area group, in turn
MISSING_TINT = "#FFF3C4"  # a cell still waiting for a score
