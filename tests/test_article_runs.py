"""Articles ("第二条") are rules of their own, not the items of a list: an aside in brackets
("以下简称…") points ahead to nothing, and the numbered items of an article's run stop at the
article that leads in to them."""

from assistant.answering.evidence import Sentence
from assistant.answering.items import numbered_items

TEXT = """示例区人才驿站管理办法

第一条　为规范示例区人才驿站（以下简称驿站）的入住管理，制定本办法。
第二条　本办法适用于示例区内的人才驿站。
第三条　驿站由人才服务中心管理。
第四条　申请入住应当符合下列条件：
（一）在示例区就业；
（二）从事软件开发、集成电路设计、生物制药等重点行业；
（三）本人无自有住房。
第五条　本办法自发布之日起施行。
"""


def _unit(line_start: str) -> Sentence:
    s = TEXT.index(line_start)
    e = TEXT.index("\n", s)
    return Sentence("doc", "示例区人才驿站管理办法", "", s, e, TEXT[s:e], 1)


def test_a_bracketed_aside_opens_no_items():
    assert numbered_items(TEXT, _unit("第一条")) == []


def test_an_item_lists_its_siblings_not_the_articles_above():
    items = [TEXT[s:e] for s, e in numbered_items(TEXT, _unit("（二）"))]
    assert len(items) == 3
    assert items[0].endswith("在示例区就业") and "生物制药" in items[1]


def test_a_lead_in_article_still_opens_its_items():
    assert len(numbered_items(TEXT, _unit("第四条"))) == 3
