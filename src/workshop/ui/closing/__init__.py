"""The Recommendation & plan view: how the investigation ends (the report's closing chapter)."""
