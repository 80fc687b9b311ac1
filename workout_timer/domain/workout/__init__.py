"""A workout from Start to the summary: the check-ins, the session and the suggestion for next time."""
