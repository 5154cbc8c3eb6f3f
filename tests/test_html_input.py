"""A web page saved from a browser becomes an article: its text, title, date and address, no menus."""

from __future__ import annotations

import json

from quizgen.cli import main
from quizgen.ingest import read_article

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Aide à la Moldavie - Le Journal du Soir</title>
<meta property="og:title" content="Aide à la Moldavie">
<meta name="date" content="2023-03-04">
<link rel="canonical" href="https://journal.example.org/aide-moldavie">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> S'abonner à la newsletter</nav>
<article>
<h1>Aide à la Moldavie</h1>
<p>La France a livré des tentes à la Moldavie. L'Italie a livré des couvertures à la Géorgie.</p>
<p>La Suède a livré des vivres à l'Arménie. Le Japon a livré du riz au Soudan.</p>
</article>
<footer>© Le Journal du Soir. Tous droits réservés. Mentions légales.</footer>
</body></html>
"""


def test_page_becomes_an_article(tmp_path):
    page = tmp_path / "aide-moldavie.html"
    page.write_text(PAGE, encoding="utf-8")
    article = read_article(page)
    assert article.title == "Aide à la Moldavie"
    assert article.date == "2023-03-04"
    assert article.source == "https://journal.example.org/aide-moldavie"
    assert article.text.startswith("La France a livré des tentes à la Moldavie.")
    assert "Accueil" not in article.text and "droits réservés" not in article.text
    assert article.slug == "aide-moldavie"


def test_page_makes_questions(tmp_path, capsys):
    page = tmp_path / "aide-moldavie.html"
    page.write_text(PAGE, encoding="utf-8")
    main(["make", str(page), "--out", str(tmp_path / "out"), "--format", "json"])
    data = json.loads((tmp_path / "out" / "aide-moldavie.json").read_text(encoding="utf-8"))
    assert data["article"]["title"] == "Aide à la Moldavie"
    assert any(q["answer"] == "France" for q in data["questions"])


def test_page_with_no_text_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Rien</title></head><body><nav>Menu</nav></body></html>", encoding="utf-8")
    code = "from quizgen.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code, "make", str(page), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"quizgen: error: {page}: no article text found in this web page"]
