"""The realistic scale corpus of `bench --realistic`: varied copies and re-targeted questions."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.evaluation.retargeting import dev_questions, retargeted_questions, stale_figures
from assistant.evaluation.scale_corpus import (
    build_scale_corpus,
    data,
    development_sources,
    fictional_name,
    mapping_for,
    name_pool_size,
    unique_rounds,
)
from assistant.ingest.clean import build_document
from assistant.ingest.loaders import META_SUFFIX, load_file
from assistant.ingest.prepare import prepare_document
from assistant.text import normalize
from tests.conftest import ROOT, SEED

EVALS = ROOT / "evals"
HELD_OUT = ("corpus-test", "test.jsonl")
_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    # Records every file opened while a test watches (the hook cannot be removed).
    if _opened is not None and event == "open" and isinstance(args[0], (str, Path)):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


@pytest.fixture(scope="module")
def sources():
    return development_sources(EVALS / "corpus", [SEED])


@pytest.fixture(scope="module")
def corpus(sources, tmp_path_factory):
    return build_scale_corpus(tmp_path_factory.mktemp("scale") / "copies", 400, sources)


def _units(path: Path) -> Counter:
    loaded = load_file(path)
    return Counter(u.kind for u in build_document(loaded.parts, infer_title=True).units)


def test_fictional_names_are_distinct_and_never_real():
    pool = [fictional_name(i) for i in range(name_pool_size())]
    assert len(set(pool)) == len(pool)
    assert not set(pool) & set(data().places)


def test_no_name_stands_for_two_places_in_a_100k_corpus(sources):
    """Every round gives its places names no other round gives, for as many rounds as a
    corpus of 100k chunks takes (about 415 of the development sources), and no name is
    written in a source, so a question naming a copy's place names that copy's place."""
    names = [
        n
        for r in range(unique_rounds())
        for m in [mapping_for(r, seed=7)]
        for n in [*m.places.values(), m.subject]
    ]
    assert len(set(names)) == len(names)
    assert unique_rounds() >= 450
    written = {s.text[i : i + 3] for s in sources for i in range(len(s.text) - 2)}
    assert not written & set(names)
    assert mapping_for(unique_rounds(), seed=7).places == mapping_for(0, seed=7).places


M = mapping_for(3, seed=7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places: every real name of the gazetteer, a suffix kept as written
        ("山西省", M.places.get("山西", "") + "省"),
        ("太原经济技术开发区", M.places.get("太原", "") + "经济技术开发区"),
        ("苏州工业园区", M.places.get("苏州", "") + "工业园区"),
        ("经开区管委会", "经开区管委会"),  # no place
        # years: before the year word or in a document number's brackets
        ("2023年", f"{2023 + M.year_shift}年"),
        ("〔2019〕18号", f"〔{2019 + M.year_shift}〕18号"),
        ("编号20231", "编号20231"),  # five digits: no year
        # figures: a number before a unit, scaled by the round's factor
        ("1086.3亿元", f"{1086.3 * M.factor:.1f}亿元"),
        ("217家", f"{round(217 * M.factor)}家"),
        ("1000万元", f"{round(1000 * M.factor)}万元"),
        ("第14位", "第14位"),  # an ordinal
        ("第30个", "第30个"),  # an ordinal before a unit
        ("9家", "9家"),  # a small count keeps its sense
        ("7.3%", "7.3%"),  # a share may not pass 100
        ("8号", "8号"),  # a document number
        # a table row whose label names the unit: its bare figures are figures of that unit
        (
            "| 地区生产总值（亿元） | 1012.6 | 1086.3 | 7.3% |",
            f"| 地区生产总值（亿元） | {1012.6 * M.factor:.1f} | {1086.3 * M.factor:.1f} | 7.3% |",
        ),
        ("| 高新技术企业（家） | 412 |", f"| 高新技术企业（家） | {round(412 * M.factor)} |"),
        ("| 1 | 天津 | 30 |", f"| 1 | {M.places.get('天津', '')} | 30 |"),  # no unit: ranks
        ("| 指标 | 2022年 |", f"| 指标 | {2022 + M.year_shift}年 |"),
    ],
)
def test_a_round_maps_places_years_and_figures(text, expected):
    assert M.apply(text) == expected


def test_mappings_are_consistent_per_round_and_differ_between_rounds():
    assert len(set(M.places.values())) == len(M.places)
    assert mapping_for(3, seed=7) == M
    assert mapping_for(4, seed=7).places["山西"] != M.places["山西"]
    assert mapping_for(3, seed=8) != M


def test_the_builder_is_deterministic_for_a_seed(sources, tmp_path):
    def files(folder: Path, seed: int) -> dict[str, str]:
        build_scale_corpus(folder, 120, sources, seed=seed)
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}

    first = files(tmp_path / "a", 7)
    assert first == files(tmp_path / "b", 7)
    assert first != files(tmp_path / "c", 8)


def test_copies_keep_structure_and_are_labelled_fictional(sources, corpus):
    assert 400 <= corpus.chunks < 440
    by_source = {s.stem: s for s in sources}
    for copy in corpus.copies[: len(sources)]:
        source = by_source[copy.source]
        # The same tables, rows, headings, articles and Q&A as the source, read by the loaders.
        want, got = _units(source.path), _units(copy.path)
        for kind in ("table_row", "table_header", "heading", "question", "answer"):
            assert got[kind] == want[kind], (copy.stem, kind)
        # The label is in the title block: the first lines, or the first when the title
        # comes from a sidecar; a web page may open with a breadcrumb line above its title,
        # an official document with its masthead (issuer, number): then the line after it.
        lines = [line for line in copy.text.split("\n") if line.strip()]
        at = next((i for i, line in enumerate(lines) if copy.title and copy.title in line), 0)
        assert data().label in lines[: max(3, at + 2)]
        # No real place is left in the copy (read as simplified Chinese).
        assert not any(m.group("place") for m in data().pattern.finditer(normalize(copy.text)))
    ranking = next(c for c in corpus.copies if c.source == "a_ranking")
    rows = [u for u in build_document(load_file(ranking.path).parts).units if u.kind == "table_row"]
    assert len(rows) == 30 and all(len(r.cells) == 5 for r in rows)
    assert rows[0].cells[0] == "1" and rows[0].cells[1] in ranking.text


def test_copies_are_about_the_mapped_region_of_their_source(sources, corpus):
    # Ingest reads a real province off a title by its region lexicon, which cannot know a
    # round's fictional names: the copy's sidecar names its region instead.
    by_source = {s.stem: s for s in sources}
    assert any(s.region is not None for s in sources)
    titled = [c for c in corpus.copies if corpus.mappings[c.round].subject in c.title]
    assert titled  # some copy's title was given the subject (a national ranking's)
    for copy in corpus.copies[: len(sources)]:
        source, mapping = by_source[copy.source], corpus.mappings[copy.round]
        region = (prepare_document(copy.path, 280, 60).metadata or {}).get("region")
        if source.region is not None and source.region in mapping.places:
            assert region == mapping.places[source.region], copy.stem
        elif source.region is None and mapping.subject in copy.title:
            # A title naming no place is given the round's subject, and so is the region.
            assert region == mapping.subject, copy.stem
        # Sidecar values, lists included, name no real place.
        sidecar = copy.path.with_name(copy.path.stem + META_SUFFIX)
        if sidecar.is_file():
            text = normalize(sidecar.read_text(encoding="utf-8"))
            assert not any(m.group("place") for m in data().pattern.finditer(text)), copy.stem


def test_retargeted_questions_name_their_copy_and_its_facts(sources, corpus):
    items = retargeted_questions(corpus, sources, dev_questions(EVALS), 150)
    assert len(items) == 150
    copies = {c.stem: c for c in corpus.copies}
    for item in items:
        copy = copies[item.evidence[0].doc_id]
        assert all(e.quote in copy.text for e in item.evidence)
        assert all(f in copy.text for f in item.must_include)
        # The question names the copy's subject: a place of its title, all fictional.
        mapping = corpus.mappings[copy.round]
        named = [n for n in [*mapping.places.values(), mapping.subject] if n in copy.title]
        assert named and any(n in item.question for n in named)
    kinds = Counter(i.type for i in items)
    assert kinds["list"] and kinds["number"]
    assert any("table-row" in i.tags for i in items)
    # Gold facts change with the copy: some fact of a number question is not the source's.
    originals = {i.id: i for i in dev_questions(EVALS)}
    assert any(
        i.must_include != originals[i.id.split("@")[0]].must_include
        for i in items
        if i.type == "number"
    )


def test_nothing_of_the_held_out_split_is_read(tmp_path):
    global _opened
    _opened = []
    try:
        sources = development_sources(EVALS / "corpus", [SEED])
        corpus = build_scale_corpus(tmp_path / "copies", 60, sources)
        retargeted_questions(corpus, sources, dev_questions(EVALS), 20)
    finally:
        opened, _opened = _opened, None
    assert any("dev_a.jsonl" in p for p in opened)  # the hook sees the files read
    assert not [p for p in opened if any(h in p for h in HELD_OUT)]


def test_a_small_realistic_bench_run_writes_its_json_and_rows(tmp_path):
    out = tmp_path / "bench.jsonl"
    rows_path = tmp_path / "rows.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant.cli",
            "bench",
            "--chunks",
            "300",
            "--realistic",
            "--questions",
            "30",
            "--embed-compare",
            "0",
            "--json",
            "--out",
            str(out),
            "--rows",
            str(rows_path),
        ],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert result["corpus"] == "realistic" and 300 <= result["chunks"] < 340
    assert result["questions"] == 30
    for key in ("recall_at_5", "mrr", "baseline_recall_at_5", "baseline_mrr", "answer_accuracy"):
        assert 0.0 <= result[key] <= 1.0
    assert result["retrieve_ms"]["p95"] >= result["retrieve_ms"]["p50"] > 0
    assert result["answer_ms"]["p95"] > 0 and result["rss_mb"] > 0
    assert result["index_disk_mb"] > 0
    assert result["source_answer_accuracy"]["questions"] > 0
    rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 30
    # The rows add up to the run's figures, and each says which copy was asked about.
    assert sum(r["rank"] is not None for r in rows) / 30 == pytest.approx(
        result["recall_at_5"], abs=1e-4
    )
    base = sum(r["baseline_rank"] is not None for r in rows) / 30
    assert base == pytest.approx(result["baseline_recall_at_5"], abs=1e-4)
    for r in rows:
        assert r["copy"] in r["id"] and r["quote"] and r["copy_title"]
        assert 1 <= len(r["top5"]) <= 5 and all(t["doc_id"] and t["title"] for t in r["top5"])
        assert r["copy_in_top5"] == any(t["doc_id"] == r["copy"] for t in r["top5"])
        assert r["rank"] is None or r["copy_in_top5"]
        # The same question as written, on its source document alone, and what was answered.
        assert isinstance(r["source_passed"], bool)
        assert r["refused"] or r["direct_answer"]
        assert r["answer_passed"] == (not r["missing"])
    assert result["source_answer_accuracy"]["answer_accuracy"] == pytest.approx(
        sum(r["source_passed"] for r in {r["id"].split("@")[0]: r for r in rows}.values())
        / result["source_answer_accuracy"]["questions"],
        abs=1e-4,
    )


@pytest.mark.parametrize(
    ("question", "copy_text", "stale"),
    [
        # The threshold was varied in the copy, the question's figure was not: stale.
        ("年薪40多万的技术骨干能评上哪类人才？", "收入48万元以上的技术人员", ["40"]),
        # The question's figure was varied with its copy.
        ("年薪48万元的技术骨干能评上哪类人才？", "收入48万元以上的技术人员", []),
        # A share is not varied in the copy either.
        ("占比12.5%吗？", "占比12.5%，收入48万元", []),
        # A number the copy does not state at all is not the copy's figure.
        ("有30项吗？", "收入48万元以上", []),
    ],
)
def test_a_question_keeping_a_figure_its_copy_varied_is_not_asked(question, copy_text, stale):
    mapping = replace(mapping_for(0), factor=1.2)
    assert stale_figures(question, copy_text, mapping) == stale
