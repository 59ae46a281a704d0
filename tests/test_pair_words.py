"""The two sides of a comparison said again as a pair ("A和B两家，谁…", "两者…哪个更低")
frame the question: the pair word is no word a document says about either side
(question_grammar.yaml question_stopwords; real index over an invented notice)."""

from tests.helpers import answered, documents_chain

NOTICE = """示例区第三季度安全生产执法检查情况通报

一、行政处罚情况

本季度共立案查处安全生产违法行为4起。示例华宁化工有限公司危险化学品仓库超量储存，依法处以罚款6.5万元；示例绿源食品有限公司冷库氨制冷系统未定期检测，依法处以罚款4.8万元。

二、下一步工作

各园区要举一反三，持续开展隐患排查整治。
"""

chain = documents_chain({"notice.txt": NOTICE}, "pair_words")


def test_a_pair_word_after_two_sides_is_no_word_to_find(chain):
    answered(chain, "华宁化工和绿源食品两家，谁被罚得多？", ("6.5万元", "4.8万元"))
    answered(chain, "华宁化工和绿源食品，两者罚款哪个更多？", ("6.5万元", "4.8万元"))
