"""Potential scoring: the grid, group shares, radar and bar charts."""
