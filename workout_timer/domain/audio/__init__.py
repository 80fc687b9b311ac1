"""Which sounds and spoken cues a session gives, one voice at a time, and what became of each."""
