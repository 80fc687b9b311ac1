"""Choosing a routine: the library list, its watcher, the preview."""
