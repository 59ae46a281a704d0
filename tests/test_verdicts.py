"""Yes/no answers decided by what a document itself says in reply: a Q&A answer's bare
verdict ("答：可以。…"), and a clause asserting what the question negates. Examples and
counter-examples per group of resources/question_grammar.yaml (qa.verdict_*, negation)."""

import pytest

from assistant.answering.enumerations import membership
from assistant.answering.evidence import Sentence, Term
from assistant.answering.grammar import grammar
from assistant.answering.polarity import polarity, verdict_polarity
from assistant.answering.qa import qa_verdict
from assistant.answering.questions import analyze
from assistant.answering.threshold_verdicts import threshold_verdict
from assistant.text import normalize


def unit_of(text: str, sentence: str) -> Sentence:
    start = text.index(sentence)
    return Sentence("d", "", "", start, start + len(sentence), sentence, 1)


@pytest.mark.parametrize(
    "said,is_verdict",
    [
        ("可以", True),
        ("不能", True),
        ("不需要", True),
        ("无需", False),  # a negation alone says nothing yet
        ("是的", True),
        ("属于", True),
        ("可以申请补贴", False),
        ("主要有三个变化", False),
    ],
)
def test_verdict_words(said, is_verdict):
    assert bool(grammar().verdict.fullmatch(normalize(said))) is is_verdict


@pytest.mark.parametrize(
    "text,sentence,question,verdict",
    [
        # A bare modal answer before its reason.
        (
            "问：境外上市的企业能不能享受？\n答：可以。境外上市的按境内标准的80%给予奖励。",
            "境外上市的按境内标准的80%给予奖励。",
            "在香港上市的企业可以享受奖励吗？",
            "可以。",
        ),
        # A short answer repeating the question's words; the question line ends with ？.
        (
            "投资额变了要重新备案吗？\n不需要重新备案。变化超过20%的，办理信息变更。",
            "变化超过20%的，办理信息变更。",
            "投资额变化后要不要重新备案？",
            "不需要重新备案。",
        ),
        # A speaker's attribution is passed over; the verdict after it is found.
        (
            "记者：外资企业能否享受？\n答：李局长回答。可以。内外资一视同仁。",
            "内外资一视同仁。",
            "外资企业能享受这些措施吗？",
            "可以。",
        ),
        # No verdict: the answer opens with a statement, not a yes or no.
        (
            "问：有哪些变化？\n答：主要有三个变化。一是新老企业并重。",
            "一是新老企业并重。",
            "这次政策有变化吗？",
            None,
        ),
        # Not an answer to a question at all.
        (
            "第五条 可以。企业按规定申请。",
            "企业按规定申请。",
            "企业可以申请吗？",
            None,
        ),
        # The unit is the answer's first sentence: nothing before it to read.
        (
            "问：能否补发？\n答：已完成阶段的奖励不再补发。",
            "已完成阶段的奖励不再补发。",
            "奖励能补发吗？",
            None,
        ),
    ],
)
def test_qa_verdict(text, sentence, question, verdict):
    span = qa_verdict(text, unit_of(text, sentence), question)
    assert (text[span[0] : span[1]] if span else None) == verdict


@pytest.mark.parametrize(
    "question,verdict,expected",
    [
        ("外资企业能享受吗？", "可以。", True),
        ("同一阶段的奖励可以重复领取吗？", "不能。", False),
        ("项目总投资额变了，要不要重新备案？", "不需要重新备案。", False),
        # The question's own negation is no verdict: a shared negated phrase says yes.
        ("已完成阶段的奖励是否不再补发？", "不再补发。", True),
    ],
)
def test_verdict_polarity(question, verdict, expected):
    assert verdict_polarity(analyze(question), verdict) is expected


@pytest.mark.parametrize(
    "question,clause,words,expected",
    [
        # The clause asserts (应…办理) what the question asks to skip (不再办理).
        (
            "拿到备案证明后，是否可以不再办理施工许可等审批手续？",
            "取得备案证明后，应依法依规办理施工许可等相关手续，备案证明不能代替上述审批手续。",
            ["备案证明", "施工许可", "审批手续"],
            False,
        ),
        # The clause negates the same thing: the question's negation holds, yes.
        (
            "已享受过的奖励是否不再补发？",
            "已享受过其他地区奖励的，已完成阶段的奖励不再补发。",
            ["奖励", "补发"],
            True,
        ),
    ],
)
def test_clause_asserting_what_the_question_negates(question, clause, words, expected):
    terms = [Term(w, 1.0, pos="n") for w in words]
    assert polarity(analyze(question), clause, terms) is expected


MEMBERS = (
    "示范区由青禾高新区、青禾经济技术开发区、松川综合保税区3个国家级开发区,"
    "柳岸工业园区、白石科技城2个省级开发区以及白石大学城,共6个园区整合而成。"
)


@pytest.mark.parametrize(
    "question,expected,quoted",
    [
        ("青禾经济技术开发区是省级开发区吗？", False, "3个国家级开发区"),
        ("柳岸工业园区属于省级开发区吗？", True, "2个省级开发区"),
        ("青禾经济技术开发区是国家级开发区吗？", True, "3个国家级开发区"),
        # A counted enumeration is complete: a subject outside it is not of its kind.
        ("白石大学城是省级开发区吗？", False, "共6个园区"),
        # Counter-examples: the subject is in no counted enumeration, or the kind asked is
        # none of the sentence's.
        ("松川经济技术开发区是省级开发区吗？", None, None),
        ("柳岸工业园区是高新区吗？", None, None),
    ],
)
def test_membership_in_a_counted_enumeration(question, expected, quoted):
    sent = Sentence("d", "", "", 0, len(MEMBERS), MEMBERS, 1)
    found = membership(sent, MEMBERS, question)
    if expected is None:
        assert found is None
    else:
        yes, (s, e) = found
        assert yes is expected and MEMBERS[s:e].endswith(quoted)


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        ("税收收入占比超过80%了吗？", "其中税收收入占比达到82.4%。", True),
        ("税收收入占比超过90%了吗？", "其中税收收入占比达到82.4%。", False),
        ("研发投入不低于500万元吗？", "年度研发投入500万元。", True),
        ("出口额低于10亿元吗？", "出口额12.5亿元，同比增长3%。", False),
        ("增速不到5%吗？", "地区生产总值增长7.3%。", False),
        # Counter-examples: no threshold word before the number, or no value of its unit.
        ("税收收入占比是80%吗？", "其中税收收入占比达到82.4%。", None),
        ("面积超过500平方公里吗？", "总投资120亿元。", None),
    ],
)
def test_threshold_verdict(question, clause, expected):
    terms = [Term(w, 1.0, pos="n") for w in ("税收收入", "研发投入", "出口额", "面积", "增速")]
    assert threshold_verdict(normalize(question), clause, terms) is expected


@pytest.mark.parametrize(
    "clause,expected",
    [("其中税收收入占比超过80%。", True), ("其中税收收入占比不足80%。", None)],
)
def test_threshold_stated_by_the_document(clause, expected):
    terms = [Term("税收收入", 1.0, pos="n")]
    assert threshold_verdict(normalize("税收收入占比超过80%了吗？"), clause, terms) is expected


@pytest.mark.parametrize(
    "question,clause,expected",
    [
        (
            "这批案例是不是都要在全省推广？",
            "能在全省推广的尽快在全省推广，需要一定条件的在具备条件的地区推广。",
            False,
        ),
        ("所有企业都能申请补贴吗？", "符合条件的企业可以申请补贴。", False),
        # Counter-examples: 都 inside a place name, or the question itself asks of a part.
        ("成都经开区能申请补贴吗？", "符合条件的成都经开区企业可以申请补贴。", None),
        ("符合条件的企业都能申请吗？", "符合条件的企业可以申请补贴。", None),
    ],
)
def test_asked_of_all_stated_of_part(question, clause, expected):
    terms = [Term(w, 1.0, pos="n") for w in ("案例", "企业", "补贴", "推广")]
    verdict = polarity(analyze(question), clause, terms)
    assert verdict is expected or (expected is None and verdict is not False)
