"""Documents keep their structure: tables in place, headings, Q&A pairs and metadata.

The development corpus (evals/corpus/) is the ground truth: its generators and its
hand-read metadata were written independently of the loaders.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from assistant.ingest.clean import CleanDocument, build_document
from assistant.ingest.document import CELL_SEP
from assistant.ingest.loaders import load_file
from assistant.ingest.metadata import extract
from tests.conftest import ROOT

DEV = ROOT / "evals" / "corpus"
sys.path.insert(0, str(DEV / "build"))


def cleaned(path: Path) -> CleanDocument:
    loaded = load_file(path)
    return build_document(loaded.parts, infer_title=loaded.infer_title)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u3000", " ").split())


def _html_tables(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(text right before the table, rows of cell texts) read straight from the markup."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    out = []
    for table in soup.find_all("table"):
        before = table.find_previous(["p", "h1", "h2", "h3", "h4"])
        rows = [[_norm(c.get_text("")) for c in tr.find_all(["td", "th"])] for tr in table("tr")]
        out.append((_norm(before.get_text("")) if before else "", rows))
    return out


def _generated_tables(doc_id: str) -> list[tuple[str, list[list[str]]]]:
    """(text of the block right before the table, rows) from the generator's source."""
    import build_a
    import build_b

    if doc_id.startswith("a_"):
        blocks = {**build_a.DOCX_DOCS, **build_a.PDF_DOCS}[doc_id]
        out, before = [], ""
        for kind, value in blocks:
            if kind == "table":
                out.append((before, [list(value.header), *map(list, value.rows)]))
            before = str(value.caption) if kind == "table" else str(value)
        return out
    out, before = [], ""
    for block in build_b.parse_source(DEV / "build" / "src_b" / f"{doc_id}.docsrc"):
        if block.kind == "table":
            rows = [list(r) for r in block.rows]
            for i, row in enumerate(rows):  # "^" merges a cell with the one above it
                rows[i] = [
                    rows[i - 1][j] if c == build_b.MERGE_UP else c for j, c in enumerate(row)
                ]
            out.append((before, rows))
        else:
            before = block.text
    return out


TABLE_DOCS = {
    "a_ranking.html": "html",
    "b_talent.html": "html",
    "a_cuoshi.docx": "docx",
    "a_wenda.docx": "docx",
    "b_ftz.docx": "docx",
    "a_report.pdf": "pdf",
}


def _in_order(line: str, cells: list[str]) -> bool:
    pos = 0
    for cell in cells:
        if not cell:
            continue
        at = line.find(cell, pos)
        if at < 0:
            return False
        pos = at + len(cell)
    return True


@pytest.mark.parametrize("name", sorted(TABLE_DOCS), ids=lambda n: f"{TABLE_DOCS[n]}-{n}")
def test_every_table_row_round_trips_in_place(name):
    path = DEV / name
    doc = cleaned(path)
    tables = _html_tables(path) if name.endswith(".html") else _generated_tables(path.stem)
    assert tables, "the document has a table"
    rows_units = [u for u in doc.units if u.kind in ("table_row", "table_header")]
    for before, rows in tables:
        # The table sits right after the text that precedes it in the source.
        anchor = doc.text.find(_norm(before)) if before else 0
        assert anchor >= 0, before
        header_cells = [c for c in rows[0] if c]
        placed = []
        for row in rows:
            match = [
                u
                for u in rows_units
                if u.start > anchor and _in_order(doc.text[u.start : u.end], row)
            ]
            assert match, f"row {row} is not one line of {name}"
            unit = match[0]
            line = doc.text[unit.start : unit.end]
            assert "\n" not in line and CELL_SEP in line
            placed.append(unit)
            if unit.kind == "table_row":
                header = " ".join(unit.header or [])
                assert all(h in header for h in header_cells), (row, unit.header)
        # Rows are in source order, one table, nothing between them but the table.
        assert [u.start for u in placed] == sorted(u.start for u in placed)
        assert len({u.table for u in placed}) == 1
        text_between = doc.text[anchor : placed[0].start]
        assert _norm(before) in text_between or not before


def test_ranking_rows_keep_rank_and_name_on_one_line():
    doc = cleaned(DEV / "a_ranking.html")
    rows = [u for u in doc.units if u.kind == "table_row"]
    assert len(rows) >= 30
    first = rows[0]
    assert first.header is not None and first.header[0] and first.cells[0] == "1"
    assert first.caption  # the <caption> travels with every row


def test_docx_table_stays_in_its_section():
    """A Word table is cited under the heading it sits under, not moved to the end."""
    doc = cleaned(DEV / "a_cuoshi.docx")
    row = next(u for u in doc.units if u.kind == "table_row")
    later = [u for u in doc.units if u.kind == "heading" and u.start > row.start]
    assert row.heading_path and later, "the table is neither first nor last"


def test_pdf_title_is_its_own_line():
    doc = cleaned(DEV / "a_report.pdf")
    first = doc.units[0]
    assert first.kind == "heading" and first.level == 1
    assert doc.text[first.start : first.end] == doc.title
    assert doc.text[first.end : first.end + 2] == "\n\n"


def test_html_h1_is_the_title_not_every_passage_s_section():
    doc = cleaned(DEV / "a_news.html")
    assert doc.title and all(doc.title not in u.heading_path for u in doc.units)


def test_qa_answers_know_their_question():
    doc = cleaned(DEV / "a_wenda.docx")
    answers = [u for u in doc.units if u.kind == "answer"]
    assert len(answers) >= 10
    for a in answers:
        q = next(u for u in reversed(doc.units) if u.kind == "question" and u.start < a.start)
        assert a.question == doc.text[q.start : q.end]


def test_articles_and_chapters():
    doc = cleaned(DEV / "a_banfa.txt")
    chapters = [doc.text[u.start : u.end] for u in doc.units if u.kind == "heading"]
    assert sum(c.startswith("第") and "章" in c for c in chapters) == 7
    article = next(u for u in doc.units if doc.text[u.start : u.end].startswith("第二十"))
    assert article.kind == "item" and article.heading_path[0].startswith("第")


def _meta_rows() -> list[dict]:
    rows = []
    for name in (
        "corpus_meta_a.jsonl",
        "corpus_meta_b.jsonl",
        "corpus_meta_c.jsonl",
        "corpus_meta_d.jsonl",
        "corpus_meta_e.jsonl",
        "corpus_meta_f.jsonl",
        "corpus_meta_g.jsonl",
        "corpus_meta_h.jsonl",
        "corpus_meta_i.jsonl",
        "corpus_meta_j.jsonl",
        "corpus_meta_k.jsonl",
        "corpus_meta_l.jsonl",
        "corpus_meta_m.jsonl",
        "corpus_meta_n.jsonl",
        "corpus_meta_o.jsonl",
    ):
        for line in (ROOT / "evals" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            # Only the development documents: the held-out split is never read here.
            if row and (DEV / Path(row["file"]).name).is_file():
                rows.append(row)
    return rows


def test_metadata_matches_the_hand_read_values():
    rows = _meta_rows()
    assert len(rows) >= 12
    right = {"title": 0, "date": 0, "issuer": 0}
    for row in rows:
        path = DEV / Path(row["file"]).name
        assert not path.with_name(path.stem + ".meta.json").exists()
        loaded = load_file(path)
        meta = extract(cleaned(path), loaded.metadata.get("title")).as_dict()
        for field in right:
            right[field] += _norm(meta[field] or "") == _norm(row[field] or "")
    for field, n in right.items():
        assert n / len(rows) >= 0.9, (field, n, len(rows))


@pytest.mark.parametrize(
    ("signers", "issuer"),
    [
        (["市商务局"], "市商务局"),
        (["开发区经济发展局", "开发区财政局"], "开发区经济发展局、开发区财政局"),
        # A sentence above the signature is not a signer.
        (["请认真组织申报。", "开发区财政局"], "开发区财政局"),
    ],
)
def test_jointly_signed_documents_name_every_signer(tmp_path, signers, issuer):
    f = tmp_path / "notice.txt"
    body = "关于组织申报专项资金的通知\n\n各有关企业：\n\n现将有关事项通知如下。\n\n"
    f.write_text(body + "\n\n".join(signers) + "\n\n2024年3月15日\n", encoding="utf-8")
    meta = extract(cleaned(f)).as_dict()
    assert meta["issuer"] == issuer and meta["date"] == "2024-03-15"


def test_the_print_record_is_not_the_signature(tmp_path):
    # An invented covering notice: signed under its body, with its rule and annex list
    # after it, and the print record (the printing office and date, "…印发") at the end.
    f = tmp_path / "notice.txt"
    f.write_text(
        "青川经开区管理委员会\n关于印发《青川经开区贷款贴息细则》的通知\n\n"
        "各有关单位：\n\n现将细则印发给你们，请认真执行。\n\n"
        "青川经开区管理委员会\n\n2026年3月20日\n\n"
        "青川经开区贷款贴息细则\n\n一、贴息比例为贷款市场报价利率的50%。\n\n"
        "二、本细则自2026年4月1日起施行。\n\n"
        "附件：1．贴息申请表\n　　　2．承诺书\n\n"
        "青川经开区管理委员会办公室　　　　2026年3月21日印发\n",
        encoding="utf-8",
    )
    meta = extract(cleaned(f)).as_dict()
    assert meta["issuer"] == "青川经开区管理委员会" and meta["date"] == "2026-03-20"


def test_unknown_metadata_is_null_not_guessed(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("园区今年新增企业120家，同比增长8%。\n", encoding="utf-8")
    meta = extract(cleaned(f)).as_dict()
    assert meta == dict.fromkeys(meta)  # every field None


def test_every_dev_quote_is_in_the_cleaned_text_and_inside_one_chunk():
    """Citations slice the cleaned text: each gold quote of the development questions must
    be found there verbatim, whole inside at least one chunk."""
    from assistant.ingest.prepare import prepare_document

    docs = {p.stem: prepare_document(p, 280, 60) for p in DEV.glob("[a-z]_*.*")}
    checked = 0
    # Every development family's question file (dev_a.jsonl, dev_b.jsonl, ...), never test*.
    for path in sorted((ROOT / "evals").glob("dev_[a-z].jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line).get("evidence", []) if line.strip() else []:
                doc = docs.get(ev["doc_id"])
                if doc is None:
                    continue  # a quote from the shipped corpus
                spans = [m.start() for m in re.finditer(re.escape(ev["quote"]), doc.text)]
                assert spans, (ev["doc_id"], ev["quote"])
                n = len(ev["quote"])
                # A short quote (a table header's year) may occur several times; one
                # occurrence whole inside a chunk is enough to cite it.
                assert any(c.start <= at and at + n <= c.end for at in spans for c in doc.chunks), (
                    ev["quote"]
                )
                checked += 1
    assert checked >= 300
