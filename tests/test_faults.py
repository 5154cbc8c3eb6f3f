"""Bad input and interruptions: one clear line on stderr, a non-zero exit, nothing lost.

Articles in other encodings are read (and ``--verbose`` names the encoding); input that
cannot be studied is refused with one line and leaves the output folder as it was.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from quizgen import pipeline
from quizgen.cli import main
from quizgen.ingest import read_article

from .conftest import SEED

QUIZGEN = [sys.executable, "-c", "from quizgen.cli import main; main()"]
SEED_TEXT = SEED.read_text(encoding="utf-8")
# The seed in the characters Latin-1 has (no curly apostrophe, dash or ellipsis)
LATIN1_TEXT = SEED_TEXT.translate({ord("’"): "'", ord("–"): "-", ord("—"): "-", ord("…"): "...", 0x202F: " "})


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*QUIZGEN, *map(str, args)], capture_output=True, text=True, timeout=180)


def quizgen(capsys, *args: str | Path) -> tuple[int, str, str]:
    """Run the CLI in this process (the spaCy pipeline stays loaded): exit code, stdout, stderr."""
    try:
        main([str(a) for a in args])
        code = 0
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder``, hidden ones (``.*.part``) included."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture()
def out(tmp_path) -> Path:
    """An output folder holding the outputs of an earlier run, under the names a new run would use."""
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("article.apkg", "article.html", "article.json", "notes.txt"):
        (folder / name).write_bytes(b"from an earlier run: " + name.encode())
    return folder


def assert_refused(result: subprocess.CompletedProcess, out: Path, before: dict[str, bytes], message: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("quizgen: error: ") and message in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert "wrote" not in result.stdout
    assert snapshot(out) == before


def write(folder: Path, data: bytes, name: str = "article.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def facts_json(capsys, path: Path, *extra: str) -> tuple[list[dict], str]:
    code, stdout, stderr = quizgen(capsys, "facts", path, "--json", *extra)
    assert code == 0, stderr
    return json.loads(stdout)["facts"], stderr


# --- encodings: read, not refused -------------------------------------------------------------


def test_windows_1252_is_detected_and_read_like_utf8(tmp_path, capsys):
    data = SEED_TEXT.encode("cp1252")
    assert b"\x92" in data  # the curly apostrophe: a byte Latin-1 does not have
    legacy = write(tmp_path / "cp1252", data)
    utf8 = write(tmp_path / "utf8", SEED_TEXT.encode("utf-8"))

    assert read_article(legacy).encoding == "windows-1252"
    assert read_article(legacy).text == read_article(utf8).text
    facts, stderr = facts_json(capsys, legacy, "--verbose")
    assert "windows-1252" in stderr and len(stderr.strip().splitlines()) == 1
    assert facts == facts_json(capsys, utf8)[0]
    assert any("L’Allemagne" in f["sentence"] for f in facts)


def test_make_verbose_names_the_encoding(tmp_path, capsys):
    legacy = write(tmp_path, SEED_TEXT.encode("cp1252"))
    code, stdout, stderr = quizgen(capsys, "make", legacy, "--out", tmp_path / "o", "--format", "json", "--verbose")
    assert code == 0, stderr
    assert stderr.strip() == f"quizgen: {legacy}: not UTF-8, read as windows-1252"
    data = json.loads((tmp_path / "o" / "article.json").read_text(encoding="utf-8"))
    assert data["questions"] and data["article"]["title"].startswith("L’Allemagne")
    # without --verbose, nothing on stderr
    code, _, stderr = quizgen(capsys, "make", legacy, "--out", tmp_path / "o", "--format", "json")
    assert code == 0 and stderr == ""


def test_latin1_is_detected_and_read(tmp_path, capsys):
    legacy = write(tmp_path / "latin1", LATIN1_TEXT.encode("latin-1"))
    utf8 = write(tmp_path / "utf8", LATIN1_TEXT.encode("utf-8"))

    article = read_article(legacy)
    assert article.encoding == "iso-8859-1" and "hôpital de campagne" in article.text
    facts, stderr = facts_json(capsys, legacy, "--verbose")
    assert "iso-8859-1" in stderr
    assert facts and facts == facts_json(capsys, utf8)[0]


def test_utf8_with_bom_reads_as_utf8(tmp_path, capsys):
    path = write(tmp_path / "bom", b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"))
    article = read_article(path)
    assert article.encoding == "utf-8" and article.date == "2022-01"  # the BOM does not hide the date prefix
    assert "\ufeff" not in article.text and "\ufeff" not in article.title
    facts, stderr = facts_json(capsys, path, "--verbose")
    assert stderr == ""  # UTF-8: nothing to say
    assert facts == facts_json(capsys, write(tmp_path / "plain", SEED_TEXT.encode("utf-8")))[0]


def test_crlf_line_endings(tmp_path, capsys):
    path = write(tmp_path / "crlf", SEED_TEXT.replace("\n", "\r\n").encode("utf-8"))
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    document = (tmp_path / "o" / "article.json").read_text(encoding="utf-8")
    assert "\\r" not in document
    facts = facts_json(capsys, path)[0]
    assert facts == facts_json(capsys, write(tmp_path / "lf", SEED_TEXT.encode("utf-8")))[0]


# --- refused: one line, nothing written -------------------------------------------------------


def test_zip_file_is_refused(tmp_path, out):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", SEED_TEXT)
    path = write(tmp_path, buffer.getvalue())  # named .txt: the content decides, not the name
    before = snapshot(out)
    assert_refused(run("make", path, "--out", out), out, before, "not a text file (a zip archive)")


def test_whitespace_only_is_refused(tmp_path, out):
    path = write(tmp_path, " \t\r\n\u00a0\r\n\u3000  \n".encode())
    before = snapshot(out)
    assert_refused(run("make", path, "--out", out), out, before, "empty")


def test_undetectable_bytes_are_refused(tmp_path, out):
    path = write(tmp_path, bytes(range(0x80, 0x100)) * 20)
    before = snapshot(out)
    assert_refused(run("make", path, "--out", out), out, before, "save the article as UTF-8")


def test_article_with_no_fact_writes_nothing_and_says_so(tmp_path, out):
    path = write(
        tmp_path,
        "Il faisait beau ce matin-là. Les enfants jouaient dans le jardin pendant que le chat dormait.\n\n"
        "Le soir, tout le monde est rentré à la maison.\n".encode(),
    )
    before = snapshot(out)
    assert_refused(run("make", path, "--out", out), out, before, f"{path}: no fact found to ask about")


def test_a_factless_article_stops_the_whole_batch(tmp_path, out, capsys):
    empty = write(tmp_path, "Il pleuvait. Les rues étaient calmes et le ciel restait gris.\n".encode(), "calme.txt")
    before = snapshot(out)
    code, stdout, stderr = quizgen(capsys, "make", SEED, empty, "--out", out)
    assert code == 1 and "wrote" not in stdout
    assert stderr.strip() == f"quizgen: error: {empty}: no fact found to ask about; nothing was written"
    assert snapshot(out) == before


def test_unknown_option_is_a_usage_error_not_a_traceback(out):
    before = snapshot(out)
    result = run("make", SEED, "--out", out, "--colour", "red")
    assert result.returncode == 2
    assert "No such option: --colour" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(out) == before


# --- deck names and markup in the article -----------------------------------------------------


def apkg_tables(apkg: Path) -> tuple[list[str], list[str]]:
    """(deck names, note fields) as stored in the package."""
    with zipfile.ZipFile(apkg) as archive:
        data = archive.read("collection.anki2")
    db = apkg.parent / "collection-copy.anki2"
    db.write_bytes(data)
    try:
        con = sqlite3.connect(db)
        decks = [d["name"] for d in json.loads(con.execute("select decks from col").fetchone()[0]).values()]
        fields = [f for (flds,) in con.execute("select flds from notes") for f in flds.split("\x1f")]
        con.close()
    finally:
        db.unlink()
    return decks, fields


@pytest.mark.parametrize("name", ["Histoire::Ukraine/2022", "../../Cours/semaine 3"])
def test_deck_name_with_colons_or_slashes_is_kept_as_given(tmp_path, capsys, name):
    folder = tmp_path / "o"
    code, _, stderr = quizgen(capsys, "make", SEED, "--out", folder, "--format", "apkg", "--deck", name)
    assert code == 0, stderr
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["000-68994aef2ec81e38.apkg"]
    decks, _ = apkg_tables(folder / "000-68994aef2ec81e38.apkg")
    assert name in decks

    collection = pytest.importorskip("anki.collection")
    col = collection.Collection(str(tmp_path / "c.anki2"))
    try:
        request = collection.ImportAnkiPackageRequest(
            package_path=str(folder / "000-68994aef2ec81e38.apkg"), options=collection.ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert name in names and col.note_count() > 10
        if "::" in name:
            assert name.split("::")[0] in names  # the parent deck Anki makes of it
    finally:
        col.close()


def test_markup_in_the_article_is_text_in_deck_and_worksheet(tmp_path, capsys):
    # test_anki and test_worksheet check <script> in Anki and <img> in the worksheet; this checks
    # the other way round, through one run writing both.
    path = write(
        tmp_path,
        "La France a livré des tentes <img src=x onerror=alert(1)> à la Moldavie. "
        "L'Italie a livré des couvertures <script>alert(2)</script> à la Géorgie. "
        "La Suède a livré des vivres à l'Arménie. Le Japon a livré du riz au Soudan.\n".encode(),
    )
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "apkg,html")
    assert code == 0, stderr
    html = (tmp_path / "o" / "article.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;alert(2)" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    _, fields = apkg_tables(tmp_path / "o" / "article.apkg")
    text = "\n".join(fields)
    assert "<img" not in text.lower() and "<script" not in text.lower()
    assert "onerror=alert(1)" in text  # it got there, as text


# --- interrupted while writing ----------------------------------------------------------------


def test_ctrl_c_while_writing_leaves_nothing_behind(tmp_path, out, capsys, monkeypatch):
    from quizgen.render import anki

    def interrupted(decks, path):
        path.write_bytes(b"PK\x03\x04 half a deck")  # a truncated package, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(anki, "write_apkg", interrupted)
    (out / "000-68994aef2ec81e38.apkg").write_bytes(b"the deck of an earlier run")
    before = snapshot(out)
    code, stdout, stderr = quizgen(capsys, "make", SEED, "--out", out, "--format", "html,json,apkg")
    assert code == 130
    lines = stderr.strip().splitlines()
    assert lines == ["quizgen: interrupted; no partial file was left"]
    assert "Traceback" not in stderr and "wrote" not in stdout
    assert snapshot(out) == before  # no .part file, no half-written deck, the old deck intact
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


# --- a long article ---------------------------------------------------------------------------


def test_five_megabyte_legacy_file_is_read_whole(tmp_path):
    # how fast is measured in benchmarks/speed.py, not asserted here: these machines are shared
    data = SEED_TEXT.encode("cp1252")
    path = write(tmp_path, data * (5_000_000 // len(data) + 1))
    article = read_article(path)
    assert article.encoding == "windows-1252" and len(article.text) > 4_900_000
    assert article.text.count("L’Allemagne a fourni") == 5_000_000 // len(data) + 1


def test_long_article_is_parsed_in_pieces_with_the_same_facts(tmp_path, monkeypatch):
    path = write(tmp_path, SEED_TEXT.encode("utf-8"))
    whole = pipeline.analyse(path)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1000)
    pieces = pipeline.split_text(whole.article.parse_text, 1000)
    assert len(pieces) > 3 and "".join(pieces) == whole.article.parse_text
    assert all(len(p) < 1100 for p in pieces)
    cut = pipeline.analyse(path)
    assert cut.facts == whole.facts and cut.entities == whole.entities
    text = cut.article.text
    for fact in cut.facts:
        assert fact.sentence in text[fact.start : fact.end + 1]
        for role in ("agent", "theme", "recipient", "destination", "speaker", "quote"):
            mention = fact.role(role)
            if mention is not None and not mention.derived:
                assert text[mention.start : mention.end] == mention.text


@pytest.mark.skipif(not os.environ.get("QUIZGEN_SLOW"), reason="takes minutes; set QUIZGEN_SLOW=1 to run")
def test_five_megabyte_article_makes_a_deck(tmp_path):
    body = SEED_TEXT.split(" ", 3)[3]  # without the date prefix
    path = write(tmp_path, ("date 2022-01 " + (body.strip() + "\n\n") * (5_000_000 // len(body.encode()) + 1)).encode())
    result = run("make", path, "--out", tmp_path / "o", "--format", "apkg,html,json")
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "o" / "article.json").read_text(encoding="utf-8"))["questions"]


def test_article_with_names_but_no_fact_gets_cloze_cards_from_key_sentences(tmp_path, out, capsys):
    path = write(
        tmp_path,
        "Emmanuel Macron a rencontré Olaf Scholz à Berlin pour parler de l'avenir de l'Europe.\n\n"
        "La réunion s'est tenue dans un climat cordial selon les diplomates présents ce jour-là.\n".encode(),
        "rencontre.txt",
    )
    code, stdout, stderr = quizgen(capsys, "make", path, "--out", out, "--format", "json")
    assert code == 0, stderr
    assert "no fact found" in stderr and "cloze cards from its key sentences" in stderr
    data = json.loads((out / "rencontre.json").read_text(encoding="utf-8"))
    assert data["questions"] and all(q["type"] == "cloze" for q in data["questions"])
    assert data["questions"][0]["answer"] in ("Emmanuel Macron", "Olaf Scholz", "Berlin")
