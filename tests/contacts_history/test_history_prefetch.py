"""``history.fetch_all`` / ``iter_all`` request the next page while the current one is used.

Over real HTTP on 127.0.0.1, with both clients: every entry once and in order, errors of
a page requested ahead raised when that page is reached, nothing left running when a
walk is abandoned, and no request past the last page or beside ``pagination``.
"""

from __future__ import annotations

import asyncio
import contextvars
import gc
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import sipgateio
from sipgateio import Pagination
from tests._server import Recorded, RecordingServer, Reply
from tests.conftest import TOKEN, TOKEN_ID, EventLoopThread
from tests.contacts_history.conftest import history_item, serve_pages

AHEAD_THREAD = "sipgateio-ahead"
WALK_TAG: contextvars.ContextVar[str] = contextvars.ContextVar("walk_tag", default="none")


def offsets(server: RecordingServer) -> list[int]:
    """The ``offset`` of every ``GET /history`` the server answered, in order."""
    return [int(r.query["offset"][0]) for r in server.calls("GET", "/history")]


def paged(
    items: list[dict[str, Any]], special: Callable[[int], Reply | None] = lambda offset: None
) -> Callable[[Recorded], Reply]:
    """Answer the ``offset``/``limit`` slice of ``items``, or ``special(offset)`` if it has one."""

    def page(request: Recorded) -> Reply:
        offset = int(request.query["offset"][0])
        limit = int(request.query["limit"][0])
        reply = special(offset)
        if reply is not None:
            return reply
        return Reply(200, {"items": items[offset : offset + limit], "totalCount": len(items)})

    return page


def walk(
    client: Any,
    kind: str,
    loop_thread: EventLoopThread,
    *,
    take: int | None = None,
    close: bool = True,
) -> tuple[list[str], BaseException | None]:
    """Walk ``history.iter_all()`` as a caller would; stop after ``take`` entries if given.

    Returns the ids seen and the error that ended the walk, if any. ``close=False`` leaves
    the walk to the garbage collector (as a plain ``break`` does) instead of closing it.
    """
    if kind == "sync":
        ids: list[str] = []
        walking = client.history.iter_all()
        try:
            for entry in walking:
                ids.append(entry.id)
                if take is not None and len(ids) >= take:
                    break
        except sipgateio.SipgateIOError as error:
            return ids, error
        finally:
            if close:
                walking.close()
        return ids, None

    async def run() -> tuple[list[str], BaseException | None]:
        ids: list[str] = []
        entries = client.unwrapped.history.iter_all()
        try:
            async for entry in entries:
                ids.append(entry.id)
                if take is not None and len(ids) >= take:
                    break
        except sipgateio.SipgateIOError as error:
            return ids, error
        finally:
            if close:
                await entries.aclose()
        return ids, None

    result: tuple[list[str], BaseException | None] = loop_thread.run(run())
    return result


def pending_tasks(loop_thread: EventLoopThread) -> set[asyncio.Task[Any]]:
    """The tasks of the test loop other than the one asking, after letting it settle."""

    async def others() -> set[asyncio.Task[Any]]:
        gc.collect()
        for _ in range(10):
            await asyncio.sleep(0.01)
        return asyncio.all_tasks() - {asyncio.current_task()}  # type: ignore[operator]

    tasks: set[asyncio.Task[Any]] = loop_thread.run(others())
    return tasks


def ahead_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(AHEAD_THREAD)]


def own_threads() -> set[threading.Thread]:
    """The threads alive but the test server's (its handlers are daemon threads)."""
    return {t for t in threading.enumerate() if not t.daemon}


@pytest.mark.parametrize("total", [3500, 3000])
def test_every_entry_arrives_once_and_in_order_across_pages(
    client: Any, server: RecordingServer, client_kind: str, loop_thread: EventLoopThread, total: int
) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(total)])

    fetched = [entry.id for entry in client.history.fetch_all()]
    fetch_offsets = offsets(server)
    walked, error = walk(client, client_kind, loop_thread)

    expected = [str(i) for i in range(total)]
    assert fetched == expected
    assert walked == expected
    assert error is None
    pages = list(range(0, total, 1000))
    assert fetch_offsets == pages
    assert offsets(server) == pages + pages


def test_the_next_page_is_requested_before_the_current_one_is_used_up(
    client: Any, server: RecordingServer, client_kind: str, loop_thread: EventLoopThread
) -> None:
    items = [history_item(i) for i in range(2500)]
    second_page_asked = threading.Event()

    def note_second_page(offset: int) -> Reply | None:
        if offset == 1000:
            second_page_asked.set()
        return None

    server.on("GET", "/history", paged(items, note_second_page))

    if client_kind == "sync":
        entries = client.history.iter_all()
        first = next(entries)
        asked_while_on_page_one = second_page_asked.wait(5)
        rest = [entry.id for entry in entries]
    else:

        async def run() -> tuple[Any, bool, list[str]]:
            entries = client.unwrapped.history.iter_all()
            first = await anext(entries)
            asked = await asyncio.to_thread(second_page_asked.wait, 5)
            return first, asked, [entry.id async for entry in entries]

        first, asked_while_on_page_one, rest = loop_thread.run(run())

    assert first.id == "0"
    assert asked_while_on_page_one
    assert [first.id, *rest] == [str(i) for i in range(2500)]
    assert offsets(server) == [0, 1000, 2000]


@pytest.mark.parametrize("status", [500, 404])
def test_an_error_on_page_3_surfaces_after_pages_1_and_2_were_yielded(
    make_client: Any,
    server: RecordingServer,
    client_kind: str,
    loop_thread: EventLoopThread,
    status: int,
) -> None:
    client = make_client(base_url=server.base_url, max_retries=0)
    items = [history_item(i) for i in range(5000)]
    broken = Reply(status, {"message": "page 3 is broken"})
    server.on("GET", "/history", paged(items, lambda offset: broken if offset == 2000 else None))

    ids, error = walk(client, client_kind, loop_thread)

    assert ids == [str(i) for i in range(2000)]
    expected = sipgateio.ServerError if status == 500 else sipgateio.NotFoundError
    assert isinstance(error, expected)
    assert error.status_code == status
    assert offsets(server) == [0, 1000, 2000]  # nothing asked after the broken page
    with pytest.raises(expected):
        client.history.fetch_all()
    assert not ahead_threads()
    if client_kind == "async":
        assert not pending_tasks(loop_thread)


def test_an_error_on_the_page_after_an_abandoned_walk_goes_unreported(
    make_client: Any,
    server: RecordingServer,
    client_kind: str,
    loop_thread: EventLoopThread,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = make_client(base_url=server.base_url, max_retries=0)
    items = [history_item(i) for i in range(3000)]
    broken = Reply(500, {"message": "page 2 is broken"})
    server.on("GET", "/history", paged(items, lambda offset: broken if offset == 1000 else None))

    with caplog.at_level(logging.WARNING, logger="asyncio"):
        ids, error = walk(client, client_kind, loop_thread, take=10)
        leftover = pending_tasks(loop_thread) if client_kind == "async" else set()

    assert (ids, error) == ([str(i) for i in range(10)], None)
    assert offsets(server) == [0, 1000]
    assert not leftover
    assert not ahead_threads()
    assert not [r for r in caplog.records if r.name == "asyncio"]


@pytest.mark.parametrize("close", [True, False], ids=["closed", "left-to-gc"])
def test_breaking_out_early_sends_at_most_one_more_page_and_leaves_nothing_running(
    client: Any,
    server: RecordingServer,
    client_kind: str,
    loop_thread: EventLoopThread,
    caplog: pytest.LogCaptureFixture,
    close: bool,
) -> None:
    items = [history_item(i) for i in range(10_000)]
    events: list[str] = []
    release = threading.Event()

    def held_back(offset: int) -> Reply | None:
        if offset != 1000:
            return None
        events.append("page 2 asked")
        release.wait(5)  # bounded: a walk that waits for this answer shows in ``events``
        events.append("page 2 answered")
        return Reply(200, {"items": items[1000:2000], "totalCount": len(items)})

    server.on("GET", "/history", paged(items, held_back))
    threads_before = own_threads()
    # Closing an async walk cancels the page asked for ahead; the other walks wait for it
    # (a thread cannot be stopped; a walk left to the garbage collector is not waited on).
    cancels = client_kind == "async" and close
    if not cancels:
        release.set()

    with caplog.at_level(logging.WARNING, logger="asyncio"):
        ids, error = walk(client, client_kind, loop_thread, take=5, close=close)
        events.append("walk ended")
        release.set()
        answered = wait_for(lambda: "page 2 answered" in events)
        leftover = pending_tasks(loop_thread) if client_kind == "async" else set()

    assert (ids, error) == (["0", "1", "2", "3", "4"], None)
    assert answered
    if cancels:
        # The page asked for ahead may reach the server before or after the walk ends; it is
        # answered only after (the walk did not wait for it).
        assert "page 2 asked" in events
        assert events.index("walk ended") < events.index("page 2 answered")
    assert not leftover  # no prefetch task left behind ("Task was destroyed" would follow)
    assert not ahead_threads()
    assert own_threads() == threads_before
    assert not [r for r in caplog.records if r.name == "asyncio"]
    time.sleep(0.2)  # after the held-back answer: a walk still going would ask again now
    assert offsets(server) == [0, 1000]  # the first page and the one asked for ahead


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll ``condition`` until it holds or ``seconds`` have passed; return whether it held."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.mark.parametrize(
    ("total", "send_total", "expected"),
    [
        (0, True, [0]),
        (999, True, [0]),
        (1000, True, [0]),
        (2000, True, [0, 1000]),
        (2001, True, [0, 1000, 2000]),
        (1500, False, [0, 1000]),
        (1000, False, [0, 1000]),  # a full page without totalCount: only asking tells
    ],
)
def test_no_page_is_requested_past_the_last_one(
    client: Any,
    server: RecordingServer,
    client_kind: str,
    loop_thread: EventLoopThread,
    total: int,
    send_total: bool,
    expected: list[int],
) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(total)], total=send_total)

    assert len(client.history.fetch_all()) == total
    assert offsets(server) == expected
    server.requests.clear()
    ids, error = walk(client, client_kind, loop_thread)
    assert (len(ids), error) == (total, None)
    assert offsets(server) == expected
    assert not ahead_threads()


def test_the_sync_client_asks_every_page_ahead_from_one_thread_that_ends_with_the_walk(
    server: RecordingServer,
) -> None:
    # A thread per page would show in thread-aware tooling (tracing, thread-local state in
    # httpx hooks) as a new thread for every page.
    serve_pages(server, "/history", [history_item(i) for i in range(4000)])
    askers: list[tuple[str, threading.Thread]] = []

    def note_thread(request: httpx.Request) -> None:
        askers.append((request.url.params["offset"], threading.current_thread()))

    http = httpx.Client(event_hooks={"request": [note_thread]})
    client = sipgateio.SipgateIO(
        token_id=TOKEN_ID, token=TOKEN, base_url=server.base_url, http_client=http
    )
    try:
        walked = sum(1 for _ in client.history.iter_all())
    finally:
        client.close()
        http.close()

    assert walked == 4000
    assert [offset for offset, _ in askers] == ["0", "1000", "2000", "3000"]
    assert askers[0][1] is threading.current_thread()
    ahead = {id(thread): thread for offset, thread in askers if offset != "0"}
    assert len(ahead) == 1
    (worker,) = ahead.values()
    assert worker.name.startswith(AHEAD_THREAD)
    assert not worker.is_alive()


def test_a_server_that_sends_short_pages_is_read_ahead_at_the_right_offsets(
    client: Any, server: RecordingServer
) -> None:
    items = [history_item(i) for i in range(1200)]

    def clamped(request: Recorded) -> Reply:
        offset = int(request.query["offset"][0])
        return Reply(200, {"items": items[offset : offset + 300], "totalCount": len(items)})

    server.on("GET", "/history", clamped)

    assert [e.id for e in client.history.fetch_all()] == [str(i) for i in range(1200)]
    assert offsets(server) == [0, 300, 600, 900]


def test_pagination_fetches_that_page_alone(
    client: Any, server: RecordingServer, client_kind: str, loop_thread: EventLoopThread
) -> None:
    serve_pages(server, "/history", [history_item(i) for i in range(5000)])

    entries = client.history.fetch_all(pagination=Pagination(offset=1000, limit=1000))

    assert [e.id for e in entries] == [str(i) for i in range(1000, 2000)]
    time.sleep(0.2)  # a request sent ahead would have arrived by now
    assert [(r.query["offset"], r.query["limit"]) for r in server.requests] == [
        (["1000"], ["1000"])
    ]
    assert not ahead_threads()
    if client_kind == "async":
        assert not pending_tasks(loop_thread)


def test_a_page_requested_ahead_sees_the_callers_context_variables(
    make_client: Any, server: RecordingServer, client_kind: str, loop_thread: EventLoopThread
) -> None:
    # Tracing libraries hook into httpx and find the current span in a context variable; a
    # page requested ahead (on a thread, or as a task) must carry the caller's.
    serve_pages(server, "/history", [history_item(i) for i in range(2500)])
    seen: list[str] = []

    def tag(request: httpx.Request) -> None:
        seen.append(WALK_TAG.get())

    async def async_tag(request: httpx.Request) -> None:
        tag(request)

    if client_kind == "sync":
        client = make_client(
            base_url=server.base_url, http_client=httpx.Client(event_hooks={"request": [tag]})
        )
        WALK_TAG.set("walk")
        try:
            assert len(client.history.fetch_all()) == 2500
        finally:
            WALK_TAG.set("none")
    else:
        hooks = {"request": [async_tag]}
        client = make_client(
            base_url=server.base_url, http_client=httpx.AsyncClient(event_hooks=hooks)
        )

        async def run() -> int:
            WALK_TAG.set("walk")
            return len(await client.unwrapped.history.fetch_all())

        assert loop_thread.run(run()) == 2500

    assert seen == ["walk", "walk", "walk"]


def test_the_next_page_travels_while_the_caller_works_on_the_current_one(
    client: Any, server: RecordingServer, client_kind: str, loop_thread: EventLoopThread
) -> None:
    # The caller works on each page until the server has been asked for the next one, and
    # blocks meanwhile (as busy code does: no event loop turn, no I/O of its own). Only a
    # request sent before the page was handed over can arrive then; a request sent after
    # the caller has finished arrives too late, and the order of events shows it.
    items = [history_item(i) for i in range(3000)]
    events: list[str] = []
    asked = {offset: threading.Event() for offset in (1000, 2000)}

    def note_request(offset: int) -> Reply | None:
        events.append(f"asked {offset}")
        if offset in asked:
            asked[offset].set()
        return None

    server.on("GET", "/history", paged(items, note_request))

    def work(entry_id: str) -> None:
        offset = int(entry_id)
        if offset % 1000 == 0 and offset + 1000 in asked:
            asked[offset + 1000].wait(5)  # bounded: a missing request shows in ``events``
            events.append(f"used {offset}")

    if client_kind == "sync":
        ids = []
        for entry in client.history.iter_all():
            work(entry.id)
            ids.append(entry.id)
    else:

        async def run() -> list[str]:
            ids = []
            async for entry in client.unwrapped.history.iter_all():
                work(entry.id)
                ids.append(entry.id)
            return ids

        ids = loop_thread.run(run())

    assert ids == [str(i) for i in range(3000)]
    assert events == ["asked 0", "asked 1000", "used 0", "asked 2000", "used 1000"]
