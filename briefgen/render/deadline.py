"""Stop a pack that renders for longer than the render_seconds limit.

A hostile template or stylesheet can make the PDF engine lay out for hours.
In the main thread (the command line, a batch worker) a timer signal stops
it; in another thread (the app's render thread) a watchdog raises the same
exception in that thread, between two Python steps. Either way the caller
gets a RenderError sentence and the process goes on. (A batch worker stuck
inside C code past the limit is killed and replaced by the batch.)
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading

from briefgen.content.limits import how_to_raise
from briefgen.errors import RenderError


class _Expired(BaseException):
    """Raised inside the render. A BaseException, so that no `except Exception`
    in the PDF engine swallows it; turned into a RenderError at the boundary."""


@contextlib.contextmanager
def time_limit(seconds: float):
    if seconds <= 0:
        yield
        return
    state = {"active": True}
    lock = threading.Lock()
    in_main = threading.current_thread() is threading.main_thread()
    previous = None
    timer = None
    if in_main and hasattr(signal, "setitimer"):

        def expire(_signum, _frame):
            if state["active"]:
                raise _Expired

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    else:
        target = threading.get_ident()

        def expire_thread():
            with lock:
                if state["active"]:
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(
                        ctypes.c_ulong(target), ctypes.py_object(_Expired)
                    )

        timer = threading.Timer(seconds, expire_thread)
        timer.daemon = True
        timer.start()
    try:
        yield
    except _Expired:
        raise RenderError(
            f"the pack took longer than {seconds:g} seconds to make and was stopped "
            + how_to_raise("render_seconds")
        ) from None
    finally:
        with lock:
            state["active"] = False
        if timer is not None:
            timer.cancel()
        if previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
