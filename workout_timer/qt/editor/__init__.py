"""Making and changing routines: the editor, its pages and step model, import and export."""
