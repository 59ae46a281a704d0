"""Recall@k of gold passages, retrieval alone, with document context on and off.

    python -m assistant.evaluation.retrieval_recall --corpus corpus --corpus evals/corpus \\
        --dataset evals/dev_a.jsonl --dataset evals/dev_b.jsonl --out reports/context.json

Builds one throwaway index per setting (context in the keyword index and the embedded
text, or neither), asks every question that has evidence, and counts a question as found
when a top-k chunk holds one of its gold quotes whole. Questions tagged ``subject`` also
report whether the first hit is from the right document (``subject_missed`` lists those
where it is not). Only the retrieval stage runs, so question types the answer scorer
does not know yet are measured too.
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from assistant.answering.models import Turn
from assistant.answering.questions import analyze
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)

SETTINGS = {"context": (1, True), "no_context": (0, False)}  # (context_repeat, embed_context)


def measure(index: Index, questions: list[dict[str, Any]], k: int) -> dict[str, Any]:
    found = subject = subject_first = asked = 0
    missed: list[str] = []
    subject_missed: list[str] = []
    for q in questions:
        spans = []
        for ev in q.get("evidence") or []:
            doc = index.document(ev["doc_id"])
            at = doc.text.find(ev["quote"]) if doc is not None else -1
            if at >= 0:
                spans.append((ev["doc_id"], at, at + len(ev["quote"])))
        if not spans:
            continue
        history = [Turn(**t) for t in q.get("history", [])]
        hits = retrieve(index, analyze(q["question"], history).retrieval_query, k=k)
        asked += 1
        hit = any(h.doc_id == d and h.start <= s and e <= h.end for h in hits for d, s, e in spans)
        found += hit
        if not hit:
            missed.append(q["id"])
        if "subject" in q.get("tags", []):
            subject += 1
            first = bool(hits) and hits[0].doc_id == spans[0][0]
            subject_first += first
            if not first:
                subject_missed.append(q["id"])
    return {
        "questions": asked,
        f"recall_at_{k}": round(found / asked, 4) if asked else None,
        "subject_questions": subject,
        "subject_first_document": round(subject_first / subject, 4) if subject else None,
        "missed": missed,
        "subject_missed": subject_missed,
    }


def run(base: Settings, corpora: list[Path], datasets: list[Path], k: int) -> dict[str, Any]:
    questions = [
        json.loads(line)
        for path in datasets
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    results: dict[str, Any] = {}
    for name, (repeat, embed) in SETTINGS.items():
        with tempfile.TemporaryDirectory(prefix="zone-recall-") as tmp:
            settings = base.model_copy(
                update={"index_dir": Path(tmp) / "index", "chroma_url": None}, deep=True
            )
            settings.retrieval.context_repeat = repeat
            settings.retrieval.embed_context = embed
            index = Index(settings)
            ingest(index, corpora)
            results[name] = measure(index, questions, k)
            logger.info(
                "%s: %s",
                name,
                {k: v for k, v in results[name].items() if not k.endswith("missed")},
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, required=True)
    parser.add_argument("--dataset", action="append", type=Path, required=True)
    parser.add_argument("-k", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path("reports/context_recall.json"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    results = run(load_settings(), args.corpus, args.dataset, args.k)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":  # the ingest helper process re-imports this module
    main()
