"""The settings dialog: sound, voice and cues, changed in place."""
