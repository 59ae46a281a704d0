from assistant.answering.models import Answer, Citation
from assistant.answering.refusal import RefusalNote
from assistant.web import convert


def cite(n=1, quote="打造合成生物、电子信息2个标志性产业集群;", start=100, highlight=None):
    return Citation(
        n=n,
        doc_id="d1",
        title="标题",
        section="小节",
        start=start,
        end=start + len(quote),
        quote=quote,
        highlight=highlight,
    )


def answer(**kw):
    base = {
        "question": "问",
        "answer": "全文",
        "refused": False,
        "direct_answer": "合成生物、电子信息。",
        "citations": [cite(highlight=[102, 111])],
    }
    base.update(kw)
    return Answer(**base)


def test_markers_link_to_their_source_and_quote_is_highlighted():
    html = convert.answer_message(answer(), 3)
    assert '<a class="za-cite" href="#a3-s1">[1]</a>' in html
    assert 'id="a3-s1"' in html
    assert "打造<mark>合成生物、电子信息</mark>2个" in html
    assert "《标题》 · 小节" in html


def test_markers_naming_no_source_stay_text():
    a = answer(direct_answer="甲[1]乙[7]。")
    html = convert.answer_message(a, 0)
    assert 'href="#a0-s1"' in html and "[7]" in html and 'href="#a0-s7"' not in html


def test_everything_from_users_and_documents_is_escaped():
    evil = "<script>alert(1)</script>"
    a = answer(direct_answer=evil, citations=[cite(quote=evil)])
    html = convert.answer_message(a, 0)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<script>" not in convert.error_message(evil)


def test_refusal_shows_related_passages():
    a = answer(refused=True, direct_answer="", citations=[], related=[cite()])
    html = convert.answer_message(a, 1)
    assert "无法回答" in html and "相关内容" in html and 'id="a1-s1"' in html
    assert "za-cite" not in html


def test_stream_frames_grow_and_end_with_the_full_message():
    a = answer(direct_answer="共9个优势特色产业集群：高端装备制造、新能源汽车、新材料、生物医药。")
    frames = convert.answer_stream(a, 2, step=5)
    assert len(frames) > 3
    assert frames[-1] == convert.answer_message(a, 2)
    for f in frames[:-1]:
        assert f.count("[") == f.count("]")  # never half a marker


def test_notice_is_shown_first():
    a = answer(notice="（大模型服务暂时不可用，以下为基于原文的抽取式回答。）")
    assert convert.answer_message(a, 0).startswith('<div class="za-final"><p class="za-notice">')


def test_sources_panel():
    assert "提问后" in convert.sources_panel(None, 0)
    panel = convert.sources_panel(answer(), 4)
    assert "<details" in panel and " open" in panel and "<mark>" in panel


def test_user_message_is_text():
    assert convert.user_message("<b>x</b>") == '<p class="za-user">&lt;b&gt;x&lt;/b&gt;</p>'


def test_plain_text_is_the_answer_then_one_line_per_source():
    a = answer(citations=[cite(), cite(n=2, quote="第二段原文。", start=300)])
    text = convert.plain_text(a)
    assert text.splitlines() == [
        "合成生物、电子信息。[1][2]",
        "",
        "原文依据：",
        "[1] 《标题》·小节：打造合成生物、电子信息2个标志性产业集群;",
        "[2] 《标题》·小节：第二段原文。",
    ]
    assert "<" not in text


def test_the_message_carries_its_plain_text_for_copying():
    a = answer(direct_answer="甲<b>乙</b>\n丙。")
    html = convert.answer_message(a, 0)
    assert 'class="za-copy"' in html and 'aria-label="复制答案"' in html
    plain = html[html.index('<div class="za-plain">') :]
    assert "\n" not in plain and "&#10;" in plain and "&lt;b&gt;" in plain


def test_a_refusal_with_unrelated_passages_hides_them_and_says_what_is_covered():
    note = RefusalNote(scope="本助手可以回答以下文档中的问题：《标题》。", titles=["标题"])
    a = answer(refused=True, direct_answer="", citations=[], related=[cite()])
    html = convert.answer_message(a, 1, note)
    assert "za-source" not in html and "相关内容" not in html
    assert "没有与之相关的内容" in html and "《标题》" in html
    assert "za-source" not in convert.sources_panel(a, 1, note)
    assert "《标题》" in convert.plain_text(a, note) and "[1]" not in convert.plain_text(a, note)


def test_a_refusal_with_related_passages_shows_them_after_the_scope():
    note = RefusalNote(scope="本助手可以回答以下文档中的问题：《标题》。", related=True)
    a = answer(refused=True, direct_answer="", citations=[], related=[cite()])
    html = convert.answer_message(a, 1, note)
    assert html.index("za-scope") < html.index("za-source")
    lines = convert.plain_text(a, note).splitlines()
    assert lines[-1].startswith("[1] 《标题》·小节：")
