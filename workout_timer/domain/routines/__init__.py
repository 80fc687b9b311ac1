"""Routines as data: the frozen model, the YAML format read and written, lengths, and the timeline a routine makes."""
