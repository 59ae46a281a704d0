"""The one reader of label lines (answering/label_lines.py; words in
resources/label_grammar.yaml ``label_groups``): each group's labels with their colon
(examples and counter-examples), a field's value, and the label a line opens with."""

import pytest

from assistant.answering.label_lines import field, labelled, labels, leading_label


@pytest.mark.parametrize(
    ("group", "text", "found"),
    [
        ("named_fields", "（责任单位：建设局；完成时限：2025年9月30日前）", True),
        ("named_fields", "主导产业：新材料、生物医药", True),
        ("contact_lines", "联系电话：0571-86001234", True),
        ("contact_lines", "手机:13912345678", True),
        ("contact_persons", "经办人：赵一鸣", True),
        # Counter-examples: the label without its colon, or a label of another group.
        ("named_fields", "完成时限另行通知。", False),
        ("contact_lines", "个人提出异议的，须注明有效联系方式。", False),
        ("contact_persons", "联系电话：0571-86001234", False),
        ("named_fields", "联系人：赵一鸣", False),
    ],
)
def test_labelled(group, text, found):
    assert bool(labelled(group).search(text)) is found


def test_labels_longest_first():
    group = labels("contact_lines")
    assert group.index("联系电话") < group.index("电话")


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        ("时间：2025年4月16日上午\n地点：管委会三楼", ["地点"], "管委会三楼"),
        ("（责任单位：建设局；完成时限：9月30日前）", ["完成时限"], "9月30日前"),
        ("会议时间：3月18日", ["时间", "会议时间"], "3月18日"),
        # Two fields on one line, a space between: each value ends where the next label opens.
        ("咨询电话：0553-1234567　投诉电话：0553-1234568", ["咨询电话"], "0553-1234567"),
        ("办公地点：综合楼3楼 联系电话：0553-1234567", ["办公地点"], "综合楼3楼"),
        ("地址：示例市 东湖路8号", ["地址"], "示例市 东湖路8号"),
        # Counter-examples: the label inside another word, no colon.
        ("申报时间：5月1日", ["时间"], None),
        ("会议地点另行通知", ["会议地点"], None),
    ],
)
def test_field(text, names, value):
    m = field(names).search(text)
    assert (m.group(1) if m else None) == value


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("投诉电话：0571-86005678", "投诉电话"),
        ("财政局预算科:钱小红", "财政局预算科"),
        # Counter-examples: no colon, or a sentence before it.
        ("电话0571-86005678", None),
        ("项目单位对备案结果有异议的，可以致电：0571-86005678", None),
    ],
)
def test_leading_label(line, label):
    assert leading_label(line) == label
