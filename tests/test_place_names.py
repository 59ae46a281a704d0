"""Cities the tagger's dictionary reads as other words are places (resources/place_names.yaml):
a question naming one names a place, and a passage about another city's zone does not
answer it. The document is invented for the test; the answers come from the real index,
models and chain."""

import jieba
import pytest

from assistant.text import load_pos_tagger, place_names
from tests.helpers import answered, documents_chain

# Each row: a city the dictionary tags as another part of speech (an adverb, a common noun,
# a person's name) and a question naming it.
MISREAD_CITIES = [
    ("大连", "大连经开区今年的招标最高限价是多少？"),
    ("合肥", "合肥高新区的孵化器有多少家？"),
    ("烟台", "烟台经开区的地区生产总值是多少？"),
    ("石家庄", "石家庄高新区厂房租金多少钱？"),
    ("天水", "天水经开区有几个园区？"),
]


@pytest.mark.parametrize(("city", "question"), MISREAD_CITIES)
def test_a_city_is_tagged_as_a_place(city, question):
    tags = {w.word: w.flag for w in load_pos_tagger().cut(question)}
    assert tags[city] == "ns", tags


@pytest.mark.parametrize("word", ["开封", "日照", "来宾", "安康", "朝阳"])
def test_everyday_words_that_also_name_cities_are_left_alone(word):
    assert word not in place_names()


def test_the_tagger_cuts_texts_as_the_dictionary_does():
    # Only the tag changes: the frequency, and so the segmentation, is the dictionary's.
    load_pos_tagger()
    for name in ("大连", "合肥", "烟台"):
        assert jieba.get_FREQ(name) == jieba.dt.FREQ[name]
    words = [w.word for w in load_pos_tagger().cut("大连经开区和合肥高新区")]
    assert words[0] == "大连" and "合肥" in words


DOCS = {
    "tender.md": """# 示例代理公司关于沈阳经济技术开发区园区绿化养护服务采购项目的公开招标公告

## 一、项目基本情况

| 包号 | 名称 | 预算金额 | 最高限价 |
| --- | --- | --- | --- |
| 包1 | 园区道路清扫保洁服务 | 386.40万元 | 380.00万元 |
| 包2 | 园区公共绿地绿化养护服务 | 298.00万元 | 295.00万元 |

## 二、联系方式

采购人：沈阳经济技术开发区管理委员会
""",
}

chain = documents_chain(DOCS, "place_names")


def test_a_question_naming_another_city_is_refused(chain):
    answer = chain.invoke("大连经开区今年的绿化养护服务招标最高限价是多少？")
    assert answer.refused, answer.direct_answer


def test_the_same_question_naming_the_documents_city_is_answered(chain):
    answered(chain, "沈阳经开区今年的绿化养护服务招标最高限价是多少？", "295.00万元")
