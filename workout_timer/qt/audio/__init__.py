"""The app's voice and tones: the audio host process and the app's side of it."""
