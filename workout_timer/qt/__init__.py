"""The app's face: windows and widgets that show the domain's state and forward what the user asks."""

from workout_timer.qt.common.pyside_check import install

install()  # before any of the face's modules: each is looked at by PySide as it is imported
