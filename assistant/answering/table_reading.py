"""Reading tables for answers: each table a retrieved row belongs to, whole, and its
cells — a cell's text without its gloss, the rank a row holds, the question as it may name
a cell. Module functions over an index; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.composing import row_answer
from assistant.answering.constraints import stated_ranks
from assistant.answering.evidence import Sentence, lexicon
from assistant.answering.grammar import grammar
from assistant.answering.row_quotes import header_statement, prose_statement
from assistant.answering.units import table_rows
from assistant.index import Index
from assistant.messages import msg
from assistant.text import FIGURE, normalize

_G = grammar()
_T = _G.raw["tables"]
_RANK_HEADERS = tuple(_T["rank_headers"])
_SERIAL_HEADERS = tuple(_T["serial_headers"])
_RANKING_WORDS = tuple(_T["ranking_words"])
_UNIT_HEADERS = frozenset(_T["unit_headers"])
_UNIT_WORDS = frozenset(_G.raw["units"])
# A caption's gloss naming its unit by a unit header and a colon ("单位：万元").
UNIT_LABEL = re.compile("^(?:" + "|".join(map(re.escape, _T["unit_headers"])) + ")[:：]\\s*")
# The general classifier some units are said with after a figure.
_CLASSIFIER = _T["unit_classifier"]
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
# A table longer than this is not read whole for one question (latency); its retrieved
# rows still answer through the sentence path.
MAX_TABLE_ROWS = 300
# A cell shorter than this ("无", "是") names nothing a question could mean.
MIN_CELL_CHARS = 2
# A header shares at least this many consecutive characters with a question it answers.
MIN_HEADER_OVERLAP = 2
# A row's name cell is looked for in prose when it has this many characters: shorter
# cells (a province, a region) name many rows.
MIN_NAME_CHARS = 4
# Where a name's stated rank ends in prose: the next clause or the next name of a series.
RANK_TAIL = re.compile(r"[，,。；;、]")


@dataclass
class Table:
    doc_id: str
    context: str  # title, section and caption, normalised
    rows: list[Sentence]


def cell_text(row: Sentence, header: str) -> str | None:
    for h, c in zip(row.header, row.cells, strict=False):
        if h == header:
            return c.strip()
    return None


def cell_core(cell: str) -> str:
    """A cell without its bracketed gloss: "Class B (leading talent)" is named "Class B"."""
    return normalize(_BRACKETED.sub("", cell)).strip()


def is_rank_header(header: str) -> bool:
    norm = normalize(header)
    return any(w in norm for w in _RANK_HEADERS)


def rank_header(row: Sentence) -> str | None:
    """The column holding the row's rank: a rank column, else a serial-number column of
    a table that says it ranks (its title, section or caption)."""
    for h in row.header:
        if is_rank_header(h):
            return h
    said = normalize(f"{row.title} {row.section} {row.before} {row.frame}")
    if any(w in said for w in _RANKING_WORDS):
        for h in row.header:
            if any(w in normalize(h) for w in _SERIAL_HEADERS):
                return h
    return None


def rank_of(row: Sentence) -> int | None:
    header = rank_header(row)
    cell = (cell_text(row, header) or "") if header else ""
    return int(cell) if cell.isdigit() else None


def _bracketed(text: str) -> str:
    """The gloss of a header or label cell without its brackets (its unit)."""
    m = _BRACKETED.search(text)
    return UNIT_LABEL.sub("", m.group(0)[1:-1].strip()) if m else ""


def asked_cell(
    row: Sentence, qtype: str, question: str, years: list[str]
) -> tuple[str, str] | None:
    """The cell a number or rank question asks of a row: its column name and its value.

    A rank question takes the rank column. A number question takes the one value column
    whose name shares a word with the question (the measure), else the one
    period column whose year the question names ; several or none: None, and the
    whole row answers. A bare figure takes its unit from its column name or the row's
    label (a bracketed unit after the measure's name).
    """
    pairs = list(zip(row.header, row.cells, strict=False))
    if qtype == "ranking":
        rank = rank_of(row)
        return (rank_header(row) or "", str(rank)) if rank is not None else None
    if qtype != "number":
        return None
    q = normalize(question)
    values = [(h, c.strip()) for h, c in pairs if FIGURE.search(c) and not is_rank_header(h)]
    periods = [(h, c) for h, c in values if _G.stated_year.search(normalize(h))]
    measures = [
        (h, c)
        for h, c in values
        if (h, c) not in periods and overlap(cell_core(h), q) >= MIN_CELL_CHARS
    ]
    # Columns sharing a word ("result upheld", "result corrected"): the one named whole.
    if len(whole := [(h, c) for h, c in measures if cell_core(h) in q]) == 1:
        measures = whole
    if not measures:
        # The measure may be named in another form (增速 read as 增长).
        forms = question_forms(question)
        measures = [
            (h, c)
            for h, c in values
            if (h, c) not in periods
            and max(overlap(cell_core(h), f) for f in forms) >= MIN_CELL_CHARS
        ]
    named = [(h, c) for h, c in periods if any(y in normalize(h) for y in years)]
    if len(named) > 1:
        # A column qualified by the year (its growth rate) when the question names the
        # qualifier, else the year's own column.
        rest = {h: _G.stated_year.sub("", cell_core(h)).strip() for h, _ in named}
        # The qualifier may be the question's word in another form (增速 read as 增长).
        qualified = [
            (h, c)
            for h, c in named
            if rest[h] and max(overlap(f, q) for f in question_forms(rest[h])) >= 2
        ]
        plain = [(h, c) for h, c in named if not rest[h]]
        named = qualified or plain or named
    chosen = measures if measures else named
    if not chosen:
        # No column is named: the cell that says the measure beside its figure.
        column = measure_cell_column(row, question_forms(question), set())
        chosen = [(h, c) for h, c in values if h == column]
    if len(chosen) != 1:
        return None
    header, value = chosen[0]
    return header, with_unit(row, header, value)


def with_unit(row: Sentence, header: str, value: str) -> str:
    """A bare figure with its unit: from the row's unit column, the column's name, the
    row's label (a bracketed unit after the measure's name) or the table's caption."""
    if not FIGURE.fullmatch(value.lstrip("-+")):
        return value
    pairs = list(zip(row.header, row.cells, strict=False))
    label = next((c for _, c in pairs if not FIGURE.search(c)), "")
    # A unit cell says a unit: a dash there means the figure is not given, not its unit.
    unit = next(
        (
            c.strip()
            for h, c in pairs
            if normalize(h).strip() in _UNIT_HEADERS and any(ch.isalpha() or ch == "%" for ch in c)
        ),
        "",
    )
    # A row label's bracket is its unit only when it says one ("出国（境）费" glosses a word).
    gloss = _bracketed(label)
    unit = unit or _bracketed(header) or (gloss in _UNIT_WORDS and gloss) or caption_unit(row)
    # A unit said with its classifier after a figure ("百分点" as "0.4个百分点").
    return value + (_CLASSIFIER + unit if unit and _CLASSIFIER + unit in _UNIT_WORDS else unit)


def caption_unit(row: Sentence) -> str:
    """The unit a table's caption gives all its figures ("Table 1 GDP (100 million yuan)",
    "(unit: 10k yuan)"): its bracketed gloss, after a unit label, when that is a unit word,
    not a note (a year, "continued")."""
    gloss = UNIT_LABEL.sub("", _bracketed(row.before.strip()))
    return gloss if gloss in _UNIT_WORDS else ""


def measure_cell_column(row: Sentence, forms: list[str], exclude: set[str]) -> str | None:
    """The one column of a row whose cell holds a figure and shares a word with the
    question: a measure written in the cell, not in its header ("a one-off reward of 1
    million yuan")."""
    found = [
        h
        for h, c in zip(row.header, row.cells, strict=False)
        if h not in exclude
        and not is_rank_header(h)
        and FIGURE.search(c)
        # Its words, not its figures: "702.8" shares "02" with "2021年".
        and max(overlap(FIGURE.sub(" ", cell_core(c)), f) for f in forms) >= MIN_CELL_CHARS
    ]
    return found[0] if len(found) == 1 else None


def asked_column(
    rows: list[Sentence], forms: list[str], exclude: set[str], by_cell: bool = False
) -> str | None:
    """The column a question asks about: the header sharing the longest run with it; with
    ``by_cell``, when no header does, the column whose cell of the first row says the
    asked measure beside a figure (a cell "one-off reward of 1 million yuan" under the
    header "subsidy standard", asked "how much is the reward")."""
    best, best_len = None, (MIN_HEADER_OVERLAP - 1, 0, 0)
    for h in rows[0].header:
        if h in exclude:
            continue
        runs = [overlap(normalize(h), f) for f in forms]
        # Ties on the longest shared run go to the header sharing more of the asked forms
        # ("累计增速" against "1—9月累计" and "累计同比增长": the second also says growth).
        held = max(_covered(normalize(h), f) for f in forms)  # then more of the asked words
        n = (max(runs), sum(r for r in runs if r >= MIN_HEADER_OVERLAP), held)
        if n > best_len:
            best, best_len = h, n
    if best is None and by_cell:
        return measure_cell_column(rows[0], forms, exclude)
    return best


def _covered(header: str, form: str) -> int:
    """How many characters of the form lie in two-character runs the header shares."""
    return len({j for i in range(len(form) - 1) if form[i : i + 2] in header for j in (i, i + 1)})


def row_reply(row: Sentence, qtype: str, question: str, years: list[str]) -> str:
    """A table row as a direct answer: the asked cell first, then every cell by its column."""
    whole = row_answer(row) + "。"
    cell = asked_cell(row, qtype, question, years)
    if cell is None:
        return whole
    header, value = cell
    if qtype == "ranking":
        value = msg("rank_value", rank=value)
    return msg("row_cell", name=header, value=value) + msg("row_first_joiner") + whole


def corroborated(
    quotes: list, aq, scored: list[tuple[Sentence, float]], rejected, index: Index | None = None
) -> list:
    """Each row's bare figure (its unit only in a header) with the covering sentence of the
    same document that states it with its unit, when one was retrieved, else (given the
    ``index``) the prose sentence of the row's document
    stating it beside the row's label: the reader sees the value said. ``scored``: the
    units best first; ``rejected``: why a unit cannot answer, or None."""
    if aq.qtype == "ranking":
        return quotes + [p for row, _ in quotes if (p := _rank_prose(row, scored, rejected))]
    if aq.qtype != "number":
        return quotes
    out = list(quotes)
    for row, _ in quotes:
        cell = asked_cell(row, aq.qtype, aq.text, aq.numbers) if row.cells else None
        if cell is None:
            continue
        value = normalize(cell[1])
        for s, sc in scored:
            same = s.doc_id == row.doc_id or len(quotes) == 1
            if same and not s.cells and value in s.norm and rejected(s, sc) is None:
                at = s.text.find(cell[1])
                span = (s.start + at, s.start + at + len(cell[1])) if at >= 0 else None
                out.append((s, span))
                break
        else:
            doc = index.document(row.doc_id) if index is not None else None
            stated = prose_statement(doc.text, row, cell[1]) if doc is not None else None
            if stated is not None:
                out.append(stated)
            elif doc is not None and (
                _bracketed(cell[0]) in _UNIT_WORDS
                or sum(bool(FIGURE.search(c)) for c in row.cells) > 1
            ):
                # The unit is the column's, or the row holds several figures: the header
                # line says which figure the answer reads and in what unit.
                named = header_statement(doc.text, row, cell[0])
                if named is not None:
                    out.append((named, None))
    return out


def _rank_prose(row: Sentence, scored: list[tuple[Sentence, float]], rejected):
    """The covering sentence of the row's document that states the row's rank of the name
    it gives (a ranking table and its commentary stating "ranked eleventh"), as a quote,
    or None."""
    rank = rank_of(row)
    header = rank_header(row)
    names = [normalize(c) for h, c in zip(row.header, row.cells, strict=False) if h != header]
    names = [c for c in names if len(c) >= MIN_NAME_CHARS and not FIGURE.search(c)]
    for s, sc in scored:
        if s.cells or s.doc_id != row.doc_id or rank is None or rejected(s, sc) is not None:
            continue
        for name in (c for c in names if c in s.norm):
            # The rank stated right after the name, before the next name or clause.
            tail = RANK_TAIL.split(s.norm[s.norm.find(name) + len(name) :], maxsplit=1)[0]
            if rank in stated_ranks(tail):
                return s, None
    return None


def overlap(a: str, b: str) -> int:
    """Length of the longest run of characters the two texts share."""
    best = 0
    for i in range(len(a)):
        j = i + best + 1
        while j <= len(a) and a[i:j] in b:
            best = j - i
            j += 1
    return best


def question_forms(text: str) -> list[str]:
    """The question as written and with each domain abbreviation spelt out (lexicon group
    ``synonyms``), all normalised."""
    synonyms, _ = lexicon()
    q = normalize(text)
    forms = [q]
    for word, variants in synonyms.items():
        if len(word) >= MIN_CELL_CHARS and word in q:
            forms.extend(q.replace(word, v) for v in variants)
    return forms


# Per document version: its table rows grouped by table (see :func:`table_members`).
_MEMBERS: dict[tuple[str, str], dict[object, list[dict]]] = {}
# Document versions kept: a library's documents read while answering, not every version.
MEMBERS_KEPT = 4096


def table_members(doc) -> dict[object, list[dict]]:
    """A document's table rows grouped by their table, each group in the document's unit
    order: worked out once per document version, not by scanning every row of the
    document for each row a question retrieves."""
    key = (doc.doc_id, doc.content_hash)
    groups = _MEMBERS.get(key)
    if groups is None:
        groups = {}
        for r in table_rows(doc).values():
            groups.setdefault(r.get("table"), []).append(r)
        if len(_MEMBERS) >= MEMBERS_KEPT:
            _MEMBERS.clear()
        _MEMBERS[key] = groups
    return groups


def tables_of(index: Index, sentences: list[Sentence], whole_docs: bool = False) -> list[Table]:
    """Each table a retrieved row belongs to, whole, in order of its best retrieved row;
    with ``whole_docs`` also every table of the retrieved documents (a rank asked for by
    number, "which one is No. 18", is seldom what ranks a row)."""
    out: list[Table] = []
    done: set[tuple[str, int]] = set()
    anchors = [s for s in sentences if s.cells]
    if whole_docs:
        docs = list(dict.fromkeys(s.doc_id for s in sentences))
        for doc_id in docs:
            doc = index.document(doc_id)
            rank = min(s.rank for s in sentences if s.doc_id == doc_id)
            anchors += [
                Sentence(doc_id, doc.title, "", r["start"], r["end"], "", rank)
                for r in (table[0] for table in table_members(doc).values())
            ]
    for sent in anchors:
        doc = index.document(sent.doc_id)
        row = table_rows(doc).get(sent.start)
        if row is None or (sent.doc_id, row.get("table")) in done:
            continue
        done.add((sent.doc_id, row.get("table")))
        members = sorted(table_members(doc)[row.get("table")], key=lambda r: r["start"])
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
        out.append(Table(sent.doc_id, context, units))
    return out
