"""The only code that talks SQLite (through sqlite-utils). No Qt."""

from workshop.storage.errors import StorageError
from workshop.storage.store import EngagementStore

__all__ = ["EngagementStore", "StorageError"]
