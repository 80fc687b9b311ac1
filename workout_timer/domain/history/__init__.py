"""What a session leaves behind: the SQLite history written as it goes, the event log, reports and charts."""
