"""Stand-ins for `concurrent.futures.ProcessPoolExecutor` (`generator.workers` makes one), for
the tests of what the generator does where worker processes fail it."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool


class NoProcesses:
    """A process pool where no process can start (a sandbox without them)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def submit(self, *args: object) -> object:
        raise OSError("no processes here")

    def shutdown(self, **kwargs: object) -> None:
        pass


class KilledWorker(NoProcesses):
    """A process pool whose worker dies on every piece of work (killed, out of memory)."""

    def submit(self, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_running_or_notify_cancel()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future
