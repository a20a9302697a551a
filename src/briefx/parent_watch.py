"""Worker processes that exit when the process that started them dies (issue 10).

A `kill -9` of `briefx batch` leaves its workers re-parented to init, each holding a
loaded pipeline. `exit_with_parent` runs in each worker (the process pool's
initializer, `Client.run` on a local Dask cluster): on Linux the kernel sends the
worker SIGKILL when its parent goes (``prctl(PR_SET_PDEATHSIG)``), and everywhere a
daemon thread checks ``os.getppid()`` twice a second and ends the process once the
parent is gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def _parent_death_signal() -> None:
    """Ask the Linux kernel to SIGKILL this process when its parent thread exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the watch thread alone does it
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch(parent: int, ppid: int, interval: float) -> None:
    while True:
        if os.getppid() != ppid or not _alive(parent):
            os._exit(1)  # the parent is gone: nothing will read this worker's results
        time.sleep(interval)


def exit_with_parent(parent: int, interval: float = POLL_SECONDS) -> None:
    """Make this process exit within `interval` seconds of process `parent` dying.

    Args:
        parent: the pid of the process that must outlive this one: its parent, or an
            ancestor (a worker started through a fork server watches the batch process).
        interval: seconds between two checks.
    """
    ppid = os.getppid()
    if not _alive(parent):
        os._exit(1)
    if ppid == parent:
        _parent_death_signal()
    threading.Thread(target=_watch, args=(parent, ppid, interval), name="briefx-parent-watch", daemon=True).start()
