"""Run a gold question set through the answering chain and score every answer."""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.answering.chain import AnswerChain
from assistant.answering.models import Answer, Question, Turn
from assistant.answering.questions import analyze
from assistant.answering.verification import facts_of, grounded_share
from assistant.evaluation.scoring import fact_present, keyword_recall, norm, score_list, split_list
from assistant.messages import msg
from assistant.retrieval import retrieve

QTYPES = (
    "list",
    "number",
    "date",
    "ranking",
    "entity",
    "duration",
    "yesno",
    "definition",
    "comparison",
    "multipart",
    "multiturn",
    "unanswerable",
)
# Tags reported on their own (see evals/README.md).
REPORTED_TAGS = (
    "subject",
    "table-row",
    "colloquial",
    "traditional",
    "paraphrase",
    "conflict",
    "cross-doc",
    "follow-up",
)
_MARKERS = re.compile(r"\[\d{1,3}\]")


class Evidence(BaseModel):
    doc_id: str
    quote: str


class GoldItem(BaseModel):
    id: str
    question: str
    type: Literal[QTYPES]  # type: ignore[valid-type]
    answer: str
    must_include: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[Turn] = Field(default_factory=list)
    resolved_type: str | None = None
    tags: list[str] = Field(default_factory=list)
    polarity: Literal["yes", "no"] | None = None
    paraphrase_of: str | None = None

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable" and self.resolved_type != "unanswerable"

    @property
    def kind(self) -> str:
        """The type that decides how the answer is scored (a follow-up's underlying type)."""
        return self.resolved_type if self.type == "multiturn" and self.resolved_type else self.type


class GoldSetError(ValueError):
    pass


def load_gold(path: Path) -> list[GoldItem]:
    items: list[GoldItem] = []
    seen: set[str] = set()
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = GoldItem.model_validate_json(line)
        except ValidationError as exc:
            raise GoldSetError(
                f"{path}:{lineno}: {exc.errors()[0]['msg']} ({exc.errors()[0]['loc']})"
            ) from exc
        if item.id in seen:
            raise GoldSetError(f"{path}:{lineno}: duplicate id {item.id}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise GoldSetError(f"{path}: no questions")
    return items


def _evidence_rank(item: GoldItem, retrieved: list[dict], chain: AnswerChain) -> int | None:
    """Rank (1-based) of the first retrieved chunk that holds a gold evidence quote."""
    spans = []
    for ev in item.evidence:
        doc = chain.index.document(ev.doc_id)
        if doc is None:
            continue
        pos = doc.text.find(ev.quote)
        if pos >= 0:
            spans.append((ev.doc_id, pos, pos + len(ev.quote)))
    for rank, hit in enumerate(retrieved, start=1):
        for doc_id, s, e in spans:
            if hit["doc_id"] == doc_id and hit["start"] <= s and e <= hit["end"]:
                return rank
    return None


def polarity_of(direct: str) -> str | None:
    """'yes'/'no' when a direct answer opens with the yes or no word, else None."""
    text = direct.strip()
    for label, key in (("yes", "answer_yes"), ("no", "answer_no")):
        word = msg(key).rstrip("。.")
        if text.startswith(word):
            return label
    return None


def score_item(item: GoldItem, answer: Answer, chain: AnswerChain, k: int) -> dict[str, Any]:
    # Facts are scored in the direct answer alone, read without its [n] markers.
    direct = _MARKERS.sub("", answer.direct_answer)
    quotes = [c.quote for c in answer.citations]
    verbatim = all(
        (doc := chain.index.document(c.doc_id)) is not None and doc.text[c.start : c.end] == c.quote
        for c in answer.citations + answer.related
    )
    row: dict[str, Any] = {
        "id": item.id,
        "type": item.type,
        "kind": item.kind,
        "question": item.question,
        "answer": answer.answer,
        "direct_answer": direct,
        "refused": answer.refused,
        "answerable": item.answerable,
        "citations": [c.model_dump() for c in answer.citations],
        "quotes_verbatim": verbatim,
        "timings_ms": answer.timings_ms,
        "notice": answer.notice,
        "tags": list(item.tags),
        "paraphrase_of": item.paraphrase_of,
    }
    if not item.answerable:
        # An answerer that broke on the question shows passages as a refusal: never a pass.
        failed = answer.notice == msg("answer_failed")
        row["passed"] = answer.refused and not failed
        row["missing"] = [] if row["passed"] else [f"(should refuse{' (failed)' * failed})"]
        return row
    rank = _evidence_rank(item, answer.retrieved, chain) if item.evidence else None
    row["evidence_rank"] = rank
    row["retrieval_hit"] = rank is not None and rank <= k
    if item.evidence:
        # The same question through each retriever alone, to show what fusion adds.
        query = analyze(item.question, item.history).retrieval_query
        for mode in ("dense", "keyword"):
            hits = [vars(h) for h in retrieve(chain.index, query, k=k, mode=mode)]
            row[f"{mode}_hit"] = _evidence_rank(item, hits, chain) is not None
    if answer.refused:
        row.update(
            passed=False, missing=list(item.must_include) or ["(refused)"], false_refusal=True
        )
        return row
    row["false_refusal"] = False
    present = [f for f in item.must_include if fact_present(f, direct)]
    supported = [f for f in present if any(fact_present(f, q) for q in quotes)]
    row["missing"] = [f for f in item.must_include if f not in supported]
    if item.polarity is not None:
        # A yes/no answer must say the right yes or no, not only quote the deciding words.
        row["polarity_ok"] = polarity_of(direct) == item.polarity
        if not row["polarity_ok"]:
            row["missing"].append(f"(polarity {item.polarity})")
    row["passed"] = not row["missing"]
    if item.kind == "list":
        ls = score_list(split_list(direct), item.must_include)
        row["list"] = {
            "precision": ls.precision,
            "recall": ls.recall,
            "f1": ls.f1,
            "in_order": ls.in_order,
        }
    if item.kind == "definition":
        row["keyword_recall"] = keyword_recall(item.must_include, direct)
    # Citation quality, in the spirit of ALCE: each citation should hold something it is
    # cited for; each fact of the answer should be in some cited quote.
    facts = list(dict.fromkeys(present + [f for f in facts_of(direct) if len(f) >= 2]))
    precise = 0
    for q in quotes:
        if any(fact_present(f, q) for f in facts) or (
            not facts and grounded_share(direct, norm(q)) >= 0.5
        ):
            precise += 1
    row["citation_precision"] = precise / len(quotes) if quotes else 0.0
    row["facts"] = len(facts)
    row["facts_supported"] = sum(any(fact_present(f, q) for q in quotes) for f in facts)
    return row


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))], 2)


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    answered = [r for r in answerable if not r["refused"]]
    with_evidence = [r for r in answerable if "evidence_rank" in r]
    ranks = [r["evidence_rank"] for r in with_evidence]
    facts = sum(r.get("facts", 0) for r in answered)
    totals = [r["timings_ms"].get("total", 0.0) for r in rows]
    lists = [r["list"] for r in answered if "list" in r]
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "pass_rate": _mean([float(r["passed"]) for r in rows]),
        "answer_accuracy": _mean([float(r["passed"]) for r in answerable]),
        "number_exact_match": _mean(
            [float(r["passed"]) for r in answerable if r["kind"] in ("number", "ranking")]
        ),
        "list_precision": _mean([x["precision"] for x in lists]),
        "list_recall": _mean([x["recall"] for x in lists]),
        "list_f1": _mean([x["f1"] for x in lists]),
        "list_in_order": _mean([x["in_order"] for x in lists]),
        "definition_keyword_recall": _mean(
            [r["keyword_recall"] for r in answered if "keyword_recall" in r]
        ),
        "retrieval_recall_at_k": _mean([float(r["retrieval_hit"]) for r in with_evidence]),
        "retrieval_mrr": _mean([1.0 / x if x else 0.0 for x in ranks]),
        "retrieval_recall_at_k_dense": _mean(
            [float(r["dense_hit"]) for r in with_evidence if "dense_hit" in r]
        ),
        "retrieval_recall_at_k_keyword": _mean(
            [float(r["keyword_hit"]) for r in with_evidence if "keyword_hit" in r]
        ),
        "citation_precision": _mean([r["citation_precision"] for r in answered]),
        "citation_support_rate": round(
            sum(r.get("facts_supported", 0) for r in answered) / facts, 4
        )
        if facts
        else None,
        "quotes_verbatim_rate": _mean([float(r["quotes_verbatim"]) for r in rows]),
        "correct_refusal_rate": _mean([float(r["refused"]) for r in unanswerable]),
        "false_refusal_rate": _mean([float(r["refused"]) for r in answerable]),
        "yesno_polarity_rate": _mean(
            [float(r["polarity_ok"]) for r in answerable if "polarity_ok" in r]
        ),
        "latency_ms_p50": _pct(totals, 0.5),
        "latency_ms_p95": _pct(totals, 0.95),
    }


def evaluate(
    chain: AnswerChain,
    items: list[GoldItem],
    progress: Callable[[int, int], None] | None = None,
    answerer: str | None = None,
) -> dict[str, Any]:
    k = chain.settings.retrieval.top_k
    rows = []
    for n, item in enumerate(items, start=1):
        answer = chain.ask(
            Question(id=item.id, question=item.question, history=item.history, answerer=answerer)
        )
        rows.append(score_item(item, answer, chain, k))
        if progress:
            progress(n, len(items))
    return summarize_report(rows, k)


def summarize_report(rows: list[dict[str, Any]], k: int) -> dict[str, Any]:
    """Overall figures, and the same per type, per tag, and for originals vs paraphrases."""
    by_type = {}
    for qtype in QTYPES:
        subset = [r for r in rows if r["type"] == qtype]
        if subset:
            by_type[qtype] = summarize(subset)
    by_tag = {}
    for tag in REPORTED_TAGS:
        subset = [r for r in rows if tag in r.get("tags", [])]
        if subset:
            by_tag[tag] = summarize(subset)
    originals = [r for r in rows if not r.get("paraphrase_of")]
    paraphrases = [r for r in rows if r.get("paraphrase_of")]
    return {
        "overall": summarize(rows),
        "by_type": by_type,
        "by_tag": by_tag,
        "originals": summarize(originals) if originals else None,
        "paraphrases": summarize(paraphrases) if paraphrases else None,
        "rows": rows,
        "k": k,
    }


def diff_reports(report: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    before = {r["id"]: r for r in baseline.get("rows", [])}
    now = {r["id"]: r for r in report["rows"]}
    newly_failing = [
        i for i, r in now.items() if i in before and before[i]["passed"] and not r["passed"]
    ]
    newly_passing = [
        i for i, r in now.items() if i in before and not before[i]["passed"] and r["passed"]
    ]
    changed_answers = [
        i
        for i, r in now.items()
        if i in before and before[i]["direct_answer"] != r["direct_answer"]
    ]
    deltas = {}
    for key, value in report["overall"].items():
        old = baseline.get("overall", {}).get(key)
        if isinstance(value, (int, float)) and isinstance(old, (int, float)) and value != old:
            deltas[key] = {"before": old, "after": value, "change": round(value - old, 4)}
    return {
        "newly_failing": newly_failing,
        "newly_passing": newly_passing,
        "changed_answers": changed_answers,
        "added": [i for i in now if i not in before],
        "removed": [i for i in before if i not in now],
        "metric_changes": deltas,
    }


def check_gate(overall: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Headline metrics outside their thresholds, as readable lines (empty: the gate passes)."""
    failures = []
    for metric, bound in thresholds.items():
        value = overall.get(metric)
        if value is None:
            failures.append(f"{metric}: not measured")
            continue
        if "min" in bound and value < bound["min"]:
            failures.append(f"{metric} = {value} < {bound['min']}")
        if "max" in bound and value > bound["max"]:
            failures.append(f"{metric} = {value} > {bound['max']}")
    return failures


def load_thresholds(path: Path) -> dict[str, dict[str, float]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data.get("thresholds", data)
