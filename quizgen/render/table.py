"""A plain-text table of facts for the terminal."""

from __future__ import annotations

from ..models import Fact

COLUMNS = ("kind", "agent", "theme", "quantity", "recipient", "destination", "speaker", "quote")
WIDTH = 34


def cell(text: str | None) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def facts_table(facts: tuple[Fact, ...]) -> str:
    if not facts:
        return "no facts found"
    lines = []
    for i, fact in enumerate(facts, 1):
        roles = [f"{r}: {cell(m.text)}" for r in COLUMNS[1:] if (m := fact.role(r)) is not None]
        flag = "" if fact.modality == "asserted" else f" [{fact.modality}]"
        lines.append(f"{i:3}. {fact.kind:<10}{flag} " + " | ".join(roles))
    return "\n".join(lines)
