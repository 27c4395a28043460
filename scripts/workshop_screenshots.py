"""Workshop mode as the room sees it, on a real X server with the WebEngine preview.

    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/workshop_screenshots.py --size 1920x1080
    xvfb-run -a -s "-screen 0 1280x720x24" python scripts/workshop_screenshots.py --size 1280x720

Builds the demo project (the sample intranet, crawled and scored) with a small new navigation,
opens workshop mode, then places the first page by keyboard as a facilitator would (xdotool:
N, type "verl", Enter) and grabs the whole screen (ImageMagick's import) before and after.
Writes docs/screenshots/workshop.png and workshop-place.png (1920) or workshop-1280.png.
As root, set QTWEBENGINE_DISABLE_SANDBOX=1.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

from audit_app.commands.demo import build_demo  # noqa: E402
from audit_app.core.navigation import create_node  # noqa: E402
from audit_app.core.project import Project  # noqa: E402
from audit_app.ui.app import create_application  # noqa: E402
from audit_app.ui.i18n import install_translators  # noqa: E402
from audit_app.ui.main_window import MainWindow  # noqa: E402
from audit_app.ui.settings import Preferences  # noqa: E402

TREE = {
    "Werk en inkomen": ["Verlof en ziekte", "Salaris en declaraties"],
    "Organisatie": ["Nieuws", "Wie is wie"],
    "ICT en werkplek": [],
}


def screen(path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(f"  {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    suffix = "" if width >= 1920 else f"-{width}"
    out = Path(args.out)
    tmp = Path(tempfile.mkdtemp(prefix="workshop-shots-"))
    path = build_demo(tmp / "demo.audit", quiet=True)
    with Project.open(path) as project, project.transaction() as conn:
        for top, children in TREE.items():
            parent = create_node(conn, top, who="Annelies de Vries")
            for child in children:
                create_node(conn, child, parent, who="Annelies de Vries")

    app = create_application(["workshop-screenshots"])
    install_translators(app, "nl")
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    prefs.user_name = "Annelies de Vries"
    window = MainWindow(prefs)
    window.resize(width, height)
    window.show()

    def keys(*args: str) -> None:
        subprocess.run(["xdotool", *args], check=True)

    def enter_workshop() -> None:
        window.workshop_mode.toggle()
        QTimer.singleShot(4000, before)

    def before() -> None:
        assert window.workshop is not None
        window.workshop.activateWindow()
        window.workshop.setFocus()
        keys("key", "n")
        QTimer.singleShot(1200, lambda: (keys("type", "--delay", "60", "verl"), picked()))

    def picked() -> None:
        if suffix:  # the picker once, at full HD, is enough for the docs
            QTimer.singleShot(800, placed)
        else:
            QTimer.singleShot(800, lambda: (screen(out / "workshop-place.png"), placed()))

    def placed() -> None:
        keys("key", "Return")
        QTimer.singleShot(1500, lambda: (screen(out / f"workshop{suffix}.png"), app.quit()))

    window.open_project(path, then=lambda: QTimer.singleShot(1500, enter_workshop))
    app.exec()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
