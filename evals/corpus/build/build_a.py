"""Generate the binary a_* documents (DOCX with python-docx, PDF with reportlab).

The content of each document is kept here as a list of blocks, so the same source text serves
both the generator and the question checker (check_questions.py reads ``source_units``).

Run from the repository root:

    .venv/bin/python evals/corpus/build/build_a.py

Blocks are tuples: ("title", text), ("sub", text) for header lines under the title,
("h1", text), ("h2", text), ("p", text), ("sign", text) for the end block, and
("table", Table). A table's merged cells are given as (row, col, last_row, last_col) ranges
over the full grid including the header row; the first cell of a range holds the text.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

logger = logging.getLogger(__name__)

CORPUS_DIR = Path(__file__).resolve().parents[1]
# WenQuanYi Zen Hei is TrueType (reportlab cannot embed the CFF-based Noto CJK fonts).
CJK_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FIXED_TIME = datetime(2024, 1, 1)


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


Block = tuple[str, object]

CUOSHI: list[Block] = [
    ("title", "长沙经济技术开发区关于支持先进制造业高质量发展的若干措施"),
    ("sub", "长经开管发〔2023〕8号"),
    (
        "p",
        (
            "为深入实施制造强省战略，加快打造工程机械、汽车及零部件、新一代信息技术等先进制造业"
            "集群，推动长沙经济技术开发区（以下简称经开区）制造业高端化、智能化、绿色化发展，"
            "结合经开区实际，制定以下措施。"
        ),
    ),
    ("h1", "一、支持企业扩大有效投资"),
    ("h2", "（一）新引进项目奖励"),
    (
        "p",
        (
            "对新引进的先进制造业项目，在签约后2年内实际完成固定资产投资（不含土地款）1亿元以上的，"
            "按实际设备投资额的5%给予奖励，单个项目最高不超过1000万元。"
        ),
    ),
    ("h2", "（二）技术改造补贴"),
    (
        "p",
        (
            "对企业实施智能化、数字化技术改造，当年设备投资额在500万元以上的，按设备投资额的8%"
            "给予补贴，单个项目最高500万元。获评国家级智能制造示范工厂的，另给予一次性奖励200万元；"
            "获评省级智能制造示范工厂的，另给予一次性奖励50万元。"
        ),
    ),
    ("h2", "（三）增资扩产支持"),
    (
        "p",
        (
            "已落户企业增资扩产，新增固定资产投资2亿元以上的，参照本措施第（一）项标准给予奖励。"
            "企业增资扩产需要新增用地的，经开区优先保障用地指标。"
        ),
    ),
    ("h1", "二、支持企业创新发展"),
    ("h2", "（四）研发投入奖励"),
    (
        "p",
        (
            "对年度研发投入较上年有增长的企业，按研发投入增量分档给予奖励，具体标准见表1。"
            "享受本项奖励的企业须在经开区依法纳税，且研发费用已按规定享受税前加计扣除政策。"
        ),
    ),
    (
        "table",
        Table(
            caption="表1　企业研发投入增量奖励标准",
            header=["企业类型", "年度研发投入增量", "奖励比例", "单家企业年度最高奖励"],
            rows=[
                ["规模以上工业企业", "500万元以下（含）", "10%", "50万元"],
                ["规模以上工业企业", "500万元至2000万元（含）", "8%", "150万元"],
                ["规模以上工业企业", "2000万元以上", "5%", "300万元"],
                ["规模以下高新技术企业", "100万元以上", "10%", "50万元"],
                ["科技型中小企业", "50万元以上", "15%", "30万元"],
            ],
            merges=[(1, 0, 3, 0)],
        ),
    ),
    ("h2", "（五）创新平台建设"),
    (
        "p",
        (
            "对新认定的国家级企业技术中心、制造业创新中心、工程研究中心，给予一次性奖励200万元；"
            "对新认定的省级同类平台，给予一次性奖励50万元。"
        ),
    ),
    ("h2", "（六）高新技术企业培育"),
    (
        "p",
        (
            "对首次认定的高新技术企业给予奖励20万元，对重新认定的高新技术企业给予奖励10万元。"
            "从经开区外整体迁入且高新技术企业资格仍在有效期内的，给予奖励20万元。"
        ),
    ),
    ("h1", "三、支持企业做大做强"),
    ("h2", "（七）产值上台阶奖励"),
    (
        "p",
        (
            "对年度工业产值首次突破10亿元、50亿元、100亿元的企业，分别给予企业经营团队奖励"
            "50万元、100万元、200万元。同一企业跨档晋级的，按最高档次奖励，并扣除已享受的低档次奖励。"
        ),
    ),
    ("h2", "（八）首台（套）产品推广"),
    (
        "p",
        (
            "对经认定的国家首台（套）重大技术装备，按产品首年度销售额的10%给予奖励，单个产品最高"
            "300万元；对省级首台（套）产品，按首年度销售额的5%给予奖励，单个产品最高100万元。"
        ),
    ),
    ("h2", "（九）专精特新企业培育"),
    (
        "p",
        (
            "对新认定的国家级专精特新“小巨人”企业给予奖励100万元，对新认定的省级专精特新中小企业"
            "给予奖励20万元。"
        ),
    ),
    ("h1", "四、降低企业经营成本"),
    ("h2", "（十）标准厂房租金补贴"),
    (
        "p",
        (
            "对新入驻经开区标准厂房从事生产的中小企业，自入驻之日起，前两年按实际租金的50%给予补贴，"
            "第三年按30%给予补贴，补贴标准每平方米每月不超过8元。享受租金补贴的厂房不得转租、分租，"
            "改变用途的，停止补贴并追回已拨付资金。"
        ),
    ),
    ("h2", "（十一）人才安居支持"),
    (
        "p",
        (
            "对企业新引进并全职工作的博士研究生，给予每人一次性安家补贴20万元；对硕士研究生，"
            "给予每人一次性安家补贴5万元，分3年发放。"
        ),
    ),
    ("h1", "五、附则"),
    (
        "p",
        "（十二）同一企业的同一项目符合本措施和经开区其他政策的，按照就高原则执行，不重复享受。",
    ),
    (
        "p",
        (
            "（十三）企业存在严重失信行为，或者近两年发生重大安全生产事故、重大环境污染事件的，"
            "不予享受本措施。"
        ),
    ),
    (
        "p",
        (
            "（十四）本措施自2023年5月1日起施行，有效期至2025年12月31日，由经开区经济发展局"
            "会同财政局负责解释。"
        ),
    ),
    ("sign", "长沙经济技术开发区管理委员会"),
    ("sign", "2023年4月10日"),
]

WENDA: list[Block] = [
    ("title", "合肥经济技术开发区支持企业上市政策问答"),
    ("sub", "合肥经济技术开发区管理委员会经济发展局　2023年8月15日"),
    (
        "p",
        (
            "为帮助企业准确理解和用好《合肥经济技术开发区支持企业上市若干政策》"
            "（合经区管〔2023〕45号），经开区经济发展局对企业咨询较多的问题进行了梳理，解答如下。"
        ),
    ),
    ("h1", "一、适用范围"),
    ("p", "问：哪些企业可以享受这项上市扶持政策？"),
    (
        "p",
        (
            "答：工商注册地和税务征管关系均在合肥经济技术开发区、具有独立法人资格、"
            "以上市为目标并已与证券公司签订上市服务协议的企业，均可按规定申请。"
        ),
    ),
    ("p", "问：什么是上市后备企业库？"),
    (
        "p",
        (
            "答：上市后备企业库是指经开区经济发展局按照营业收入、利润、成长性等条件筛选，"
            "列为重点培育对象的拟上市企业名单。入库企业可优先获得上市辅导培训、融资对接等服务，"
            "库内企业名单每年动态调整一次。"
        ),
    ),
    ("p", "问：政策从什么时候开始执行？"),
    (
        "p",
        (
            "答：政策自2023年7月1日起执行，有效期3年。此前已完成的上市阶段，"
            "按原政策标准兑现，不再按新标准补差。"
        ),
    ),
    ("p", "问：在境外上市的企业能不能享受？"),
    (
        "p",
        (
            "答：可以。企业在香港联交所、纽约证券交易所、纳斯达克等境外主要资本市场首发上市的，"
            "按境内主板上市奖励标准的80%给予奖励。"
        ),
    ),
    ("h1", "二、奖励标准"),
    ("p", "问：企业上市各个阶段分别能拿到多少奖励？"),
    ("p", "答：奖励按上市进程分阶段兑现，具体标准如下表："),
    (
        "table",
        Table(
            caption="表1　企业上市分阶段奖励标准",
            header=["上市阶段", "认定依据", "奖励金额"],
            rows=[
                ["完成股份制改造", "取得股份有限公司营业执照", "50万元"],
                ["辅导备案", "证监局出具辅导备案确认文件", "100万元"],
                ["申报受理", "证券交易所受理首发上市申请", "150万元"],
                ["首发上市", "在上海、深圳证券交易所上市", "300万元"],
                ["首发上市", "在北京证券交易所上市", "200万元"],
            ],
            merges=[(4, 0, 5, 0)],
        ),
    ),
    ("p", "以上各阶段奖励累计，单家企业最高不超过600万元。"),
    ("p", "问：已经上市的公司把注册地迁到经开区，有没有奖励？"),
    (
        "p",
        (
            "答：有。境内外上市公司将注册地和税务征管关系整体迁入经开区的，一次性奖励300万元；"
            "迁入前已享受过其他地区上市奖励的，已完成阶段的奖励不再补发。"
        ),
    ),
    ("p", "问：在新三板挂牌有奖励吗？"),
    (
        "p",
        (
            "答：有。企业在全国中小企业股份转让系统（新三板）挂牌的，给予奖励30万元；"
            "挂牌后进入创新层的，再给予奖励20万元。"
        ),
    ),
    ("p", "问：上市公司再融资有没有支持？"),
    (
        "p",
        (
            "答：上市公司通过增发、配股、发行可转换债券等方式再融资，且募集资金50%以上投向经开区的，"
            "按实际募集资金的1%给予奖励，最高100万元。"
        ),
    ),
    ("p", "问：企业股改和上市过程中发生的中介费用有没有补助？"),
    (
        "p",
        (
            "答：有。企业完成辅导备案后，对其支付的保荐、审计、法律等中介服务费用，"
            "按实际发生额的20%给予补助，最高50万元，与辅导备案阶段奖励合并申报。"
        ),
    ),
    ("h1", "三、申报与兑现"),
    ("p", "问：什么时候可以申报？"),
    (
        "p",
        (
            "答：每年集中受理两次，分别为3月1日至3月31日和9月1日至9月30日。"
            "企业应在取得相应阶段认定依据后的首个受理期内提出申请。"
        ),
    ),
    ("p", "问：申报需要准备哪些材料？"),
    (
        "p",
        (
            "答：需提交以下材料：（1）上市奖励申报表；（2）营业执照复印件；（3）阶段认定依据文件；"
            "（4）上一年度完税证明；（5）信用承诺书。"
        ),
    ),
    ("p", "问：奖励资金多长时间能到账？"),
    (
        "p",
        (
            "答：经开区经济发展局会同财政局审核，审核结果公示5个工作日，"
            "公示无异议的，在30个工作日内拨付奖励资金。"
        ),
    ),
    ("h1", "四、其他事项"),
    ("p", "问：同一阶段的奖励能不能重复领取？"),
    (
        "p",
        (
            "答：不能。同一企业同一阶段的奖励只享受一次；企业上市后又迁出经开区的，"
            "应按规定退回已领取的奖励资金。"
        ),
    ),
    ("p", "问：受过行政处罚的企业还能申报吗？"),
    (
        "p",
        (
            "答：企业近三年存在重大违法违规行为，或者被列入严重失信主体名单的，不予奖励；"
            "一般行政处罚不影响申报，但须在信用承诺书中如实说明。"
        ),
    ),
    ("p", "问：奖励资金需要缴税吗？"),
    (
        "p",
        (
            "答：企业取得的上市奖励资金属于政府补助，应按照税法规定计入收入总额，"
            "具体以主管税务机关的认定为准。"
        ),
    ),
    ("p", "问：有问题找哪个部门咨询？"),
    (
        "p",
        "答：可向经开区经济发展局金融服务科咨询，也可到经开区政务服务中心二楼企业服务综合窗口办理。",
    ),
]

REPORT: list[Block] = [
    ("title", "烟台经济技术开发区2023年工作报告"),
    ("sub", "——2024年1月18日在烟台经济技术开发区工作会议上"),
    ("sub", "烟台经济技术开发区管理委员会"),
    (
        "p",
        (
            "2023年，面对复杂严峻的外部环境，经开区坚持稳中求进工作总基调，聚焦“项目建设、"
            "产业升级、改革开放、民生改善”四项重点，主要经济指标保持稳定增长，高质量发展迈出坚实步伐。"
            "现将2023年工作情况和2024年工作安排报告如下。"
        ),
    ),
    ("h1", "一、2023年工作回顾"),
    ("h2", "（一）经济运行稳中有进"),
    (
        "p",
        (
            "全年实现地区生产总值1086.3亿元，同比增长7.3%，增速高于全市平均水平1.1个百分点；"
            "规模以上工业总产值3437.2亿元，同比增长6.9%；一般公共预算收入91.5亿元，同比增长6.1%，"
            "其中税收收入占比达到82.4%。固定资产投资同比增长8.5%，其中工业投资增长12.6%。"
        ),
    ),
    (
        "p",
        "主要经济指标完成情况见表1。",
    ),
    (
        "table",
        Table(
            caption="表1　2023年主要经济指标完成情况",
            header=["指标", "2022年", "2023年", "同比增长"],
            rows=[
                ["地区生产总值（亿元）", "1012.6", "1086.3", "7.3%"],
                ["规模以上工业总产值（亿元）", "3215.4", "3437.2", "6.9%"],
                ["一般公共预算收入（亿元）", "86.2", "91.5", "6.1%"],
                ["固定资产投资（亿元）", "286.4", "310.7", "8.5%"],
                ["进出口总额（亿元）", "1168.7", "1203.8", "3.0%"],
                ["实际使用外资（亿美元）", "6.8", "7.1", "4.4%"],
                ["高新技术企业（家）", "412", "486", "18.0%"],
            ],
        ),
    ),
    ("h2", "（二）产业结构持续优化"),
    (
        "p",
        (
            "汽车、新一代信息技术、高端装备、新材料四大主导产业实现产值2650.8亿元，"
            "占规模以上工业总产值的比重达到77.1%。新能源汽车产量突破12万辆，同比增长35.2%。"
            "全年新开工亿元以上项目68个，竣工投产项目41个，其中10亿元以上项目15个。"
        ),
    ),
    ("h2", "（三）创新动能加速集聚"),
    (
        "p",
        (
            "全社会研发经费投入强度达到3.3%，较上年提高0.2个百分点。高新技术企业达到486家，"
            "净增74家；新增省级以上研发平台23个，其中国家级平台3个。技术合同成交额45.6亿元，"
            "同比增长21.7%。"
        ),
    ),
    ("h2", "（四）对外开放水平提升"),
    (
        "p",
        (
            "完成进出口总额1203.8亿元，同比增长3.0%，其中出口额718.5亿元，同比增长5.2%；"
            "实际使用外资7.1亿美元，同比增长4.4%。新设外商投资企业56家，"
            "日韩企业投资项目占新设外资项目的比重为42.9%。"
        ),
    ),
    ("h2", "（五）改革攻坚深入推进"),
    (
        "p",
        (
            "完成经开区管理体制改革，内设机构由24个精简为16个，全面推行全员岗位聘任制。"
            "承接市级下放行政许可事项216项，企业开办时间压缩至1个工作日以内，"
            "“标准地”出让宗数占工业用地出让总数的比重达到100%。"
        ),
    ),
    ("h2", "（六）民生保障扎实有力"),
    (
        "p",
        (
            "民生支出占一般公共预算支出的比重保持在80%以上。新建改扩建中小学、幼儿园9所，"
            "新增学位8100个；城镇新增就业1.86万人，城镇登记失业率控制在2.5%以内。"
        ),
    ),
    (
        "p",
        (
            "同时也要清醒看到，经开区发展中还存在一些不足：龙头企业带动作用有待增强，"
            "部分传统产业转型压力较大，土地等要素保障趋紧，营商环境与先进地区相比仍有差距。"
        ),
    ),
    ("h1", "二、2024年工作安排"),
    (
        "p",
        (
            "2024年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值"
            "增长7%，一般公共预算收入增长5%，固定资产投资增长8%，实际使用外资保持稳定。"
        ),
    ),
    ("h2", "（一）全力抓好项目建设"),
    (
        "p",
        (
            "实施重点项目120个，年度计划投资380亿元；全年新引进亿元以上项目不少于60个，"
            "其中外资项目不少于15个。"
        ),
    ),
    ("h2", "（二）加快产业转型升级"),
    (
        "p",
        (
            "推动汽车产业向新能源和智能网联方向转型，力争新能源汽车产量达到18万辆；"
            "实施技术改造项目100个以上，新增数字化车间和智能工厂20个。"
        ),
    ),
    ("h2", "（三）持续优化营商环境"),
    (
        "p",
        "深化“一枚印章管审批”改革，企业开办时间压缩至0.5个工作日以内，工业项目实现“拿地即开工”。",
    ),
    (
        "p",
        (
            "新的一年，经开区将以更加务实的作风，推动各项目标任务落地见效，"
            "为全市高质量发展作出新的更大贡献。"
        ),
    ),
]

DOCX_DOCS: dict[str, list[Block]] = {"a_cuoshi": CUOSHI, "a_wenda": WENDA}
PDF_DOCS: dict[str, list[Block]] = {"a_report": REPORT}


def source_units(doc_id: str) -> list[str] | None:
    """The text units (paragraphs, headings, table cells, caption) a document was generated from."""
    blocks = {**DOCX_DOCS, **PDF_DOCS}.get(doc_id)
    if blocks is None:
        return None
    units: list[str] = []
    for kind, value in blocks:
        if kind == "table":
            assert isinstance(value, Table)
            units.append(value.caption)
            units.extend(value.header)
            for row in value.rows:
                units.extend(row)
        else:
            units.append(str(value))
    return units


def source_rows(doc_id: str) -> list[list[str]] | None:
    """The table rows (cells in order, merged cells repeated) of a generated document."""
    blocks = {**DOCX_DOCS, **PDF_DOCS}.get(doc_id)
    if blocks is None:
        return None
    return [
        list(row)
        for kind, value in blocks
        if kind == "table" and isinstance(value, Table)
        for row in [value.header, *value.rows]
    ]


def _table_grid(table: Table) -> list[list[str]]:
    """Full grid with header; cells covered by a merge (but not its first cell) become empty."""
    grid = [list(table.header)] + [list(r) for r in table.rows]
    for r0, c0, r1, c1 in table.merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    grid[r][c] = ""
    return grid


def build_docx(blocks: list[Block], out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    # Fixed document properties so a rebuild of unchanged content gives the same file.
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    # East Asian font name so Word renders the Chinese text with a CJK face.
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, value in blocks:
        if kind == "title":
            doc.add_paragraph(str(value), style="Title")
        elif kind == "sub":
            p = doc.add_paragraph(str(value))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            doc.add_heading(str(value), level=1)
        elif kind == "h2":
            doc.add_heading(str(value), level=2)
        elif kind == "sign":
            p = doc.add_paragraph(str(value))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            assert isinstance(value, Table)
            doc.add_paragraph(value.caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
            grid = _table_grid(value)
            table = doc.add_table(rows=len(grid), cols=len(grid[0]))
            table.style = "Table Grid"
            for r, row in enumerate(grid):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            for r0, c0, r1, c1 in value.merges:
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                # merge() joins the paragraphs of all cells; keep only the first cell's text.
                merged.text = grid[r0][c0]
        else:
            doc.add_paragraph(str(value))
    doc.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite a DOCX package with fixed member times (python-docx stamps the current time)."""
    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def build_pdf(blocks: list[Block], out: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    # No creation date or random document id in the file: rebuilds are byte-identical.
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("WQY", CJK_FONT_PATH, subfontIndex=0))
    body = ParagraphStyle("body", fontName="WQY", fontSize=10.5, leading=17, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=26, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", parent=body, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", parent=body, fontSize=14, leading=22, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=body, fontSize=12, leading=19, spaceBefore=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=14)
    story = []
    for kind, value in blocks:
        if kind == "table":
            assert isinstance(value, Table)
            story.append(Paragraph(value.caption, sub))
            grid = _table_grid(value)
            data = [[Paragraph(text, cell) for text in row] for row in grid]
            t = PdfTable(data, colWidths=[62 * mm, 32 * mm, 32 * mm, 32 * mm][: len(grid[0])])
            style = [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
            style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in value.merges]
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
            continue
        style_for = {"title": title, "sub": sub, "h1": h1, "h2": h2, "sign": sub}
        story.append(Paragraph(str(value), style_for.get(kind, body)))
        if kind == "title":
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(out), pagesize=A4, title=str(blocks[0][1])).build(story)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    for stem, blocks in DOCX_DOCS.items():
        out = CORPUS_DIR / f"{stem}.docx"
        build_docx(blocks, out)
        logger.info("wrote %s", out)
    for stem, blocks in PDF_DOCS.items():
        out = CORPUS_DIR / f"{stem}.pdf"
        build_pdf(blocks, out)
        logger.info("wrote %s", out)


if __name__ == "__main__":
    main()
