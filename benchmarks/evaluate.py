#!/usr/bin/env python3
"""Measure fact extraction on annotated articles (e.g. ../shared/devset).

    python benchmarks/evaluate.py ../shared/devset [--model fr_core_news_md] [--verbose]

For every ``NN*.txt`` with a ``NN*.gold.json`` beside it, runs quizgen's extraction and
prints precision, recall and F1 per kind. A gold fact is found when a predicted fact of
the same kind comes from the same sentence and every gold role shares at least half of
its content words with the predicted role (accents, case, determiners and digit grouping
ignored; a quantity may sit inside the theme). Facts are matched one to one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from quizgen.pipeline import Options, analyse
from quizgen.render.jsonout import fact_json

SCORED = ("transfer", "deployment", "quote", "request", "figure")
GOLD_KIND = {"quantity": "figure"}
ROLE_MAP = {  # gold field -> quizgen field
    "who": "agent",
    "what": "theme",
    "to_whom": "recipient",
    "where": "destination",
    "quantity": "quantity",
    "speaker": "speaker",
    "quote": "quote",
}
ROLES_BY_KIND = {
    "transfer": ("who", "what", "to_whom", "quantity"),
    "deployment": ("who", "what", "where", "quantity"),
    "quote": ("speaker", "quote"),
    "figure": ("quantity", "what"),
    "request": ("who", "to_whom", "what", "quantity"),
}
FUNCTION_WORDS = set(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "au",
        "aux",
        "a",
        "à",
        "en",
        "et",
        "ou",
        "par",
        "pour",
        "sur",
        "dans",
        "avec",
        "sans",
        "que",
        "qui",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "se",
        "s",
        "ne",
        "pas",
        "plus",
        "même",
        "meme",
        "environ",
        "près",
        "pres",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "and",
        "or",
        "with",
        "from",
        "into",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "some",
        "about",
        "around",
        "nearly",
        "over",
        "than",
        "as",
    ]
)


def words(text: str | None) -> set[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("\u202f", " ").replace("\xa0", " ")
    text = re.sub(r"(?<=\d)[ ,.](?=\d{3}\b)", "", text)  # 5 000 / 5,000 -> 5000
    text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)  # u.s. -> us
    tokens = re.findall(r"[a-z0-9]+", text)
    content = {t for t in tokens if (t not in FUNCTION_WORDS and len(t) > 1) or t.isdigit()}
    return content or set(tokens)


def overlaps(gold, predicted: str | None) -> bool:
    if isinstance(gold, list):
        return any(overlaps(g, predicted) for g in gold)
    a, b = words(gold), words(predicted)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 1 and shared / min(len(a), len(b)) >= 0.5


def same_sentence(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    return shared / len(wa | wb) >= 0.5 or shared / min(len(wa), len(wb)) >= 0.8


def matches(gold: dict, fact: dict) -> bool:
    kind = GOLD_KIND.get(gold["type"], gold["type"])
    if fact["kind"] != kind or not same_sentence(gold.get("sentence", ""), fact["sentence"]):
        return False
    for field in ROLES_BY_KIND[kind]:
        if not gold.get(field):
            continue
        predicted = fact.get(ROLE_MAP[field])
        if not overlaps(gold[field], predicted) and not (
            field == "quantity" and overlaps(gold[field], fact.get("theme"))
        ):
            return False
    return True


def one_to_one(golds: list[dict], facts: list[dict]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (augmenting paths)."""
    edges = [[j for j, f in enumerate(facts) if matches(g, f)] for g in golds]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(golds)):
        assign(i, set())
    return [(i, j) for j, i in owner.items()]


HALVES = ("even", "odd")


def half_of(path: Path) -> str:
    """Which half an article belongs to, by the parity of its number: develop on one, check on the other."""
    number = re.match(r"\d+", path.name)
    return HALVES[int(number.group()) % 2] if number else HALVES[0]


def evaluate(
    folder: Path, model: str | None = None, verbose: bool = False, half: str | None = None, by_half: dict | None = None
) -> dict[str, list[int]]:
    """Per kind: [gold, predicted, matched] over every annotated article of ``folder`` (or one ``half`` of them).

    ``by_half``, when given, receives the same counts for each half separately.
    """
    totals = {k: [0, 0, 0] for k in SCORED}
    articles = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())
    articles = [p for p in articles if half is None or half_of(p) == half]
    for path in articles:
        gold_all = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        golds = [g for g in gold_all if GOLD_KIND.get(g["type"], g["type"]) in SCORED]
        found = analyse(path, Options(model=model if "_fr_" in path.name else None))
        facts = [fact_json(f) for f in found.facts if f.kind in SCORED]
        pairs = one_to_one(golds, facts)
        matched_gold = {i for i, _ in pairs}
        matched_fact = {j for _, j in pairs}
        for kind in SCORED:
            gk = [i for i, g in enumerate(golds) if GOLD_KIND.get(g["type"], g["type"]) == kind]
            counts = (len(gk), sum(1 for f in facts if f["kind"] == kind), sum(1 for i in gk if i in matched_gold))
            targets = [totals]
            if by_half is not None:
                targets.append(by_half.setdefault(half_of(path), {k: [0, 0, 0] for k in SCORED}))
            for target in targets:
                for i, n in enumerate(counts):
                    target[kind][i] += n
        print(f"{path.name[:40]:40} gold {len(golds):3} predicted {len(facts):3} matched {len(pairs):3}")
        if verbose:
            for i, g in enumerate(golds):
                if i not in matched_gold:
                    print("   missed:", json.dumps({k: v for k, v in g.items() if k != "sentence"}, ensure_ascii=False))
            for j, f in enumerate(facts):
                if j not in matched_fact:
                    roles = {
                        k: f[k] for k in ("agent", "theme", "quantity", "recipient", "destination", "speaker") if f[k]
                    }
                    print("   extra: ", f["kind"], json.dumps(roles, ensure_ascii=False)[:200])
    return totals


def scores(gold: int, pred: int, match: int) -> tuple[float, float, float]:
    p = match / pred if pred else 0.0
    r = match / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(title: str, totals: dict[str, list[int]]) -> str:
    lines = [f"\n{title}", f"{'kind':11} {'gold':>5} {'pred':>5} {'P':>5} {'R':>5} {'F1':>5}"]
    for kind, (gold, pred, match) in totals.items():
        p, r, f1 = scores(gold, pred, match)
        lines.append(f"{kind:11} {gold:5} {pred:5} {p:5.2f} {r:5.2f} {f1:5.2f}")
    gold, pred, match = (sum(v[i] for v in totals.values()) for i in range(3))
    p, r, f1 = scores(gold, pred, match)
    lines.append(f"{'all':11} {gold:5} {pred:5} {p:5.2f} {r:5.2f} {f1:5.2f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default=None, help="spaCy pipeline for the French articles")
    parser.add_argument("--verbose", action="store_true", help="list missed gold facts and unmatched predictions")
    parser.add_argument("--half", choices=HALVES, help="only the even- or odd-numbered articles")
    args = parser.parse_args()
    if not any(args.folder.glob("*.gold.json")):
        print(f"no annotated articles in {args.folder}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    by_half: dict[str, dict[str, list[int]]] = {}
    totals = evaluate(args.folder, args.model, args.verbose, args.half, by_half)
    print(table("all articles" if args.half is None else f"{args.half}-numbered articles", totals))
    if args.half is None:
        for name in HALVES:
            if name in by_half:
                print(table(f"{name}-numbered articles", by_half[name]))
    print(
        f"\n{sum(1 for p in args.folder.glob('*.gold.json') if args.half in (None, half_of(p)))} articles"
        f" in {time.perf_counter() - start:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
