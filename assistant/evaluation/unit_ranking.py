"""Where the extractive answerer ranks the unit holding each question's gold evidence.

    python -m assistant.evaluation.unit_ranking --corpus corpus --corpus evals/corpus \\
        --dataset evals/dev_a.jsonl --dataset evals/dev_e.jsonl --out reports/units.json

``--corpus`` takes files or folders; a folder is ingested whole (its README too), so to
read the documents the CI gate reads, name them one by one as tests/test_gate_splits does.

Every answerable question with evidence is answered through the chain and scored as the
eval does (passed, wrong, refused). Then the units the answerer read for it are ranked the
way it ranks them (``ExtractiveAnswerer._scored``, whole question) and the first unit that
overlaps a gold quote is placed: ranked first among the units not ruled out, second or
third, lower, ruled out (``constraints.rejection``), or not among the units read at all.
The cross-table of outcome and place tells a change to unit choice what it can win (wrong
answers whose evidence unit is read but not first) and what it risks (passing answers
whose evidence unit is first).
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answering.chain import AnswerChain, build_chain
from assistant.answering.composing import Context
from assistant.answering.evidence import Sentence
from assistant.answering.models import Question
from assistant.answering.questions import key_phrase
from assistant.answering.units import gather_sentences
from assistant.answering.version_columns import version_view
from assistant.evaluation.runner import GoldItem, evaluate, load_gold
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.settings import Settings, load_settings

logger = logging.getLogger(__name__)

PLACES = ("first", "second_or_third", "lower", "ruled_out", "not_read")
OUTCOMES = ("passed", "wrong", "refused")


@dataclass
class Placed:
    id: str
    outcome: str
    place: str
    cited_evidence: bool  # the answer's first quote overlaps a gold quote


def _spans(index: Index, item: GoldItem) -> list[tuple[str, int, int]]:
    out = []
    for ev in item.evidence:
        doc = index.document(ev.doc_id)
        at = doc.text.find(ev.quote) if doc is not None else -1
        if at >= 0:
            out.append((ev.doc_id, at, at + len(ev.quote)))
    return out


def _overlaps(doc_id: str, start: int, end: int, spans: list[tuple[str, int, int]]) -> bool:
    return any(doc_id == d and start < e and end > s for d, s, e in spans)


def evidence_place(chain: AnswerChain, item: GoldItem, spans: list[tuple[str, int, int]]) -> str:
    """Where the answerer's ranking of the units it reads puts the first evidence unit."""
    settings, answerer = chain.settings, chain.extractive
    # The chain's own steps, so that the units are those the answer was made from.
    state = chain._retrieve(chain._prepare(Question(question=item.question, history=item.history)))
    aq, hits = state["aq"], state["hits"]
    units: list[Sentence] = gather_sentences(chain.index, hits[: settings.answer.context_chunks])
    units = version_view(chain.index, units, aq.text, aq.qtype)
    if not units:
        return "not_read"
    ctx = Context(aq, answerer._terms(aq, units), key_phrase(aq.text), units)
    rejected = answerer._rejected(ctx)
    kept, evidence_seen = [], False
    for unit, score in answerer._scored(ctx):
        hit = _overlaps(unit.doc_id, unit.start, unit.end, spans)
        evidence_seen = evidence_seen or hit
        if rejected(unit, score) is None:
            kept.append(hit)
    if True in kept:
        at = kept.index(True)
        return "first" if at == 0 else "second_or_third" if at < 3 else "lower"
    return "ruled_out" if evidence_seen else "not_read"


def measure(chain: AnswerChain, items: list[GoldItem]) -> dict[str, Any]:
    asked = [i for i in items if i.answerable and i.evidence]
    rows = evaluate(chain, asked)["rows"]
    placed: list[Placed] = []
    for item, row in zip(asked, rows, strict=True):
        spans = _spans(chain.index, item)
        if not spans:
            continue
        outcome = "passed" if row["passed"] else "refused" if row["refused"] else "wrong"
        first = row["citations"][:1]
        cited = bool(first) and _overlaps(
            first[0]["doc_id"], first[0]["start"], first[0]["end"], spans
        )
        placed.append(Placed(item.id, outcome, evidence_place(chain, item, spans), cited))
    table = Counter((p.outcome, p.place) for p in placed)
    return {
        "questions": len(placed),
        "table": {o: {p: table[(o, p)] for p in PLACES} for o in OUTCOMES},
        "wrong_citing_evidence": sum(p.outcome == "wrong" and p.cited_evidence for p in placed),
        "rows": [vars(p) for p in placed],
    }


def run(base: Settings, corpora: list[Path], datasets: list[Path]) -> dict[str, Any]:
    items = [item for path in datasets for item in load_gold(path)]
    with tempfile.TemporaryDirectory(prefix="zone-units-") as tmp:
        settings = base.model_copy(
            update={"index_dir": Path(tmp) / "index", "chroma_url": None}, deep=True
        )
        index = Index(settings)
        ingest(index, corpora)
        result = measure(build_chain(settings, index=index), items)
        index.close()
    logger.info("%s questions: %s", result["questions"], result["table"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, required=True)
    parser.add_argument("--dataset", action="append", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("reports/unit_ranking.json"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    result = run(load_settings(), args.corpus, args.dataset)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":  # the ingest helper process re-imports this module
    main()
