"""PySide6 windows, views, item models, delegates and undo commands."""
