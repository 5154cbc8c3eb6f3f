"""Find the templates: inside the installed package, or in the checkout's ``templates/``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SEARCH = (PACKAGE_DIR / "templates", PACKAGE_DIR.parent / "templates")


def template_dirs() -> list[Path]:
    return [d for d in SEARCH if d.is_dir()]


def read_template(name: str) -> str:
    """A template file read verbatim (Anki's own ``{{Field}}`` syntax is not Jinja2's)."""
    for folder in template_dirs():
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"template {name} not found in {', '.join(map(str, SEARCH))}")


def french_spaces(text: str) -> str:
    """No line break between a word and « ? », « : », « ; », « ! » or inside « … » when printed."""
    text = re.sub(r" ([?!:;»])", "\u00a0\\1", text)
    return re.sub(r"« ", "«\u00a0", text)


@lru_cache(maxsize=1)
def environment() -> Environment:
    # autoescape=True: select_autoescape() would not escape a « .html.j2 » file
    env = Environment(
        loader=FileSystemLoader([str(d) for d in template_dirs()]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["french_spaces"] = french_spaces
    return env
