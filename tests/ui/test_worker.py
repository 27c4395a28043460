"""The background helper: results, failures, cancel and progress reach the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from audit_app.core.db import ProjectError
from audit_app.core.progress import Progress
from audit_app.ui.worker import BackgroundTask


def test_result_and_progress_arrive_on_gui_thread(qtbot: QtBot) -> None:
    seen_threads: list[threading.Thread] = []
    states: list[int] = []

    def job(progress: Progress) -> str:
        for i in range(5):
            progress.update(i + 1, 5, f"stap {i}", force=True)
        return threading.current_thread().name

    task = BackgroundTask(job)
    task.progressed.connect(
        lambda st: (states.append(st.done), seen_threads.append(threading.current_thread()))
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    qtbot.waitUntil(lambda: task.done)
    assert blocker.args[0] != threading.main_thread().name
    assert states == [1, 2, 3, 4, 5]
    assert all(t is threading.main_thread() for t in seen_threads)
    task.wait()


def test_failure_message_for_people(qtbot: QtBot) -> None:
    def job(_p: Progress) -> None:
        raise ProjectError("Het bestand is stuk.")

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["Het bestand is stuk."]
    task.wait()


def test_unexpected_error_is_reported_not_raised(qtbot: QtBot) -> None:
    task = BackgroundTask(lambda _p: 1 / 0)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert "ZeroDivisionError" in blocker.args[0]
    task.wait()


@pytest.mark.parametrize("pause_first", [False, True])
def test_cancel_stops_a_running_job(qtbot: QtBot, pause_first: bool) -> None:
    started = threading.Event()

    def job(progress: Progress) -> Any:
        started.set()
        n = 0
        while True:
            progress.check()
            n += 1
            progress.update(n)
            threading.Event().wait(0.001)

    task = BackgroundTask(job)
    task.start()
    assert started.wait(5)
    if pause_first:
        task.pause()
        assert task.paused
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    qtbot.waitUntil(lambda: not task.is_running())
    assert task.done
