"""Plain dataclasses and every calculation. No Qt, no SQL."""
