"""TimeML in/out: the text survives byte for byte, tags are well formed, the CLI reports bad files."""
import re
import xml.etree.ElementTree as ET

import pytest

from newsline.cli import main
from newsline.timeml import TimeMLError, annotate_dir, annotate_timeml, read_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-04" temporalFunction="false" functionInDocument="CREATION_TIME">20220204</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t9" type="DATE" value="2022-02-03">Thursday</TIMEX3> that &quot;Q&amp;A&quot; sessions <SIGNAL sid="s1">in</SIGNAL> 2021 &lt;cost&gt; more.

Profits rose in the <TIMEX3 tid="t1" type="DATE" value="2021-Q4">fourth quarter</TIMEX3> &amp; will grow next year.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def text_of(xml: str) -> str:
    """The <TEXT> content with every tag removed, still escaped: what must not change."""
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S).group(1)
    return re.sub(r"<[^>]+>", "", body)


def test_round_trip_keeps_text_byte_identical():
    out = annotate_timeml(DOC)
    assert text_of(out) == text_of(DOC)
    assert out.startswith(DOC[:DOC.index("<TEXT>")])  # header and DCT untouched


def test_output_is_well_formed_with_own_tags():
    out = annotate_timeml(DOC)
    root = ET.fromstring(out.encode())
    text = root.find("TEXT")
    assert text.findall("EVENT") == [] and text.findall("SIGNAL") == []
    timexes = text.findall("TIMEX3")
    got = [(t.text, t.get("type"), t.get("value")) for t in timexes]
    assert ("Thursday", "DATE", "2022-02-03") in got
    assert ("2021", "DATE", "2021") in got
    assert ("fourth quarter", "DATE", "2021-Q4") in got or ("the fourth quarter", "DATE", "2021-Q4") in got
    assert ("next year", "DATE", "2023") in got
    tids = [t.get("tid") for t in timexes]
    assert len(set(tids)) == len(tids) and "t0" not in tids
    assert root.find("TLINK") is None and root.find("MAKEINSTANCE") is None  # they would dangle


def test_tags_never_split_an_entity():
    doc = DOC.replace("AT&amp;T <EVENT", "In 2021&amp;2022 <EVENT")
    out = annotate_timeml(doc)
    assert text_of(out) == text_of(doc)
    ET.fromstring(out.encode())
    assert "<TIMEX3" in out.split("&amp;2022")[0] or "2022</TIMEX3>" in out


def test_attribute_values_are_escaped():
    from newsline.timeml import _timex_tag
    from newsline.timex import Timex
    tag = _timex_tag(Timex(0, 1, "x", "DATE", 'a"<&>'), "t1")
    assert ET.fromstring(tag + "x</TIMEX3>").get("value") == 'a"<&>'


def test_read_timeml_gives_dct_and_plain_text():
    dct, text = read_timeml(DOC)
    assert str(dct) == "2022-02-04"
    assert 'AT&T said Thursday that "Q&A" sessions in 2021 <cost> more.' in text


@pytest.mark.parametrize("bad, why", [
    (DOC.replace("<TEXT>", "<TEXTX>"), "TEXT"),
    (re.sub(r"<DCT>.*?</DCT>", "", DOC, flags=re.S), "DCT"),
    (DOC.replace('value="2022-02-04"', 'value="2022-13-45"'), "DCT"),
])
def test_bad_documents_raise(bad, why):
    with pytest.raises(TimeMLError, match=why):
        annotate_timeml(bad)


def test_annotate_dir_and_cli_report_bad_files(tmp_path, capsys):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "good.tml").write_text(DOC, encoding="utf-8")
    (src / "bad.tml").write_text("<TimeML>nothing</TimeML>", encoding="utf-8")
    assert annotate_dir(src, dst)[0] == 1
    assert main(["timeml", str(src), str(dst)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.tml" in err[0]
    assert text_of((dst / "good.tml").read_text(encoding="utf-8")) == text_of(DOC)
    assert main(["timeml", str(tmp_path / "missing"), str(dst)]) == 2
