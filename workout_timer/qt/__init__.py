"""The app's face: windows and widgets that show the domain's state and forward what the user asks."""
