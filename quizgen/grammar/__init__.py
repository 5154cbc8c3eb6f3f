"""Language-specific grammar used to write questions: one module per language.

Words live in the language tables (``quizgen/lang/*.toml``); the modules here hold only
the rules that combine them (elision, contraction, inversion, agreement).
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from ..models import Fact


class Grammar(Protocol):
    lang: str

    def question(self, fact: Fact, role: str, answer_kind: str, apostrophe: str) -> str | None: ...

    def tense(self, verb) -> str: ...


def grammar(lang: str) -> Grammar:
    return import_module(f".{lang}", __name__).GRAMMAR
