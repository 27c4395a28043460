"""The one task manager: one piece of project work at a time per project, queries beside it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from audit_app.core.progress import Progress
from audit_app.ui.taskman import ManagedTask, TaskManager


def test_second_project_work_is_refused_while_queries_run_beside(qtbot: QtBot) -> None:
    manager = TaskManager()
    gate = threading.Event()
    project = object()
    other_project = object()
    refused: list[str] = []
    manager.refused.connect(lambda _project, title: refused.append(title))
    results: list[object] = []

    def slow(progress: Progress) -> str:
        gate.wait(10)
        progress.check()
        return "klaar"

    first = manager.run_project_work(project, "export", "Exporteren", slow, on_done=results.append)
    assert isinstance(first, ManagedTask)
    assert manager.busy(project) and not manager.busy(other_project)
    assert manager.run_project_work(project, "packs", "Pakketten", slow) is None
    assert refused == ["Pakketten"]
    query = manager.run_beside("page-ids", lambda _p: [1, 2, 3], on_done=results.append)
    qtbot.waitUntil(lambda: query.done)
    assert results == [[1, 2, 3]]  # the query did not wait for the export
    beside = manager.run_project_work(other_project, "export", "Ander project", lambda _p: 7)
    assert beside is not None
    gate.set()
    qtbot.waitUntil(lambda: first.done and beside.done)
    assert results == [[1, 2, 3], "klaar"]
    assert not manager.busy(project)
    assert manager.run_project_work(project, "packs", "Pakketten", lambda _p: 1) is not None
    manager.wait_all()
    qtbot.waitUntil(lambda: not manager._running)


def test_outcome_is_announced_before_the_callback(qtbot: QtBot) -> None:
    manager = TaskManager()
    project = object()
    order: list[str] = []
    manager.ended.connect(lambda m: order.append(f"ended:{m.stage}:{m.outcome}"))

    def fail(_p: Progress) -> None:
        raise OSError("schijf vol")

    manager.run_project_work(
        project, "crawl", "Crawlen", lambda _p: 1, on_done=lambda r: order.append(f"done:{r}")
    )
    qtbot.waitUntil(lambda: len(order) == 2)
    manager.run_project_work(
        project, "score", "Beoordelen", fail, on_failed=lambda m: order.append(f"failed:{m}")
    )
    qtbot.waitUntil(lambda: len(order) == 4)
    assert order == ["ended:crawl:done", "done:1", "ended:score:failed", "failed:schijf vol"]


def test_callbacks_skipped_when_the_receiver_is_gone(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    manager = TaskManager()
    receiver = QObject()
    gate = threading.Event()
    got: list[object] = []
    task = manager.run_beside("q", lambda _p: gate.wait(10), on_done=got.append, receiver=receiver)
    receiver.deleteLater()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: task.done)
    assert got == []
