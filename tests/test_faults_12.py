"""Issue 12, « Nothing lost, nothing overwritten, nothing let in »: one test (or more) per item.

1 control characters → test_control_characters_*            2 slugs → test_slugs_*
3 output over input → test_output_never_writes_over_*       4 identity → test_notes_*
5 HTML reader → test_html_reader_*                          6 full disk → test_full_*, test_no_sqlite_*
7 signals → test_sigterm_*, test_sighup_*, test_workers_*   8 header → test_header_*, test_headline_*
9 NFD → test_nfd_*                                          10 language → test_unsupported_language_*
11 cloze syntax → test_cloze_syntax_*                       12 formulas → test_kahoot_*
13 options → test_near_duplicate_*, test_markup_*           14 deck → test_empty_deck_part_*
15 speed → test_questions_grow_linearly_*                   16 FIFO, size → test_fifo_*, test_dev_zero_*, test_max_size_*
17 early checks → test_checked_before_parsing_*             18 nesting → test_deeply_nested_*
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from .conftest import ROOT, SEED
from .test_faults import quizgen

QUIZGEN = [sys.executable, "-c", "from quizgen.cli import main; main()"]
SEED_TEXT = SEED.read_text(encoding="utf-8")
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

anki_collection = pytest.importorskip("anki.collection")


def run(*args: str | Path, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([*QUIZGEN, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env or ENV)


def one_error(code: int, stderr: str, message: str) -> None:
    assert code != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("quizgen: error: ") and message in lines[0], lines[0]
    assert "Traceback" not in stderr


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def import_deck(col_path: Path, apkg: Path):
    col = anki_collection.Collection(str(col_path))
    try:
        request = anki_collection.ImportAnkiPackageRequest(
            package_path=str(apkg), options=anki_collection.ImportAnkiPackageOptions()
        )
        result = col.import_anki_package(request)
        notes = [col.get_note(n) for n in col.find_notes("")]
        cards = [col.get_card(c) for c in col.find_cards("")]
        rendered = [(c.question(), c.answer()) for c in cards]
        return result, notes, rendered
    finally:
        col.close()


# --- 1. control characters -------------------------------------------------------------------

STRAY = "\x1f\x07\x1b\u202e\u200b\u2066\x85"


def test_control_characters_in_an_article_give_a_deck_anki_imports(tmp_path, capsys):
    dirty = SEED_TEXT.replace("Allemagne", "Alle\x1fmagne", 1).replace("hôpital", "hôpi\u202etal\x07", 1)
    dirty = dirty.replace(" casques", " cas\u200bques\x1b", 1).replace("Ukraine", "Ukraine\u2066\x85", 1)
    path = write(tmp_path / "dirty.txt", dirty)
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "apkg,json")
    assert code == 0, stderr
    document = (tmp_path / "o" / "dirty.json").read_text(encoding="utf-8")
    assert not any(ch in document for ch in STRAY)
    questions = json.loads(document)["questions"]
    result, notes, _ = import_deck(tmp_path / "c.anki2", tmp_path / "o" / "dirty.apkg")
    assert len(notes) == len(questions) > 10
    assert not any(ch in field for note in notes for field in note.fields for ch in STRAY)


def test_control_characters_in_an_edited_json_give_a_deck_anki_imports(tmp_path, capsys):
    code, _, stderr = quizgen(capsys, "make", SEED, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    quiz = json.loads((tmp_path / "o" / "000-68994aef2ec81e38.json").read_text(encoding="utf-8"))
    mcq = next(q for q in quiz["questions"] if q["type"] == "mcq")
    mcq["prompt"] = "Quel\x1f pays\u202e ?"
    wrong = next(o for o in mcq["options"] if o != mcq["answer"])
    mcq["options"][mcq["options"].index(wrong)] = wrong + "\x1f"
    quiz["article"]["title"] += "\x1f\x00"
    edited = write(tmp_path / "edited.json", json.dumps(quiz, ensure_ascii=False))
    code, _, stderr = quizgen(capsys, "render", edited, "--out", tmp_path / "r", "--format", "apkg")
    assert code == 0, stderr
    _, notes, _ = import_deck(tmp_path / "c.anki2", tmp_path / "r" / "000-68994aef2ec81e38.apkg")
    assert len(notes) == len(quiz["questions"])
    assert any(note.fields[0] == "Quel pays ?" for note in notes)


# --- 2. slugs ----------------------------------------------------------------------------------


def page(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return f"<html><head><title>Aide</title></head><body><article>{paragraphs}</article></body></html>"


def test_slugs_transliterate_and_never_collide(tmp_path, capsys):
    names = ["Été.txt", "ete.txt", "Нигер.txt", "中文.txt", "x.txt"]
    paths = [write(tmp_path / "in" / name, SEED_TEXT) for name in names]
    paths.append(write(tmp_path / "in" / "x.html", page(SEED_TEXT.split(" ", 2)[2])))
    out = tmp_path / "o"
    code, stdout, stderr = quizgen(capsys, "make", *paths, "--out", out, "--format", "html,json")
    assert code == 0, stderr
    wrote = [line for line in stdout.splitlines() if line.startswith("wrote ")]
    assert len(wrote) == len(set(wrote)) == 12
    assert len(files(out)) == 12
    stems = {p.name.split(".")[0] for p in out.iterdir()}
    assert {"ete", "niger", "zhong-wen", "x"} <= stems and len(stems) == 6
    assert "article" not in stems


def test_no_output_path_is_written_twice(tmp_path):
    from quizgen.errors import QuizgenError
    from quizgen.render import check_names

    with pytest.raises(QuizgenError, match="written twice"):
        check_names([("a.html", "a"), ("a.html", "a")], tmp_path, [])


# --- 3. an output over an input ----------------------------------------------------------------


def test_output_never_writes_over_an_input(tmp_path, capsys):
    folder = tmp_path / "x"
    source = write(folder / "page.html", page(SEED_TEXT.split(" ", 2)[2]))
    before = files(folder)
    code, stdout, stderr = quizgen(capsys, "make", source, "--out", folder)
    one_error(code, stderr, "would write over this input")
    assert files(folder) == before and "wrote" not in stdout
    # the folder itself as input: still refused, still untouched
    code, _, stderr = quizgen(capsys, "make", folder, "--out", folder)
    one_error(code, stderr, "would write over this input")
    assert files(folder) == before


def test_output_never_writes_over_the_json_rendered(tmp_path, capsys):
    code, _, stderr = quizgen(capsys, "make", SEED, "--out", tmp_path, "--format", "json")
    assert code == 0, stderr
    quiz = tmp_path / "000-68994aef2ec81e38.json"
    before = quiz.read_bytes()
    code, _, stderr = quizgen(capsys, "render", quiz, "--out", tmp_path, "--format", "json")
    one_error(code, stderr, "would write over this input")
    assert quiz.read_bytes() == before


# --- 4. identity of an article -----------------------------------------------------------------

# another paper's article built on the same agency copy: other title, other date, same sentences
OTHER = "title: Berlin sous pression\ndate: 2022-01-27\n---\n" + SEED_TEXT.split(" ", 2)[2]


def decks_of_two_files(tmp_path, capsys, first: tuple[str, str], second: tuple[str, str]):
    """Make a deck of each (relative path, text) into its own folder and import both into one
    collection, in order: (notes after the first import, the second import's result, notes after it)."""
    decks = []
    for (name, text), folder, out in ((first, "a", "oa"), (second, "b", "ob")):
        path = write(tmp_path / folder / name, text)
        code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / out, "--format", "apkg")
        assert code == 0, stderr
        decks.append(tmp_path / out / f"{Path(name).stem}.apkg")
    col = tmp_path / "c.anki2"
    _, before, _ = import_deck(col, decks[0])
    result, after, _ = import_deck(col, decks[1])
    return before, result, after


def test_notes_of_two_articles_with_one_file_name_stay_apart(tmp_path, capsys):
    first, result, both = decks_of_two_files(tmp_path, capsys, ("report.txt", SEED_TEXT), ("report.txt", OTHER))
    assert len(result.log.updated) == 0 and len(result.log.duplicate) == 0
    assert len(both) == len(first) + len(result.log.new) and result.log.new
    # A's cards still cite A's title
    ids = {n.id for n in first}
    assert all("Berlin sous pression" not in note.fields[-1] for note in both if note.id in ids)


def test_notes_of_one_article_under_two_names_are_the_same_notes(tmp_path, capsys):
    first, result, again = decks_of_two_files(
        tmp_path, capsys, ("aide.txt", SEED_TEXT), ("copie-du-lundi.txt", SEED_TEXT)
    )
    assert len(again) == len(first) > 10 and not result.log.new


def test_identity_comes_from_the_address_then_title_and_date_then_text():
    from quizgen.ingest import parse_article

    body = "La France a livré des tentes à la Moldavie."
    url = "title: A\nsource: https://example.org/news/1\n---\n" + body
    assert parse_article(url, slug="x").identity == parse_article(url, slug="y").identity
    other_url = url.replace("/1", "/2")
    assert parse_article(url).identity != parse_article(other_url).identity
    dated = "title: A\ndate: 2022-01-02\n---\n"
    assert parse_article(dated + body).identity == parse_article(dated + body + " Et plus.").identity
    assert parse_article(body).identity != parse_article(body + " Et plus.").identity


# --- 5. the HTML reader -------------------------------------------------------------------------


def test_html_reader_needs_are_declared():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.replace("-", "_").startswith("lxml_html_clean") for d in project["dependencies"])


def test_html_reader_missing_part_is_one_line(tmp_path):
    source = write(tmp_path / "page.html", page(SEED_TEXT))
    code = "import sys; sys.modules['lxml_html_clean'] = None; from quizgen.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code, "make", str(source), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=180,
        env=ENV,
    )
    one_error(result.returncode, result.stderr, "lxml_html_clean")
    assert not (tmp_path / "o").exists() or not files(tmp_path / "o")


# --- 6. a full disk -----------------------------------------------------------------------------


def can_mount() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not can_mount(), reason="cannot mount a small tmpfs here (unshare -rm)")


def in_full_disk(tmp_path: Path, size: str, script: str) -> subprocess.CompletedProcess:
    """Run ``script`` in a shell where ``$FULL`` is a fresh tmpfs of ``size``, then list what is left in it."""
    full = tmp_path / "full"
    full.mkdir(parents=True)
    shell = f'mount -t tmpfs -o size={size} tmpfs "$FULL" && {script}; echo "rc=$?"; echo "left:"; ls -A "$FULL"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=180,
        env={**ENV, "FULL": str(full)},
    )


def quizgen_shell(*args: str) -> str:
    """A shell command line; an argument starting with $FULL is left for the shell to expand."""
    return " ".join(f'"{a}"' if a.startswith("$FULL") else shlex.quote(a) for a in [*QUIZGEN, *args])


@needs_mount
def test_full_output_disk_is_one_line_and_leaves_nothing(tmp_path):
    result = in_full_disk(
        tmp_path, "40k", quizgen_shell("make", str(SEED), "--out", "$FULL/o", "--format", "apkg,html,json")
    )
    stdout, stderr = result.stdout, result.stderr
    assert "rc=1" in stdout, stdout + stderr
    one_error(1, stderr, "no space left on the device")
    left = stdout.split("left:")[1].split()
    assert left in ([], ["o"]), left
    # and inside the output folder, nothing either (checked in the same namespace)
    result = in_full_disk(
        tmp_path / "again",
        "40k",
        quizgen_shell("make", str(SEED), "--out", "$FULL", "--format", "apkg,html,json"),
    )
    assert "rc=1" in result.stdout and result.stdout.split("left:")[1].split() == [], result.stdout + result.stderr


@needs_mount
def test_full_tmpdir_does_not_matter_and_keeps_nothing(tmp_path):
    out = tmp_path / "o"
    script = 'TMPDIR="$FULL" ' + quizgen_shell("make", str(SEED), "--out", str(out), "--format", "apkg")
    result = in_full_disk(tmp_path, "16k", script)
    assert "rc=0" in result.stdout, result.stdout + result.stderr
    assert result.stdout.split("left:")[1].split() == []
    assert (out / "000-68994aef2ec81e38.apkg").stat().st_size > 1000


def test_no_sqlite_copy_is_left_in_the_temp_folder(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = run("make", SEED, "--out", tmp_path / "o", "--format", "apkg", env={**ENV, "TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["000-68994aef2ec81e38.apkg"]


def test_full_disk_injected_in_process_is_one_line(tmp_path, capsys, monkeypatch):
    # the same path through the code without a mount: the device says ENOSPC while the deck is written
    import errno

    from quizgen.render import anki

    def full(decks, path):
        path.write_bytes(b"PK\x03\x04 part of a deck")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(anki, "write_apkg", full)
    out = tmp_path / "o"
    out.mkdir()
    (out / "000-68994aef2ec81e38.apkg").write_bytes(b"an earlier deck")
    before = files(out)
    code, stdout, stderr = quizgen(capsys, "make", SEED, "--out", out, "--format", "apkg,html")
    one_error(code, stderr, "no space left on the device")
    assert files(out) == before and "wrote" not in stdout


# --- 7. signals --------------------------------------------------------------------------------


def copies(folder: Path, n: int) -> list[Path]:
    return [write(folder / f"a{i:02d}.txt", SEED_TEXT.replace("2022-01", f"2022-01-{i + 1:02d}")) for i in range(n)]


def hidden_parts(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")] if folder.exists() else []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_or_sighup_while_writing_leaves_nothing_behind(tmp_path, signum):
    sources = copies(tmp_path / "in", 12)
    out = tmp_path / "o"
    out.mkdir()
    (out / "quizgen.apkg").write_bytes(b"the deck of an earlier run")
    before = files(out)
    args = [*QUIZGEN, "make", *map(str, sources), "--out", str(out), "--format", "html,json,gift,kahoot,apkg"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    deadline = time.monotonic() + 150
    while not hidden_parts(out) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert process.poll() is None, "the run ended before it was caught writing"
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, stderr
    assert stderr.strip().splitlines() == ["quizgen: interrupted; no partial file was left"]
    assert "wrote" not in stdout
    assert files(out) == before


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text()
        found.extend(int(c) for c in text.split())
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_workers_die_with_their_parent(tmp_path):
    sources = copies(tmp_path / "in", 8)
    out = tmp_path / "o"
    args = [*QUIZGEN, "make", *map(str, sources), "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        workers = children(process.pid)
    assert len(workers) >= 2, "no workers started"
    time.sleep(0.5)  # the workers are parsing
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)
    assert process.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
    assert stderr.strip().splitlines() == ["quizgen: interrupted; no partial file was left"]
    assert not hidden_parts(out)


def test_a_worksheet_is_never_read_as_an_article(tmp_path, capsys):
    folder = tmp_path / "x"
    write(folder / "aide.txt", SEED_TEXT)
    code, _, stderr = quizgen(capsys, "make", folder, "--out", folder, "--format", "html")
    assert code == 0, stderr
    assert (folder / "aide.html").exists()
    # a second run over the same folder reads the article again, not the worksheet it wrote
    code, stdout, stderr = quizgen(capsys, "make", folder, "--out", folder, "--format", "html")
    assert code == 0, stderr
    assert stdout.count("wrote ") == 1
    code, _, stderr = quizgen(capsys, "make", folder / "aide.html", "--out", tmp_path / "o")
    one_error(code, stderr, "a worksheet quizgen wrote, not an article")


# --- 8. header and headline ---------------------------------------------------------------------

BODY = SEED_TEXT.split(" ", 2)[2]


def test_header_not_closed_by_dashes_is_read(tmp_path, capsys):
    path = write(tmp_path / "a.txt", "title: L'aide à l'Ukraine\ndate: 2022-01-26\nsource: AFP\n\n" + BODY)
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    quiz = json.loads((tmp_path / "o" / "a.json").read_text(encoding="utf-8"))
    assert quiz["article"]["title"] == "L'aide à l'Ukraine" and quiz["article"]["date"] == "2022-01-26"
    text = json.dumps(quiz["questions"], ensure_ascii=False)
    assert "title:" not in text and "source:" not in text and "title:" not in quiz["article"]["text"]


def test_headline_repeated_as_the_first_line_is_asked_once(tmp_path, capsys):
    headline = "L'Allemagne a fourni 5 000 casques à l'Ukraine"
    path = write(tmp_path / "a.txt", f"title: {headline}\n---\n{headline}\n\n{BODY}")
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    quiz = json.loads((tmp_path / "o" / "a.json").read_text(encoding="utf-8"))
    assert not quiz["article"]["text"].startswith(headline)
    sentences = [q["sentence"] for q in quiz["questions"]]
    assert not any(s.startswith(headline) for s in sentences)


# --- 9. NFD ----------------------------------------------------------------------------------------


def test_nfd_article_gives_the_same_questions_as_nfc(tmp_path, capsys):
    nfd = write(tmp_path / "nfd" / "a.txt", unicodedata.normalize("NFD", SEED_TEXT))
    nfc = write(tmp_path / "nfc" / "a.txt", SEED_TEXT)
    found = []
    for path in (nfd, nfc):
        out = path.parent / "o"
        code, _, stderr = quizgen(capsys, "make", path, "--out", out, "--format", "json")
        assert code == 0, stderr
        found.append(json.loads((out / "a.json").read_text(encoding="utf-8"))["questions"])
    assert len(found[0]) == len(found[1]) > 15
    assert [q["id"] for q in found[0]] == [q["id"] for q in found[1]]


# --- 10. languages quizgen does not read --------------------------------------------------------

OTHER_LANGUAGES = {
    "German": "Deutschland hat der Ukraine 5000 Helme geliefert, und die Regierung in Berlin wurde dafür "
    "kritisiert. Die Lieferung ist nicht genug, sagte der Bürgermeister von Kiew am Mittwoch.\n",
    "Greek": "Η Γερμανία έστειλε 5.000 κράνη στην Ουκρανία. Η κυβέρνηση στο Βερολίνο επικρίθηκε γι' αυτό.\n",
    "Arabic": "أرسلت ألمانيا 5000 خوذة إلى أوكرانيا. وانتقدت الحكومة في برلين بسبب ذلك.\n",
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_unsupported_language_is_refused_in_one_line(tmp_path, capsys, language):
    path = write(tmp_path / "a.txt", OTHER_LANGUAGES[language])
    code, stdout, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o")
    one_error(code, stderr, f"{path}: looks like {language}; quizgen reads French and English; use --lang to force")
    assert not (tmp_path / "o").exists()


def test_unsupported_language_can_be_forced(tmp_path, capsys):
    path = write(tmp_path / "a.txt", OTHER_LANGUAGES["German"])
    code, _, stderr = quizgen(capsys, "facts", path, "--lang", "en")
    assert "looks like" not in stderr


# --- 11. Anki's cloze syntax in an edited JSON ---------------------------------------------------


def test_cloze_syntax_in_json_gives_one_card_with_the_whole_answer(tmp_path, capsys):
    quiz = {
        "article": {"slug": "t", "title": "Titre {{c3::x}}", "lang": "fr", "text": ""},
        "questions": [
            {
                "id": f"q{n}",
                "type": "cloze",
                "fact_id": f"f{n}",
                "fact_kind": "transfer",
                "role": "recipient",
                "prompt": "…",
                "answer": answer,
                "sentence": sentence,
                "hint": hint,
                "modality": "asserted",
            }
            for n, (sentence, answer, hint) in enumerate(
                [
                    ("La France {{c2::a livré}} des tentes à la Moldavie.", "Moldavie", "pays"),
                    ("Le code a::b}} fut livré à Paris.", "a::b}", "code"),
                    ("La Suède a livré des vivres à l'Arménie.", "Arménie", "}} pays ::"),
                    ("Le don ::x:: arrive.", "x:", None),
                ]
            )
        ],
    }
    path = write(tmp_path / "q.json", json.dumps(quiz, ensure_ascii=False))
    code, _, stderr = quizgen(capsys, "render", path, "--out", tmp_path / "o", "--format", "apkg")
    assert code == 0, stderr
    _, notes, cards = import_deck(tmp_path / "c.anki2", tmp_path / "o" / "t.apkg")
    assert len(notes) == 4 and len(cards) == 4  # one card a note, no {{c2::…}} card
    shown = [(q.replace("&#58;", ":").replace("&#123;", "{").replace("&#125;", "}"), a) for q, a in cards]
    shown = [(q, a.replace("&#58;", ":").replace("&#123;", "{").replace("&#125;", "}")) for q, a in shown]
    for expected, hint in (("Moldavie", "[pays]"), ("a::b}", "[code]"), ("Arménie", "[}} pays ::]"), ("x:", "[...]")):
        [(question, answer)] = [(q, a) for q, a in shown if expected in a and hint in q]
        visible = re.sub(r"<style>.*?</style>|<[^>]+>", "", question, flags=re.S)
        assert expected not in visible and expected in re.sub(r"<style>.*?</style>|<[^>]+>", "", answer, flags=re.S)
    assert any("La France {{c2::a livré}} des tentes" in q for q, _ in shown)


# --- 12. formulas in the Kahoot spreadsheet -----------------------------------------------------


def test_kahoot_cells_never_start_a_formula():
    import csv
    import io

    from quizgen.models import Article, Question, Quiz
    from quizgen.render import kahoot

    article = Article(slug="t", title="t", text="", parse_text="")
    options = ('=HYPERLINK("http://x")', "+33 1 23", "-5", "@SUM(A1)")
    q = Question(
        id="q", type="mcq", fact_id="f", fact_kind="figure", role="quantity", prompt="-1+1 font ?",
        answer="-5", sentence="s", options=options, answer_index=2,
    )  # fmt: skip
    text, _ = kahoot.render(Quiz(article=article, facts=(), questions=(q,)), "fr")
    [_, row] = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert row[:5] == ["'-1+1 font ?", '\'=HYPERLINK("http://x")', "'+33 1 23", "-5", "'@SUM(A1)"]
    assert row[-1] == "3"


# --- 13. options that are the same, or markup ----------------------------------------------------


def seed_quiz(tmp_path: Path, capsys) -> dict:
    code, _, stderr = quizgen(capsys, "make", SEED, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    return json.loads((tmp_path / "o" / "000-68994aef2ec81e38.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("twin", [str.upper, lambda a: a + " ", lambda a: " " + a, lambda a: a + "\u00a0"])
def test_near_duplicate_options_are_refused(tmp_path, capsys, twin):
    quiz = seed_quiz(tmp_path, capsys)
    mcq = next(q for q in quiz["questions"] if q["type"] == "mcq" and len(q["options"]) == 4)
    wrong = next(i for i, o in enumerate(mcq["options"]) if o != mcq["answer"])
    mcq["options"][wrong] = twin(mcq["answer"])
    path = write(tmp_path / "e.json", json.dumps(quiz, ensure_ascii=False))
    code, _, stderr = quizgen(capsys, "render", path, "--out", tmp_path / "r")
    one_error(code, stderr, "are the same but for case or spaces")


@pytest.mark.parametrize("markup", ["<b", "</i>", "<!--", "a <script"])
def test_markup_options_are_refused(tmp_path, capsys, markup):
    quiz = seed_quiz(tmp_path, capsys)
    mcq = next(q for q in quiz["questions"] if q["type"] == "mcq")
    wrong = next(i for i, o in enumerate(mcq["options"]) if o != mcq["answer"])
    mcq["options"][wrong] = markup
    path = write(tmp_path / "e.json", json.dumps(quiz, ensure_ascii=False))
    code, _, stderr = quizgen(capsys, "render", path, "--out", tmp_path / "r")
    one_error(code, stderr, "holds markup")


def test_markup_fragments_never_become_options(tmp_path, capsys):
    text = (
        "La France a livré des tentes à la <b>Moldavie</b>. L'Italie a livré des couvertures à la <i>Géorgie. "
        "La Suède a livré des vivres à l'<b>Arménie</b>. Le Japon a livré du riz au Soudan <b. "
        "L'Espagne a livré des médicaments au Maroc. La <b>Norvège</b> a livré des obus à la Lettonie.\n"
    )
    path = write(tmp_path / "a.txt", text)
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, stderr
    quiz = json.loads((tmp_path / "o" / "a.json").read_text(encoding="utf-8"))
    options = [o for q in quiz["questions"] if q["type"] == "mcq" for o in q["options"]]
    assert options and not any("<" in o for o in options)
    assert not any("<" in q["answer"] for q in quiz["questions"])
    from quizgen.render.jsonin import option_key

    for q in quiz["questions"]:
        if q["type"] == "mcq":
            assert len({option_key(o) for o in q["options"]}) == len(q["options"])


# --- 14. deck names ----------------------------------------------------------------------------


@pytest.mark.parametrize("deck", ["::", "Histoire::", "::Ukraine", "A:: ::B", " "])
def test_empty_deck_part_is_refused(tmp_path, capsys, deck):
    code, _, stderr = quizgen(capsys, "make", SEED, "--out", tmp_path / "o", "--deck", deck)
    one_error(code, stderr, "has an empty part")
    assert not (tmp_path / "o").exists()


# --- 16. what is read ------------------------------------------------------------------------------


def test_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = run("make", fifo, "--out", tmp_path / "o", timeout=60)
    one_error(result.returncode, result.stderr, f"{fifo}: not a regular file (a named pipe)")
    assert time.monotonic() - started < 30
    # in a folder, a named pipe is no article either (and is not opened)
    write(tmp_path / "d" / "a.txt", SEED_TEXT)
    os.mkfifo(tmp_path / "d" / "b.txt")
    result = run("make", tmp_path / "d", "--out", tmp_path / "o", timeout=60)
    one_error(result.returncode, result.stderr, "not a regular file (a named pipe)")


def test_dev_zero_is_refused(tmp_path, capsys):
    code, _, stderr = quizgen(capsys, "make", "/dev/zero", "--out", tmp_path / "o")
    one_error(code, stderr, "/dev/zero: not a regular file (a device)")


def test_max_size_limits_what_is_read(tmp_path, capsys):
    from quizgen.ingest import read_article

    big = write(tmp_path / "big.txt", SEED_TEXT * (1_200_000 // len(SEED_TEXT.encode()) + 1))
    code, _, stderr = quizgen(capsys, "make", big, "--out", tmp_path / "o", "--max-size", "1")
    one_error(code, stderr, f"{big}: larger than 1 MB; use --max-size to read it anyway")
    assert read_article(big, max_size=2_000_000).text
    with pytest.raises(Exception, match="larger than 10 MB"):
        read_article(write(tmp_path / "huge.txt", "a" * 10_000_001))


# --- 17. checked before the article is parsed -----------------------------------------------------


def test_checked_before_parsing_out_under_a_file(tmp_path):
    blocker = write(tmp_path / "file.txt", "x")
    started = time.monotonic()
    result = run("make", SEED, "--out", blocker / "o")
    one_error(result.returncode, result.stderr, "is not a folder")
    assert time.monotonic() - started < 3  # spaCy was not loaded


def test_checked_before_parsing_unknown_model(tmp_path):
    started = time.monotonic()
    result = run("make", SEED, "--out", tmp_path / "o", "--model", "xx_no_such_model")
    one_error(result.returncode, result.stderr, "the spaCy pipeline 'xx_no_such_model' is not installed")
    assert time.monotonic() - started < 3
    assert not (tmp_path / "o").exists()


@needs_mount
def test_checked_before_parsing_read_only_out(tmp_path):
    script = 'mount -o remount,ro "$FULL" && ' + quizgen_shell("make", str(SEED), "--out", "$FULL/o")
    started = time.monotonic()
    result = in_full_disk(tmp_path, "1m", script)
    assert "rc=1" in result.stdout, result.stdout + result.stderr
    one_error(1, result.stderr, "the output folder is not writable")
    assert time.monotonic() - started < 4


def test_long_file_name_still_gives_its_outputs(tmp_path, capsys):
    path = write(tmp_path / ("é" * 120 + ".txt"), SEED_TEXT)  # 243 bytes: no room for a temporary name
    code, _, stderr = quizgen(capsys, "make", path, "--out", tmp_path / "o", "--format", "apkg,html,kahoot")
    assert code == 0, stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == sorted(
        ["e" * 80 + ".apkg", "e" * 80 + ".html", "e" * 80 + ".kahoot.csv"]
    )


# --- 18. nesting ---------------------------------------------------------------------------------


def test_deeply_nested_json_is_one_line(tmp_path, capsys):
    path = write(tmp_path / "deep.json", '{"article": ' + "[" * 100_000 + "]" * 100_000 + "}")
    code, _, stderr = quizgen(capsys, "render", path, "--out", tmp_path / "o")
    one_error(code, stderr, f"{path}: nested too deeply")


# --- 15. questions of a long article ------------------------------------------------------------


def facts_article(sentences: int) -> str:
    """The benchmark's long article (benchmarks/speed.py (c)): a different delivery each sentence."""
    spec = importlib.util.spec_from_file_location("speed", ROOT / "benchmarks" / "speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.facts_article(sentences)


def test_questions_grow_linearly_not_quadratically_with_the_facts():
    from quizgen.ingest import parse_article
    from quizgen.pipeline import Options, analyse_articles, build_quiz
    from quizgen.questions.similarity import same_thing

    _, found = next(analyse_articles([parse_article(facts_article(700), slug="long")]))
    assert len(found.facts) > 450
    same_thing.cache_clear()
    quiz = build_quiz(found, Options(every_question=True))  # the most questions: the most comparisons
    info = same_thing.cache_info()
    assert len(quiz.questions) > 550  # (figures of details after the lead are no blanks since 2026-12-03)
    # before the facts were indexed: 23 M comparisons (21 s); now about 0.34 M. Counted, not timed:
    # time is measured in benchmarks/speed.py, these machines are shared
    assert info.hits + info.misses < 2_000_000
