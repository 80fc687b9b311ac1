"""The app as a media player for remotes: MPRIS on the session bus, kept in step with the session."""
