"""What every screen shares: the theme, the settings and their one owner, text pages and the figure widget."""
