"""Run the app with uvicorn: one process, or several forked workers sharing one listening socket."""

from __future__ import annotations

import multiprocessing
import signal
import socket
from typing import Any

from .app import create_app
from .config import ServeConfig

UVICORN = {"access_log": False, "server_header": False, "log_level": "info"}


def serve(cfg: ServeConfig, host: str, port: int, workers: int = 1) -> None:
    """Serve until interrupted; with workers > 1 each worker has its own store connections, cache and index."""
    import uvicorn

    app = create_app(cfg)  # opens and migrates the store here, so a bad --db fails before any fork
    if workers <= 1:
        uvicorn.run(app, host=host, port=port, **UVICORN)  # type: ignore[arg-type]
        return
    app.state.pool.close()  # children open their own connections: none may cross a fork
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_worker, args=(cfg, host, port, sock), daemon=True) for _ in range(workers)]
    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        for p in procs:
            p.start()
        for p in procs:
            p.join()
    finally:
        signal.signal(signal.SIGTERM, previous)
        for p in procs:
            if p.is_alive():
                p.terminate()
            p.join(timeout=10)
        sock.close()


def _exit(*_: Any) -> None:
    raise SystemExit(0)


def _worker(cfg: ServeConfig, host: str, port: int, sock: socket.socket) -> None:
    import uvicorn

    config = uvicorn.Config(create_app(cfg), host=host, port=port, **UVICORN)  # type: ignore[arg-type]
    uvicorn.Server(config).run(sockets=[sock])
