"""The People view: everyone in the engagement, where they appear, their data exported or forgotten."""
