"""The window around the screens: start-up, moving between screens, menus, errors told in plain words."""
