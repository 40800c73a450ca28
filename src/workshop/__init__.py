"""Workshop: facilitate multi-organisation investigations offline."""

__version__ = "0.1.0"
