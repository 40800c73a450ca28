"""Alternatives: their descriptions, paths and forms, criteria voting, preferences, robustness."""
