"""The program's version, from one place: ``version`` in pyproject.toml.

An installed copy (wheel, bundle, editable) reads it from its package metadata; a source
checkout that was never installed reads pyproject.toml itself, so there is no second number to
keep in step.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "content-audit"
_PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def version() -> str:
    if _PYPROJECT.is_file():
        # A source checkout: its own pyproject wins over the metadata of some other install.
        try:
            with _PYPROJECT.open("rb") as fh:
                data = tomllib.load(fh)
            if data.get("project", {}).get("name") == DISTRIBUTION:
                return str(data["project"]["version"])
        except (OSError, tomllib.TOMLDecodeError, KeyError):
            pass
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
