"""A small TCP proxy the tests control, to break the network under a client (standard library only).

It listens on ``127.0.0.1`` (a free port) and forwards every connection to one target, one thread
per direction. The test decides when the line breaks::

    with TcpProxy(host, port) as proxy:
        engine = make_engine(url.set(host="127.0.0.1", port=proxy.port))
        proxy.cut()                 # every open connection dropped at once (both sockets shut down)
        proxy.refuse()              # new connections refused: nothing listens on the port any more
        proxy.refuse(reset=True)    # ... or accepted and dropped at once (a server that vanishes)
        proxy.cut_after(300)        # the next 300 bytes sent upstream go through, then everything drops
        proxy.cut_when(lambda chunk: b"COMMIT" in chunk, deliver=True)
                                    # that chunk reaches the server, its answer never comes back
        proxy.restore()             # listen and forward again (the same port)

A cut closes the client's socket and the server's alike: both ends see the line drop (FIN), as
when a router or a VPN gives up, so the server ends its session (rolling back an open transaction,
releasing session locks) and the client gets an error on its next read or write.
"""

from __future__ import annotations

import select
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass

Predicate = Callable[[bytes], bool]


def _close(sock: socket.socket, *, reset: bool = False) -> None:
    try:
        if reset:  # SO_LINGER 0: close() sends a RST instead of a FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)  # also wakes the pump blocked in recv()
    except OSError:
        pass
    sock.close()


class _Link:
    """One proxied connection: the client's socket and the server's."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.muted = False  # the server's answers are dropped (``cut_when(..., deliver=True)``)
        self.answered = threading.Event()  # the server answered while muted

    def close(self) -> None:
        _close(self.client)
        _close(self.upstream)


@dataclass
class _Trigger:
    budget: int | None = None  # bytes still allowed upstream
    predicate: Predicate | None = None
    deliver: bool = False  # the chunk that matched reaches the server (its answer is lost)
    then_refuse: bool = False


class TcpProxy:
    """A controllable TCP proxy to ``target_host:target_port`` (a context manager)."""

    def __init__(self, target_host: str, target_port: int, *, host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.accepted = 0  # connections forwarded so far
        self.refused = 0  # connections dropped by ``refuse(reset=True)``
        self.cuts = 0  # times the line was cut (by hand or by a trigger)
        self.upstream_bytes = 0  # bytes forwarded to the server so far
        self._lock = threading.RLock()
        self._links: set[_Link] = set()
        self._listener: socket.socket | None = None
        self._reset_new = False
        self._trigger: _Trigger | None = None
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    # --- life ----------------------------------------------------------------------------------

    def start(self) -> TcpProxy:
        self._listen()
        self._spawn(self._accept_loop, "tcp-proxy-accept")
        return self

    def close(self) -> None:
        self._stopping.set()
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- what the test controls ------------------------------------------------------------------

    def cut(self) -> int:
        """Drop every open connection at once; returns how many there were."""
        with self._lock:
            links, self._links = list(self._links), set()
            self.cuts += 1
        for link in links:
            link.close()
        return len(links)

    def refuse(self, *, reset: bool = False) -> None:
        """Refuse new connections (open ones are left alone: ``cut()`` them too if need be).

        By default nothing listens any more (``Connection refused``); with ``reset=True`` the
        proxy accepts and drops them at once (a server that vanishes during the handshake)."""
        with self._lock:
            if reset:
                self._reset_new = True
                return
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def cut_after(self, nbytes: int, *, then_refuse: bool = False) -> None:
        """Let ``nbytes`` more bytes go upstream (counted over every connection), then cut."""
        if nbytes < 0:
            raise ValueError("nbytes must be positive")
        with self._lock:
            self._trigger = _Trigger(budget=nbytes, then_refuse=then_refuse)

    def cut_when(self, predicate: Predicate, *, deliver: bool = False, then_refuse: bool = False) -> None:
        """Cut as soon as a chunk sent upstream makes ``predicate(chunk)`` true.

        ``deliver=False``: that chunk never reaches the server. ``deliver=True``: it does, the
        server's answer is swallowed, and the client's side is cut at once (the client cannot know
        whether the server did it: a COMMIT whose answer is lost)."""
        with self._lock:
            self._trigger = _Trigger(predicate=predicate, deliver=deliver, then_refuse=then_refuse)

    def disarm(self) -> None:
        with self._lock:
            self._trigger = None

    def restore(self) -> None:
        """Accept and forward new connections again, on the same port; no cut armed."""
        with self._lock:
            self._trigger = None
            self._reset_new = False
            if self._listener is None:
                self._listen()

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._links)

    # --- inside ----------------------------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                listener = self._listener
            if listener is None:
                self._stopping.wait(0.02)
                continue
            try:
                ready, _, _ = select.select([listener], [], [], 0.05)
                if not ready:
                    continue
                client, _ = listener.accept()
            except (OSError, ValueError):  # closed by refuse() or close() meanwhile
                continue
            self._open(client)

    def _open(self, client: socket.socket) -> None:
        with self._lock:
            reset = self._reset_new
        if reset:
            self.refused += 1
            _close(client, reset=True)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
            upstream.settimeout(None)
        except OSError:
            _close(client, reset=True)
            return
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link = _Link(client, upstream)
        with self._lock:
            self._links.add(link)
            self.accepted += 1
        self._spawn(self._pump_up, "tcp-proxy-up", link)
        self._spawn(self._pump_down, "tcp-proxy-down", link)

    def _forget(self, link: _Link) -> None:
        with self._lock:
            self._links.discard(link)
        link.close()

    def _pump_up(self, link: _Link) -> None:
        """Client to server, where the triggers are checked."""
        try:
            while data := link.client.recv(65536):
                send, fired = self._check(data)
                if fired is not None and fired.deliver:
                    self._cut_delivering(link, data, fired)
                    return
                if send:
                    link.upstream.sendall(send)
                    with self._lock:
                        self.upstream_bytes += len(send)
                if fired is not None:
                    self._fire(fired)
                    return
        except OSError:
            pass
        self._forget(link)

    def _pump_down(self, link: _Link) -> None:
        """Server to client (dropped while the link is muted)."""
        try:
            while data := link.upstream.recv(65536):
                if link.muted:
                    link.answered.set()
                    continue
                link.client.sendall(data)
        except OSError:
            pass
        link.answered.set()
        if not link.muted:
            self._forget(link)

    def _check(self, data: bytes) -> tuple[bytes, _Trigger | None]:
        """What to forward of ``data``, and the trigger it fired (then the line drops)."""
        with self._lock:
            trigger = self._trigger
            if trigger is None:
                return data, None
            if trigger.budget is not None:
                if len(data) < trigger.budget:
                    trigger.budget -= len(data)
                    return data, None
                self._trigger = None
                return data[:trigger.budget], trigger
            assert trigger.predicate is not None
            if not trigger.predicate(data):
                return data, None
            self._trigger = None
            return (data if trigger.deliver else b""), trigger

    def _fire(self, trigger: _Trigger) -> None:
        if trigger.then_refuse:
            self.refuse()
        self.cut()

    def _cut_delivering(self, link: _Link, data: bytes, trigger: _Trigger) -> None:
        """The chunk reaches the server; the client is cut before any answer; the server's side
        is closed once it has answered (it did the work, nobody hears of it)."""
        link.muted = True
        with self._lock:
            self._links.discard(link)
        try:
            link.upstream.sendall(data)
            with self._lock:
                self.upstream_bytes += len(data)
        except OSError:
            pass
        _close(link.client)
        self._fire(trigger)
        link.answered.wait(timeout=5)
        _close(link.upstream)
