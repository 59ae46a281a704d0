"""A question setting both versions side by side, in the words a revision note uses for them
("hereinafter the original measures / the new measures"), answered from that note's row:
the earlier cell, the revised cell and the change, each named by its column
(assistant/answering/version_changes.revision_row_answer), and not from another zone's rule
that states a different value of the same thing (version_columns.version_documents)."""

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.version_columns import defining_versions
from tests.conftest import chain_over

NOTE = """# 关于《青川开发区企业扶持办法（2024年修订）》的修订说明

2019年印发的《青川开发区企业扶持办法》（以下简称原办法）即将到期，现修订形成新办法（以下简称新办法）。

## 新旧条款对照

| 条款 | 原规定 | 修订后 | 主要变化 |
|---|---|---|---|
| 第九条 拨付时限 | 审核通过后60个工作日内拨付 | 审核通过后20个工作日内拨付 | 拨付时限缩短40个工作日 |
| 第二十条 有效期 | 有效期3年 | 自2024年7月1日起施行，有效期5年 | 有效期延长2年 |
"""

OTHER = """# 白石园区人才安居实施细则

第十二条　本细则自2022年1月1日起施行，有效期4年。

第十三条　人才安居补贴审核通过后45个工作日内拨付。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("corpus"), {"note.md": NOTE, "other.md": OTHER})


@pytest.mark.parametrize(
    "question,words",
    [
        ("新办法的有效期比原办法长多久？", ["有效期3年", "有效期5年", "有效期延长2年"]),
        ("审核通过后的拨付时限，原办法和新办法各是多少？", ["60个工作日", "20个工作日"]),
    ],
)
def test_both_versions_from_the_revision_row(chain, question, words):
    answer = chain.invoke(question)
    assert not answer.refused
    for w in words:
        assert w in answer.direct_answer, answer.direct_answer
    # Counter-example: the other zone's value is not one of the two versions.
    assert "有效期4年" not in answer.direct_answer
    assert "45个工作日" not in answer.direct_answer


def test_one_version_asked_reads_its_cell(chain):
    # Counter-example: one version asked is not the side-by-side row.
    answer = chain.invoke("原办法的拨付时限是多少个工作日？")
    assert "60个工作日" in answer.direct_answer, answer.direct_answer
    assert "20个工作日" not in answer.direct_answer.split("原文依据")[0]


class _Doc:
    def __init__(self, text: str):
        self.text = text


class _Docs:
    """Documents by id: the storage side of an index, which is not what is tested here."""

    def __init__(self, texts: dict[str, str]):
        self.docs = {k: _Doc(v) for k, v in texts.items()}

    def document(self, doc_id: str):
        return self.docs.get(doc_id)


@pytest.mark.parametrize(
    "text,question,defines",
    [
        ("2019年印发（以下简称原办法）。", "原办法的有效期多久？", True),
        ("修订形成新规定（下称新规定）。", "新规定的补贴多少？", True),
        # Counter-examples: the word used, not defined; a definition of another word.
        ("| 条款 | 修订前 | 修订后 |", "修订前后分别是多少？", False),
        ("原办法第十一条删除。", "原办法的有效期多久？", False),
        ("（以下简称原办法）", "新办法的有效期多久？", False),
    ],
)
def test_defining_versions(text, question, defines):
    assert (defining_versions(_Docs({"d": text}), ["d"], question) == {"d"}) is defines
