"""Reading the routine format: a YAML node tree to model objects, every mistake noted where it is."""
