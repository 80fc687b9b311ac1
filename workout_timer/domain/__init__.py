"""The Qt-free heart of the app: routines, their timeline and cues, and the session engine.

Nothing in this package imports Qt; an import contract checks it on every test run.
"""
