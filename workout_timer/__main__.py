"""`python -m workout_timer` does what the `workout-timer` command does."""

import sys

from workout_timer.cli import main

sys.exit(main())
