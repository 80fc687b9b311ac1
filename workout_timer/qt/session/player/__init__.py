"""The player's parts split from its view: its keys and its look."""
