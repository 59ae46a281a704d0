"""Whether an earlier rule still holds, answered from the later rule that repeals it
(assistant/answering/repeals.py). The word groups of resources/version_grammar.yaml
(validity_asking, repealing, commencing) with examples and counter-examples, what a repealing sentence
cites, then invented rule pairs in two layouts (Markdown with front matter from
.meta.json, plain text) read end to end."""

import json

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.repeals import asks_validity, cites, repealing_spans
from tests.conftest import chain_over
from tests.helpers import narrow_chain


@pytest.mark.parametrize(
    "question,asks",
    [
        ("2018年的人才公寓管理办法还有效吗？", True),
        ("旧版细则现在还管用吗？", True),
        ("原办法是否继续适用？", True),
        ("老政策废止了吗？", True),
        # Counter-examples: validity as a term, a period, not whether it still holds.
        ("人才公寓管理办法的有效期是几年？", False),
        ("办法自什么时候起施行？", False),
        ("补贴资格有效期内可以转让吗？", False),
    ],
)
def test_asks_validity(question, asks):
    assert asks_validity(question) is asks


@pytest.mark.parametrize(
    "text,count",
    [
        ("本办法自2024年1月1日起施行。原《甲办法》同时废止。", 1),
        ("《乙规定》（某发〔2020〕3号）予以废止，此前规定与本办法不一致的，以本办法为准。", 1),
        ("此前发布的相关通知一并废止；本细则由区财政局负责解释。", 1),
        # Counter-examples: commencement and validity alone repeal nothing.
        ("本办法自2024年1月1日起施行，有效期5年。", 0),
        ("企业应按规定执行申报程序。", 0),
    ],
)
def test_repealing_spans(text, count):
    assert len(repealing_spans(text)) == count


@pytest.mark.parametrize(
    "statement,title,number,cited",
    [
        ("《甲区人才办法》同时废止。", "甲区人才办法", None, True),
        ("原办法（甲管〔2019〕7号）同时废止。", "甲区人才办法", "甲管〔2019〕7号", True),
        # Counter-examples: the revised edition's longer title, another rule's number.
        ("《甲区人才办法（2023年修订）》同时废止。", "甲区人才办法", None, False),
        ("原办法（甲管〔2018〕2号）同时废止。", "甲区人才办法", "甲管〔2019〕7号", False),
    ],
)
def test_cites(statement, title, number, cited):
    assert cites(statement, title, number) is cited


OLD = """# 青川开发区人才公寓管理办法

第一条　为保障引进人才住房需求，制定本办法。

第二条　人才公寓租金按市场价格的50%收取，租期最长3年。

第十条　本办法自2018年3月1日起施行，有效期5年。
"""

NEW = """# 青川开发区人才公寓管理办法（2022年修订）

第一条　为保障引进人才住房需求，制定本办法。

第二条　人才公寓租金按市场价格的40%收取，租期最长5年。

第十一条　本办法自2022年6月1日起施行。《青川开发区人才公寓管理办法》（青开管〔2018〕6号）同时废止。
"""

OLD_TXT = """白石园区创业场地补贴细则

第一条　入驻孵化器的初创企业可申请场地租金补贴，补贴期限不超过2年。

第九条　本细则自2017年9月1日起施行。
"""

NEW_TXT = """白石园区创业场地补贴细则（2021年版）

第一条　入驻孵化器的初创企业可申请场地租金补贴，补贴期限不超过3年。

第八条　本细则自2021年1月1日起施行，白石管发〔2017〕12号同时废止。
"""


def _meta(title: str, date: str, number: str) -> str:
    return json.dumps({"title": title, "date": date, "doc_number": number}, ensure_ascii=False)


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(
        tmp_path_factory.mktemp("corpus"),
        {
            "apartment_2018.md": OLD,
            "apartment_2018.meta.json": _meta(
                "青川开发区人才公寓管理办法", "2018-02-10", "青开管〔2018〕6号"
            ),
            "apartment_2022.md": NEW,
            "apartment_2022.meta.json": _meta(
                "青川开发区人才公寓管理办法（2022年修订）", "2022-05-08", "青开管〔2022〕9号"
            ),
            "space_2017.txt": OLD_TXT,
            "space_2017.meta.json": _meta(
                "白石园区创业场地补贴细则", "2017-08-20", "白石管发〔2017〕12号"
            ),
            "space_2021.txt": NEW_TXT,
            "space_2021.meta.json": _meta(
                "白石园区创业场地补贴细则（2021年版）", "2020-12-15", "白石管发〔2020〕30号"
            ),
        },
    )


@pytest.mark.parametrize(
    "question,words",
    [
        ("2018年的青川开发区人才公寓管理办法还有效吗？", "同时废止"),
        ("青川开发区人才公寓管理办法旧版还管用吗？", "青开管〔2018〕6号"),
        ("白石园区2017年的创业场地补贴细则是否继续有效？", "白石管发〔2017〕12号同时废止"),
    ],
)
def test_a_repealed_rule_no_longer_holds(chain, question, words):
    answer = chain.invoke(question)
    assert not answer.refused
    assert answer.direct_answer.startswith("否"), answer.direct_answer
    assert words in answer.direct_answer, answer.direct_answer


@pytest.mark.parametrize(
    "question,words",
    [
        ("2022年修订的青川开发区人才公寓管理办法还有效吗？", "本办法自2022年6月1日起施行"),
        ("白石园区2021年版创业场地补贴细则还适用吗？", "本细则自2021年1月1日起施行"),
    ],
)
def test_the_repealing_rule_itself_holds(chain, question, words):
    # Counter-examples: the revised rule is the one asked; nothing repeals it, and its
    # repeal of the earlier one is no reason to say it is repealed.
    answer = chain.invoke(question)
    assert answer.direct_answer.startswith("是"), answer.direct_answer
    assert words in answer.direct_answer, answer.direct_answer


@pytest.fixture(scope="module")
def narrow(tmp_path_factory) -> AnswerChain:
    """The same rules with room for one retrieved chunk: a question worded on the earlier
    rule retrieves that rule only, never the later one repealing it."""
    return narrow_chain(
        tmp_path_factory.mktemp("narrow"),
        {
            "apartment_2018.md": OLD,
            "apartment_2018.meta.json": _meta(
                "青川开发区人才公寓管理办法", "2018-02-10", "青开管〔2018〕6号"
            ),
            "apartment_2022.md": NEW,
            "apartment_2022.meta.json": _meta(
                "青川开发区人才公寓管理办法（2022年修订）", "2022-05-08", "青开管〔2022〕9号"
            ),
        },
    )


def test_the_repealing_rule_is_found_unretrieved(narrow):
    answer = narrow.invoke("2018年那个人才公寓办法还管用吗？")
    assert answer.direct_answer.startswith("否"), answer.direct_answer
    assert "同时废止" in answer.direct_answer
