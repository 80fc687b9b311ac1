"""A session on screen: the driver that wakes the engine, the player, the check-ins and the summary."""
