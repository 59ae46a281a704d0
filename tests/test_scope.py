"""Keeping an answer to the document a question names: among look-alike documents of
many places, the answerer reads only those the question does not rule out by place, and
the words naming the place do not rank the passages. Real index (Chroma on a temporary
folder, the USE embedder) over documents written here."""

from __future__ import annotations

import pytest

from assistant.answering.chain import build_chain
from assistant.answering.constraints import NAMED_POS
from assistant.answering.evidence import Term, coverage, question_terms
from assistant.answering.questions import analyze
from assistant.answering.scoping import in_zone_name, mark_naming, ranking_terms
from assistant.answering.units import gather_sentences
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.retrieval.scope import elsewhere, keep_to_named, naming_words
from tests.conftest import make_settings

# Fictional zones, each with the same rule and its own figure.
PLACES = {"渚溪新": 36, "新溪新": 48, "白湾新": 52, "岱溪新": 64}


def _rule(place: str, amount: int) -> str:
    return f"""# {place}开发区高层次人才引进办法

{place}开发区管理委员会

第一条　为吸引和集聚高层次人才来本区创新创业，推动产业转型升级，结合本区实际，制定本办法。

第二条　对新引进的博士研究生，给予一次性安家补贴{amount}万元，分三年发放。

第三条　本办法自印发之日起施行。
"""


NATIONAL = """# 关于高层次人才工作情况的通报

各地开发区普遍对新引进的博士研究生给予安家补贴，补贴标准由各地自行确定。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scope")
    corpus = folder / "corpus"
    corpus.mkdir()
    for n, (place, amount) in enumerate(PLACES.items()):
        (corpus / f"rule-{n}.md").write_text(_rule(place, amount), encoding="utf-8")
    (corpus / "national.md").write_text(NATIONAL, encoding="utf-8")
    settings = make_settings(folder / "index", corpus_dir=corpus)
    index = Index(settings)
    assert not ingest(index, [corpus]).errors
    return build_chain(settings, index=index)


QUESTION = "渚溪新开发区对新引进的博士给予多少安家补贴？"


def test_documents_about_another_place_are_ruled_out(chain):
    index = chain.index
    docs = {d.doc_id: (d.metadata or {}).get("region") for d in index.documents.values()}
    assert docs["rule-0"] == "渚溪新" and docs["national"] is None
    hits = retrieve(index, QUESTION, k=10)
    # The setting is real: other zones' look-alike passages are among the hits.
    assert {h.doc_id for h in hits} - {"rule-0", "national"}
    out = elsewhere(index, QUESTION, [h.doc_id for h in hits])
    assert out == {h.doc_id for h in hits} - {"rule-0", "national"}
    kept = keep_to_named(index, QUESTION, hits)
    assert kept and {h.doc_id for h in kept} <= {"rule-0", "national"}
    assert [h for h in hits if h in kept] == kept  # the order stays


@pytest.mark.parametrize(
    "question",
    [
        "对新引进的博士给予多少安家补贴？",  # names no place
        "黄河开发区对新引进的博士给予多少安家补贴？",  # names a place no document is about
    ],
)
def test_nothing_is_ruled_out_when_no_retrieved_document_is_named(chain, question):
    hits = retrieve(chain.index, question, k=10)
    assert len({h.doc_id for h in hits}) > 1
    assert elsewhere(chain.index, question, [h.doc_id for h in hits]) == set()
    assert keep_to_named(chain.index, question, hits) == hits


def test_the_words_naming_the_place_of_a_document_read_are_found(chain):
    words = ["渚溪新", "开发区", "博士", "补贴"]
    assert naming_words(chain.index, QUESTION, ["rule-0"], words) == {"渚溪新"}
    assert naming_words(chain.index, QUESTION, ["rule-1"], words) == set()


def test_the_answer_keeps_to_the_named_zone(chain):
    # Without the scope the answerer reads every zone's passage and reports them as
    # documents that disagree.
    off = chain.settings.model_copy(
        update={"answer": chain.settings.answer.model_copy(update={"keep_to_named": False})}
    )
    unscoped = build_chain(off, index=chain.index, warm=False).ask(QUESTION)
    assert len({c.doc_id for c in unscoped.citations}) > 1
    answer = chain.ask(QUESTION)
    assert not answer.refused
    assert "36万元" in answer.direct_answer
    assert {c.doc_id for c in answer.citations} == {"rule-0"}
    for place, amount in PLACES.items():
        if place != "渚溪新":
            assert f"{amount}万元" not in answer.answer


def _term(text: str, weight: float, locates: bool = False) -> Term:
    return Term(text, weight, pos="ns" if locates else "n", locates=locates)


@pytest.mark.parametrize(
    ("terms", "with_name", "without_name"),
    [
        # The place names the document: a unit repeating it gains nothing by it, and the
        # cover is what it would be without the place in the question.
        ([_term("渚溪新", 5.0, True), _term("补贴", 2.0)], 1.0, 1.0),
        ([_term("渚溪新", 5.0, True), _term("补贴", 2.0), _term("硕士", 2.0)], 0.5, 0.5),
        # Nothing locates: the unit holding the name is the better one.
        ([_term("渚溪新", 5.0), _term("补贴", 2.0)], 1.0, 2.0 / 7),
        # The place is all the question names: it is what ranks the units.
        ([_term("渚溪新", 5.0, True)], 1.0, 0.0),
        ([_term("渚溪新", 5.0, True), _term("的", 0.0)], 1.0, 0.0),
    ],
)
def test_terms_locating_a_document_do_not_rank_its_units(terms, with_name, without_name):
    ranked = ranking_terms(terms)
    assert coverage(ranked, "渚溪新对博士给予安家补贴") == pytest.approx(with_name)
    assert coverage(ranked, "对博士给予安家补贴") == pytest.approx(without_name)
    assert terms[0].weight == 5.0  # the terms themselves are left as they were


@pytest.mark.parametrize(
    ("question", "locates"),
    [
        ("白湾新：对新引进的博士给予多少安家补贴？", True),  # the place locates the document
        # A name is asked for: the name of a body of the place holds the place's name.
        ("白湾新：人才引进办法由哪个部门负责解释？", False),
        # The place is part of a zone's name: it names the zone asked about.
        ("白湾新开发区对新引进的博士给予多少安家补贴？", False),
    ],
)
def test_a_place_locates_unless_part_of_a_name(chain, question, locates):
    aq = analyze(question, [])
    hits = retrieve(chain.index, aq.retrieval_query, k=6)
    units = gather_sentences(chain.index, hits)
    terms = question_terms(aq, chain.index)
    mark_naming(chain.index, chain.settings.answer, aq, units, terms)
    place = [t for t in terms if "白湾" in t.text]
    assert place and all(t.locates == locates and t.pos in NAMED_POS for t in place)


@pytest.mark.parametrize(
    ("word", "question", "expected"),
    [
        ("苏州", "苏州工业园区哪年成立的？", True),
        ("渚溪", "按渚溪新经开区的办法，补贴是多少？", True),  # the rest of the name between
        ("玉溪", "玉溪新：备案材料需要交纸质版吗？", False),  # a topic
        ("湖北", "湖北的自贸区案例有哪些？", False),
        ("湖北", "湖北和湖北经开区各有多少？", False),  # one mention is not in a zone's name
        ("天津", "天津开发区的措施什么时候施行？", True),
    ],
)
def test_a_place_inside_a_zones_name(word, question, expected):
    assert in_zone_name(word, question) is expected
