import pytest

from assistant.ingest.clean import clean_text
from tests.conftest import SEED

# Every place where the print layout cut a word or number with a blank line.
SPLIT_WORDS = [
    "实际利用外资8.3亿元",
    "生物医药、航空航天",
    "一网通办管效能",
    "以及优势嫁接",
    "禧佑源航空再制造基地",
    "工作的关键。",
    "新建重大转型项目141个",
    "示范区实践锻炼",
]


def test_seed_cut_words_are_rejoined():
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    for word in SPLIT_WORDS:
        assert word in doc.text, word


def test_seed_keeps_real_boundaries():
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    titles = [s.title for s in doc.sections]
    assert titles[0] == "编者按"
    assert titles[1] == "山西转型综改探路前行"
    assert any(t.startswith("先行先试") for t in titles)
    assert any(t.startswith("综改示范区引领作用凸显") for t in titles)
    assert doc.title == "山西转型综改探路前行"
    assert doc.byline == "本报记者 张潇潇"
    # Byline and photo caption stay their own paragraphs.
    paragraphs = doc.text.split("\n\n")
    assert "本报记者 张潇潇" in paragraphs
    assert "山西转型综合改革示范区政务服务中心" in paragraphs
    assert "#" not in doc.text
    # Paragraphs that end a sentence are not glued to the next one.
    assert "作出示范。\n\n山西转型综改探路前行" in doc.text


def test_sections_cover_their_headings():
    doc = clean_text(SEED.read_text(encoding="utf-8"))
    for sec in doc.sections:
        assert doc.text[sec.start :].startswith(sec.title)
        assert sec.start < sec.end <= len(doc.text)


def test_pdf_style_line_wraps_and_implicit_headings():
    raw = (
        "一、总体要求\n坚持改革创新，推动开发区\n高质量发展。\n"
        "（一）主要目标\n到2025年，培育3个千亿级\n产业集群。\n"
        "1. 高端装备\n2. 新材料\n"
        "The zone attracts foreign\ninvestment quickly.\n"
    )
    doc = clean_text(raw)
    assert [s.title for s in doc.sections] == ["一、总体要求", "（一）主要目标"]
    assert "推动开发区高质量发展。" in doc.text
    assert "千亿级产业集群。" in doc.text
    assert "1. 高端装备\n\n2. 新材料" in doc.text
    assert "foreign investment" in doc.text


def test_wide_gap_is_a_boundary():
    doc = clean_text("图片说明文字\n\n\n\n正文从这里开始。")
    assert doc.text == "图片说明文字\n\n正文从这里开始。"


def test_seed_cleans_exactly_as_before_the_document_model():
    """The displayed text, sections, title and byline of the seed are those the cleaner
    produced before documents had units (sha1 and offsets recorded from that version)."""
    import hashlib

    for infer_title in (False, True):
        doc = clean_text(SEED.read_text(encoding="utf-8"), infer_title=infer_title)
        assert hashlib.sha1(doc.text.encode()).hexdigest() == (
            "c6d6f0296add5ac249d51c1a9d9e1e6303f73339"
        )
        assert [s.start for s in doc.sections] == [0, 392, 652, 1556]
        assert doc.title == "山西转型综改探路前行"
        assert doc.byline == "本报记者 张潇潇"
        # Every unit is an exact slice of the text, in order, and none is empty.
        ends = [(u.start, u.end) for u in doc.units]
        assert ends == sorted(ends) and all(s < e for s, e in ends)


@pytest.mark.parametrize(
    ("raw", "title", "lines"),
    [
        # A masthead (issuer, number with its signer, a labelled line) above the title: the
        # title is the first line that is none of these, and the addressee stays its own line.
        (
            (
                "青川高新区管理委员会\n\n青高管复〔2025〕3号　签发人：王某\n\n办理类别：A类\n\n"
                "关于第12号建议的答复\n\n李某代表：\n\n您的建议收悉。"
            ),
            "关于第12号建议的答复",
            ["青川高新区管理委员会", "青高管复〔2025〕3号　签发人：王某", "李某代表："],
        ),
        # No masthead: the first line is the title, as before.
        ("关于第12号建议的答复\n\n您的建议收悉。", "关于第12号建议的答复", ["您的建议收悉。"]),
    ],
)
def test_a_masthead_is_looked_past_for_the_title(raw, title, lines):
    doc = clean_text(raw, infer_title=True)
    assert doc.title == title
    assert all(line in doc.text.split("\n") for line in lines)
