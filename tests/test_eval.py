import json
import shutil
from pathlib import Path

import pytest

from assistant import cli
from assistant.answering.chain import build_chain
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.evaluation.distractors import fictionalize
from assistant.evaluation.runner import (
    check_gate,
    diff_reports,
    evaluate,
    load_gold,
    load_thresholds,
)
from assistant.evaluation.scoring import (
    amounts,
    cn_to_int,
    fact_present,
    norm,
    score_list,
    split_list,
)
from assistant.text import to_simplified
from tests.conftest import CORPUS, ROOT

GOLD = ROOT / "evals" / "gold.jsonl"
THRESHOLDS = ROOT / "evals" / "thresholds.json"


def test_rank_forms_are_equal():
    for text in ["综合排名第31位", "综合排名第三十一位", "排名31", "第31名"]:
        assert fact_present("第31位", text), text
    assert not fact_present("第31位", "排名第131位")
    assert not fact_present("第31位", "第3位")
    assert fact_present("31", "第三十一位")


@pytest.mark.parametrize(
    "text,value", [("三十一", 31), ("一百零五", 105), ("十", 10), ("三十一位", None)]
)
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


def test_percent_and_width_forms():
    assert fact_present("189.6%", "同比增长189.6％")
    assert fact_present("50%", "占百分之五十")
    assert not fact_present("189.6%", "增长1896%")
    assert norm("一网通办") == "一网通办"  # a numeral inside a name is not a number


@pytest.mark.parametrize(
    "fact,text,present",
    [
        ("1994年", "2023年。", False),
        ("1994年", "园区于1994年设立。", True),
        ("3686.0", "地区生产总值3515.6亿元。", False),
        ("3686.0", "地区生产总值3686.0亿元。", True),
    ],
)
def test_a_fact_without_a_unit_is_found_only_as_written(fact, text, present):
    assert fact_present(fact, text) is present


def test_yi_and_wan_amounts():
    assert fact_present("8.3亿元", "83000万元")
    assert not fact_present("8.3亿元", "8.3万元")
    assert (8.3e8, "元") in amounts("8.3亿元")


def test_list_scoring_order_and_duplicates():
    gold = ["合成生物", "电子信息", "新材料"]
    exact = score_list(split_list("共3项：合成生物、电子信息和新材料。"), gold)
    assert exact.f1 == 1.0 and exact.in_order == 1.0
    dup = score_list(split_list("合成生物、合成生物、电子信息"), gold)
    assert dup.precision == pytest.approx(2 / 3) and dup.recall == pytest.approx(2 / 3)
    swapped = score_list(split_list("新材料、电子信息、合成生物"), gold)
    assert swapped.f1 == 1.0 and swapped.in_order == 0.0


def test_gold_set_is_well_formed():
    items = load_gold(GOLD)
    assert len(items) >= 80
    assert sum(not i.answerable for i in items) / len(items) >= 0.15
    types = {i.type for i in items}
    assert {
        "list",
        "number",
        "ranking",
        "entity",
        "duration",
        "yesno",
        "definition",
        "multiturn",
        "unanswerable",
    } <= types
    # Questions tagged "traditional" really are in traditional script, against a
    # document in simplified script: the cross-script matching is what they test.
    seed = (CORPUS / "000_cb252c6c699d0a12.txt").read_text(encoding="utf-8")
    assert to_simplified(seed) == seed
    traditional = [i for i in items if "traditional" in i.tags]
    assert traditional
    assert all(to_simplified(i.question) != i.question for i in traditional)


def test_gold_evidence_is_verbatim(seed_index):
    for item in load_gold(GOLD):
        for ev in item.evidence:
            assert ev.quote in seed_index.document(ev.doc_id).text, (item.id, ev.quote)


def test_bad_gold_line_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "question": "q", "type": "nonsense", "answer": "a"}\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_gold(bad)


@pytest.fixture(scope="module")
def gold_report(seed_index):
    chain = build_chain(seed_index.settings, index=seed_index)
    return evaluate(chain, load_gold(GOLD))


def test_gate_holds_on_the_gold_set(gold_report):
    """The CI gate: headline metrics of the default answerer stay within thresholds."""
    failures = check_gate(gold_report["overall"], load_thresholds(THRESHOLDS))
    assert failures == [], failures


def test_broken_answerer_fails_the_gate(seed_index, monkeypatch):
    original = ExtractiveAnswerer.answer

    def drop_last_item(self, aq, hits):
        result = original(self, aq, hits)
        if "、" in result.direct:
            result.direct = result.direct.rsplit("、", 1)[0] + "。"
        return result

    monkeypatch.setattr(ExtractiveAnswerer, "answer", drop_last_item)
    chain = build_chain(seed_index.settings, index=seed_index)
    report = evaluate(chain, load_gold(GOLD))
    failures = check_gate(report["overall"], load_thresholds(THRESHOLDS))
    assert any(f.startswith("answer_accuracy") for f in failures)
    assert any(f.startswith("list_f1") for f in failures)


def test_baseline_diff(gold_report):
    baseline = json.loads(json.dumps(gold_report))
    flipped = next(r for r in baseline["rows"] if r["passed"])
    flipped["passed"] = False
    gained = next(r for r in baseline["rows"] if not r["passed"] and r["id"] != flipped["id"])
    gained["passed"] = True
    baseline["overall"]["answer_accuracy"] = 0.5
    diff = diff_reports(gold_report, baseline)
    assert diff["newly_passing"] == [flipped["id"]]
    assert diff["newly_failing"] == [gained["id"]]
    assert diff["metric_changes"]["answer_accuracy"]["before"] == 0.5


def test_eval_command_writes_reports(seed_index, tmp_path, capsys):
    # The eval command brings the index up to date first: a private copy, not the
    # session index the other tests read.
    index_dir = tmp_path / "index"
    shutil.copytree(seed_index.dir, index_dir)
    out = tmp_path / "report"
    args = [
        "eval",
        "--index",
        str(index_dir),
        "--out",
        str(out),
        "-q",
        "--gate",
        str(THRESHOLDS),
    ]
    assert cli.main(args) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for key in (
        "answer_accuracy",
        "retrieval_recall_at_k",
        "retrieval_mrr",
        "list_f1",
        "citation_precision",
        "citation_support_rate",
        "correct_refusal_rate",
        "false_refusal_rate",
        "number_exact_match",
        "definition_keyword_recall",
    ):
        assert report["overall"][key] is not None, key
    assert len(report["rows"]) == len(load_gold(GOLD))
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## Headline metrics" in md and "## Failures" in md and "![by_type.png]" in md
    assert (out / "by_type.png").stat().st_size > 1000

    again = tmp_path / "again"
    assert cli.main(args[:-2] + ["--out", str(again), "--baseline", str(out / "report.json")]) == 0
    assert "Changes since the baseline" in (again / "report.md").read_text(encoding="utf-8")
    assert "0 newly failing" in capsys.readouterr().out


def test_distractors_keep_citing_the_real_document(seed_index, tmp_path):
    out = tmp_path / "d"
    assert (
        cli.main(["eval", "--index", str(seed_index.dir), "--out", str(out), "-q", "--distractors"])
        == 0
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["distractors"]["documents"] >= 1
    assert report["distractors"]["right_document_rate_named"] == 1.0
    assert not any(p.name.startswith("fiction") for p in Path(CORPUS).iterdir())


def test_fictionalize_changes_places_and_figures():
    fake = fictionalize("2019年,太原片区地区生产总值475亿元,山西省共有83个开发区。", 0)
    assert "太原" not in fake and "山西" not in fake
    assert "475" not in fake and "83个" not in fake and "2019年" in fake
