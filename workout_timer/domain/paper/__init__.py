"""On paper: what a routine sheet and a progress report say, in what order and in which words, as plain
data. The Qt face (`qt/paper`) only draws them onto pages."""
