"""The command line as a user runs it: files written, text printed, errors in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app

from .conftest import SEED

runner = CliRunner()
QUIZGEN = [sys.executable, "-c", "from quizgen.cli import main; main()"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*QUIZGEN, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_make_writes_deck_and_worksheet_by_default(tmp_path):
    result = runner.invoke(app, ["make", str(SEED), "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["000-68994aef2ec81e38.apkg", "000-68994aef2ec81e38.html"]
    assert "questions" in result.output


def test_json_contract(tmp_path):
    runner.invoke(app, ["make", str(SEED), "--out", str(tmp_path), "--format", "json"], catch_exceptions=False)
    data = json.loads((tmp_path / "000-68994aef2ec81e38.json").read_text(encoding="utf-8"))
    assert set(data["article"]) >= {"slug", "title", "date", "lang", "source"}
    keys = {"id", "type", "fact_id", "fact_kind", "prompt", "answer", "options", "cloze", "sentence"}
    for q in data["questions"]:
        assert keys <= set(q)
        if q["type"] == "mcq":
            assert q["options"].count(q["answer"]) == 1
        else:
            assert f"{{{{c1::{q['answer']}" in q["cloze"].replace("&#x27;", "'")
            assert "_____" in q["prompt"]


def test_facts_json_contract():
    result = runner.invoke(app, ["facts", str(SEED), "--json"], catch_exceptions=False)
    data = json.loads(result.output)
    keys = {"id", "kind", "sentence", "agent", "theme", "quantity", "recipient", "destination", "speaker", "quote"}
    assert data["facts"]
    for fact in data["facts"]:
        assert keys <= set(fact)
        assert fact["kind"] in {"transfer", "deployment", "quote", "request", "figure"}


def test_facts_table_is_readable():
    result = runner.invoke(app, ["facts", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "transfer" in result.output and "Allemagne" in result.output


def test_every_command_has_help():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.help, f"command {name} has no help"
        for param in command.params:
            if param.name != "help":
                assert getattr(param, "help", None), f"{name} --{param.name} has no help"


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda d: None, ["make", "{d}/missing.txt"], "no such file"),
        (lambda d: (d / "folder").mkdir(), ["make", "{d}/folder"], "no article"),
        (lambda d: (d / "folder").mkdir(), ["facts", "{d}/folder"], "is a folder"),
        (lambda d: (d / "empty.txt").write_text(""), ["make", "{d}/empty.txt"], "empty"),
        (lambda d: (d / "blank.txt").write_text("  \n\n  "), ["make", "{d}/blank.txt"], "empty"),
        (
            lambda d: (d / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            ["make", "{d}/img.png"],
            "not a text file",
        ),
        (lambda d: None, ["make", str(SEED), "--format", "pdf", "--out", "{d}/o"], "unknown format"),
        (lambda d: None, ["make", str(SEED), "--lang", "de", "--out", "{d}/o"], "not supported"),
    ],
)
def test_bad_input_gets_one_clear_line(tmp_path, setup, args, message):
    setup(tmp_path)
    result = run(*[a.replace("{d}", str(tmp_path)) for a in args])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0] and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("**/*.apkg")) and not list(tmp_path.glob("**/*.part"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_folder(tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    result = run("make", str(SEED), "--out", str(out))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_output_folder_that_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("keep me")
    result = run("make", str(SEED), "--out", str(target))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert target.read_text() == "keep me"


def test_failed_run_keeps_the_previous_outputs(tmp_path):
    assert run("make", str(SEED), "--out", str(tmp_path)).returncode == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert run("make", str(SEED), str(tmp_path / "missing.txt"), "--out", str(tmp_path)).returncode != 0
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_help_does_not_import_spacy():
    code = "import sys; from quizgen.cli import app; import typer.main; typer.main.get_command(app); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False"
