"""The app as a desktop sees it: its id, launcher, AppStream data, icons, reminders and second launches."""
