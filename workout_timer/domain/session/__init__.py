"""A session as it runs: the cue plan, the engine on its deadlines, the start gate, what the player says, the
summary.
"""
