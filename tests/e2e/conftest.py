"""The end-to-end tests' shared fixture: a private X server."""

from tests.helpers.xvfb import display  # noqa: F401  (a fixture: a private Xvfb, for the tests on X11)
