"""Questions answered from table rows: the row a question names, the row at a rank, the
rows a question selects by a cell ("天津有哪些…进了前30"), and two rows side by side.

A retrieved row brings the rest of its table: a reverse lookup ("第18名是哪家") or a
filter over a column needs rows that the retriever did not rank. Module functions over
an index and one question's :class:`Context`; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.composing import Context, amount, row_answer
from assistant.answering.evidence import Sentence, Term, lexicon, table_rows
from assistant.answering.grammar import grammar
from assistant.answering.questions import (
    AnalyzedQuestion,
    asked_category,
    comparison_sides,
    numeral_value,
)
from assistant.index import Index
from assistant.messages import msg
from assistant.text import normalize

_G = grammar()
_T = _G.raw["tables"]
_RANK_HEADERS = tuple(_T["rank_headers"])
_TOP_RANGE = re.compile(_T["top_range"])
_TOP_WORDS = tuple(_T["top_words"])
_RANK_VERBS = tuple(_T["rank_verbs"])
_RANK_FOLLOWERS = tuple(_T["rank_followers"])
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# A table longer than this is not read whole for one question (latency); its retrieved
# rows still answer through the sentence path.
MAX_TABLE_ROWS = 300
# A cell shorter than this ("无", "是") names nothing a question could mean.
MIN_CELL_CHARS = 2
# A cell named by its opening words needs this many of them ("宜昌片区" of 宜昌片区管委会).
MIN_OPENING_CHARS = 4
# A header shares at least this many consecutive characters with a question it answers.
MIN_HEADER_OVERLAP = 2


@dataclass
class _Table:
    doc_id: str
    context: str  # title, section and caption, normalised
    rows: list[Sentence]


def _cell(row: Sentence, header: str) -> str | None:
    for h, c in zip(row.header, row.cells, strict=False):
        if h == header:
            return c.strip()
    return None


def _core(cell: str) -> str:
    """A cell without its bracketed gloss: "B类（领军人才）" is named "B类"."""
    return normalize(_BRACKETED.sub("", cell)).strip()


def _is_rank_header(header: str) -> bool:
    norm = normalize(header)
    return any(w in norm for w in _RANK_HEADERS)


def _rank(row: Sentence) -> int | None:
    for h, c in zip(row.header, row.cells, strict=False):
        if _is_rank_header(h) and c.strip().isdigit():
            return int(c.strip())
    return None


def _overlap(a: str, b: str) -> int:
    """Length of the longest run of characters the two texts share."""
    best = 0
    for i in range(len(a)):
        j = i + best + 1
        while j <= len(a) and a[i:j] in b:
            best = j - i
            j += 1
    return best


def question_forms(text: str) -> list[str]:
    """The question as written and with each domain abbreviation spelt out
    ("芜湖经开区" also reads "芜湖经济技术开发区"), all normalised."""
    synonyms, _ = lexicon()
    q = normalize(text)
    forms = [q]
    for word, variants in synonyms.items():
        if len(word) >= MIN_CELL_CHARS and word in q:
            forms.extend(q.replace(word, v) for v in variants)
    return forms


def tables_of(index: Index, sentences: list[Sentence], whole_docs: bool = False) -> list[_Table]:
    """Each table a retrieved row belongs to, whole, in order of its best retrieved row;
    with ``whole_docs`` also every table of the retrieved documents (a rank asked for by
    number, "第18名是哪家", is seldom what ranks a row)."""
    out: list[_Table] = []
    done: set[tuple[str, int]] = set()
    anchors = [s for s in sentences if s.cells]
    if whole_docs:
        docs = list(dict.fromkeys(s.doc_id for s in sentences))
        for doc_id in docs:
            firsts: dict[int, dict] = {}
            for r in table_rows(index.document(doc_id)).values():
                firsts.setdefault(r.get("table"), r)
            doc = index.document(doc_id)
            rank = min(s.rank for s in sentences if s.doc_id == doc_id)
            anchors += [
                Sentence(doc_id, doc.title, "", r["start"], r["end"], "", rank)
                for r in firsts.values()
            ]
    for sent in anchors:
        doc = index.document(sent.doc_id)
        rows = table_rows(doc)
        row = rows.get(sent.start)
        if row is None or (sent.doc_id, row.get("table")) in done:
            continue
        done.add((sent.doc_id, row.get("table")))
        members = sorted(
            (r for r in rows.values() if r.get("table") == row.get("table")),
            key=lambda r: r["start"],
        )
        if len(members) > MAX_TABLE_ROWS:
            continue
        caption = row.get("caption") or ""
        units = [
            Sentence(
                sent.doc_id,
                sent.title,
                sent.section,
                r["start"],
                r["end"],
                doc.text[r["start"] : r["end"]],
                sent.rank,
                caption + "\n",
                tuple(r.get("header") or ()),
                tuple(r.get("cells") or ()),
            )
            for r in members
            if r.get("cells")
        ]
        context = normalize(f"{sent.title}\n{sent.section}\n{caption}")
        out.append(_Table(sent.doc_id, context, units))
    return out


def _named(table: _Table, forms: list[str]) -> dict[str, set[str]]:
    """Cells the question names, by column: the question's filters and subjects."""
    named: dict[str, set[str]] = {}
    for row in table.rows:
        for h, c in zip(row.header, row.cells, strict=False):
            core = _core(c)
            if len(core) < MIN_CELL_CHARS or _DIGITS.fullmatch(core):
                continue
            if any(core in f for f in forms) or _named_by_start(core, forms):
                named.setdefault(h, set()).add(core)
    # A shorter cell inside a longer named one is not named on its own ("杭州" inside
    # "杭州经济技术开发区" when only the zone is meant): keep the longest per column.
    for h, cores in named.items():
        named[h] = {c for c in cores if not any(c != o and c in o for o in cores)}
    return named


def _named_by_start(core: str, forms: list[str]) -> bool:
    """Is a cell named by its opening words ("宜昌片区" for "宜昌片区管委会")? The opening
    must be most of the cell and at least MIN_OPENING_CHARS long."""
    k = len(core) - 1
    while k >= max(MIN_OPENING_CHARS, (len(core) + 1) // 2):
        if any(core[:k] in f for f in forms):
            return True
        k -= 1
    return False


def asked_rank(aq) -> int | None:
    """The rank a question names ("第18名", "排第20的"), not an ordinal of a batch, an
    article or a session ("第五批案例", "第五条规定")."""
    if aq.rank_value is None:
        return None
    norm = normalize(aq.text)
    rank = _G.ranking.search(norm)
    if rank is None:
        return None
    said = rank.group(0)[-1:] in _G.rank_units or any(
        norm[max(0, rank.start() - len(w)) : rank.start()] == w for w in _RANK_VERBS
    )
    follows = norm[rank.end() : rank.end() + 1]
    return aq.rank_value if said or follows in _RANK_FOLLOWERS else None


def _unique(table: _Table, header: str) -> bool:
    """Does every row hold its own value in this column (names, not kinds)?"""
    values = [_core(_cell(r, header) or "") for r in table.rows]
    return len(set(values)) == len(values)


def _selected(
    table: _Table, named: dict[str, set[str]], rank: int | None, top: int | None
) -> list[Sentence]:
    rows = table.rows
    for h, cores in named.items():
        rows = [r for r in rows if _core(_cell(r, h) or "") in cores]
    if rank is not None:
        rows = [r for r in rows if _rank(r) == rank]
    if top is not None:
        rows = [r for r in rows if (_rank(r) or top + 1) <= top]
    return rows


def _holds(table: _Table, rows: list[Sentence], terms: list[Term], aq, used: set[str]) -> bool:
    """The question's constraints hold in the table: the years and periods it names, its
    rarest noun and the places and bodies it names (outside the cells that select rows)."""
    text = table.context + "\n" + "\n".join(r.norm for r in rows)
    skip = set(used)
    if aq.rank_value is not None:
        skip.add(str(aq.rank_value))
    # A follow-up keeps the years of the question it follows ("其中…排第几" after "2023年…").
    numbers = [*aq.numbers, *_DIGITS.findall(normalize(aq.context))]
    if any(n not in text and n not in skip for n in numbers):
        return False
    if any(p not in text for p in aq.periods):
        return False
    own = [
        t
        for t in terms
        if t.primary
        and t.known
        and t.is_content
        and not any(t.text in u or u in t.text for u in used)
    ]
    if own and not max(own, key=lambda t: t.idf).found_in(text):
        return False
    return all(t.found_in(text) for t in own if t.pos in ("ns", "nr", "nt"))


def _column(rows: list[Sentence], forms: list[str], exclude: set[str]) -> str | None:
    """The column a question asks about: the header sharing the longest run with it."""
    best, best_len = None, MIN_HEADER_OVERLAP - 1
    for h in rows[0].header:
        if h in exclude:
            continue
        n = max(_overlap(normalize(h), f) for f in forms)
        if n > best_len:
            best, best_len = h, n
    return best


def _name_column(rows: list[Sentence], aq, forms: list[str], exclude: set[str]) -> str | None:
    """The column that names the listed things: the one the question's kind points at
    ("哪些经开区" → 国家级经开区), else the first column of words."""
    category = asked_category(aq.text)
    headers = [h for h in rows[0].header if h not in exclude and not _is_rank_header(h)]
    if category:
        for h in headers:
            if category in normalize(h):
                return h
    asked = _column(rows, forms, exclude | {h for h in rows[0].header if _is_rank_header(h)})
    if asked is not None:
        return asked
    for h in headers:
        if all(not _DIGITS.fullmatch(_core(_cell(r, h) or "")) for r in rows):
            return h
    return None


def table_answer(index: Index, ctx: Context):
    """(direct answer, quotes) from a table the retrieved rows belong to, or None."""
    aq = ctx.aq
    forms = question_forms(aq.text)
    m = _TOP_RANGE.search(forms[0])
    top = numeral_value(m.group(1)) if m else None
    rank = asked_rank(aq)
    if rank is None and aq.context:
        # "它在哪个城市？" after "排名第12的是哪个？": the row the earlier question asked for.
        rank = asked_rank(AnalyzedQuestion(aq.context, aq.context, aq.qtype))
    whole = rank is not None or top is not None
    for table in tables_of(index, ctx.sentences, whole_docs=whole):
        if comparison_sides(aq.text) is not None:
            # Two rows the question names side by side ("A和B哪个排名高").
            found = _compare(table, ctx, forms)
            if found is not None:
                return found
        if aq.qtype == "comparison":
            continue
        named = _named(table, forms)
        if not named and rank is None and not top:
            if aq.qtype == "list":
                found = _column_values(table, ctx, forms)
                if found is not None:
                    return found
            continue
        if not named and rank is None and aq.qtype != "list":
            continue
        if aq.qtype == "list":
            # A list asks for several rows: a cell that names one row alone (a zone's name,
            # "天津经开区") is read as the kind of row asked for, not as a filter.
            named = {h: c for h, c in named.items() if not _unique(table, h)} or named
        rows = _selected(table, named, rank, top)
        used = {c for cores in named.values() for c in cores}
        if top is not None:
            used.add(str(top))
        if not rows or not _holds(table, rows, ctx.terms, aq, used):
            continue
        found = _answer_rows(rows, ctx, forms, set(named), rank)
        if found is not None:
            return found
    return None


def _answer_rows(
    rows: list[Sentence], ctx: Context, forms: list[str], filters: set[str], rank: int | None
):
    aq = ctx.aq
    ranked = any(_rank(r) is not None for r in rows)
    asks_top = ranked and any(w in forms[0] for w in _TOP_WORDS)
    if aq.qtype in ("entity", "ranking") and asks_top and len(rows) > 1:
        rows = [min(rows, key=lambda r: _rank(r) or 0)]
    if len(rows) > 1:
        if aq.qtype != "list":
            return None
        column = _name_column(rows, aq, forms, filters)
        if column is None:
            return None
        items = [c for r in rows if (c := _cell(r, column))]
        direct = msg("list_answer", count=len(items), items="、".join(items))
        return direct, [(r, None) for r in rows]
    row = rows[0]
    if aq.qtype == "ranking" and not ranked:
        return None
    # The row must hold what is asked, under a column the question names; an entity asked
    # by its rank ("第18名是哪家") is the whole row.
    needs_column = aq.qtype in ("number", "date", "duration", "definition", "yesno", "list") or (
        aq.qtype == "entity" and rank is None and not asks_top
    )
    if needs_column and _column(rows, forms, filters) is None:
        return None
    if aq.qtype == "yesno":
        return None  # a yes/no is decided by the polarity rules, not by a row
    return row_answer(row) + "。", [(row, None)]


def _column_values(table: _Table, ctx: Context, forms: list[str]):
    """ "涉及哪几个领域": the distinct values of the column the asked kind names."""
    category = asked_category(ctx.aq.text)
    if not category or not _holds(table, table.rows, ctx.terms, ctx.aq, {category}):
        return None
    for h in table.rows[0].header:
        if category in normalize(h) and not _is_rank_header(h):
            values = list(dict.fromkeys(c for r in table.rows if (c := _cell(r, h))))
            if len(values) < 2 or len(values) == len(table.rows):
                return None  # every row its own value: a name column, not a kind
            quotes = [(r, None) for r in _first_rows(table.rows, h)]
            return msg("list_answer", count=len(values), items="、".join(values)), quotes
    return None


def _first_rows(rows: list[Sentence], header: str) -> list[Sentence]:
    """The first row holding each value of a column: one quote per value."""
    seen: dict[str, Sentence] = {}
    for r in rows:
        seen.setdefault(_cell(r, header) or "", r)
    return list(seen.values())


def _compare(table: _Table, ctx: Context, forms: list[str]):
    """Two rows the question sets side by side, the asked column's values, the larger."""
    sides = comparison_sides(ctx.aq.text)
    if sides is None:
        return None
    picked: list[tuple[str, Sentence, str]] = []  # (name, row, naming column)
    for side in sides:
        best = None
        for row in table.rows:
            for h, c in zip(row.header, row.cells, strict=False):
                core = _core(c)
                longer = best is None or len(core) > len(best[0])
                if len(core) >= MIN_CELL_CHARS and core in side and longer:
                    best = (core, row, h)
        if best is None:
            return None
        picked.append(best)
    (_, row_a, col_a), (_, row_b, col_b) = picked
    if row_a is row_b:
        return None
    column = _column([row_a], forms, {col_a, col_b})
    if column is None:
        return None
    value_a, value_b = _cell(row_a, column), _cell(row_b, column)
    if not value_a or not value_b:
        return None
    parts = [
        msg("comparison_value", name=_cell(row_a, col_a), value=value_a),
        msg("comparison_value", name=_cell(row_b, col_b), value=value_b),
    ]
    full_a, full_b = _cell(row_a, col_a), _cell(row_b, col_b)
    if _is_rank_header(column):
        ra, rb = _rank(row_a), _rank(row_b)
        if ra is not None and rb is not None and ra != rb:
            parts.append(msg("comparison_rank_higher", name=full_a if ra < rb else full_b))
    else:
        a, b = amount(value_a), amount(value_b)
        if a is not None and b is not None and a != b:
            parts.append(msg("comparison_larger", name=full_a if a > b else full_b))
    return "，".join(parts) + "。", [(row_a, None), (row_b, None)]
