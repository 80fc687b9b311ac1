"""Programmes: plans over weeks of which routine on which day, how the doses grow, and the rest days."""
