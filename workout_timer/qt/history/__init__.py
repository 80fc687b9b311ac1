"""The history window: sessions, charts and the weekly goal."""
