"""Candidates from the documents a question names: among many look-alike documents (the
same rule issued by many zones) the named one's passage is found even when the fixed
candidate depth would miss it. The table-level parts on their own, then retrieval over a
real index (Chroma on a temporary folder, the USE embedder) of documents written here."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.index import Index, parse_filter
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.retrieval.retriever import focus_documents
from assistant.retrieval.subject import (
    DocumentSubject,
    QuestionCues,
    SubjectTable,
    subject_features,
)
from assistant.settings import RetrievalSettings
from tests.conftest import make_settings

TODAY = date(2024, 6, 1)
# Fictional zones; one name is another's first two characters, as real names can be.
PLACES = ["湄泉", "湄泉下", "青川", "临江", "丰源", "北湾", "南港", "西滩", "东岬", "云隆"]


def _table(titles: dict[str, tuple[str, str]]) -> SubjectTable:
    return SubjectTable.of(
        DocumentSubject.of(doc, {"title": title, "region": region}, TODAY)
        for doc, (title, region) in titles.items()
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("湄泉下：人才补贴是多少？", {"湄泉下"}),  # the shorter name only inside the longer
        ("湄泉的人才补贴是多少？", {"湄泉"}),
        ("湄泉和湄泉下的人才补贴有什么不同？", {"湄泉", "湄泉下"}),
        ("人才补贴是多少？", set()),
    ],
)
def test_a_region_inside_a_longer_named_one_is_not_named(question, named):
    table = _table({p: (f"{p}人才政策", p) for p in PLACES})
    assert table.named_regions(QuestionCues.of(question)) == named


def test_the_documents_a_question_names_best_are_chosen():
    titles = {f"talent-{p}": (f"{p}开发区人才政策", p) for p in PLACES}
    titles |= {f"land-{p}": (f"{p}开发区土地出让管理办法", p) for p in PLACES}
    table = _table(titles)
    rs = RetrievalSettings()
    chosen = focus_documents(QuestionCues.of("青川开发区人才政策的补贴是多少？"), table, rs)
    assert next(iter(chosen)) == "talent-青川"  # place and title words: the best
    assert set(chosen) <= {"talent-青川", "land-青川"}
    assert len(focus_documents(QuestionCues.of("人才政策的补贴是多少？"), table, rs)) <= (
        rs.subject_documents
    )
    assert focus_documents(QuestionCues.of("补贴是多少？"), table, rs) == {}
    off = rs.model_copy(update={"subject_documents": 0})
    assert focus_documents(QuestionCues.of("青川开发区人才政策的补贴是多少？"), table, off) == {}


def test_only_the_words_naming_a_region_of_the_chosen_documents_are_left_out():
    table = _table(
        {"talent": ("湄泉下开发区人才政策", "湄泉下"), "other": ("青川人才政策", "青川")}
    )
    cues = QuestionCues.of("湄泉下开发区人才补贴是多少？")
    tokens = ["湄泉", "泉下", "湄泉下", "开发区", "人才", "补贴"]
    # The title's topic words stay: they are what is asked about as well.
    assert table.naming_tokens(cues, ["talent"], tokens) == {"湄泉", "泉下", "湄泉下"}
    assert table.naming_tokens(cues, ["other"], tokens) == set()  # 青川 is not named


def test_a_title_naming_a_known_region_gives_a_document_without_one_that_place():
    table = SubjectTable.of(
        [
            DocumentSubject.of("news", {"title": "白屿工业园区排名第一", "region": "白屿"}, TODAY),
            DocumentSubject.of("ranking", {"title": "2017年经开区考核评价结果（白屿）"}, TODAY),
            DocumentSubject.of("plain", {"title": "2017年经开区考核评价结果"}, TODAY),
            DocumentSubject.of("elsewhere", {"title": "北湾人才政策", "region": "北湾"}, TODAY),
        ]
    )
    assert table.by_id["ranking"].region == "白屿" and table.by_id["plain"].region is None
    assert table.by_region["白屿"] == {"news", "ranking"}
    features = subject_features(QuestionCues.of("白屿：排名第5的是哪一家？"), table)
    assert features["ranking"].place == 1.0 and features["elsewhere"].place == -1.0
    assert "plain" not in features or features["plain"].place == 0.0


def _rule(place: str, amount: int) -> str:
    # Every zone's rule is worded alike; only the title names the zone, and the articles
    # are long enough that the one asked about sits in a chunk of its own.
    return f"""# {place}开发区高层次人才引进办法

{place}开发区管理委员会

第一条　为深入实施人才强区战略，吸引和集聚高层次人才来本区创新创业，推动产业转型升级和高质量发展，结合本区实际，制定本办法。本办法所称高层次人才，是指在本区企业、高校、科研院所全职工作的各类人才。

第二条　本区设立人才发展专项资金，用于人才引进、培养、激励和服务保障，专项资金纳入年度财政预算，实行专款专用，由人才工作领导小组办公室统筹管理，财政部门负责监督检查。

第三条　对新引进的博士研究生，给予一次性安家补贴{amount}万元，分三年按四成、三成、三成的比例发放。

第四条　对新引进的硕士研究生，给予一次性生活补贴{amount // 2}万元。申请人应当与本区用人单位签订三年以上劳动合同，并在本区缴纳社会保险满六个月。

第五条　本办法由本区人才工作领导小组办公室负责解释，自印发之日起施行。
"""


@pytest.fixture(scope="module")
def lookalike_index(tmp_path_factory) -> Index:
    folder = tmp_path_factory.mktemp("lookalike")
    corpus = folder / "corpus"
    corpus.mkdir()
    for n, place in enumerate(PLACES):
        (corpus / f"rule-{n:02d}.md").write_text(_rule(place, 10 + 2 * n), encoding="utf-8")
    # A shallow candidate depth stands for a large library: the look-alikes fill it. The
    # passages do not name their zone and here carry no title context either, so the two
    # sides score every zone's passage alike and the depth alone decides which are seen.
    retrieval = RetrievalSettings(candidates=2, top_k=2, context_repeat=0, embed_context=False)
    index = Index(make_settings(folder / "index", corpus_dir=corpus, retrieval=retrieval))
    report = ingest(index, [corpus])
    assert not report.errors and report.documents == len(PLACES)
    return index


def _found(index: Index, first: bool = False) -> int:
    """For how many zones the question naming the zone gets that zone's doctor subsidy
    among the first two hits (``first``: as the first)."""
    found = 0
    for n, place in enumerate(PLACES):
        hits = retrieve(index, f"{place}开发区对新引进的博士给予多少安家补贴？", k=2)
        found += any(
            h.doc_id == f"rule-{n:02d}" and "博士" in h.text for h in (hits[:1] if first else hits)
        )
    return found


def test_the_named_documents_passage_is_found_beyond_the_candidate_depth(lookalike_index):
    # The zone's name, in its header chunk too, does not pull that chunk above the answer.
    assert _found(lookalike_index, first=True) == len(PLACES)
    rs = lookalike_index.settings.retrieval.model_copy(update={"subject_documents": 0})
    fixed = Index(lookalike_index.settings.model_copy(update={"retrieval": rs}), must_exist=True)
    # Without the second pass the depth decides, and most zones' passages are not in it.
    assert _found(fixed) < len(PLACES) // 2


def test_the_second_pass_keeps_to_a_metadata_filter(lookalike_index):
    where = parse_filter("doc_id=rule-03")
    hits = retrieve(lookalike_index, "青川开发区对新引进的博士给予多少安家补贴？", k=2, where=where)
    assert hits and {h.doc_id for h in hits} == {"rule-03"}  # 临江's, though 青川 is named
