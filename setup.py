"""One build step pyproject.toml cannot declare: ship the user guide inside the package.

The guide is docs/*.md (and its screenshots) in the repository; an installed program has no
repository, so the wheel carries a copy as ``resources/help``, which Help > User guide reads.
Everything else about the build lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DOCS = Path(__file__).resolve().parent / "docs"


def copy_guide(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for page in DOCS.glob("*.md"):
        shutil.copy2(page, target / page.name)
    pictures = DOCS / "screenshots"
    if pictures.is_dir():
        (target / "screenshots").mkdir(exist_ok=True)
        for picture in pictures.glob("*.png"):
            shutil.copy2(picture, target / "screenshots" / picture.name)


class BuildWithGuide(build_py):
    def run(self) -> None:
        super().run()
        if DOCS.is_dir() and not self.editable_mode:
            copy_guide(Path(self.build_lib) / "resources" / "help")


setup(cmdclass={"build_py": BuildWithGuide})
