"""`python -m workout_timer` does what the `workout-timer` command does."""

import sys

from .cli import main

sys.exit(main())
