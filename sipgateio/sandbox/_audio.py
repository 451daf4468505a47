"""A short announcement in the format sipgate plays: WAV, 16-bit PCM, mono, 8 kHz."""

from __future__ import annotations

import functools
import io
import math
import struct
import wave

SAMPLE_RATE = 8000


@functools.cache
def wav_tone(seconds: float = 0.5, frequency: float = 440.0) -> bytes:
    """A sine tone as a WAV file that passes sipgate's format rules."""
    frames = int(SAMPLE_RATE * seconds)
    samples = (
        int(8000 * math.sin(2 * math.pi * frequency * index / SAMPLE_RATE))
        for index in range(frames)
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(struct.pack(f"<{frames}h", *samples))
    return out.getvalue()
