"""Routines kept in the user's folder, from the window: new, edit, duplicate, delete, import, export, and the
questions these ask.
"""
