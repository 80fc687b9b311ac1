"""What every part of the domain leans on: the clock, the user's folders, atomic files, dates and plurals, errors
in plain words.
"""
