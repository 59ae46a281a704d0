"""A place or a zone's short name said inside an enterprise's registered name names the
firm, not the place (answering/firm_names.py): a question about the zone is not
answered by a unit naming a firm elsewhere that trades under the same name."""

import pytest

from assistant.answering.constraints import rejection
from assistant.answering.evidence import Sentence, Term
from assistant.answering.firm_names import only_in_firm_names
from assistant.answering.questions import analyze


@pytest.mark.parametrize(
    "text,question,only",
    [
        # Inside a firm's name, glued to the character before it: the firm.
        ("1 | 青州市鑫松川化工有限公司 | 罚款6万元", "松川对企业罚款多少", True),
        ("对青州鑫松川新材料股份有限公司予以通报", "松川对企业罚款多少", True),
        # The question says the firm's name with the same neighbours: it asks about the firm.
        ("1 | 青州市鑫松川化工有限公司 | 罚款6万元", "鑫松川化工罚款多少", False),
        ("1 | 青州市鑫松川化工有限公司 | 罚款6万元", "松川化工罚款多少", False),
        # Said on its own somewhere in the text: the place.
        ("松川经开区对青州鑫松川化工有限公司罚款6万元", "松川对企业罚款多少", False),
        # Opening the text or after a mark: no trade name.
        ("松川管委会与某某有限公司签约", "松川签约了哪些企业", False),
        ("经开区（松川）于1990年设立", "松川何时设立", False),
        # Not said at all.
        ("青州市化工有限公司", "松川对企业罚款多少", False),
    ],
)
def test_only_in_firm_names(text, question, only):
    assert only_in_firm_names(Term("松川", 5.0, pos="nz"), text, question) is only


def test_a_zone_named_only_as_a_firm_trade_name_is_not_named():
    aq = analyze("松川对违反清单的企业罚款多少？")
    terms = [Term("松川", 5.0, pos="nz"), Term("罚款", 5.0, pos="n")]
    row = "1 | 青州市鑫松川化工有限公司 | 责令整改，罚款6.5万元"
    firm = Sentence("d", "青州经开区检查情况通报", "", 0, len(row), row, 1)
    assert rejection(firm, 1.0, aq, terms, ()) == "named"
    prose = "松川经开区对违反清单的企业处以罚款2万元"
    zone = Sentence("d", "松川经开区清单", "", 0, len(prose), prose, 1)
    assert rejection(zone, 1.0, aq, terms, ()) is None
