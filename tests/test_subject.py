"""Questions that name a document's subject (place, year, version, title words) rank that
document's passage first: the features on their own, then retrieval over a real index
(Chroma on a temporary folder, the USE embedder) of small documents written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant import cli
from assistant.index import Index
from assistant.ingest.pipeline import ingest
from assistant.retrieval import retrieve
from assistant.retrieval.subject import (
    DocumentSubject,
    QuestionCues,
    SubjectTable,
    subject_features,
)
from tests.conftest import make_settings

TODAY = date(2024, 6, 1)


def _subject(doc_id: str, **meta) -> DocumentSubject:
    return DocumentSubject.of(doc_id, meta, TODAY)


def _features(question: str, subjects: list[DocumentSubject]):
    return subject_features(QuestionCues.of(question), SubjectTable.of(subjects))


OLD = _subject("old", title="临江开发区创新奖励办法", region="临江", date="2019-03-15")
NEW = _subject(
    "new", title="临江开发区创新奖励办法（2023年修订）", region="临江", date="2023-04-20"
)
OTHER = _subject("other", title="青川开发区人才政策", region="青川", date="2023-01-05")
PROVINCE = _subject("province", title="湖南省开发区管理办法", region="湖南", date="2021-01-12")


@pytest.mark.parametrize(
    ("question", "superseded"),
    [
        ("临江开发区创新奖励多少？", {"old"}),  # no year, no version word: the newest
        ("新版办法创新奖励多少？", {"old"}),
        ("旧版办法创新奖励多少？", {"new"}),
        ("新版和旧版的奖励有什么不同？", set()),
        # A year that names a version is weighed by the year feature alone.
        ("2019年版创新奖励多少？", set()),
        ("2019年和2023年的奖励有什么不同？", set()),
        ("2030年的奖励是多少？", {"old"}),  # a year no version has: the newest
    ],
)
def test_the_version_a_question_asks_for(question, superseded):
    features = _features(question, [OLD, NEW, OTHER])
    assert {d for d, f in features.items() if f.superseded} == superseded


def test_a_year_names_its_version_through_the_year_feature():
    features = _features("2019年版创新奖励多少？", [OLD, NEW, OTHER])
    assert features["old"].year > 0 > features["new"].year


def test_a_version_not_yet_in_force_is_not_the_default():
    coming = _subject(
        "coming",
        title="临江开发区创新奖励办法（2025年修订）",
        date="2024-05-01",
        effective_from="2025-01-01",
    )
    features = _features("创新奖励多少？", [OLD, NEW, coming])
    assert {d for d, f in features.items() if f.superseded} == {"old", "coming"}


def test_place_matches_and_a_same_level_other_place_counts_against():
    features = _features("青川开发区的人才政策有哪些？", [OLD, NEW, OTHER, PROVINCE])
    assert features["other"].place == 1.0
    assert features["old"].place == features["new"].place == -1.0  # another city
    assert "province" not in features or features["province"].place == 0.0  # a province
    assert _features("湖南开发区的规定", [OTHER, PROVINCE])["province"].place == 1.0


def test_years_in_the_title_count_more_than_the_date_and_a_different_one_counts_against():
    ranking = _subject("ranking", title="2021年开发区考核评价结果", date="2022-01-24")
    news = _subject("news", title="苏南开发区再获第一", date="2023-12-29")
    features = _features("2021年考核排名第一的是谁？", [ranking, news])
    assert features["ranking"].year == 1.0 and features["news"].year == -0.5
    features = _features("2023年考核排名第一的是谁？", [ranking, news])
    assert features["ranking"].year == -1.0 and features["news"].year == 0.5
    no_year = _features("考核排名第一的是谁？", [ranking, news])
    assert {f.year for f in no_year.values()} == {0.0}


def test_title_words_count_by_how_few_titles_hold_them():
    features = _features("人才政策有哪些？", [OLD, NEW, OTHER])
    assert features["other"].title == pytest.approx(1.0)
    vague = _features("开发区有哪些？", [OLD, NEW, OTHER])  # a word in every title
    assert {f.title for f in vague.values()} == {0.0}
    assert _features("人才政策有哪些？", [OTHER]) == {}  # one document: nothing to tell apart


def test_features_of_some_documents_are_those_of_all_restricted():
    table = SubjectTable.of([OLD, NEW, OTHER, PROVINCE])
    cues = QuestionCues.of("临江开发区创新奖励多少？")
    everything = subject_features(cues, table)
    assert subject_features(cues, table, ["old", "province", "gone"]) == {
        d: f for d, f in everything.items() if d in ("old", "province")
    }
    assert everything["old"].superseded == 1.0  # its newer version need not be a candidate


# --- retrieval over a real index -------------------------------------------------------

DOCS = {
    # The old version words the award exactly as the questions below do, so that without
    # the version feature its passage would come first.
    "rule_old.md": """# 临江经济技术开发区科技创新奖励办法

临江经济技术开发区管理委员会

## 第一章　奖励

第一条　对首次认定的高新技术企业给予一次性奖励15万元。

第二条　对新认定的省级重点实验室给予一次性奖励20万元。

第三条　本办法自2019年4月1日起施行。

临江经济技术开发区管理委员会

2019年3月15日
""",
    "rule_new.md": """# 临江经济技术开发区科技创新奖励办法（2023年修订）

临江经济技术开发区管理委员会

## 第一章　奖励

第一条　对首次通过认定的高新技术企业，给予奖励30万元。

第二条　对新认定的省级重点实验室，给予奖励40万元。

第三条　本办法自2023年5月1日起施行。

临江经济技术开发区管理委员会

2023年4月20日
""",
    # Another zone words it differently; a third zone words it as the question does.
    "other_zone.md": """# 青川高新技术产业开发区支持企业创新的若干措施

青川高新技术产业开发区管理委员会

## 一、主体培育

（一）高新技术企业首次通过认定的，奖励12万元。

（二）对园区内企业新建研发机构的，给予一次性补助10万元。

青川高新技术产业开发区管理委员会

2022年6月1日
""",
    "third_zone.md": """# 丰源经济技术开发区促进科技创新的若干措施

丰源经济技术开发区管理委员会

## 一、主体培育

（一）对首次认定的高新技术企业给予一次性奖励25万元。

丰源经济技术开发区管理委员会

2022年9月1日
""",
    # Two rankings of different years, one in a dated report whose title names no year.
    "ranking_2021.md": """# 2021年沿海开发区发展水平考核评价结果

沿海开发区协会

## 考核评价结果

本年度共有40家开发区参加考核评价，排名前三位的依次是北湾开发区、南港开发区和东岬开发区。

沿海开发区协会

2022年1月24日
""",
    "news_2023.md": """# 西滩开发区跃居第一

本报记者　林夏　2023年12月29日

在最新一期考核评价中，西滩开发区排名第一，北湾开发区和南港开发区分列第二、第三。
""",
}


@pytest.fixture(scope="module")
def subject_index(tmp_path_factory) -> Index:
    folder = tmp_path_factory.mktemp("subject")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    index = Index(make_settings(folder / "index", corpus_dir=corpus))
    report = ingest(index, [corpus])
    assert not report.errors and report.documents == len(DOCS)
    return index


def _first_doc(index: Index, question: str) -> str:
    hits = retrieve(index, question, k=5)
    assert hits
    return hits[0].doc_id


def _without_subject(index: Index) -> Index:
    """The same index opened with the subject features off."""
    off = {
        "subject_place_weight": 0.0,
        "subject_year_weight": 0.0,
        "subject_title_weight": 0.0,
        "superseded_weight": 0.0,
    }
    retrieval = index.settings.retrieval.model_copy(update=off)
    return Index(index.settings.model_copy(update={"retrieval": retrieval}), must_exist=True)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # No year or version named: the version in force.
        ("临江经开区对首次认定的高新技术企业奖励多少？", "rule_new"),
        ("临江经开区新认定的省级重点实验室奖励多少？", "rule_new"),
        # A year or a version word picks the version.
        ("临江经开区2019年版办法对首次认定的高新技术企业奖励多少？", "rule_old"),
        ("按旧版办法，新认定的省级重点实验室奖励多少？", "rule_old"),
        # The place named picks the zone whose passage says the same words.
        ("青川高新区对首次认定的高新技术企业给予一次性奖励多少？", "other_zone"),
        # The year named picks the ranking of that year over a later report.
        ("2021年考核评价排名前三的是哪几家开发区？", "ranking_2021"),
        ("2023年考核评价中排名第一的是哪个开发区？", "news_2023"),
    ],
)
def test_a_question_naming_the_subject_gets_that_document_first(subject_index, question, first):
    assert _first_doc(subject_index, question) == first


def test_without_the_version_feature_the_old_version_wins(subject_index):
    """The old version words the awards as the questions do: the version feature, not the
    wording, puts the version in force first. (Place and year names are also keyword
    tokens of a chunk's context, so in a corpus this small they win without help; the
    development set measures what their features add.)"""
    plain = _without_subject(subject_index)
    for question in [
        "临江经开区对首次认定的高新技术企业奖励多少？",
        "临江经开区新认定的省级重点实验室奖励多少？",
    ]:
        assert _first_doc(plain, question) == "rule_old", question
        assert _first_doc(subject_index, question) == "rule_new", question


def test_one_sided_modes_measure_their_side_alone(subject_index):
    """Dense-only and keyword-only retrieval are baselines: no document features."""
    dense_weight = subject_index.settings.retrieval.dense_weight
    question = "临江经开区对首次认定的高新技术企业奖励多少？"
    for hit in retrieve(subject_index, question, k=5, mode="dense"):
        assert hit.score == pytest.approx(dense_weight * max(hit.dense_score, 0.0))
    hits = retrieve(subject_index, question, k=5, mode="keyword")
    assert hits[0].score == pytest.approx(subject_index.settings.retrieval.keyword_weight)


def test_search_json_shows_the_named_document_first(subject_index, capsys):
    question = "临江经开区对首次认定的高新技术企业奖励多少？"
    code = cli.main(["search", question, "--index", str(subject_index.dir), "--json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["doc_id"] == "rule_new" and "30万元" in rows[0]["text"]
    assert rows[0]["document"]["date"] == "2023-04-20"


def test_subjects_follow_the_documents_of_the_index(tmp_path: Path):
    """A version added after a search is known to the next one (no stale subjects)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("rule_old.md", "rule_new.md"):
        (corpus / name).write_text(DOCS[name], encoding="utf-8")
    index = Index(make_settings(tmp_path / "index", corpus_dir=corpus))
    ingest(index, [corpus])
    question = "临江经开区对首次认定的高新技术企业奖励多少？"
    assert _first_doc(index, question) == "rule_new"
    newest = DOCS["rule_new.md"].replace("2023年修订", "2024年修订").replace("30万元", "50万元")
    newest = newest.replace("2023年4月20日", "2024年2月1日").replace("2023年5月1日", "2024年3月1日")
    (corpus / "rule_2024.md").write_text(newest, encoding="utf-8")
    ingest(index, [corpus])
    assert _first_doc(index, question) == "rule_2024"
