"""The app among the desktop's others: one instance, notifications, reminders and the user guide."""
