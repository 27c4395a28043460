"""What a user can choose when exporting; shared by the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from exporters.labels import Lang

ExportFormat = Literal["xlsx", "csv", "nginx", "apache", "iis", "redirects-csv"]
FORMATS: tuple[ExportFormat, ...] = ("xlsx", "csv", "nginx", "apache", "iis", "redirects-csv")
# The new intranet's address, remembered in the project once given (export --base-url).
BASE_URL_SETTING = "new_site_base_url"
REDIRECT_FORMATS: tuple[ExportFormat, ...] = ("nginx", "apache", "iis", "redirects-csv")


@dataclass(frozen=True)
class ExportOptions:
    lang: Lang = "nl"
    # Where the new intranet lives; redirects point at base_url + the slugified navigation path.
    base_url: str = "/"
    per_reviewer: bool = False
    semicolon: bool = False
