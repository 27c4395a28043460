"""Word- and sentence-level B1: hand-counted texts, ordering on B1 vs officialese, storage."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from audit_app.core import schema as s
from audit_app.core.project import Project
from audit_app.core.scoring import score_project
from audit_app.core.scoring import vocabulary as vocab_mod
from audit_app.core.scoring.lexicon import lexicon
from audit_app.core.scoring.passive import is_passive
from audit_app.core.scoring.plain import analyse_words
from audit_app.core.scoring.readability import b1_band, measure
from audit_app.core.scoring.sentences import sentences, word_spans, words
from audit_app.core.scoring.word_store import b1_indication, page_words, top_hard_words
from tests.scoring.helpers import add_page, block_network, score_row
from tests.scoring.plain_texts import B1_TEXTS, OFFICIALESE_TEXTS

TODAY = date(2026, 11, 22)
# Short words and sentences, so Flesch-Douma calls it easy; officialese and passive all the same.
KIND_TO_FORMULA = (
    "Indien gewenst dient u derhalve onverwijld te bellen. Het wordt door ons verwerkt."
)
BASE = "http://intranet.test"


def _codes(score: dict[str, Any]) -> list[str]:
    return [r["code"] for r in score["suggestion_reasons"]]


def _analyse(text: str, language: str = "nl", own: tuple[tuple[str, str], ...] = ()):
    split = list(sentences(text))
    return analyse_words(split, language, lexicon(language, own))


def test_hand_counted_officialese() -> None:
    text = (
        "Indien u vragen heeft, belt u ons als u wilt. "
        "In het kader van de regeling dient u het formulier teneinde snelle verwerking "
        "middels de post te sturen. Als het kan, doe dat dan snel."
    )
    m = _analyse(text)
    found = {h.form: h.count for h in m.officialese_hits}
    # indien, in het kader van, dient u, teneinde, middels: five hits, "als" twice not.
    assert found == {
        "indien": 1,
        "in het kader van": 1,
        "dient u": 1,
        "teneinde": 1,
        "middels": 1,
    }
    assert m.officialese == 5
    assert "als" not in found
    alt = {h.form: h.alternative for h in m.officialese_hits}
    assert alt["indien"] == "als" and alt["teneinde"] == "om" and alt["middels"] == "met; via"


def test_longest_phrase_wins_and_phrases_do_not_overlap() -> None:
    m = _analyse("Ten behoeve van de afdeling en ten aanzien van het beleid, conform afspraak.")
    assert [h.form for h in m.officialese_hits] == ["ten behoeve van", "ten aanzien van", "conform"]
    abbreviation = _analyse("De balie is gesloten i.v.m. de feestdagen.").officialese_hits
    assert [(h.form, h.alternative) for h in abbreviation] == [("i.v.m.", "door; voor; over")]
    # "kader" alone is no officialese; only the whole phrase is.
    assert _analyse("Het kader van de foto is rood en mooi.").officialese == 0


def test_common_words_compounds_and_names() -> None:
    v = vocab_mod.vocabulary("nl")
    for word in ("als", "verlof", "leidinggevende", "verjaardagsfeest", "thuiswerkvergoeding"):
        assert v.is_common(word), word
    for word in ("gehonoreerd", "anderszins", "forfaitaire", "onverwijld"):
        assert not v.is_common(word), word
    m = _analyse("Jansen werkt bij Topdesk en de ICT. Gehonoreerd wordt de forfaitaire vergoeding.")
    # names inside a sentence and abbreviations are not judged; the first word is
    assert m.uncommon_words == ["gehonoreerd", "forfaitaire"]
    # judged: Jansen (first word), werkt, bij, Gehonoreerd, wordt, forfaitaire, vergoeding
    assert m.words == 7


def test_passive_heuristics() -> None:
    def passive(sentence: str, lang: str = "nl") -> bool:
        return is_passive([w.lower() for w in words(sentence)], lang)

    assert passive("Het formulier wordt door P&O verwerkt.")
    assert passive("Wij weten dat de aanvraag beoordeeld wordt.")
    assert passive("De regeling is door de directie vastgesteld.")
    assert passive("Het formulier is ingevuld.")
    assert not passive("U vult het formulier in.")
    assert not passive("Hij is gisteren naar huis gegaan.")
    assert not passive("Er is iets gebeurd.")
    assert not passive("Het wordt morgen een mooie dag.")
    assert passive("The form was sent to HR.", "en")
    assert not passive("We send the form to HR.", "en")


def test_b1_texts_come_out_easier_than_officialese_ones() -> None:
    results = {}
    for kind, texts in (("b1", B1_TEXTS), ("officialese", OFFICIALESE_TEXTS)):
        for name, text in texts.items():
            split = list(sentences(text))
            m = analyse_words(split, "nl", lexicon("nl"))
            formula = measure(text, "nl", split=split)
            per_100 = 100 * m.officialese / formula.words
            results[(kind, name)] = (m, formula, per_100)
    for name in B1_TEXTS:
        easy, easy_f, _easy_per_100 = results[("b1", name)]
        hard, hard_f, hard_per_100 = results[("officialese", name)]
        assert easy.uncommon_pct is not None and hard.uncommon_pct is not None
        assert easy.uncommon_pct < 3 < hard.uncommon_pct
        assert easy.officialese == 0 and hard_per_100 > 5
        assert easy.passive_sentences == 0 < hard.passive_sentences
        assert easy_f.readability is not None and hard_f.readability is not None
        assert easy_f.readability > hard_f.readability


def test_b1_indication_combines_formula_and_word_signals() -> None:
    assert b1_indication("b1", []) == "b1"
    assert b1_indication("b1", ["officialese"]) == "maybe-above"
    assert b1_indication("b1", ["officialese", "passive"]) == "above"
    assert b1_indication("maybe-above", ["uncommon", "passive", "officialese"]) == "above"
    assert b1_indication("above", []) == "above"  # words never make it easier
    assert b1_indication(None, ["officialese"]) is None
    # The formula alone would call this officialese page "b1": short words, short sentences.
    text = " ".join([KIND_TO_FORMULA] * 12)
    f = measure(text, "nl")
    assert b1_band(f.readability, 70, 50) == "b1"


def test_word_spans_match_words() -> None:
    sentence = '"Indien" u (bijv. per e-mail) 12.500,00 euro betaalt… ten behoeve van—iets.'
    spans = word_spans(sentence)
    assert [w for _a, _b, w in spans] == words(sentence)
    for start, end, w in spans:
        assert sentence[start:end] == w


def test_english_list_and_other_languages() -> None:
    m = _analyse("In order to apply, utilise the form prior to Monday. Send it to us.", "en")
    assert [h.form for h in m.officialese_hits] == ["in order to", "utilise", "prior to"]
    assert _analyse("Der Antrag wird von der Abteilung geprüft.", "other").status == "unsupported"


def test_own_words_add_and_override() -> None:
    own = (("BHV", "bedrijfshulpverlening"), ("indien", "als het zo is"))
    m = _analyse("Indien de BHV komt, wacht u buiten.", own=own)
    hits = {h.form: (h.alternative, h.own) for h in m.officialese_hits}
    assert hits == {"indien": ("als het zo is", True), "BHV": ("bedrijfshulpverlening", True)}


def test_scoring_stores_word_scores_and_names_them_in_reasons(project: Project) -> None:
    hard = add_page(project, f"{BASE}/hard.html", OFFICIALESE_TEXTS["verlof"] * 2)
    easy = add_page(project, f"{BASE}/easy.html", "\n\n".join(B1_TEXTS.values()))
    score_project(project, today=TODAY, workers=1)
    with project.read() as conn:
        hw = page_words(conn, hard)
        ew = page_words(conn, easy)
        top = top_hard_words(conn, limit=3)
    assert hw is not None and ew is not None
    # 27 hits in the text (see test_only_rules_...), and the page holds it twice
    assert hw.officialese == 54 and ew.officialese == 0
    assert hw.b1_indication == "above" and ew.b1_indication == "b1"
    reasons = score_row(project, hard)["suggestion_reasons"]
    assert {"code": "officialese", "n": 54, "examples": ["gedurende", "indien"]} in reasons
    assert score_row(project, hard)["suggestion"] == "rewrite"
    assert top[hard] == ["gedurende → tijdens", "indien → als", "teneinde → om"]
    assert easy not in top or all("→" not in w for w in top[easy])


def test_word_indication_can_overrule_a_kind_formula(project: Project) -> None:
    text = "\n\n".join([KIND_TO_FORMULA] * 12)
    pid = add_page(project, f"{BASE}/kort.html", text, last_modified="2026-10-01")
    score_project(project, today=TODAY, workers=1)
    row = score_row(project, pid)
    assert row["b1_band"] == "b1"  # the formula's own band stays visible
    with project.read() as conn:
        w = page_words(conn, pid)
    assert w is not None and w.b1_indication == "above"
    assert row["suggestion"] == "rewrite"
    codes = [r["code"] for r in row["suggestion_reasons"]]
    assert "above-b1-words" in codes and "recent-and-readable" not in codes


def test_frequency_list_loads_without_network(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    block_network(monkeypatch)
    vocab_mod._table.cache_clear()
    vocab_mod._VOCABULARIES.clear()
    pid = add_page(project, f"{BASE}/nl.html", B1_TEXTS["verlof"])
    score_project(project, today=TODAY, workers=1)
    with project.read() as conn:
        row = conn.execute(select(s.word_scores).where(s.word_scores.c.page_id == pid)).one()
    assert row.status == "ok" and json.loads(row.uncommon_words) == ["intranet"]


def test_short_text_of_unknown_language_is_checked_as_dutch(project: Project) -> None:
    short = add_page(project, f"{BASE}/kort.html", "Formulieren\n\nIndien u vragen heeft, bel ons.")
    german = add_page(
        project,
        f"{BASE}/de.html",
        "Der Antrag wird von der Abteilung geprüft und die Mitarbeiter werden informiert. " * 4,
    )
    score_project(project, today=TODAY, workers=1)
    with project.read() as conn:
        w = page_words(conn, short)
        g = page_words(conn, german)
    assert w is not None and w.status == "ok" and w.officialese == 1
    assert w.b1_indication is None  # too short for the formula, so no indication
    assert g is not None and g.status == "unsupported"


def test_baseline_counts_officialese_and_the_words_found_most(project: Project) -> None:
    from audit_app.core.scoring.summary import build_summary, render_text

    add_page(project, f"{BASE}/a.html", OFFICIALESE_TEXTS["verlof"])
    add_page(project, f"{BASE}/b.html", OFFICIALESE_TEXTS["thuiswerken"])
    add_page(project, f"{BASE}/c.html", "\n\n".join(B1_TEXTS.values()))
    score_project(project, today=TODAY, workers=1)
    data = build_summary(project)
    totals = data["totals"]
    assert totals["officialese_pages"] == 2 and totals["officialese_min"] == 5
    top = {w["word"]: w["count"] for w in totals["officialese_top"]}
    # onverwijld, teneinde and derhalve: once in each officialese text, so among the top ten
    assert top["onverwijld"] == 2 and top["teneinde"] == 2 and top["derhalve"] == 2
    assert len(top) == 10 and min(top.values()) >= 1
    indications = {r["key"]: r["total"] for r in data["tables"]["b1_indication"]["rows"]}
    assert indications == {"b1": 1, "above": 2}
    assert "Ambtelijke taal: 2 pagina's met minstens 5 ambtelijke woorden" in render_text(data)


def test_only_rules_fills_in_word_counts_missing_from_an_older_score(project: Project) -> None:
    pid = add_page(project, f"{BASE}/a.html", OFFICIALESE_TEXTS["verlof"])
    score_project(project, today=TODAY, workers=1)
    with project.transaction() as conn:
        conn.execute(s.word_scores.delete())  # as in a file scored before word-level B1
    summary = score_project(project, only_cheap=True, today=TODAY)
    assert summary.analysed == 0  # no full text analysis
    with project.read() as conn:
        w = page_words(conn, pid)
    # indien, teneinde, bewerkstelligen, daartoe, onverwijld, doch, voorafgaand aan, middels,
    # in behandeling genomen, met inachtneming van, zo spoedig mogelijk, omtrent, in het kader
    # van, alsmede, uitsluitend, gedurende (2x), behoudens, hetgeen, onderhavige, anderszins,
    # ten aanzien van, terstond, zorg draagt voor, desbetreffende, alsnog, derhalve: 27
    assert w is not None and w.officialese == 27 and w.b1_indication == "above"
    assert "officialese" in _codes(score_row(project, pid))


def test_a_few_officialese_words_on_a_long_page_are_not_officialese_language(
    project: Project,
) -> None:
    from audit_app.core import page_query as pq

    plain = "\n\n".join(B1_TEXTS.values())
    sprinkled = (
        f"{plain}\n\n{plain}\n\nIndien u vragen heeft, bel ons. Wij helpen u derhalve graag. "
        "Teneinde snel te helpen, bellen wij middels de telefoon. Dat doen wij onverwijld."
    )
    long_page = add_page(project, f"{BASE}/lang.html", sprinkled, last_modified="2026-10-01")
    dense = add_page(project, f"{BASE}/dicht.html", OFFICIALESE_TEXTS["verjaardag"])
    score_project(project, today=TODAY, workers=1)
    with project.read() as conn:
        w = page_words(conn, long_page)
        assert w is not None and w.officialese == 5  # indien, derhalve, teneinde, middels, ...
        flt = pq.PageFilter(officialese_min=5, officialese_density=1.0)
        assert pq.page_ids(conn, flt) == [dense]
    assert "officialese" not in _codes(score_row(project, long_page))
    assert "officialese" in _codes(score_row(project, dense))
