"""A routine being changed: the draft edited one step at a time, and a value written back where it stands in the
file.
"""
