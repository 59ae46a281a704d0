"""`zone-assistant bench --realistic`: the bench on varied copies of real-shaped documents.

The corpus is built by :mod:`assistant.evaluation.scale_corpus` in a temporary folder;
the questions are the development questions re-targeted to the copies, so retrieval is
scored on the copy's evidence quote and answers on the copy's gold facts, with the scoring
of `zone-assistant eval`. Ingest, embedding, latency and memory are measured by the same
code as the synthetic bench (:mod:`assistant.evaluation.bench`).
"""

from __future__ import annotations

import json
import logging
import shutil
import statistics
from pathlib import Path
from typing import Any

from assistant.answering.chain import build_chain
from assistant.answering.models import Question
from assistant.evaluation.bench import (
    Probe,
    _hit,
    _timed,
    baseline_ranks,
    bench_workdir,
    measure_ingest,
    timing_fields,
)
from assistant.evaluation.memory import RssSampler
from assistant.evaluation.retargeting import dev_questions, retargeted_questions
from assistant.evaluation.runner import GoldItem, score_item
from assistant.evaluation.scale_corpus import Source, build_scale_corpus, development_sources
from assistant.index import Hit, Index
from assistant.ingest.loaders import discover
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.settings import Settings

logger = logging.getLogger(__name__)

K = 5


def probes_of(index, items: list[GoldItem]) -> list[Probe]:
    """One probe per question: the span of its first evidence quote in the copy."""
    probes = []
    for item in items:
        ev = item.evidence[0]
        doc = index.document(ev.doc_id)
        pos = doc.text.find(ev.quote) if doc is not None else -1
        if pos < 0:
            raise ValueError(f"evidence of {item.id} not found in the ingested copy")
        probes.append(Probe(item.question, ev.doc_id, pos, pos + len(ev.quote)))
    return probes


def _quality(ranks: list[int | None]) -> dict[str, float]:
    return {
        "recall_at_5": round(sum(r is not None for r in ranks) / len(ranks), 4),
        "mrr": round(sum(1 / r for r in ranks if r is not None) / len(ranks), 4),
    }


def question_rows(
    index: Index,
    items: list[GoldItem],
    ours: list[int | None],
    base: list[int | None],
    tops: list[list[Hit]],
    scored: list[dict[str, Any]],
    source_passed: dict[str, bool] | None = None,
) -> list[dict[str, Any]]:
    """One row per question, to diagnose a run: what was asked of which copy, where the
    evidence ranked (ours and the baseline's; None: not in the top 5), what came first
    instead, whether that was the right copy, whether the answer passed, what it said and
    cited, and whether the question as written passed on its source document alone."""
    source_passed = source_passed or {}
    out = []
    for item, rank, base_rank, hits, row in zip(items, ours, base, tops, scored, strict=True):
        ev = item.evidence[0]
        doc = index.document(ev.doc_id)
        out.append(
            {
                "id": item.id,
                "question": item.question,
                "copy": ev.doc_id,
                "copy_title": doc.title if doc is not None else "",
                "quote": ev.quote,
                "rank": rank,
                "baseline_rank": base_rank,
                "copy_in_top5": any(h.doc_id == ev.doc_id for h in hits),
                "top5": [
                    {"doc_id": h.doc_id, "title": h.title, "section": h.section, "score": h.score}
                    for h in hits
                ],
                "answer_passed": bool(row["passed"]),
                "source_passed": source_passed.get(item.id.split("@")[0]),
                "direct_answer": row["direct_answer"],
                "refused": row["refused"],
                "missing": row.get("missing", []),
                "cited_docs": [c["doc_id"] for c in row["citations"]],
            }
        )
    return out


def write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    logger.info("wrote %d question rows to %s", len(rows), path)


def source_accuracy(
    settings: Settings, work: Path, sources: list[Source], items: list[GoldItem], evals_dir: Path
) -> dict[str, Any]:
    """The answer accuracy of the same questions, as written, on their source documents
    alone: what the answerer does without copies, to tell scale from the answerer. Also
    returns, under ``passed``, each original question's result by its id."""
    folder = work / "sources"
    folder.mkdir()
    for source in sources:
        shutil.copy(source.path, folder / source.path.name)
    control = settings.model_copy(
        update={
            "index_dir": work / "sources-index",
            "corpus_dir": folder,
            "collection": f"{settings.collection}_sources",
        }
    )
    index = Index(control)
    ingest(index, [folder])
    chain = build_chain(control, index=index)
    wanted = {item.id.split("@")[0] for item in items}
    originals = [i for i in dev_questions(evals_dir) if i.id in wanted]
    passed = {
        i.id: bool(
            score_item(i, chain.ask(Question(id=i.id, question=i.question)), chain, K)["passed"]
        )
        for i in originals
    }
    if settings.chroma_url:
        index.client.delete_collection(control.collection)
    return {
        "questions": len(passed),
        "answer_accuracy": round(statistics.fmean(passed.values()), 4),
        "passed": passed,
    }


def run_realistic_bench(
    settings: Settings,
    chunks: int,
    evals_dir: Path,
    questions: int = 200,
    chroma_url: str | None = None,
    keep: Path | None = None,
    embed_compare: int = 2000,
    embed_repeats: int = 3,
    seed: int = 7,
    rows_path: Path | None = None,
) -> dict[str, Any]:
    """Build about ``chunks`` chunks of varied copies, ingest them, and measure speed,
    retrieval (ours and the LangChain baseline) and answer accuracy in one run. With
    ``rows_path``, one JSON line per question is written there (see :func:`question_rows`)."""
    with bench_workdir("zone-bench-real-", keep) as work, RssSampler() as memory:
        data = work / "realistic"
        shipped = discover([settings.corpus_dir])
        sources = development_sources(evals_dir / "corpus", shipped)
        corpus = build_scale_corpus(
            data, chunks, sources, seed, settings.chunking.size, settings.chunking.overlap
        )
        items = retargeted_questions(corpus, sources, dev_questions(evals_dir), questions)
        if not items:
            raise ValueError("no question could be re-targeted to the copies")
        copies = len(corpus.copies)
        del corpus  # the copies' texts: the bench's own data, not the assistant's
        index, bench_settings, ingested = measure_ingest(
            settings, data, work, memory, chroma_url, embed_compare, embed_repeats
        )
        probes = probes_of(index, items)

        retrieve(index, items[0].question)  # warm-up
        retrieve_ms, ours, tops = [], [], []
        with memory.stage("retrieve"):
            for p in probes:
                hits, ms = _timed(retrieve, index, p.question, k=K)
                retrieve_ms.append(ms)
                ours.append(
                    next(
                        (r for r, h in enumerate(hits, 1) if _hit(p, h.doc_id, h.start, h.end)),
                        None,
                    )
                )
                tops.append(hits)

        answer_ms, rows = [], []
        with memory.stage("answer"):
            chain = build_chain(bench_settings, index=index)
            for item in items:
                answer, ms = _timed(chain.ask, Question(id=item.id, question=item.question))
                answer_ms.append(ms)
                rows.append(score_item(item, answer, chain, K))
        with memory.stage("baseline"):
            base_ms, base = baseline_ranks(index, probes)

        by_type: dict[str, list[bool]] = {}
        for item, row in zip(items, rows, strict=True):
            by_type.setdefault(item.kind, []).append(row["passed"])
            for tag in item.tags:
                by_type.setdefault(f"tag:{tag}", []).append(row["passed"])
        with memory.stage("source_control"):
            control = source_accuracy(bench_settings, work, sources, items, evals_dir)
        by_source = control.pop("passed")
        if rows_path is not None:
            write_rows(rows_path, question_rows(index, items, ours, base, tops, rows, by_source))
        compared = ingested.pop("embed_compare")
        result = {
            "corpus": "realistic",
            **ingested,
            "copies": copies,
            "questions": len(items),
            **_quality(ours),
            **{f"baseline_{k}": v for k, v in _quality(base).items()},
            "answer_accuracy": round(statistics.fmean(r["passed"] for r in rows), 4),
            "answer_accuracy_by_type": {
                k: round(statistics.fmean(v), 4) for k, v in sorted(by_type.items())
            },
            "false_refusals": sum(bool(r.get("false_refusal")) for r in rows),
            "source_answer_accuracy": control,
        }
        if chroma_url:
            index.client.delete_collection(bench_settings.collection)
    # Read once the sampler has stopped: its last sample is in.
    return result | timing_fields(retrieve_ms, answer_ms, base_ms, memory, chroma_url, compared)
