"""Import problems (review packs, new addresses, navigation trees, the word list) and refused
changes carry codes; the app words them in the user's language, the CLI keeps its Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from audit_app.core import reviewers
from audit_app.core.changes import ChangeError, FieldChange, apply_changes
from audit_app.core.nav_import import NavImportError, read_tree_file
from audit_app.core.own_words import WordListError, parse_csv
from audit_app.core.project import Project
from audit_app.ui import worker
from audit_app.ui.error_words import user_message
from audit_app.ui.import_words import issue_text, problem_text
from audit_app.ui.navigation_panel import NavigationPanel
from exporters import import_words
from exporters.new_urls import NewUrlsError, read_new_urls
from exporters.review_import import read_packs
from exporters.review_packs import PackError, PackInfo, export_review_packs
from tests.exporters.helpers import Sample, build_sample
from tests.exporters.test_review_import import edit_pack

FACTS = {"value": "x", "id": 7, "first": 2, "name": "f.csv", "other": "b.xlsx", "count": 3,
         "formula": "SUM(A1)", "project": "Oud", "detail": "kapot", "group": "status",
         "names": ["Niemand"], "known": ["Anja"], "choices": "a, b"}  # fmt: skip


@pytest.fixture
def packs(project: Project, tmp_path: Path) -> tuple[Sample, dict[str, PackInfo]]:
    sample = build_sample(project)
    made = export_review_packs(project, tmp_path / "packs")
    return sample, {p.reviewer.split()[0].lower(): p for p in made}


def _bad_pack(project: Project, packs: tuple[Sample, dict[str, PackInfo]]) -> list[str]:
    sample, by_name = packs
    edit_pack(by_name["anja"].path, {sample.pages["reglement"]: {"Besluit": "misschien"}})
    plan = read_packs(project, [by_name["anja"].path])
    assert [e.code for e in plan.errors] == ["bad-decision"]
    return [issue_text(e) for e in plan.errors]


def test_the_choices_offered_are_words_a_pack_accepts(request: pytest.FixtureRequest) -> None:
    english = problem_text("bad-status", {"value": "klaar"})
    assert english == "invalid status 'klaar'. Choose to do, reviewed or discuss."
    request.getfixturevalue("dutch")
    dutch = problem_text("bad-status", {"value": "klaar"})
    assert dutch == "ongeldige status 'klaar'. Kies te doen, beoordeeld of bespreken."


def test_every_import_code_has_english_words() -> None:
    for code in import_words.NL:
        words = problem_text(code, FACTS)
        assert words, code
        assert words != import_words.dutch(code, FACTS), code


def test_a_bad_pack_in_english(
    qtbot: QtBot, project: Project, packs: tuple[Sample, dict[str, PackInfo]]
) -> None:
    (text,) = _bad_pack(project, packs)
    assert text.startswith("reviewpakket-anja-de-vries.xlsx, row ")
    assert text.endswith(
        ", column 'Besluit': invalid decision 'misschien'. Choose keep, rewrite, merge, archive "
        "or delete."
    )


@pytest.mark.usefixtures("dutch")
def test_a_bad_pack_in_dutch(
    qtbot: QtBot, project: Project, packs: tuple[Sample, dict[str, PackInfo]]
) -> None:
    (text,) = _bad_pack(project, packs)
    assert text.startswith("reviewpakket-anja-de-vries.xlsx, rij ")
    assert text.endswith(
        ", kolom 'Besluit': ongeldig besluit 'misschien'. Kies behouden, herschrijven, "
        "samenvoegen, archiveren of verwijderen."
    )


def test_refusals_in_english(project: Project, tmp_path: Path) -> None:
    build_sample(project)
    with pytest.raises(NewUrlsError) as missing:
        read_new_urls(project, tmp_path / "weg.csv")
    assert user_message(missing.value) == "weg.csv does not exist."
    with pytest.raises(PackError) as unknown:
        export_review_packs(project, tmp_path / "packs", reviewers=["Niemand"])
    assert worker._user_message(unknown.value).startswith(
        "Unknown reviewer: Niemand. Known reviewers: "
    )
    with pytest.raises(ChangeError) as email:
        reviewers.edit_changes(1, "Anja", "geen-adres", None)
    assert email.value.code == "bad-email"
    assert user_message(email.value) == "'geen-adres' is not a valid email address."


@pytest.mark.usefixtures("dutch")
def test_refusals_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(ChangeError) as email:
        reviewers.edit_changes(1, "Anja", "geen-adres", None)
    assert user_message(email.value) == str(email.value)  # the same words as the CLI
    with pytest.raises(WordListError) as row:
        parse_csv(b"derhalve;daarom;fr\n")
    assert (row.value.code, row.value.params["line"]) == ("bad-language", 1)
    assert user_message(row.value) == str(row.value)


def test_word_list_and_tree_file_in_english(tmp_path: Path) -> None:
    with pytest.raises(WordListError) as row:
        parse_csv(b"derhalve;daarom;fr\n")
    assert user_message(row.value) == "Line 1: Language 'fr' is not supported; choose nl or en."
    tree = tmp_path / "boom.txt"
    tree.write_text("Werk\n\tVerlof\n\t\t\tTe diep\n", encoding="utf-8")
    with pytest.raises(NavImportError) as skipped:
        read_tree_file(tree)
    assert skipped.value.code == "skipped-level"
    assert user_message(skipped.value) == (
        "Line 3: 'Te diep' is indented further than the item above it (a level skipped)."
    )


@pytest.mark.usefixtures("dutch")
def test_a_broken_tree_file_in_the_dutch_navigation_panel(
    qtbot: QtBot, project: Project, tmp_path: Path
) -> None:
    panel = NavigationPanel(project, QUndoStack())
    qtbot.addWidget(panel)
    broken = tmp_path / "kapot.csv"
    broken.write_text("niveau;titel\n1;Werk\n3;Te diep\n", encoding="utf-8")
    assert panel.import_file(broken) == 0
    assert panel.message.text() == (
        "Er is niets geïmporteerd: Regel 3: 'Te diep' heeft niveau 3, maar er is geen item van "
        "niveau 2 boven."
    )


def test_a_change_made_elsewhere_in_english(project: Project) -> None:
    sample = build_sample(project)
    page = sample.pages["verlof"]
    with project.transaction() as conn:
        apply_changes(conn, [FieldChange("decision", page, "note", "Bram's note")], who="Bram")
    stale = FieldChange("decision", page, "note", "Anna's note", expect=None)
    with pytest.raises(ChangeError) as caught, project.transaction() as conn:
        apply_changes(conn, [stale], who="Anna")
    assert (caught.value.code, caught.value.params["who"]) == ("changed-elsewhere", "Bram")
    text = user_message(caught.value)
    assert text.startswith("Not done: the note of this page has been changed in the meantime.")
    assert "(Changed by Bram, " in text
