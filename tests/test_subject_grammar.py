"""The grammar of subject_grammar.yaml, one table per group: examples and counter-examples."""

import pytest

from assistant.retrieval.subject import rule_name, topic_tokens, years_named


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2021年综合排名第三的是谁？", {2021}),
        ("按2019年版的规定奖励多少？", {2019}),
        ("2023版和2019 年版有什么不同", {2019, 2023}),
        ("湖南2022年度开发区综合评价", {2022}),
        ("２０２１年的排名", {2021}),  # full-width digits are normalised first
        # Counter-examples: amounts, counts and long numbers are not years.
        ("研发费用达到2000万元", set()),
        ("第2021号文件", set()),
        ("共12021家企业", set()),
        ("增长1.2019年", set()),
        ("2021", set()),
    ],
)
def test_years_a_text_names(text, years):
    assert years_named(text) == years


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # Versions of one rule share a name once years and version notes are gone.
        ("某某开发区科技创新奖励办法（2023年修订）", "某某开发区科技创新奖励办法"),
        ("某某开发区科技创新奖励办法", "某某开发区科技创新奖励办法"),
        ("某某开发区人才政策(试行)", "某某开发区人才政策"),
        ("某某开发区人才暂行办法", "某某开发区人才办法"),
        ("某某开发区招商指南（2019年版）", "某某开发区招商指南"),
        (
            "2021年国家级经济技术开发区综合发展水平考核评价结果",
            "国家级经济技术开发区综合发展水平考核评价结果",
        ),
        ("关于2022年度全省开发区综合评价结果的通报", "关于全省开发区综合评价结果的通报"),
        # Counter-examples: a parenthesised place or a number that is no year stays.
        (
            "中国（湖北）自由贸易试验区第五批制度创新案例",
            "中国(湖北)自由贸易试验区第五批制度创新案例",
        ),
        ("江苏9家国家级经开区跻身全国30强", "江苏9家国家级经开区跻身全国30强"),
        ("关于开展先行先试行动的通知", "关于开展先行先试行动的通知"),
    ],
)
def test_rule_name_drops_years_and_version_notes(title, name):
    assert rule_name(title) == name


@pytest.mark.parametrize(
    ("text", "region", "kept", "dropped"),
    [
        ("长沙经济技术开发区人才政策", "长沙", {"人才", "政策"}, {"长沙"}),
        ("湖南省开发区管理办法", None, {"管理", "办法"}, {"湖南", "湖南省"}),
        ("2021年国家级开发区考核评价结果", None, {"考核", "评价"}, {"2021"}),
    ],
)
def test_topic_tokens_leave_places_and_years_to_their_own_features(text, region, kept, dropped):
    tokens = topic_tokens(text, region)
    assert kept <= tokens and not dropped & tokens
