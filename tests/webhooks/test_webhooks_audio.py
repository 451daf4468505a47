"""Announcements are checked to be mono 16-bit PCM WAV at 8 kHz: downloaded with a timeout
and a size cap, cached per URL, and skippable."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable

import pytest
from sipgateio_webhooks import (
    AudioCheck,
    AudioDownloadError,
    ResponseBuilder,
    Webhooks,
    read_wav_header,
    testing,
)
from webhook_support import FileServer, make_wav

from sipgateio import ValidationError


@pytest.fixture
def builder() -> ResponseBuilder:
    return ResponseBuilder(audio_check=AudioCheck(timeout=2.0))


def serve_file(files: FileServer, name: str, content: bytes) -> str:
    files.files["/" + name] = content
    return files.url("/" + name)


def test_a_playable_wav_is_played_and_its_duration_known(
    builder: ResponseBuilder, files: FileServer
) -> None:
    url = serve_file(files, "hello.wav", make_wav(seconds=1.5))
    play = builder.play_audio(url)
    assert play.url == url
    assert play.audio is not None
    assert play.audio.duration == pytest.approx(1.5)
    assert play.audio.describe() == "WAVE PCM, 16-bit, 8000 Hz, mono, 1.50 s"


@pytest.mark.parametrize(
    ("wav", "found"),
    [
        (make_wav(sample_rate=44100), "44100 Hz"),
        (make_wav(channels=2), "stereo"),
        (make_wav(sample_width=1), "8-bit"),
        (make_wav(sample_width=4, format_tag=3), "IEEE float"),
        (make_wav(format_tag=0xFFFE), "extensible"),
        (b"ID3\x03\x00\x00\x00" + b"\x00" * 200, "not a RIFF/WAVE file"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "ends inside its WAV header"),
        (b"", "an empty file"),
    ],
    ids=["44k", "stereo", "8bit", "float", "extensible", "mp3", "truncated", "empty"],
)
def test_an_unplayable_file_is_a_validation_error_saying_what_was_found(
    builder: ResponseBuilder, files: FileServer, wav: bytes, found: str
) -> None:
    url = serve_file(files, "bad.wav", wav)
    with pytest.raises(ValidationError) as caught:
        builder.play_audio(url)
    assert caught.value.argument == "announcement"
    assert "mono 16-bit PCM WAV at 8000 Hz" in str(caught.value)
    assert found in str(caught.value)


def test_gather_dtmf_checks_its_announcement(builder: ResponseBuilder, files: FileServer) -> None:
    url = serve_file(files, "menu.wav", make_wav(sample_rate=16000))
    with pytest.raises(ValidationError, match="16000 Hz"):
        builder.gather_dtmf(1, 2000, announcement=url)


def test_each_url_is_downloaded_once_then_served_from_the_cache(
    builder: ResponseBuilder, files: FileServer
) -> None:
    good = serve_file(files, "good.wav", make_wav())
    bad = serve_file(files, "bad.wav", make_wav(channels=2))
    for _ in range(3):
        builder.play_audio(good)
        with pytest.raises(ValidationError):
            builder.play_audio(bad)
    assert files.hits == {"/good.wav": 1, "/bad.wav": 1}


def test_a_failed_download_is_not_cached_and_says_so(
    builder: ResponseBuilder, files: FileServer
) -> None:
    url = files.url("/missing.wav")
    for _ in range(2):
        with pytest.raises(AudioDownloadError, match="HTTP 404"):
            builder.play_audio(url)
    assert files.hits["/missing.wav"] == 2
    files.files["/missing.wav"] = make_wav()
    assert builder.play_audio(url).audio is not None


def test_a_slow_download_gives_up_after_the_timeout(files: FileServer) -> None:
    builder = ResponseBuilder(audio_check=AudioCheck(timeout=0.2))
    files.stall = 1.0
    url = serve_file(files, "slow.wav", make_wav())
    started = time.monotonic()
    with pytest.raises(AudioDownloadError) as caught:
        builder.play_audio(url)
    assert time.monotonic() - started < 0.9
    assert isinstance(caught.value, ValidationError)


def test_a_header_beyond_the_size_cap_is_refused(files: FileServer) -> None:
    builder = ResponseBuilder(audio_check=AudioCheck(max_bytes=16 * 1024))
    wav = make_wav()
    padding = b"\x00" * (64 * 1024)
    padded = (
        b"RIFF"
        + struct.pack("<I", len(wav) + len(padding) + 4)
        + b"WAVE"
        + b"LIST"
        + struct.pack("<I", len(padding))
        + padding
        + wav[12:]
    )
    url = serve_file(files, "padded.wav", padded)
    with pytest.raises(ValidationError, match="header fits in 16384 bytes"):
        builder.play_audio(url)
    # with room for the padding the same file is fine
    assert ResponseBuilder().play_audio(url).audio is not None


def test_a_streaming_wav_takes_its_duration_from_the_file_size(
    builder: ResponseBuilder, files: FileServer
) -> None:
    wav = make_wav(seconds=0.5)
    streaming = wav[:40] + struct.pack("<I", 0xFFFFFFFF) + wav[44:]
    play = builder.play_audio(serve_file(files, "stream.wav", streaming))
    assert play.audio is not None
    assert play.audio.duration == pytest.approx(0.5)


def test_checking_can_be_switched_off_for_a_builder_or_a_call(files: FileServer) -> None:
    url = serve_file(files, "unchecked.wav", make_wav(sample_rate=44100))
    assert ResponseBuilder(check_audio=False).play_audio(url).audio is None
    assert ResponseBuilder().play_audio(url, check_audio=False).audio is None
    assert ResponseBuilder().gather_dtmf(1, 2000, url, check_audio=False).announcement is not None
    assert files.hits == {}


def test_a_cache_ttl_of_zero_checks_every_time(files: FileServer) -> None:
    builder = ResponseBuilder(audio_check=AudioCheck(cache_ttl=0))
    url = serve_file(files, "fresh.wav", make_wav())
    builder.play_audio(url)
    builder.play_audio(url)
    assert files.hits["/fresh.wav"] == 2


def test_clearing_the_cache_downloads_again(builder: ResponseBuilder, files: FileServer) -> None:
    url = serve_file(files, "again.wav", make_wav())
    builder.check_audio(url)
    builder.audio_check.clear()
    builder.check_audio(url)
    assert files.hits["/again.wav"] == 2


def test_a_handler_with_an_unplayable_announcement_gets_500(
    make_webhooks: Callable[..., Webhooks],
    serve: Callable[[Webhooks], str],
    files: FileServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = serve_file(files, "cd.wav", make_wav(sample_rate=44100))
    builder = ResponseBuilder()
    webhooks = make_webhooks()
    webhooks.on_new_call(lambda event: builder.play_audio(url))
    reply = testing.post_event(serve(webhooks), testing.new_call())
    assert reply.status_code == 500
    assert "44100 Hz" in caplog.text


def test_a_handler_with_a_playable_announcement_replies_with_play(
    make_webhooks: Callable[..., Webhooks], serve: Callable[[Webhooks], str], files: FileServer
) -> None:
    url = serve_file(files, "ok.wav", make_wav())
    builder = ResponseBuilder()
    webhooks = make_webhooks()
    webhooks.on_new_call(lambda event: builder.play_audio(url))
    reply = testing.post_event(serve(webhooks), testing.new_call())
    assert reply.root is not None
    assert reply.root.find("Play/Url").text == url  # type: ignore[union-attr]


def test_read_wav_header_reads_a_file_in_memory() -> None:
    info = read_wav_header(make_wav(seconds=2))
    assert (info.codec, info.sample_rate, info.channels, info.duration) == ("PCM", 8000, 1, 2.0)
    assert info.playable


def test_read_wav_header_refuses_a_truncated_header() -> None:
    with pytest.raises(ValueError, match="ends before"):
        read_wav_header(make_wav()[:30])
