"""pyqtgraph charts (radar, bars, maps) fed from domain results."""

import PySide6  # noqa: F401  (import PySide6 before pyqtgraph so it picks this binding)
