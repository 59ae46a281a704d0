"""Lists that generalise over layouts of our own: one table column read for the row a
question names by another cell (several things per cell, joined by enumeration commas or
one per line), one column over the rows a value selects, numbered paragraphs a counting
line announces ("三大行动"), and unnumbered list items under sub-headings, narrowed by the
note in brackets a question names. Every document here is invented for the test; the
answers come from the real index, models and chain."""

import io

import pytest

from assistant.answering.chain import AnswerChain
from assistant.answering.counted import counted_items, layout_parts
from assistant.answering.enumerations import find_enumerations
from assistant.answering.evidence import Sentence
from assistant.answering.models import Question
from assistant.answering.table_lists import cell_items
from tests.conftest import chain_over

TEXTS = {
    "duties.md": """# 示例新区2025年招商引资重点任务分工表

| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 编制产业链招商图谱，明确目标企业清单 | 新区投资促进局 | 新区经济发展局、新区科技局 | 2025年3月底前 |
| 2 | 举办新能源产业专场推介会，签约项目不少于10个 | 新区投资促进局、新区商务局 | 新区发展改革局；新区财政局 | 2025年6月底前 |
| 3 | 建立重点项目“拿地即开工”服务机制 | 新区规划和自然资源局 | 新区住房和建设局、新区行政审批局 | 2025年6月底前 |
| 4 | 设立产业引导基金，撬动社会资本参与招商 | 新区财政局 | 新区投资促进局、新区金融服务中心 | 持续推进 |
| 5 | 设立企业服务专窗，提供政策咨询、项目代办和融资对接服务 | 新区行政审批局 | 新区商务局、新区金融服务中心 | 2025年9月底前 |
""",
    "works.html": """<html><head><title>示例港区2025年优化服务工作安排</title></head><body>
<h1>示例港区2025年优化服务工作安排</h1>
<table>
<tr><th>序号</th><th>工作事项</th><th>责任单位</th><th>协同单位</th></tr>
<tr><td>1</td><td>推行进口货物“船边直提”</td><td>港区海关事务中心</td><td>港口集团<br>港区交通局</td></tr>
<tr><td>2</td><td>开通冷链查验绿色通道</td><td>港区市场监管局</td><td>港区海关事务中心<br>港区卫生健康局<br>港口集团</td></tr>
<tr><td>3</td><td>建设跨境电商公共海外仓</td><td>港区商务局</td><td>港区财政局</td></tr>
</table>
</body></html>
""",
    "points.txt": """示例经开区2025年工作要点

一、壮大实体经济，实施“三大工程”

（一）实施强链工程。围绕汽车零部件和智能家电两条产业链招引配套企业。

（二）实施技改工程。推动100家企业开展设备更新。

（三）实施育苗工程。新培育专精特新企业20家。

二、推进城市更新

完成老旧小区改造12个，新建口袋公园5处。
""",
    "goals.md": """# 示例高新区2025年重点工作

高新区将聚焦四个新赛道，培育新的增长点。

1. 低空经济。建设无人机测试场。

2. 生物制造。建设合成生物中试平台。

3. 商业航天。引进卫星载荷研制项目。

4. 人工智能。建设算力调度中心。

园区已形成电子信息、装备制造、新材料三大主导产业，产值合计800亿元。
""",
    "fields.md": """# 示例区新兴产业发展计划

重点支持电子信息、生物医药、新材料等领域企业申报。

生物医药领域重点发展创新药物、医疗器械和生物制品。
""",
    "faq.md": """# 示例区人才安居补贴常见问题解答

为便于人才了解示例区人才安居补贴政策，现将常见问题解答如下。

Q1：哪些人才可以申请安居补贴？

A：同时符合以下条件的人才可以申请：

1. 与区内企业签订3年以上劳动合同；

2. 在本区缴纳社会保险满6个月；

3. 本人及配偶在本区无自有住房。

Q2：申请需要准备哪些材料？

A：需在线提交以下材料：

1. 安居补贴申请表；

2. 劳动合同复印件；

3. 社保缴纳证明。
""",
    "culture.md": """# 示例区文化产业专项资金申报通知

为支持示例区文化产业专项资金项目建设，现就示例区文化产业专项资金申报有关事项通知如下。

## 一、申报要求

申报单位应当符合下列条件：

1. 在示例区注册满1年；

2. 上年度营业收入不低于500万元。

申报单位须提交下列材料：

1. 专项资金申请书；

2. 项目可行性报告。
""",
    "harbour.md": """# 示例港区2025年工作计划

港区2025年主要目标是：货物吞吐量增长5%，集装箱吞吐量达到300万标箱，新开国际航线3条。围绕上述目标，抓好以下工作。

推进智慧码头建设，完成两个泊位自动化改造。
""",
    "tiers.md": """# 示例区技术改造专项资金补贴标准

| 支持方向 | 档次 | 补贴标准 |
| --- | --- | --- |
| 设备更新项目 | 一档 | 按投资额的10%补贴 |
| 设备更新项目 | 二档 | 按投资额的8%补贴 |
| 软件应用项目 | 一档 | 按投入额的20%补贴 |
| 绿色工厂 | 示范 | 一次性奖励50万元 |
""",
    "layout.md": """# 示例新区国土空间规划解读

新区构建“一轴两翼三片”的发展格局。

“一轴”即滨江发展轴，串联主要功能区。

“两翼”是指东部产业翼和西部生态翼。

“三片”分别为老城片、港城片和科学城片，各片区错位发展。
""",
    "names.html": """<html><head><title>示例区2024年度优质企业认定名单的公告</title></head><body>
<h1>示例区2024年度优质企业认定名单的公告</h1>
<h2>一、认定名单</h2>
<h3>（一）领航企业（3家）</h3>
<ol>
<li>示例甲智能科技有限公司（东部园区）</li>
<li>示例乙新材料有限公司（西部园区）</li>
<li>示例丙医药有限公司（东部园区）</li>
</ol>
<h3>（二）成长型企业（4家）</h3>
<ol>
<li>示例丁软件有限公司（西部园区）</li>
<li>示例戊精密机械有限公司（东部园区）</li>
<li>示例己生物技术有限公司（南部园区）</li>
<li>示例庚数据服务有限公司（西部园区）</li>
</ol>
<h2>二、支持政策</h2>
<p>对领航企业给予一次性奖励30万元。</p>
</body></html>
""",
}


def _docx() -> bytes:
    """A Word task table whose partner cell lists one unit per paragraph."""
    from docx import Document

    doc = Document()
    doc.add_heading("示例县2025年营商环境提升行动任务清单", level=0)
    rows = [
        ("序号", "任务", "牵头部门", "配合部门"),
        ("1", "推行企业登记全程电子化", "县市场监管局", "县政务服务中心\n县税务局"),
        ("2", "开展涉企收费专项检查", "县发展改革局", "县财政局\n县市场监管局\n县审计局"),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            first, *rest = text.split("\n")
            cell = table.cell(r, c)
            cell.text = first
            for part in rest:
                cell.add_paragraph(part)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> AnswerChain:
    return chain_over(tmp_path_factory.mktemp("table_lists"), {**TEXTS, "tasks.docx": _docx()})


@pytest.mark.parametrize(
    "question,expected,absent",
    [
        # One column of the row a question names by another cell's words; several units
        # per cell joined by enumeration commas, semicolons, or one per line (HTML, Word).
        ("产业链招商图谱由哪些单位配合？", ["新区经济发展局", "新区科技局"], ["新区财政局"]),
        (
            "新能源产业专场推介会的牵头单位有哪些？",
            ["新区投资促进局", "新区商务局"],
            ["新区发展改革局"],
        ),
        ("新能源专场推介会的配合单位是哪些？", ["新区发展改革局", "新区财政局"], ["新区商务局"]),
        (
            "冷链查验绿色通道有哪些协同单位？",
            ["港区海关事务中心", "港区卫生健康局", "港口集团"],
            [],
        ),
        (
            "涉企收费专项检查由哪些部门配合？",
            ["县财政局", "县市场监管局", "县审计局"],
            ["县发展改革局"],
        ),
        # One column over the rows a value of another selects: a unit named as lead (not
        # where it only assists), a shared deadline.
        (
            "新区投资促进局牵头的重点任务有哪些？",
            ["编制产业链招商图谱", "举办新能源产业专场推介会"],
            ["设立产业引导基金"],
        ),
        (
            "完成时限为2025年6月底前的任务有哪些？",
            ["举办新能源产业专场推介会", "“拿地即开工”服务机制"],
            ["编制产业链招商图谱"],
        ),
        # A list inside one cell ends at the cell's edge; a list naming what the question
        # is about lists its fellows, not what is asked.
        (
            "企业服务专窗提供哪些服务？",
            ["政策咨询", "项目代办", "融资对接服务"],
            ["新区商务局", "新区金融服务中心"],
        ),
        ("生物医药领域重点发展哪些方向？", ["创新药物", "医疗器械", "生物制品"], ["电子信息"]),
        # The Q&A pair asking what the user asks, whose answer leads in to numbered items.
        (
            "哪些人才可以申请示例区人才安居补贴？",
            ["签订3年以上劳动合同", "缴纳社会保险满6个月", "无自有住房"],
            ["安居补贴申请表"],
        ),
        (
            "申请示例区人才安居补贴需要准备哪些材料？",
            ["安居补贴申请表", "劳动合同复印件", "社保缴纳证明"],
            ["无自有住房"],
        ),
        # A line pointing ahead to the very kind asked for leads in to the list.
        (
            "示例区文化产业专项资金申报需要满足哪些条件？",
            ["注册满1年", "不低于500万元"],
            ["专项资金申请书"],
        ),
        (
            "示例区文化产业专项资金申报要提交哪些材料？",
            ["专项资金申请书", "项目可行性报告"],
            ["注册满1年"],
        ),
        # The asked kind right before the colon that opens comma-separated items; the items
        # end with their sentence.
        (
            "示例港区2025年的主要目标有哪些？",
            ["货物吞吐量增长5%", "集装箱吞吐量达到300万标箱", "新开国际航线3条"],
            ["围绕上述目标"],
        ),
        # The kinds a column sorts its rows into, each once.
        (
            "示例区技术改造专项资金支持哪些方向？",
            ["设备更新项目", "软件应用项目", "绿色工厂"],
            ["一档"],
        ),
        # Numbered paragraphs a counting line announces, each opening with the thing.
        ("示例经开区的“三大工程”是哪三个？", ["强链工程", "技改工程", "育苗工程"], []),
        ("高新区聚焦的四个新赛道是什么？", ["低空经济", "生物制造", "商业航天", "人工智能"], []),
        # A named layout explained part by part in the lines after it.
        (
            "示例新区“一轴两翼三片”指的是什么？",
            ["滨江发展轴", "东部产业翼", "西部生态翼", "老城片", "港城片", "科学城片"],
            [],
        ),
        # Marked-up list items under a sub-heading, and the ones a bracketed note selects.
        (
            "示例区2024年度认定的领航企业有哪些？",
            ["示例甲智能科技有限公司", "示例乙新材料有限公司", "示例丙医药有限公司"],
            ["示例丁软件有限公司"],
        ),
        (
            "西部园区有哪些企业入选成长型企业？",
            ["示例丁软件有限公司", "示例庚数据服务有限公司"],
            ["示例戊精密机械有限公司", "示例乙新材料有限公司"],
        ),
        (
            "东部园区有哪些企业进了2024年度认定名单？",
            ["示例甲智能科技有限公司", "示例丙医药有限公司", "示例戊精密机械有限公司"],
            ["示例丁软件有限公司"],
        ),
    ],
)
def test_list_layouts_answer_completely(chain, question, expected, absent):
    answer = chain.ask(Question(question=question))
    assert not answer.refused, question
    for fact in expected:
        assert fact in answer.direct_answer, (question, fact, answer.direct_answer)
    for fact in absent:
        assert fact not in answer.direct_answer, (question, fact, answer.direct_answer)


@pytest.mark.parametrize(
    "cell,items",
    [
        ("新区经济发展局、新区科技局", ["新区经济发展局", "新区科技局"]),
        ("新区发展改革局；新区财政局", ["新区发展改革局", "新区财政局"]),
        ("港口集团 港区交通局", ["港口集团", "港区交通局"]),
        ("县财政局\n县审计局", ["县财政局", "县审计局"]),
        # Prose is one item: a clause holding enumeration commas, a single name.
        (
            "推行企业开办“一网通办”，将营业执照、公章刻制合并办理",
            ["推行企业开办“一网通办”，将营业执照、公章刻制合并办理"],
        ),
        ("新区财政局", ["新区财政局"]),
        ("A、B", ["A、B"]),
    ],
)
def test_cell_items(cell, items):
    assert cell_items(cell) == items


POINTS = """一、壮大实体经济，实施“三大工程”
（一）实施强链工程。围绕两条产业链招引企业。
（二）实施技改工程。推动设备更新。
（三）实施育苗工程。培育专精特新企业。
二、推进城市更新
"""
SHORT = """聚焦“三大工程”
（一）实施强链工程。
（二）实施技改工程。
二、推进城市更新
"""
LISTED = """园区已形成电子信息、装备制造、新材料三大主导产业。
1. 电子信息产值500亿元。
2. 装备制造产值200亿元。
3. 新材料产值100亿元。
"""


def _first_line(text: str) -> Sentence:
    end = text.index("\n")
    return Sentence("d", "", "", 0, end, text[:end], 1)


@pytest.mark.parametrize(
    "text,question,items",
    [
        (POINTS, "“三大工程”是哪三个？", ["实施强链工程", "实施技改工程", "实施育苗工程"]),
        # The question must name what is counted; the run must hold exactly that many.
        (POINTS, "城市更新有哪些任务？", []),
        (SHORT, "“三大工程”是哪三个？", []),
        # A clause listing the things itself is an enumeration, not an announcement.
        (LISTED, "三大主导产业是哪些？", []),
    ],
)
def test_counted_items(text, question, items):
    spans = counted_items(text, _first_line(text), question)
    assert [text[s:e] for s, e in spans] == items


LAYOUT = """构建“一核两带三区”的格局。
“一核”即创新核心区，集中布局研发机构。
“两带”是指沿江发展带和沿路制造带。
“三区”分别为汽车园区、装备园区和材料园区。
"""


@pytest.mark.parametrize(
    "text,question,items",
    [
        (
            LAYOUT,
            "“一核两带三区”具体指什么？",
            ["创新核心区", "沿江发展带", "沿路制造带", "汽车园区", "装备园区", "材料园区"],
        ),
        # Each gloss word of the grammar opens a part's explanation.
        (
            "形成“一心两园”。\n“一心”指服务中心。\n“两园”为东园和西园。\n",
            "一心两园是什么？",
            ["服务中心", "东园", "西园"],
        ),
        (
            "形成“一心两园”。\n“一心”是服务中心。\n“两园”分别是东园、西园。\n",
            "一心两园是什么？",
            ["服务中心", "东园", "西园"],
        ),
        # Counter-examples: a part holding another number of items than its numeral says, a
        # part left unexplained, a question that names another layout.
        (
            "形成“一心两园”。\n“一心”指服务中心。\n“两园”为东园、西园和北园。\n",
            "一心两园是什么？",
            [],
        ),
        ("形成“一心两园”。\n“一心”指服务中心。\n", "一心两园是什么？", []),
        (LAYOUT, "“一区一地”是什么？", []),
    ],
)
def test_layout_parts(text, question, items):
    spans = layout_parts(text, _first_line(text), question)
    assert [text[s:e] for s, e in spans] == items


@pytest.mark.parametrize(
    "text,items,stated",
    [
        # A count of one after the items is what they become, not their number.
        ("将营业执照申领、公章刻制、社保登记合并为一个环节办理", ["公章刻制"], None),
        ("培育汽车、家电、船舶三大产业集群", ["汽车", "家电", "船舶"], 3),
        # A table row's cells: the run stops at the cell bar.
        ("1 | 提供政策咨询、项目代办和融资对接服务 | 甲局、乙局", ["政策咨询", "项目代办"], None),
    ],
)
def test_enumeration_counts_and_cells(text, items, stated):
    found = find_enumerations(Sentence("d", "", "", 0, len(text), text, 1))
    first = found[0]
    got = [text[s:e] for s, e in first.items]
    assert all(i in got for i in items) and first.stated == stated, (got, first.stated)
    assert not any("|" in g for en in found for g in (text[s:e] for s, e in en.items))
