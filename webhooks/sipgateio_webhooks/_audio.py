"""Checking that an announcement is a WAV file sipgate can play: download, parse, cache.

sipgate plays only mono 16-bit PCM WAV at 8000 Hz and stays silent on anything else, so the
helpers check the file before they answer. Only the header is needed: the download stops as
soon as the ``fmt `` and ``data`` chunks are seen, and never reads more than a size cap.
"""

from __future__ import annotations

import struct
import threading
import time
from collections import OrderedDict

import attrs
import httpx

from sipgateio.errors import ValidationError
from sipgateio_webhooks._actions import check_url

__all__ = ["AudioCheck", "AudioDownloadError", "AudioInfo", "read_wav_header"]

_PCM = 1
_FORMAT_NAMES = {1: "PCM", 3: "IEEE float", 6: "A-law", 7: "mu-law", 0xFFFE: "extensible"}
REQUIRED_FORMAT = "mono 16-bit PCM WAV at 8000 Hz"


class AudioDownloadError(ValidationError):
    """The announcement could not be downloaded, so its format could not be checked."""


@attrs.frozen(kw_only=True)
class AudioInfo:
    """What the WAV header of an announcement says."""

    container: str
    codec: str
    bits_per_sample: int
    sample_rate: int
    channels: int
    duration: float  # seconds

    @property
    def playable(self) -> bool:
        """Whether sipgate can play this file (mono 16-bit PCM WAV at 8000 Hz)."""
        return (
            self.container == "WAVE"
            and self.codec == "PCM"
            and self.bits_per_sample == 16
            and self.sample_rate == 8000
            and self.channels == 1
        )

    def describe(self) -> str:
        """Describe the format in words, e.g. ``PCM, 16-bit, 44100 Hz, stereo, 1.50 s``."""
        channels = {1: "mono", 2: "stereo"}.get(self.channels, f"{self.channels} channels")
        return (
            f"{self.container} {self.codec}, {self.bits_per_sample}-bit, {self.sample_rate} Hz, "
            f"{channels}, {self.duration:.2f} s"
        )


class _NeedMoreData(Exception):
    pass


def read_wav_header(data: bytes, total_size: int | None = None) -> AudioInfo:
    """Read the format and duration from the start of a WAV file.

    ``data`` must reach at least to the header of the ``data`` chunk; ``total_size`` (the
    full file size, when known) corrects the duration of files whose header overstates it.
    Raises ``ValueError`` when ``data`` is not a RIFF/WAVE file.
    """
    try:
        return _parse_wav(data, total_size)
    except _NeedMoreData:
        raise ValueError("the file ends before its WAV header does") from None


def _parse_wav(data: bytes, total_size: int | None) -> AudioInfo:
    if len(data) < 12:
        raise _NeedMoreData
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError(f"not a RIFF/WAVE file (it starts with {data[:12]!r})")
    offset = 12
    fmt: tuple[int, int, int, int, int, int] | None = None
    while True:
        if len(data) < offset + 8:
            raise _NeedMoreData
        chunk_id, chunk_size = struct.unpack_from("<4sI", data, offset)
        body = offset + 8
        if chunk_id == b"fmt ":
            if len(data) < body + 16:
                raise _NeedMoreData
            fmt = struct.unpack_from("<HHIIHH", data, body)
        elif chunk_id == b"data":
            if fmt is None:
                raise ValueError("the WAV file has its data before its 'fmt ' chunk")
            if total_size is not None:
                chunk_size = min(chunk_size, max(total_size - body, 0))
            return _info(fmt, chunk_size)
        offset = body + chunk_size + (chunk_size & 1)


def _info(fmt: tuple[int, int, int, int, int, int], data_size: int) -> AudioInfo:
    format_tag, channels, sample_rate, byte_rate, _, bits_per_sample = fmt
    return AudioInfo(
        container="WAVE",
        codec=_FORMAT_NAMES.get(format_tag, f"format {format_tag:#06x}"),
        bits_per_sample=bits_per_sample,
        sample_rate=sample_rate,
        channels=channels,
        duration=data_size / byte_rate if byte_rate else 0.0,
    )


class AudioCheck:
    """Downloads announcements and checks their format, remembering the answer per URL.

    Args:
        timeout: seconds for the whole download (sipgate waits 10 s for a reply at most).
        max_bytes: the most bytes read from one file; the header must lie within them.
        cache_size: how many URLs are remembered; the least recently used goes first.
        cache_ttl: seconds a result is trusted before the file is checked again.
        http_client: an ``httpx.Client`` to download with (a private one by default).
    """

    def __init__(
        self,
        *,
        timeout: float = 3.0,
        max_bytes: int = 1024 * 1024,
        cache_size: int = 256,
        cache_ttl: float = 900.0,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.cache_size = cache_size
        self.cache_ttl = cache_ttl
        self._http_client = http_client
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[float, AudioInfo | ValidationError]] = OrderedDict()

    def check(self, url: str) -> AudioInfo:
        """Return the format of the WAV at ``url`` if sipgate can play it.

        Raises ``ValidationError`` saying what was found when it cannot, and
        ``AudioDownloadError`` (a ``ValidationError``) when the file cannot be fetched.
        """
        check_url(url, "announcement")
        result = self._cached(url)
        if result is None:
            result = self._inspect(url)
            if not isinstance(result, AudioDownloadError):  # a failed download may work later
                self._remember(url, result)
        if isinstance(result, ValidationError):
            raise result
        return result

    def clear(self) -> None:
        """Forget every remembered result."""
        with self._lock:
            self._cache.clear()

    def close(self) -> None:
        """Close the private HTTP client, if one was made."""
        if self._http_client is not None:
            self._http_client.close()

    def _cached(self, url: str) -> AudioInfo | ValidationError | None:
        with self._lock:
            entry = self._cache.get(url)
            if entry is None:
                return None
            expires, result = entry
            if expires < time.monotonic():
                del self._cache[url]
                return None
            self._cache.move_to_end(url)
            return result

    def _remember(self, url: str, result: AudioInfo | ValidationError) -> None:
        with self._lock:
            self._cache[url] = (time.monotonic() + self.cache_ttl, result)
            self._cache.move_to_end(url)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def _client(self) -> httpx.Client:
        with self._lock:
            if self._http_client is None:
                self._http_client = httpx.Client(follow_redirects=True)
            return self._http_client

    def _inspect(self, url: str) -> AudioInfo | ValidationError:
        try:
            info = self._download_header(url)
        except ValueError as error:
            return ValidationError(
                f"announcement must be a {REQUIRED_FORMAT}; {url} is {error}",
                argument="announcement",
                value=url,
            )
        except (httpx.HTTPError, _Truncated) as error:
            download_error = AudioDownloadError(
                f"could not download the announcement {url} to check its format: {error}",
                argument="announcement",
                value=url,
            )
            download_error.__cause__ = error
            return download_error
        if not info.playable:
            return ValidationError(
                f"announcement must be a {REQUIRED_FORMAT}; {url} is {info.describe()}",
                argument="announcement",
                value=url,
            )
        return info

    def _download_header(self, url: str) -> AudioInfo:
        deadline = time.monotonic() + self.timeout
        with self._client().stream("GET", url, timeout=self.timeout) as response:
            if response.status_code != 200:
                raise _Truncated(f"the server answered HTTP {response.status_code}")
            length = response.headers.get("Content-Length")
            total_size = int(length) if length and length.isdigit() else None
            data = b""
            for chunk in response.iter_bytes():
                data += chunk
                try:
                    return _parse_wav(data[: self.max_bytes], total_size)
                except _NeedMoreData:
                    if len(data) >= self.max_bytes:
                        raise ValueError(
                            f"not a WAV file whose header fits in {self.max_bytes} bytes"
                        ) from None
                if time.monotonic() > deadline:
                    raise _Truncated(f"the download took longer than {self.timeout} s")
        try:
            return _parse_wav(data, len(data))
        except _NeedMoreData:
            if not data:
                raise ValueError("an empty file") from None
            raise ValueError("a file that ends inside its WAV header") from None


class _Truncated(Exception):
    pass
