"""The extractive answerer: deterministic, no LLM, every answer a span of a document.

It picks the sentences that best cover the question's key terms, decides whether
they actually answer it (or refuses), and composes a short direct answer by
question type — a complete list, a number, a ranking, a clause — followed by
the quoted sentences it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.evidence import (
    DURATION,
    NUMBER,
    RANKING,
    Sentence,
    Term,
    clauses,
    coverage,
    gather_sentences,
    question_terms,
    term_variants,
)
from assistant.answering.models import Citation
from assistant.answering.questions import AnalyzedQuestion, classify, key_phrase, measure_phrase
from assistant.index import Hit, Index
from assistant.messages import msg
from assistant.settings import AnswerSettings
from assistant.text import _get_jieba, normalize

# Calibrated on evals/gold.jsonl (see evals/README.md): below this share of the
# question's weighted key terms, no sentence is taken to answer the question.
MIN_COVERAGE = 0.6
# A direct answer grows by following clauses up to about this many characters.
MAX_DIRECT_CHARS = 90

_CN_DIGITS = {
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_ASKED_COUNT = re.compile(r"哪([两二三四五六七八九十]|\d+)[个家项大条类]|(\d+)个")
_COUNT = re.compile(r"^([\d一二三四五六七八九十两]+)(?:个|家|大|项|类|条)")
_TOTAL = re.compile(r"^(?:共|总共|合计|总计|一共)([\d一二三四五六七八九十两]+)")
# Words that introduce a list; the first item starts after the last of them.
_LEAD_INS = frozenset(
    [
        "培育",
        "打造",
        "布局",
        "包括",
        "包含",
        "涵盖",
        "形成",
        "聚焦",
        "发展",
        "引进",
        "建设",
        "分为",
        "涉及",
        "拥有",
        "设立",
        "重点",
        "推进",
        "推行",
        "实施",
        "以",
        "由",
        "有",
        "的",
        "是",
        "为",
        "在",
        "加快",
        "如",
        "即",
        "含",
    ]
)
# Tokens that end the last item: "…等9个…", "…为代表", "…领衔".
_TAIL_TOKENS = frozenset(["等", "共", "为", "领衔", "作为", "等等"])
_AND_TOKENS = frozenset(["和", "及", "以及"])
_CONTINUE = re.compile(r"^(以及|及|和|并|且|同比|比|占|其中|高于|低于|处在|处于|位居|居)")
_YES_NO_PAIRS = [
    ("高于", "低于"),
    ("增长", "下降"),
    ("增加", "减少"),
    ("超过", "不足"),
    ("提升", "下降"),
    ("涨", "跌"),
    ("领先", "落后"),
    ("高", "低"),
    ("多", "少"),
]
_DATE_ONLY = re.compile(r"[\d一二三四五六七八九十]+年.{0,4}")
_WHICH_ONE = re.compile(r"叫什么|哪个|哪一个|名称|名字")
BOOK_TITLE = re.compile(r"《[^》]{2,40}》")
_CLAUSE_PUNCT = re.compile(r"[,，;；:：。！？!?]")
_TYPED = {"number": NUMBER, "ranking": RANKING, "duration": DURATION}


_LABEL_END = re.compile(r"(整合|组成|构成|合并|而成|为主|齐头).*$")


def _label(text: str) -> str | None:
    """The source's count phrase, trimmed to "N个…" without the verb after it."""
    text = _LABEL_END.sub("", text)
    return text if _COUNT.match(text) and len(text) <= 20 else None


def _to_int(s: str) -> int | None:
    return int(s) if s.isdigit() else _CN_DIGITS.get(s)


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


@dataclass
class Enumeration:
    sentence: Sentence
    items: list[tuple[int, int]]  # document offsets of each item
    head: str  # the enumeration's context: lead-in and what follows the items
    stated: int | None = None
    label: str | None = None  # the source's own count phrase, e.g. "9个优势特色产业集群"


@dataclass
class Extracted:
    refused: bool
    direct: str = ""
    quotes: list[tuple[Sentence, tuple[int, int] | None]] = field(default_factory=list)
    related: list[Sentence] = field(default_factory=list)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    pos = start
    for tok in _get_jieba().lcut(text[start:end]):
        out.append((pos, pos + len(tok), tok))
        pos += len(tok)
    return out


def _strip_item(text: str, s: int, e: int, first: bool) -> list[tuple[int, int]]:
    """One '、' piece -> its item(s): lead-in dropped (first piece), tails and 和/及 split."""
    toks = _tokens(text, s, e)
    if first:
        cut = None
        for i, (_, te, tok) in enumerate(toks[:-1]):
            if tok in _LEAD_INS:
                cut = i
        if cut is not None:
            toks = toks[cut + 1 :]
    items: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str]] = []
    skipping = False
    for ts, te, tok in toks:
        if tok in _AND_TOKENS:
            if cur:
                items.append((cur[0][0], cur[-1][1]))
            cur, skipping = [], False
            continue
        if skipping:
            continue
        if tok in _TAIL_TOKENS or (cur and _COUNT.match(text[ts:e])):
            skipping = True
            continue
        cur.append((ts, te, tok))
    if cur:
        items.append((cur[0][0], cur[-1][1]))
    return [(a, b) for a, b in items if 2 <= b - a <= 24]


def find_enumerations(sent: Sentence) -> list[Enumeration]:
    """Runs of '、'-separated items in a sentence, and totals over several runs."""
    text = sent.text
    clause_spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_PUNCT.finditer(text + "。"):
        clause_spans.append((pos, m.start()))
        pos = m.end()
    # "…“产业基金+项目”,以及优势嫁接等…": a clause opening with 以及 continues the list.
    merged: list[tuple[int, int]] = []
    for cs, ce in clause_spans:
        if (
            merged
            and re.match(r"(以及|及|和)", text[cs:ce])
            and "、" in text[merged[-1][0] : merged[-1][1]]
        ):
            merged[-1] = (merged[-1][0], ce)
        else:
            merged.append((cs, ce))
    enums: list[Enumeration] = []
    runs: list[list[tuple[int, int]]] = []  # every '、' run, in sentence offsets
    for cs, ce in merged:
        if "、" not in text[cs:ce]:
            continue
        pieces: list[tuple[int, int]] = []
        p = cs
        for m in re.finditer(r"[、,，]", text[cs:ce]):
            pieces.append((p, cs + m.start()))
            p = cs + m.end()
        pieces.append((p, ce))
        items: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(pieces):
            items.extend(_strip_item(text, s, e, first=i == 0))
        runs.append(items)
        # "…山西科技创新城3个省级开发区以及山西大学城产业园区": a count phrase inside the
        # run closes a group of its own.
        groups: list[tuple[list[tuple[int, int]], int]] = []
        begin = 0
        for k, (_, e) in enumerate(items[:-1]):
            if _COUNT.match(text[e : e + 8]):
                groups.append((items[begin : k + 1], e))
                begin = k + 1
        groups.append((items[begin:], items[-1][1]))
        for group, end in groups:
            if len(group) < 2:
                continue
            stated, label = None, None
            after = re.sub(r"^(等|共)", "", text[end:ce])
            m = _COUNT.match(after)
            if m:
                stated = _to_int(m.group(1))
                label = _label(re.split(r"以及|及|和", after)[0])
            # The lead-in is the clause's own text before the items, or the clause a colon opens.
            lead_from = cs
            if cs > 0 and text[cs - 1] in ":：":
                lead_from = max(0, text.rfind("，", 0, cs - 1) + 1, text.rfind(",", 0, cs - 1) + 1)
            head = text[lead_from : group[0][0]] + " " + text[end:ce]
            enums.append(
                Enumeration(
                    sent, [(sent.start + a, sent.start + b) for a, b in group], head, stated, label
                )
            )
    # "…4个国家级开发区,…3个省级开发区以及…,共8个产学研园区": a total over several runs.
    for cs, ce in clause_spans:
        m = _TOTAL.match(text[cs:ce])
        total = _to_int(m.group(1)) if m else None
        if not total:
            continue
        taken: list[tuple[int, int]] = []
        for run in reversed([r for r in runs if r[-1][1] <= cs]):
            taken = run + taken
            if len(taken) >= total:
                break
        if len(taken) == total:
            first = taken[0][0]
            head = text[cs:ce] + " " + text[max(0, first - 12) : first]
            label = _label(text[cs:ce].removeprefix(m.group(0)[: -len(m.group(1))]))
            items = [(sent.start + a, sent.start + b) for a, b in taken]
            enums.append(Enumeration(sent, items, head, total, label))
    return enums


class ExtractiveAnswerer:
    def __init__(self, index: Index, settings: AnswerSettings):
        self.index = index
        self.settings = settings
        self._phrase = ""

    # ---------- matching ----------
    def _terms(self, aq: AnalyzedQuestion, sentences: list[Sentence]) -> list[Term]:
        extra = {}
        if aq.qtype == "yesno":
            # A yes/no question about growth is answered by a sentence about decline too.
            for a, b in _YES_NO_PAIRS:
                extra.setdefault(a, ())
                extra[a] += (b,)
                extra.setdefault(b, ())
                extra[b] += (a,)
        terms = question_terms(aq, self.index, extra)
        self._phrase = key_phrase(aq.text)
        for t in terms:
            if not t.known and any(t.found_in(s.context_norm) for s in sentences):
                t.known = True
        return terms

    def _score(self, sent: Sentence, terms: list[Term], qtype: str = "") -> float:
        cov = coverage(terms, sent.norm)
        pattern = _TYPED.get(qtype)
        if pattern is not None:
            # For a number, the clause holding it must match the question, not just the sentence.
            cov += 0.5 * max(
                (
                    coverage(terms, normalize(sent.text[s - sent.start : e - sent.start]))
                    for s, e in clauses(sent)
                    if _pattern_hit(pattern, sent.text[s - sent.start : e - sent.start])
                ),
                default=0.0,
            )
        # Terms the sentence lacks may sit just before it or in its heading: half weight.
        ctx = sent.context_norm
        total = sum(t.weight for t in terms) or 1.0
        extra = sum(t.weight for t in terms if not t.found_in(sent.norm) and t.found_in(ctx))
        return cov + 0.5 * extra / total + _phrase_bonus(self._phrase, sent.norm) - 0.01 * sent.rank

    @staticmethod
    def _fits_type(sent: Sentence, qtype: str) -> bool:
        t = sent.text
        if qtype == "number":
            return bool(NUMBER.search(t))
        if qtype == "ranking":
            return bool(RANKING.search(t))
        if qtype == "duration":
            return bool(DURATION.search(t))
        if qtype == "list":
            return "、" in t or "和" in t
        return True

    def _answerable(
        self,
        sent: Sentence,
        score: float,
        aq: AnalyzedQuestion,
        terms: list[Term],
        measure: tuple[str, ...],
    ) -> bool:
        if score < MIN_COVERAGE:
            return False
        ctx = sent.context_norm
        # Numbers and years the question names must be in the evidence ("2021年" is not "2019年").
        if any(n not in ctx for n in aq.numbers):
            return False
        # "出口总额是多少" is not answered by "进口总额" or "实际利用外资": the sentence
        # holding the number must name the measure itself, not only its neighbour.
        if measure and not any(v in sent.norm for v in measure):
            return False
        # A bare follow-up ("那晋中片区呢？") must find each of its own words.
        if aq.focus and not all(t.found_in(ctx) for t in terms if t.primary and t.known):
            return False
        # The question's rarest term, and any place or organisation it names, must be there.
        primary = [t for t in terms if t.primary and t.known]
        if primary:
            rarest = max(primary, key=lambda t: t.idf)
            if not rarest.found_in(ctx):
                return False
            if any(t.pos in ("ns", "nr", "nt", "nz") and not t.found_in(ctx) for t in primary):
                return False
        return True

    # ---------- composing ----------
    def _direct_span(
        self,
        sent: Sentence,
        terms: list[Term],
        aq: AnalyzedQuestion,
        pattern: re.Pattern[str] | None,
    ) -> list[tuple[int, int]]:
        """The clause that answers, grown by the clauses that continue it.

        Usually one span; for "who" questions the sentence's opening clause (the actor)
        comes first as a second span, shown with an ellipsis between them.
        """
        doc_text = self.index.document(sent.doc_id).text
        spans = clauses(sent)
        q_bigrams = _bigrams(key_phrase(aq.text))
        best, best_score = None, -1.0
        for i, (s, e) in enumerate(spans):
            clause = doc_text[s:e]
            if pattern is not None and not _pattern_hit(pattern, clause):
                continue
            norm = normalize(clause)
            ctx = normalize(doc_text[spans[i - 1][0] : e]) if i else norm
            shared = q_bigrams & _bigrams(norm)
            density = len(shared) / max(1, len(q_bigrams)) + len(shared) / max(1, len(norm) - 1)
            score = coverage(terms, norm) + 0.3 * coverage(terms, ctx) + 0.5 * density
            if score > best_score:
                best, best_score = i, score
        if best is None:
            return [(sent.start, sent.end)]
        s, e = spans[best]
        for ns, ne in spans[best + 1 :]:
            nxt = doc_text[ns:ne]
            grows = _CONTINUE.match(nxt) or (
                aq.qtype in ("number", "ranking", "yesno")
                and pattern is not None
                and NUMBER.search(nxt)
            )
            if not grows or ne - s > MAX_DIRECT_CHARS:
                break
            e = ne
        prev = doc_text[spans[best - 1][0] : spans[best - 1][1]] if best > 0 else ""
        if aq.qtype == "ranking" and NUMBER.search(prev):
            # "在219个…中,…排名第31位": the ranking needs the field it was ranked in.
            s = spans[best - 1][0]
        if aq.qtype == "entity" and best > 0:
            # "…是谁组建了…": the actor usually opens the sentence; a date may precede it.
            opening = doc_text[spans[0][0] : spans[0][1]]
            lead = 1 if best > 1 and _DATE_ONLY.fullmatch(opening) else 0
            if lead < best and spans[lead][1] - spans[lead][0] <= 40:
                if lead + 1 == best:
                    return [(spans[lead][0], e)]
                return [spans[lead], (s, e)]
        return [(s, e)]

    def _choose_enumeration(
        self, sentences: list[Sentence], terms: list[Term], aq: AnalyzedQuestion
    ) -> Enumeration | None:
        m = _ASKED_COUNT.search(aq.text)
        asked = _to_int(m.group(1) or m.group(2)) if m else None
        # A follow-up's own words decide which list it means ("那生物医药方面…").
        terms = [t for t in terms if t.primary] or terms
        best, best_score = None, 0.0
        for sent in sentences:
            doc_text = self.index.document(sent.doc_id).text
            for en in find_enumerations(sent):
                items = normalize(" ".join(doc_text[s:e] for s, e in en.items))
                score = (
                    coverage(terms, normalize(en.head))
                    + 0.3 * coverage(terms, sent.norm)
                    + 0.1 * coverage(terms, items)
                )
                if asked is not None:
                    score += 0.5 if asked in (en.stated, len(en.items)) else -0.3
                if score > best_score:
                    best, best_score = en, score
        return best

    def answer(self, aq: AnalyzedQuestion, hits: list[Hit]) -> Extracted:
        sentences = gather_sentences(self.index, hits[: self.settings.context_chunks])
        if not sentences:
            return Extracted(refused=True)
        parts = aq.parts if len(aq.parts) > 1 else [aq.text]
        directs: list[str] = []
        quotes: list[tuple[Sentence, tuple[int, int] | None]] = []
        whole_terms = self._terms(aq, sentences)
        for part in parts:
            sub = aq
            if len(parts) > 1:
                sub = AnalyzedQuestion(
                    part, part, classify(part), context=aq.context, focus=aq.focus
                )
            terms = self._terms(sub, sentences) if sub is not aq else whole_terms
            if not any(t.primary for t in terms):
                terms = whole_terms  # "分几期？" has no terms of its own
            result = self._answer_part(sub, sentences, terms)
            if result is None:
                ranked = sorted(sentences, key=lambda s: -self._score(s, whole_terms))
                return Extracted(refused=True, related=ranked[:3])
            direct, found = result
            directs.append(direct)
            for item in found:
                if not any(
                    item[0].start == x[0].start and item[0].doc_id == x[0].doc_id for x in quotes
                ):
                    quotes.append(item)
        return Extracted(refused=False, direct="；".join(directs), quotes=quotes)

    def _answer_part(self, aq: AnalyzedQuestion, sentences: list[Sentence], terms: list[Term]):
        # Something the question is about that no document mentions: nothing can answer it.
        # The last term before the question word is what is asked for ("…的组长是谁").
        primary = [t for t in terms if t.primary]
        asked_for = primary[-1] if primary and aq.qtype == "entity" else None
        if any(not t.known and (t.is_content or t is asked_for) for t in primary):
            return None
        scored = sorted(
            ((s, self._score(s, terms, aq.qtype)) for s in sentences), key=lambda x: -x[1]
        )
        named = measure_phrase(aq.text) if aq.qtype == "number" else None
        measure = (named, *term_variants(named)) if named else ()
        candidates = [
            (s, sc)
            for s, sc in scored
            if self._fits_type(s, aq.qtype) and self._answerable(s, sc, aq, terms, measure)
        ]
        if not candidates:
            return None
        best, best_score = candidates[0]
        doc_text = self.index.document(best.doc_id).text
        if aq.qtype in ("list", "entity"):
            top = [s for s, sc in candidates if sc >= best_score - 0.15][:4]
            en = self._choose_enumeration(top, terms, aq)
            # The list may come from another candidate sentence, even another document.
            en_text = self.index.document(en.sentence.doc_id).text if en is not None else ""
            if en is not None and aq.qtype == "list":
                items: list[str] = []
                for s, e in en.items:
                    if en_text[s:e] not in items:
                        items.append(en_text[s:e])
                if en.label and en.stated == len(items):
                    direct = msg("list_answer_labelled", label=en.label, items="、".join(items))
                else:
                    direct = msg("list_answer", count=len(items), items="、".join(items))
                return direct, [(en.sentence, (en.items[0][0], en.items[-1][1]))]
            if en is not None and _WHICH_ONE.search(aq.text):
                # "北部片区叫什么？": the one item that carries the question's term.
                for s, e in en.items:
                    if coverage(terms, normalize(en_text[s:e])) > 0:
                        return en_text[s:e] + "。", [(en.sentence, (s, e))]
        pattern = {
            "number": NUMBER,
            "ranking": RANKING,
            "duration": DURATION,
            "entity": BOOK_TITLE if BOOK_TITLE.search(best.text) else None,
        }.get(aq.qtype)
        if aq.qtype == "definition":
            return best.text, [(best, None)]
        pieces = self._direct_span(best, terms, aq, pattern)
        text = "……".join(doc_text[s:e].strip() for s, e in pieces)
        span = (pieces[0][0], pieces[-1][1])
        if aq.qtype == "yesno":
            verdict = self._polarity(aq, best.text)
            prefix = "" if verdict is None else msg("answer_yes" if verdict else "answer_no")
            return prefix + text + "。", [(best, span)]
        return text + "。", [(best, span)]

    def _polarity(self, aq: AnalyzedQuestion, sentence: str) -> bool | None:
        """Yes if the sentence states what the question asks, no if it states the opposite."""
        q = normalize(aq.text)
        sn = normalize(sentence)
        for a, b in _YES_NO_PAIRS:
            for asked, opposite in ((a, b), (b, a)):
                if asked in q and opposite not in q:
                    if asked in sn:
                        return True
                    if opposite in sn:
                        return False
        return None if "还是" in q else True

    def citations(self, extracted: Extracted) -> list[Citation]:
        return [
            sentence_citation(self.index, n, sent, span)
            for n, (sent, span) in enumerate(extracted.quotes, start=1)
        ]


def _phrase_bonus(phrase: str, text_norm: str) -> float:
    """A bonus for a run of four or more characters of the question found verbatim."""
    best = 0
    for seg in phrase.split():
        for i in range(len(seg)):
            j = i + best + 1
            while j <= len(seg) and seg[i:j] in text_norm:
                best = j - i
                j += 1
    return min(0.15, 0.05 * (best - 3)) if best >= 4 else 0.0


def _pattern_hit(pattern: re.Pattern[str], clause: str) -> bool:
    if pattern is NUMBER:
        # A bare year or quarter is a date, not the amount asked for.
        rest = re.sub(r"\d{4}年|[一二三四]季度", "", clause)
        return bool(NUMBER.search(rest))
    return bool(pattern.search(clause))


def sentence_citation(
    index: Index, n: int, sent: Sentence, span: tuple[int, int] | None
) -> Citation:
    doc = index.document(sent.doc_id)
    return Citation(
        n=n,
        doc_id=sent.doc_id,
        title=doc.title,
        section=sent.section,
        start=sent.start,
        end=sent.end,
        quote=doc.text[sent.start : sent.end],
        highlight=[span[0], span[1]] if span else None,
    )
