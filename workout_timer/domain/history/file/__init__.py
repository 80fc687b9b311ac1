"""The history file itself: its schema and migrations, a damaged file told from a busy or full one (`database`),
reading it whatever its state (`reading`), writing it so that it never costs a workout (`writing`), and what is told
when it can't be opened, read or written (`problem_words`)."""
