"""The Engagement view: the investigation's facts, organisations, groups and today's spend."""
