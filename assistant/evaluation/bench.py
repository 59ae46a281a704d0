"""`zone-assistant bench`: speed and memory at scale, against the stock LangChain hybrid setup.

A synthetic corpus of about N chunks is generated from the shipped documents'
sentences, recombined, with numbers and names varied, and clearly labelled
synthetic (it is written to a temporary folder, never to corpus/). Every number
comes from one run on this machine.
"""

from __future__ import annotations

import logging
import random
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from langchain_core.documents import Document

from assistant.answering.chain import build_chain
from assistant.evaluation.embed_bench import compare_both_ways
from assistant.evaluation.memory import RssSampler, memory_fields
from assistant.evaluation.synthetic_data import synthetic_data
from assistant.index import Index
from assistant.index.embeddings import BaseEmbedder, USEEmbedder
from assistant.ingest.chunking import chunk_document
from assistant.ingest.clean import clean_text
from assistant.ingest.loaders import discover, load_file
from assistant.ingest.pipeline import BATCH_CHUNKS, embedded_text, ingest, release_freed_memory
from assistant.retrieval import retrieve
from assistant.settings import Settings
from assistant.text import normalize, sentence_spans, tokenize

logger = logging.getLogger(__name__)

CHUNKS_PER_DOC = 50
_SYNTH = synthetic_data()["bench"]
CITIES: list[str] = list(_SYNTH["cities"])
KINDS: list[str] = list(_SYNTH["kinds"])
_NUM = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Probe:
    question: str
    doc_id: str
    start: int
    end: int


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))], 2)


def timing_fields(
    retrieve_ms: list[float],
    answer_ms: list[float],
    base_ms: list[float],
    memory: RssSampler,
    chroma_url: str | None,
    compared: Any,
) -> dict[str, Any]:
    """The latency, memory and store fields every bench result reports."""
    return {
        "retrieve_ms": {"p50": _pct(retrieve_ms, 0.5), "p95": _pct(retrieve_ms, 0.95)},
        "answer_ms": {"p50": _pct(answer_ms, 0.5), "p95": _pct(answer_ms, 0.95)},
        "baseline_retrieve_ms": {"p50": _pct(base_ms, 0.5), "p95": _pct(base_ms, 0.95)},
        **memory_fields(memory),
        "chroma": "http" if chroma_url else "persistent",
        "embed_compare": compared,
    }


def seed_sentences(corpus_dir: Path) -> list[str]:
    out = []
    for path in discover([corpus_dir]):
        try:
            text = clean_text(load_file(path).raw_text).text
        except Exception as exc:  # noqa: BLE001 - a bad file only means fewer sentences
            logger.debug("no seed sentences from %s: %s", path, exc)
            continue
        out += [text[s:e] for s, e in sentence_spans(text) if 12 <= e - s <= 140]
    if not out:
        raise ValueError(f"no sentences to recombine in {corpus_dir}")
    return out


def synth_corpus(
    folder: Path, chunks: int, sentences: list[str], seed: int = 7, settings: Settings | None = None
) -> list[tuple[str, str, str]]:
    """Write documents of 50 paragraphs until they make ``chunks`` chunks under the chunking
    settings; return (doc stem, paragraph, name) for every paragraph."""
    size, overlap = (settings.chunking.size, settings.chunking.overlap) if settings else (280, 60)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    made: list[tuple[str, str, str]] = []
    total, d = 0, 0
    while total < chunks:
        stem = f"synthetic-{d:05d}"
        paragraphs: list[tuple[str, str]] = []
        for p in range(CHUNKS_PER_DOC):
            name = _SYNTH["zone_name"].format(
                city=rng.choice(CITIES), n=d * CHUNKS_PER_DOC + p, kind=rng.choice(KINDS)
            )
            body = f"{name}："
            while len(body) < 200:
                s = rng.choice(sentences)
                s = _NUM.sub(lambda m: str(round(float(m.group(0)) * rng.uniform(0.5, 3.0), 1)), s)
                body += s if s.endswith(("。", "；", ";", "！", "？")) else s + "。"
            body = body[:260].rstrip("，,、") + ("" if body[:260].endswith("。") else "。")
            paragraphs.append((body, name))
        # Keep as many paragraphs as reach the target, counted with the real chunker.
        while True:
            text = (
                "# "
                + _SYNTH["title"].format(n=d)
                + "\n\n"
                + "\n\n".join(b for b, _ in paragraphs)
                + "\n"
            )
            n = len(chunk_document(clean_text(text), stem, size, overlap))
            if total + n <= chunks or len(paragraphs) == 1:
                break
            paragraphs.pop()
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        made += [(stem, b, name) for b, name in paragraphs]
        total += n
        d += 1
    return made


def make_probes(index, made: list[tuple[str, str, str]], n: int, seed: int = 11) -> list[Probe]:
    """Questions whose answer sits in one known chunk: a number asked about by its chunk's name."""
    rng = random.Random(seed)
    probes: list[Probe] = []
    for stem, body, name in rng.sample(made, min(len(made), n * 2)):
        doc = index.document(stem)
        if doc is None:
            continue
        pos = doc.text.find(body)
        clause = next(
            (
                c
                for c in re.split(r"[，,。；;]", body[len(name) + 1 :])
                if _NUM.search(c) and len(c) >= 8
            ),
            None,
        )
        if pos < 0 or clause is None:
            continue
        question = f"{name}{_NUM.sub(_SYNTH['number_question_word'], clause, count=1)}？"
        probes.append(Probe(question, stem, pos, pos + len(body)))
        if len(probes) >= n:
            break
    return probes


def _hit(probe: Probe, doc_id: str, start: int, end: int) -> bool:
    return doc_id == probe.doc_id and start < probe.end and probe.start < end


def _timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """``fn(*args, **kwargs)`` and the milliseconds it took."""
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, (time.perf_counter() - t) * 1000


def chunk_texts(index: Index) -> Iterator[str]:
    """Every chunk's text exactly as ingest embeds it, so the embedder alone is timed on
    the same work (its context line is longer than the section heading alone)."""
    for d in index.documents.values():
        for c in d.chunks:
            yield embedded_text(index, d, c)


def embed_in_batches(embedder: BaseEmbedder, texts: Iterable[str]) -> float:
    """Milliseconds the embedder takes over ``texts`` in the batches ingest embeds
    (``BATCH_CHUNKS``). Each batch's texts are made outside the timing, and no vector is
    kept: one call over every text would hold all vectors and texts at once (about 3 KB
    per chunk), memory no user's process holds."""
    total_ms = 0.0
    it = iter(texts)
    while batch := list(islice(it, BATCH_CHUNKS)):
        total_ms += _timed(embedder.embed_array, batch)[1]
    return total_ms


def measure_ingest(
    settings: Settings,
    data: Path,
    work: Path,
    memory: RssSampler,
    chroma_url: str | None = None,
    embed_compare: int = 2000,
    embed_repeats: int = 3,
) -> tuple[Index, Settings, dict[str, Any]]:
    """Ingest ``data`` into a fresh index under ``work`` and time it, then time the
    embedder alone on the same texts (and the numpy USE embedder against the configured
    one). Returns the index, its settings and the figures."""
    update = {
        "index_dir": work / "index",
        "corpus_dir": data,
        "collection": f"bench_{data.name}_{int(time.time())}",
    }
    if chroma_url:
        update["chroma_url"] = chroma_url
    bench_settings = settings.model_copy(update=update)

    # 1. The whole ingest path: load, clean, chunk, tokenise, embed, store, keyword index.
    normalize.cache_clear()
    tokenize.cache_clear()
    with memory.stage("ingest"):
        index = Index(bench_settings)
        _, ingest_ms = _timed(ingest, index, [data])
    n_chunks = index.chunk_count
    disk_mb = sum(f.stat().st_size for f in (work / "index").rglob("*") if f.is_file()) / 2**20

    # 2. The embedder alone on the same texts.
    normalize.cache_clear()
    with memory.stage("embed_only"):
        embed_ms = embed_in_batches(index.embedder, chunk_texts(index))
    # 3. Old (numpy) against new USE runtime on an even sample of the same texts.
    compared = None
    if embed_compare and index.embedder.id == USEEmbedder.id:
        step = max(1, n_chunks // embed_compare)
        sample = list(islice(chunk_texts(index), 0, None, step))[:embed_compare]
        with memory.stage("embed_compare"):
            compared = compare_both_ways(sample, settings.embedder, work, embed_repeats)
    # As after an ingest: the answering stages must not carry the embed-only pass's cache.
    index.embedder.release()
    release_freed_memory()
    return (
        index,
        bench_settings,
        {
            "chunks": n_chunks,
            "ingest_chunks_per_s": round(n_chunks / (ingest_ms / 1000), 1),
            "embed_only_chunks_per_s": round(n_chunks / (embed_ms / 1000), 1),
            "ingest_over_embed": round(ingest_ms / embed_ms, 3),
            "index_disk_mb": round(disk_mb, 1),
            "embed_compare": compared,
        },
    )


@contextmanager
def bench_workdir(prefix: str, keep: Path | None) -> Iterator[Path]:
    """A temporary folder for one bench run, removed afterwards unless ``keep`` is given."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run_bench(
    settings: Settings,
    chunks: int,
    questions: int = 200,
    chroma_url: str | None = None,
    keep: Path | None = None,
    embed_compare: int = 2000,
    embed_repeats: int = 3,
) -> dict[str, Any]:
    with bench_workdir("zone-bench-", keep) as work, RssSampler() as memory:
        data = work / "synthetic"
        made = synth_corpus(data, chunks, seed_sentences(settings.corpus_dir), settings=settings)
        index, bench_settings, ingested = measure_ingest(
            settings, data, work, memory, chroma_url, embed_compare, embed_repeats
        )

        probes = make_probes(index, made, questions)
        retrieve(index, _SYNTH["warm_up_query"])
        retrieve_ms, ours_hits = [], 0
        with memory.stage("retrieve"):
            for p in probes:
                hits, ms = _timed(retrieve, index, p.question, k=5)
                retrieve_ms.append(ms)
                ours_hits += any(_hit(p, h.doc_id, h.start, h.end) for h in hits)

        with memory.stage("answer"):
            chain = build_chain(bench_settings, index=index)
            answer_ms = [_timed(chain.ask, p.question)[1] for p in probes]

        with memory.stage("baseline"):
            base_ms, base_hits = baseline(index, probes)
        compared = ingested.pop("embed_compare")
        result = {
            **ingested,
            "questions": len(probes),
            "recall_at_5": round(ours_hits / len(probes), 4),
            "baseline_recall_at_5": round(base_hits / len(probes), 4),
        }
        if chroma_url:
            index.client.delete_collection(bench_settings.collection)
    # Read once the sampler has stopped: its last sample is in.
    return result | timing_fields(retrieve_ms, answer_ms, base_ms, memory, chroma_url, compared)


def baseline_store(index, name: str):
    """The Chroma collection a LangChain user would have: chunk text, metadata and the same
    vectors (copied from ours, so nothing is embedded twice). Built untimed."""
    from langchain_chroma import Chroma  # the 'bench' extra: only the baseline uses it

    target = index.client.create_collection(
        name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )
    where = index.chunk_lookup()
    for ids, vectors in index.vectors.batches():
        docs, metas = [], []
        for cid in ids:
            doc_id, i = where[cid]
            doc = index.documents[doc_id]
            chunk = doc.chunks[i]
            docs.append(doc.chunk_text(chunk))
            metas.append(
                {
                    "doc_id": doc_id,
                    "title": doc.title,
                    "section": chunk.section,
                    "start": chunk.start,
                    "end": chunk.end,
                }
            )
        target.add(ids=ids, embeddings=vectors, documents=docs, metadatas=metas)
    return Chroma(client=index.client, collection_name=name, embedding_function=index.embedder)


def baseline(index, probes: list[Probe]) -> tuple[list[float], int]:
    """What a LangChain user would write: BM25Retriever + Chroma retriever in an EnsembleRetriever;
    the milliseconds per probe and the probes answered in the top 5."""
    ms, ranks = baseline_ranks(index, probes)
    return ms, sum(r is not None for r in ranks)


def baseline_ranks(index, probes: list[Probe]) -> tuple[list[float], list[int | None]]:
    """The baseline's milliseconds per probe and the rank (1-based, top 5) of its first hit."""
    # The 'bench' extra: only the LangChain baseline uses these.
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

    docs = [
        Document(
            page_content=d.chunk_text(c),
            metadata={"doc_id": d.doc_id, "start": c.start, "end": c.end},
        )
        for d in index.documents.values()
        for c in d.chunks
    ]
    bm25 = BM25Retriever.from_documents(docs, k=5, preprocess_func=lambda t: list(tokenize(t)))
    name = f"{index.settings.collection}_baseline"
    store = baseline_store(index, name)
    vectors = store.as_retriever(search_kwargs={"k": 5})
    ensemble = EnsembleRetriever(retrievers=[bm25, vectors], weights=[0.5, 0.5])
    ms: list[float] = []
    ranks: list[int | None] = []
    try:
        for p in probes:
            found, t = _timed(ensemble.invoke, p.question)
            ms.append(t)
            ranks.append(
                next(
                    (
                        r
                        for r, f in enumerate(found[:5], start=1)
                        if _hit(
                            p,
                            f.metadata.get("doc_id", ""),
                            int(f.metadata.get("start", -1)),
                            int(f.metadata.get("end", -1)),
                        )
                    ),
                    None,
                )
            )
    finally:
        index.client.delete_collection(name)
    return ms, ranks
