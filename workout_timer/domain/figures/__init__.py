"""An exercise's picture, worked out from joint angles: poses and the stick figure drawn from them."""
