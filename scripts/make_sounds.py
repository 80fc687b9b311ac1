"""Write the app's sounds to assets/sounds/: soft bell-like tones, made from sine partials.

Run it again after changing a sound: `python scripts/make_sounds.py`. The WAVs it writes are
committed, so the app never needs this script. Standard library only.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def note(freq: float, seconds: float, decay: float, level: float = 1.0) -> list[float]:
    """A struck tone: a 5 ms rise, then an exponential fall; two quiet overtones give it warmth."""
    samples = []
    for i in range(int(RATE * seconds)):
        t = i / RATE
        envelope = min(1.0, t / 0.005) * math.exp(-t / decay)
        wave_ = (
            math.sin(2 * math.pi * freq * t)
            + 0.25 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-t / (decay / 2))
            + 0.08 * math.sin(2 * math.pi * 3 * freq * t) * math.exp(-t / (decay / 3))
        )
        samples.append(level * envelope * wave_)
    return samples


def mix(*parts: tuple[float, list[float]]) -> list[float]:
    """Lay each part (start seconds, samples) on one track."""
    length = max(int(start * RATE) + len(samples) for start, samples in parts)
    track = [0.0] * length
    for start, samples in parts:
        offset = int(start * RATE)
        for i, value in enumerate(samples):
            track[offset + i] += value
    return track


def write(name: str, samples: list[float], peak: float) -> None:
    """Normalise to `peak` (of full scale), fade the last 10 ms, and save as 16-bit mono PCM."""
    loudest = max(abs(s) for s in samples) or 1.0
    fade = int(RATE * 0.01)
    frames = bytearray()
    for i, value in enumerate(samples):
        gain = min(1.0, (len(samples) - i) / fade)
        frames += struct.pack("<h", round(value / loudest * peak * gain * 32767))
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def main() -> None:
    c5, e5, g5, c6 = 523.25, 659.25, 783.99, 1046.50
    write("countdown", note(g5, 0.16, 0.045), 0.55)  # a short, round tick for 3, 2, 1
    write("work", mix((0.0, note(c5, 0.45, 0.12)), (0.09, note(g5, 0.45, 0.14))), 0.7)  # rising: go
    write("rest", mix((0.0, note(e5, 0.6, 0.2, 0.8)), (0.14, note(c5, 0.6, 0.22, 0.8))), 0.45)  # falling: ease off
    write(
        "finish",
        mix(*((0.16 * i, note(freq, 1.4, 0.35)) for i, freq in enumerate((c5, e5, g5, c6)))),
        0.7,
    )


if __name__ == "__main__":
    main()
