"""The meeting runner: step through an agenda, take notes that are saved as they are typed."""
