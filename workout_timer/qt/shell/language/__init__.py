"""The window in the language in use: put into effect at once when the setting changes (`switch`)."""
