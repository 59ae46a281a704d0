"""The staff pages' pure parts: table rows, times, document list, parsing."""

import pytest

from assistant.answering.models import Answer
from assistant.records import Records
from assistant.web import staff_view

ROW = {
    "id": "0123456789abcdef",
    "created": "2026-01-31T17:30:00+00:00",
    "question": "问题",
    "direct_answer": "答案",
    "answer": "完整答案",
    "refused": False,
    "rating": -1,
    "comment": "少了一项",
    "review": None,
}


@pytest.mark.parametrize(
    "iso,zone,shown",
    [
        ("2026-01-31T17:30:00+00:00", "Asia/Shanghai", "2026-02-01 01:30:00"),
        ("2026-01-31T17:30:00", "Asia/Shanghai", "2026-02-01 01:30:00"),  # naive is UTC
        ("2026-07-01T12:00:00+00:00", "Europe/Berlin", "2026-07-01 14:00:00"),
        (None, "Asia/Shanghai", ""),
    ],
)
def test_times_are_shown_in_the_configured_zone(iso, zone, shown):
    assert staff_view.local_time(iso, zone) == shown


def test_zone_label_names_known_zones_and_gives_the_offset_of_others():
    assert staff_view.answer_columns("Asia/Shanghai")[0] == "时间（北京时间）"
    assert staff_view.zone_label("Asia/Kolkata") == "UTC+05:30"


def test_answer_rows_show_the_comment_and_a_short_id():
    row = staff_view.answer_rows([ROW], "Asia/Shanghai")[0]
    assert row == ["2026-02-01 01:30:00", "问题", "答案", "", "差评", "少了一项", "", "01234567"]
    assert len(row) == len(staff_view.answer_columns("UTC")) == len(staff_view.ANSWER_WIDTHS)


def test_detail_shows_the_comment_escaped():
    detail = {**ROW, "citations": [], "answerer": "extractive", "channel": "web"}
    detail |= {"corrected_answer": None}
    html = staff_view.answer_detail(detail, "<b>少了</b>")
    assert 'class="za-comment"' in html and "&lt;b&gt;少了" in html
    assert "抽取式" in html and "网页" in html


def test_document_rows_are_null_safe_before_and_after_metadata():
    old = {"doc_id": "d1", "title": "甲", "chunks": 3, "added": "2026-01-01T00:00:00+00:00"}
    new = old | {"date": "2025-06-01", "issuer": "某管委会", "kind": "办法", "region": None}
    assert staff_view.doc_rows([old], "UTC")[0] == [
        "甲",
        "",
        "",
        "",
        "",
        "",
        3,
        "2026-01-01 00:00:00",
        "d1",
    ]
    assert staff_view.doc_rows([new], "UTC")[0][1:6] == ["2025-06-01", "", "某管委会", "办法", ""]
    assert len(staff_view.doc_columns("UTC")) == len(staff_view.doc_rows([new], "UTC")[0])
    assert staff_view.doc_choices([old]) == [("《甲》 d1", "d1")]


@pytest.mark.parametrize(
    "text,items",
    [("甲、乙，丙,丁", ["甲", "乙", "丙", "丁"]), ("  ", None), ("甲", ["甲"])],
)
def test_must_include_is_split_on_list_separators(text, items):
    assert staff_view.parse_must_include(text) == items


def test_a_changed_rating_replaces_the_first(tmp_path):
    records = Records(f"sqlite:///{tmp_path / 'r.db'}")
    aid = records.log_answer(Answer(question="问", answer="答", refused=False), [], "web")
    first = records.rate_answer(aid, "问", "答", 1)
    records.set_comment(first, "不对")
    assert records.rate_answer(aid, "问", "答", -1) == first
    rows = records.list_feedback()
    assert [(r["rating"], r["comment"]) for r in rows] == [(-1, "不对")]
    listed = records.list_answers()[0]
    assert (listed["rating"], listed["comment"]) == (-1, "不对")


def test_withdrawing_a_rating_removes_it_and_only_it(tmp_path):
    records = Records(f"sqlite:///{tmp_path / 'r.db'}")
    kept = records.log_answer(Answer(question="甲", answer="答", refused=False), [], "web")
    aid = records.log_answer(Answer(question="问", answer="答", refused=False), [], "web")
    records.rate_answer(kept, "甲", "答", 1)
    fid = records.rate_answer(aid, "问", "答", -1)
    records.set_comment(fid, "不对")
    assert records.withdraw_rating(aid) == {fid}
    assert [(r["question"], r["rating"]) for r in records.list_feedback()] == [("甲", 1)]
    listed = {r["question"]: (r["rating"], r["comment"]) for r in records.list_answers()}
    assert listed == {"甲": (1, None), "问": (None, None)}
    assert records.withdraw_rating(aid) == set()
    # Rated again after withdrawing: one current rating again.
    records.rate_answer(aid, "问", "答", 1)
    assert sorted(r["rating"] for r in records.list_feedback()) == [1, 1]
