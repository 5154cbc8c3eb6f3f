"""Decks as Anki sees them: imported with the real anki library into a fresh collection."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from quizgen.cli import main

from .conftest import SEED

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions


def build(out: Path, *extra: str) -> Path:
    main(["make", str(SEED), "--out", str(out), "--format", "apkg,json", *extra])
    [apkg] = out.glob("*.apkg")
    return apkg


def import_into(col, apkg: Path):
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=True))
    return col.import_anki_package(request)


@pytest.fixture()
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def test_deck_imports_with_one_card_per_question(tmp_path, collection):
    import json

    apkg = build(tmp_path / "out")
    questions = json.loads(next((tmp_path / "out").glob("*.json")).read_text())["questions"]
    result = import_into(collection, apkg)
    assert len(result.log.new) == len(questions) > 10
    assert collection.note_count() == len(questions)
    assert collection.card_count() == len(questions)  # one cloze deletion per cloze note
    names = [d.name for d in collection.decks.all_names_and_ids()]
    assert any(name.startswith("L’Allemagne a fourni") for name in names)
    models = {m["name"] for m in collection.models.all()}
    assert {"quizgen — choix multiple", "quizgen — texte à trous"} <= models


def test_every_card_renders_its_question_and_answer(tmp_path, collection):
    import json

    apkg = build(tmp_path / "out")
    questions = {q["answer"] for q in json.loads(next((tmp_path / "out").glob("*.json")).read_text())["questions"]}
    import_into(collection, apkg)
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        front, back = card.question(), card.answer()
        assert front.strip() and back.strip()
        assert "{{" not in front and "{{" not in back
        note = card.note()
        if note.note_type()["name"].endswith("choix multiple"):
            assert 'class="options"' in front and "✓" not in front
            assert "✓" in back and "2022-01" in back
        else:
            assert 'class="cloze"' in front
            assert "[" in front  # the blank shows its hint
        assert any(answer in back for answer in questions)
        assert set(note.tags) >= {"quizgen", "000-68994aef2ec81e38"}


def test_reimport_updates_notes_instead_of_duplicating(tmp_path, collection):
    first = build(tmp_path / "a")
    import_into(collection, first)
    count = collection.note_count()
    before = {collection.get_note(n).guid: collection.get_note(n).fields[:] for n in collection.find_notes("")}
    time.sleep(1.1)  # Anki updates a note only when the incoming one is newer, to the second
    second = build(tmp_path / "b", "--seed", "7")  # another option order: field text changes
    result = import_into(collection, second)
    assert collection.note_count() == count
    assert len(result.log.new) == 0
    assert len(result.log.updated) > 0
    after = {collection.get_note(n).guid: collection.get_note(n).fields[:] for n in collection.find_notes("")}
    assert before.keys() == after.keys()
    assert any(before[g] != after[g] for g in before)


def test_article_text_is_escaped_in_fields(tmp_path, collection):
    article = tmp_path / "xss.txt"
    article.write_text(
        "La France a livré des tentes <script>alert(1)</script> à la Moldavie. "
        "L'Italie a livré des couvertures à la Géorgie. "
        "La Suède a livré des vivres à l'Arménie. Le Japon a livré du riz au Soudan.\n",
        encoding="utf-8",
    )
    main(["make", str(article), "--out", str(tmp_path / "out"), "--format", "apkg"])
    import_into(collection, next((tmp_path / "out").glob("*.apkg")))
    for note_id in collection.find_notes(""):
        for field in collection.get_note(note_id).fields:
            assert "<script>" not in field


def test_reimport_keeps_the_learners_reviews(tmp_path, collection):
    """Study a card, regenerate the deck, import it again: the review and the card's progress stay."""
    import_into(collection, build(tmp_path / "a"))
    deck_id = next(d.id for d in collection.decks.all_names_and_ids() if d.name != "Default")
    collection.decks.select(deck_id)
    card = collection.sched.getCard()
    guid = card.note().guid
    collection.sched.answerCard(card, 3)
    assert collection.db.scalar("select count() from revlog where cid = ?", card.id) == 1
    studied = collection.get_card(card.id)
    time.sleep(1.1)
    import_into(collection, build(tmp_path / "b", "--seed", "3"))
    again = collection.get_card(card.id)
    assert again.note().guid == guid
    assert collection.db.scalar("select count() from revlog where cid = ?", card.id) == 1
    assert (again.type, again.queue, again.due) == (studied.type, studied.queue, studied.due)


def test_batch_makes_one_deck_with_a_sub_deck_per_article(tmp_path, collection):
    second = tmp_path / "second.txt"
    second.write_text(
        "title: Aide à la Moldavie\n---\nLa France a livré des tentes à la Moldavie. "
        "L'Italie a livré des couvertures à la Géorgie. La Suède a livré des vivres à l'Arménie. "
        "Le Japon a livré du riz au Soudan.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    main(["make", str(SEED), str(second), "--deck", "Actualités", "--out", str(out), "--format", "apkg"])
    [apkg] = out.glob("*.apkg")
    assert apkg.name == "actualites.apkg"
    import_into(collection, apkg)
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert "Actualités::Aide à la Moldavie" in names
    assert any(n.startswith("Actualités::L’Allemagne a fourni") for n in names)
    for name in names - {"Default", "Actualités"}:
        assert collection.find_cards(f'"deck:{name}"'), name


def test_render_json_after_a_teachers_edit(tmp_path, collection):
    import html
    import json

    out = tmp_path / "out"
    main(["make", str(SEED), "--out", str(out), "--format", "json"])
    path = next(out.glob("*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    first_mcq = next(q for q in data["questions"] if q["type"] == "mcq")
    first_mcq["prompt"] = "Quel pays a offert des casques ? (reformulé)"
    last_mcq = max(i for i, q in enumerate(data["questions"]) if q["type"] == "mcq")
    dropped = data["questions"].pop(last_mcq)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    main(["render", str(path), "--out", str(tmp_path / "deck"), "--format", "apkg"])
    import_into(collection, next((tmp_path / "deck").glob("*.apkg")))
    assert collection.note_count() == len(data["questions"])
    fields = [f for n in collection.find_notes("") for f in collection.get_note(n).fields]
    assert any("(reformulé)" in f for f in fields)
    assert not any(html.escape(dropped["prompt"]) in f for f in fields)
