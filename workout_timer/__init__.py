"""workout-timer: a guided workout timer for runners who want a strong, easy back."""

__version__ = "0.1.0"
