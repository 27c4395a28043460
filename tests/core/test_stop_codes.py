"""Why a crawl stopped is a code, worded by the UI and CLI; nobody compares sentences."""

from __future__ import annotations

from pathlib import Path

from audit_app.core.crawl_job import STOP_CANCELLED, STOP_PAGE_LIMIT, run_crawl
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.core.sample_server import SampleServer
from crawlers.config import CrawlConfig


def test_page_limit_and_cancel_have_codes(tmp_path: Path) -> None:
    with SampleServer() as server:
        with Project.create(tmp_path / "limit.audit") as project:
            summary = run_crawl(
                project, CrawlConfig(start=[server.base_url], max_pages=3), Progress()
            )
        assert summary.status == "stopped"
        assert summary.stop_code == STOP_PAGE_LIMIT and not summary.cancelled

        progress = Progress()
        progress.cancel()
        with Project.create(tmp_path / "cancel.audit") as project:
            stopped = run_crawl(project, CrawlConfig(start=[server.base_url]), progress)
        assert stopped.stop_code == STOP_CANCELLED and stopped.cancelled

        with Project.create(tmp_path / "whole.audit") as project:
            whole = run_crawl(project, CrawlConfig(start=[server.base_url], max_pages=500), None)
        assert whole.status == "finished" and whole.stop_code is None
