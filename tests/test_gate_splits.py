"""The CI gate over the development and the held-out test split.

Each split is answered over the shipped report plus its documents (evals/corpus/, and
evals/corpus-test/ for the test split) and its headline figures must stay within
evals/thresholds_dev.json and evals/thresholds_test.json. The test split's thresholds
come from one measurement, never from tuning on it.
"""

from pathlib import Path

import numpy as np
import pytest

from assistant.answering.chain import build_chain
from assistant.evaluation.runner import (
    check_gate,
    evaluate,
    load_gold,
    load_thresholds,
    summarize_report,
)
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import CORPUS, ROOT, make_settings

EVALS = ROOT / "evals"
SPLITS = {
    "dev": {
        "folders": [EVALS / "corpus"],
        "questions": [
            "dev_seed.jsonl",
            "dev_a.jsonl",
            "dev_b.jsonl",
            "dev_c.jsonl",
            "dev_d.jsonl",
            "dev_e.jsonl",
            "dev_f.jsonl",
            "dev_g.jsonl",
            "dev_h.jsonl",
            "dev_i.jsonl",
            "dev_j.jsonl",
            "dev_k.jsonl",
            "dev_l.jsonl",
            "dev_m.jsonl",
            "dev_n.jsonl",
            "dev_o.jsonl",
        ],
        "paraphrases": [
            "dev_a_paraphrases.jsonl",
            "dev_b_paraphrases.jsonl",
            "dev_c_paraphrases.jsonl",
        ],
        "thresholds": EVALS / "thresholds_dev.json",
    },
    "test": {
        "folders": [EVALS / "corpus", EVALS / "corpus-test"],
        "questions": ["test.jsonl", "test_t2.jsonl", "test_t3.jsonl"],
        "paraphrases": [],
        "thresholds": EVALS / "thresholds_test.json",
    },
}


def documents(folder: Path) -> list[Path]:
    """The documents of a corpus folder: not its README, sources or build scripts."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "README.md")


# Cosine similarities closer than this are a tie (float32 vectors, two ways of computing).
TIE = 1e-5
# HNSW is approximate and its graph differs from one build to the next: at ef_search 400 a
# build now and then leaves out a chunk, always deep in the top 40 (16 of 120 rebuilds of
# the two splits' vectors, at ranks 22-38). Chroma's default (ef_search 100) lost about 0.5 % of the top-40
# places, 16 of them in a dev question's top 10. The gate holds the measured behaviour.
MIN_RECALL = 0.9995
EXACT_TOP = 10


def missed_neighbours(index: Index, questions: list[str], n: int = 40) -> dict[str, list[int]]:
    """For each question whose n nearest chunks from Chroma leave out one of the exact n
    nearest by cosine over every stored vector, the exact ranks (0-based) left out. A
    chunk is missed only when it is nearer than the farthest one returned: chunks of
    equal text (a rule and its revision sharing an article) tie, and either may be kept."""
    ids, vectors = [], []
    for got_ids, got in index.vectors.batches():
        ids += got_ids
        vectors += list(got)
    matrix = np.asarray(vectors, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    missed = {}
    for question in questions:
        vector = index.vectors.embedder.embed_query_array(question)
        scores = matrix @ (vector / np.linalg.norm(vector))
        got = index.vectors.search(question, n, vector=vector)
        kept = {c for c, _ in got}
        lowest = min(sim for _, sim in got)
        exact = np.argsort(-scores)[:n]
        ranks = [r for r, i in enumerate(exact) if ids[i] not in kept and scores[i] > lowest + TIE]
        if ranks:
            missed[question] = ranks
    return missed


def check_neighbours(missed: dict[str, list[int]], questions: int, n: int = 40) -> list[str]:
    """What the vector store's misses break of the gate's recall bounds."""
    failures = []
    places = sum(len(r) for r in missed.values())
    if 1 - places / (questions * n) < MIN_RECALL:
        failures.append(f"{places} of {questions * n} top-{n} places missed")
    shallow = [q for q, ranks in missed.items() if min(ranks) < EXACT_TOP]
    if shallow:
        failures.append(f"{len(shallow)} questions miss a top-{EXACT_TOP} chunk: {shallow[:3]}")
    return failures


def run_split(name: str, tmp_path: Path) -> dict:
    split = SPLITS[name]
    settings = make_settings(tmp_path / "index")
    index = Index(settings)
    files = [CORPUS] + [doc for folder in split["folders"] for doc in documents(folder)]
    assert not ingest(index, files).errors
    chain = build_chain(settings, index=index)
    rows, questions = [], []
    for file in split["questions"] + split["paraphrases"]:
        gold = load_gold(EVALS / file)
        questions += [q.question for q in gold]
        rows += evaluate(chain, gold)["rows"]
    failures = check_neighbours(missed_neighbours(index, questions), len(questions))
    assert failures == [], failures
    return summarize_report(rows, settings.retrieval.top_k)


@pytest.mark.parametrize("name", ["dev", "test"])
def test_split_gate(name, tmp_path):
    report = run_split(name, tmp_path)
    thresholds = load_thresholds(SPLITS[name]["thresholds"])
    failures = check_gate(report["overall"], thresholds.get("overall", {}))
    for group in ("originals", "paraphrases"):
        if report[group] and group in thresholds:
            failures += [f"{group}: {f}" for f in check_gate(report[group], thresholds[group])]
    for tag, bounds in thresholds.get("by_tag", {}).items():
        failures += [f"{tag}: {f}" for f in check_gate(report["by_tag"][tag], bounds)]
    assert failures == [], failures


def test_neighbour_bounds():
    """A rare miss deep in the top 40 passes; a top-10 miss or many misses do not."""
    assert check_neighbours({"q": [30]}, 1000) == []
    assert check_neighbours({"q": [3]}, 1000)[0].startswith("1 questions miss a top-10")
    many = {f"q{i}": [35] for i in range(30)}
    assert check_neighbours(many, 1000)[0] == "30 of 40000 top-40 places missed"
