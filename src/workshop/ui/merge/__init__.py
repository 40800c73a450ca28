"""Two laptops, one engagement: File → Hand Out a Copy… and File → Merge From…, with the conflict dialog."""
