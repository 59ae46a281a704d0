"""`zone-assistant eval --corpus DIR`: answer a question set over other folders than the
shipped corpus, in a throwaway index unless one is named."""

from __future__ import annotations

import json
import shutil

from assistant import cli
from tests.conftest import CORPUS, ROOT


def test_eval_over_several_corpus_folders(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the default index folder would be written
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(ROOT / "evals" / "corpus" / "a_tongbao.txt", extra)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "t1",
                "question": "湖南省2022年度开发区综合评价的通报是哪个部门发的？",
                "type": "entity",
                "answer": "湖南省商务厅",
                "must_include": ["湖南省商务厅"],
                "evidence": [{"doc_id": "a_tongbao", "quote": "湖南省商务厅"}],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "report"
    args = ["eval", "--dataset", str(gold), "--out", str(out), "--quiet"]
    code = cli.main([*args, "--corpus", str(CORPUS), "--corpus", str(extra)])
    assert code == 0, capsys.readouterr().err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["meta"]["documents"] == 2  # the seed and the extra folder, nothing else
    # The default index folder was not touched: the run used a temporary one.
    assert not (tmp_path / "index").exists()
