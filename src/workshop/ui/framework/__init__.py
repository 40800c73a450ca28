"""The Framework view: what a Blank engagement needs built by hand (organisations, steering group, scope,
sub-items, paths, organisation forms, criteria scales)."""
