"""The routines a user can choose from: built-in and their own, found, filtered, cached, saved and deleted."""
