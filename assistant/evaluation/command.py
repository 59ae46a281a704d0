"""`zone-assistant eval`: run a gold set, score it, diff it, gate it, write the reports."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.answering.chain import build_chain
from assistant.evaluation.distractors import RENAMES, write_distractors
from assistant.evaluation.report import write_report
from assistant.evaluation.runner import (
    check_gate,
    diff_reports,
    evaluate,
    load_gold,
    load_thresholds,
)
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.settings import Settings

logger = logging.getLogger(__name__)


def right_document_rate(report: dict[str, Any], items, named_only: bool = False) -> float | None:
    """Share of answered questions whose citations all point at a gold evidence document.

    ``named_only`` keeps the questions whose user turns name a place or person the
    look-alikes change: only those can tell the real document from its fictional twins.
    """
    gold_docs = {i.id: {e.doc_id for e in i.evidence} for i in items}
    named = {
        i.id
        for i in items
        if any(
            real in i.question + " ".join(t.content for t in i.history if t.role == "user")
            for real, _ in RENAMES
        )
    }
    answered = [
        r
        for r in report["rows"]
        if r["answerable"]
        and not r["refused"]
        and gold_docs.get(r["id"])
        and (not named_only or r["id"] in named)
    ]
    if not answered:
        return None
    right = sum(all(c["doc_id"] in gold_docs[r["id"]] for c in r["citations"]) for r in answered)
    return round(right / len(answered), 4)


def run_eval(
    settings: Settings,
    dataset: Path,
    out: Path,
    *,
    answerer: str | None = None,
    baseline: Path | None = None,
    distractors: bool = False,
    gate: Path | None = None,
    ingest_corpus: bool = True,
    progress: Callable[[int, int], None] | None = None,
    corpora: list[Path] | None = None,
    temporary_index: bool = False,
) -> dict[str, Any]:
    """Answer and score a gold set. ``corpora``: the folders to ingest (default: the
    settings' corpus); ``temporary_index``: build them into a throwaway index."""
    started = time.perf_counter()
    items = load_gold(dataset)
    corpora = list(corpora or [settings.corpus_dir])
    workdir = None
    try:
        if distractors or temporary_index:
            workdir = Path(tempfile.mkdtemp(prefix="zone-eval-"))
            settings = settings.model_copy(
                update={"index_dir": workdir / "index", "chroma_url": None}
            )
        if distractors:
            # The real corpus plus fictional look-alikes, in a throwaway index.
            corpus = workdir / "corpus"
            for n, folder in enumerate(corpora):
                shutil.copytree(folder, corpus / f"{n}_{Path(folder).name}")
            index = Index(settings)
            ingest(index, [corpus])
            fakes = write_distractors(list(index.documents.values()), workdir / "fiction")
            ingest(index, [workdir / "fiction"])
        else:
            index = Index(settings)
            if ingest_corpus:
                ingest(index, corpora)
        chain = build_chain(settings, index=index)
        report = evaluate(chain, items, progress=progress, answerer=answerer)
        report["meta"] = {
            "dataset": str(dataset),
            "answerer": answerer or settings.answer.answerer,
            "embedder": index.embedder.id,
            "documents": len(index.documents),
            "chunks": index.chunk_count,
            "written": datetime.now(UTC).isoformat(timespec="seconds"),
            "seconds": round(time.perf_counter() - started, 2),
        }
        if distractors:
            report["distractors"] = {
                "documents": len(fakes),
                "right_document_rate": right_document_rate(report, items),
                "right_document_rate_named": right_document_rate(report, items, named_only=True),
            }
            report["overall"]["right_document_rate"] = report["distractors"]["right_document_rate"]
            report["overall"]["right_document_rate_named"] = report["distractors"][
                "right_document_rate_named"
            ]
    finally:
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
    if baseline is not None:
        report["baseline_diff"] = diff_reports(
            report, json.loads(Path(baseline).read_text(encoding="utf-8"))
        )
    if gate is not None:
        report["gate"] = {
            "thresholds": str(gate),
            "failures": check_gate(report["overall"], load_thresholds(gate)),
        }
    report["meta"]["seconds"] = round(time.perf_counter() - started, 2)
    write_report(report, out)
    return report
