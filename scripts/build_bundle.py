"""Build the one-folder bundle with PyInstaller, and optionally smoke-test it.

    python scripts/build_bundle.py [--smoke-test] [--keep-build]

Run it with the Python of a virtual environment made from packaging/requirements-bundle.txt
(docs/install.md has the steps for Linux, Windows and macOS). The bundle lands in
dist/content-audit/ (and dist/Content audit.app on macOS). The smoke test runs the built program
the way a user's machine would: it prints its version, crawls and scores the demo intranet
without a window, and opens its window offscreen on the demo project and closes it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "content-audit.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"
BUNDLE = DIST / "content-audit"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(keep: bool) -> float:
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(cmd, cwd=ROOT, check=True)
    if not keep:
        shutil.rmtree(WORK, ignore_errors=True)
    return time.monotonic() - started


def program(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if sys.platform == "win32" else name)


def run(
    args: list[str], env: dict[str, str], timeout: float, lines: int = 40
) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(args), flush=True)
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout)
    print("\n".join(result.stdout.rstrip().splitlines()[:lines]))
    if result.returncode != 0:
        print(result.stderr.rstrip(), file=sys.stderr)
        raise SystemExit(f"smoke test failed: exit code {result.returncode}")
    return result


def smoke_test() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="content-audit-smoke-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CONTENT_AUDIT_SETTINGS": str(Path(tmp) / "settings.ini"),
            "CONTENT_AUDIT_DATA": str(Path(tmp) / "data"),
            "CONTENT_AUDIT_USER": "Rooktest",
            "PYTHONPATH": "",  # the bundle must not lean on a checkout or an installed copy
        }
        cli = str(program("content-audit-cli"))
        out = run([cli, "--version"], env, 60).stdout.strip()
        if out != f"content-audit {version}":
            raise SystemExit(f"smoke test failed: --version printed {out!r}")
        demo = Path(tmp) / "demo.audit"
        out = run([cli, "demo", "--no-gui", "--project", str(demo)], env, 600).stdout
        if "Klaar:" not in out or "Gescoord" not in out:
            raise SystemExit("smoke test failed: the demo did not crawl and score")
        out = run(
            [str(program("content-audit")), "gui", "--smoke-test", str(demo)], env, 180
        ).stdout
        if "pagina's in de tabel: 0" in out or "Qt WebEngine: aanwezig" not in out:
            raise SystemExit("smoke test failed: the window did not show the demo project")
        shown = run([cli, "inventory", str(demo), "--format", "csv"], env, 120, lines=1).stdout
        if not shown.lstrip("\ufeff").startswith("url"):
            raise SystemExit("smoke test failed: inventory printed no CSV")
        entry = run([cli, "desktop-entry", "--print"], env, 60).stdout
        if "MimeType=application/x-content-audit;" not in entry or not list(
            BUNDLE.rglob("content-audit-mime.xml")
        ):
            raise SystemExit("smoke test failed: the .audit file type is not in the bundle")
    print("smoke test passed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke-test", action="store_true", help="run the built bundle")
    parser.add_argument("--keep-build", action="store_true", help="keep build/bundle")
    parser.add_argument("--no-build", action="store_true", help="only smoke-test dist/")
    args = parser.parse_args()
    if not args.no_build:
        seconds = build(args.keep_build)
        print(f"built {BUNDLE} in {seconds:.0f} s: {folder_size(BUNDLE) / 1e6:.0f} MB")
    if args.smoke_test:
        smoke_test()
    return 0


if __name__ == "__main__":
    sys.exit(main())
