"""A document's record keeps what answering derives from it (its table rows) with itself:
built once, gone with the record when the document is replaced, never written to disk."""

from __future__ import annotations

import json

from assistant.index import Index
from assistant.ingest.pipeline import ingest
from tests.conftest import make_settings

TABLE = "| 园区 | 企业数 |\n| --- | --- |\n| 甲园区 | {a} |\n| 乙园区 | 95 |\n"


def _write(folder, a: str) -> None:
    (folder / "tongji.md").write_text(f"# 园区统计\n\n{TABLE.format(a=a)}", encoding="utf-8")


def test_table_rows_are_kept_with_their_record_and_follow_a_replacement(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "120")
    index = Index(make_settings(tmp_path / "index"))
    assert not ingest(index, [corpus]).errors
    doc = index.document("tongji")
    rows = doc.table_rows()
    cells = sorted(tuple(r["cells"]) for r in rows.values())
    assert cells == [("乙园区", "95"), ("甲园区", "120")]
    assert all(r["cells"][0] in doc.text[s : r["end"]] for s, r in rows.items())
    assert doc.table_rows() is rows
    assert "_table_rows" not in json.loads(doc.to_json())

    _write(corpus, "130")
    assert not ingest(index, [corpus]).errors
    replaced = index.document("tongji")
    assert replaced is not doc
    assert ("甲园区", "130") in {tuple(r["cells"]) for r in replaced.table_rows().values()}
