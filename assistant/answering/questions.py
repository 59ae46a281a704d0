"""Question analysis: type, key terms, and rule-based rewriting of follow-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.models import Turn
from assistant.text import normalize

QTYPES = ("list", "number", "ranking", "entity", "duration", "yesno", "definition")

# Checked in order; the first match wins.
_TYPE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ranking", re.compile(r"第几|排名|排第|排在|名次|位次|排多少|排位|老几|什么位置|什么水平")),
    (
        "duration",
        re.compile(r"多长时间|多久|多少年时间|几年时间|何时|什么时候|期限|多长|哪一年|哪年"),
    ),
    (
        "list",
        re.compile(
            r"都有谁|有谁|都是谁|有哪些|哪些|哪几|列出|分别是|分别为|包括什么|包含什么|哪[两二三四五六七八九十\d]+[个家项大条]"
        ),
    ),
    ("yesno", re.compile(r"是否|有没有|是不是|能不能|会不会|吗[？?]?$|还是|对吗|高吗|多吗")),
    (
        "number",
        re.compile(
            r"多少|几个|几家|几条|几期|几项|几大|有几|多大|比重|占比|百分之|比例|几成|增长了|下降了|总额|几"
        ),
    ),
    (
        "entity",
        re.compile(
            r"谁|哪个|什么地方|位于哪|在哪|哪家|哪位|什么条例|什么名字|叫什么|哪部|哪里|什么机构|什么单位|由谁|什么组"
        ),
    ),
    (
        "definition",
        re.compile(r"指什么|是什么|什么是|含义|意思|内容是什么|怎么理解|如何理解|作用|为什么"),
    ),
]

# Words that only ask; they never need to appear in the evidence. They are dropped
# as whole jieba tokens, so that "目的" keeps its "的" and "为期" its "为".
_ASK_TOKENS = frozenset(
    ["请问", "请", "一下", "告诉", "告诉我", "我", "想", "知道", "想问", "麻烦", "具体", "分别", "都", "有", "哪些", "哪几个", "哪几", "哪两个", "哪两", "是", "什么", "多少", "几个", "几", "是否", "有没有", "是不是", "吗", "呢", "啊", "呀", "吧", "么", "第几", "排名第几", "多长时间", "多久", "多长", "谁", "哪个", "哪", "哪里", "指的是", "指", "怎么样", "怎么", "如何", "叫", "列出", "一共", "总共", "共", "目前", "现在", "大概", "大约", "为", "了", "的", "在", "要", "将", "把", "被", "和", "与", "及", "那边", "那个", "这个", "那", "其中", "还", "又", "情况", "还是", "呢", "哪家", "哪位", "哪部", "哪年", "哪一年", "怎样", "样"]
)
# Multi-character asking phrases are safe to cut out before segmentation.
_ASK_PHRASES = re.compile(
    r"请问|告诉我|我想知道|有哪些|哪些|哪几个|哪几|哪[两二三四五六七八九十\d]+[个家项条类]|是什么|什么样|什么|"
    r"多少|是否|有没有|是不是|排名第几|第几|多长时间|多久|多长|哪一年|指的是|怎么样|怎么|如何|还是"
)
_ASK_TOKEN_RE = re.compile(r"^(几|多少)[个家项条期位名年天大种类批成]?$|^哪.{0,2}$")
_STRIP_PUNCT = re.compile(r"[？?！!。，,、；;：:“”\"'（）()《》\s]+")
_FOLLOW_UP_START = re.compile(
    r"^(那么?|那个|其中|其他|另外|还有|它们?|他们|这些|那些|该|此|同期|分别|一共|总共|跟|和|与|比|"
    r"同比|相比|较)"
)
_FOLLOW_UP_END = re.compile(r"(呢|的呢)[？?]?$")
_NUMBER_IN_Q = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class AnalyzedQuestion:
    original: str
    text: str  # what is asked, without the conversation
    qtype: str
    context: str = ""  # the earlier question a follow-up leans on
    focus: str | None = None  # phrase a bare follow-up asks about; must appear in the evidence
    parts: list[str] = field(default_factory=list)  # sub-questions of a compound question

    @property
    def rewritten(self) -> bool:
        return bool(self.context)

    @property
    def retrieval_query(self) -> str:
        return f"{self.context} {self.text}".strip()

    @property
    def numbers(self) -> list[str]:
        return _NUMBER_IN_Q.findall(normalize(self.text))


def classify(question: str) -> str:
    q = normalize(question)
    for qtype, pattern in _TYPE_PATTERNS:
        if pattern.search(q):
            if (
                qtype in ("yesno", "list")
                and re.search(r"多少|几[个家项条期]|多大", q)
                and not re.search(r"有哪些|哪几", q)
            ):
                continue
            return qtype
    return "definition"


def key_tokens(question: str) -> list[tuple[str, str] | None]:
    """(word, part of speech) of what the question is about; None where an asking word was."""
    import jieba.posseg as pseg

    from assistant.text import _get_jieba

    _get_jieba()
    out: list[tuple[str, str] | None] = []
    for piece in _STRIP_PUNCT.split(_ASK_PHRASES.sub(" ", normalize(question))):
        for p in pseg.lcut(piece):
            w = p.word.strip()
            if not w.strip() or w in _ASK_TOKENS or _ASK_TOKEN_RE.match(w):
                out.append(None)
            else:
                out.append((w, p.flag))
        out.append(None)
    return out


def key_phrase(question: str) -> str:
    """The question with asking words and punctuation removed: what it is about."""
    words = [t[0] if t else " " for t in key_tokens(question)]
    return " ".join("".join(words).split())


def split_parts(question: str) -> list[str]:
    """Split '一共多少家开发区参加？分几期？' into separately answerable parts."""
    pieces = [p for p in re.split(r"[？?；;]", question) if p.strip()]
    asking = [p for p in pieces if any(pat.search(normalize(p)) for _, pat in _TYPE_PATTERNS)]
    return asking if len(asking) > 1 else [question]


def is_follow_up(question: str, history: list[Turn]) -> bool:
    if not any(t.role == "user" for t in history):
        return False
    q = question.strip()
    if _FOLLOW_UP_START.search(q) or _FOLLOW_UP_END.search(q):
        return True
    # Very short questions with little of their own ("督导期是多长？") lean on context.
    return len(key_phrase(q).replace(" ", "")) <= 4


def analyze(question: str, history: list[Turn] | None = None) -> AnalyzedQuestion:
    """Classify a question and, for a follow-up, attach the earlier question as context."""
    history = history or []
    q = question.strip()
    if not is_follow_up(q, history):
        return AnalyzedQuestion(q, q, classify(q), parts=split_parts(q))
    previous = next(t.content for t in reversed(history) if t.role == "user")
    core = _FOLLOW_UP_START.sub("", q)
    core = _FOLLOW_UP_END.sub("", core).strip(" ？?，,")
    if core and not any(p.search(normalize(core)) for _, p in _TYPE_PATTERNS):
        # "那9个优势特色产业集群呢？": the previous kind of question about a new subject.
        return AnalyzedQuestion(
            q, core, classify(previous), context=previous, focus=core, parts=[core]
        )
    return AnalyzedQuestion(q, q, classify(q), context=previous, parts=split_parts(q))


_HOW_MANY = re.compile(r"多少|几|多大|多长|多高|多重|多快|多远")


def measure_phrase(question: str) -> str | None:
    """The compound a number question measures, when it names one right before its asking
    word: an action noun and a noun ("…出口总额是多少" → "出口总额", "规划面积有多大"). A
    sentence with another measure ("进口总额", "实际利用外资") does not answer it."""
    norm = normalize(question)
    m = _HOW_MANY.search(norm)
    if m is None:
        return None
    words = key_tokens(norm[: m.start()])
    while words and words[-1] is None:
        words.pop()
    if len(words) >= 2 and words[-2] is not None and words[-2][1] == "vn" and words[-1][1] == "n":
        return words[-2][0] + words[-1][0]
    return None
