"""Every report format reaches the same text: encodings detected, web pages read for
their article, Word, Excel and PDF tables read as rows, and what cannot be read
refused with its reason. Each file is built here, in a temporary folder."""

from __future__ import annotations

import socket

import pytest
from opencc import OpenCC

from extractors import extract_file as extract_any_file
from extractors.charsets import decode_text
from extractors.errors import ExtractionError
from extractors.formats.pdf import glyph_number_share
from tests.places import fictional_gazetteer
from tests.report_files import (
    PENALTY_TABLE,
    TEMPLATE_MERGES,
    TEMPLATE_PENALTY,
    collapsed_pipe_text,
    docx_bytes,
    docx_with_body_xml,
    docx_with_entities,
    docx_zip_bomb,
    encrypted_office_bytes,
    encrypted_pdf_bytes,
    html_page,
    html_table,
    legacy_doc_bytes,
    pdf_bytes,
    report_text,
    scanned_pdf_bytes,
    unmapped_font_pdf_bytes,
    with_zip_part,
    write,
    xlsx_bytes,
)


def extract_file(path, **kwargs):
    """Read a file as a reports folder that declares the samples' fictional places does."""
    return extract_any_file(path, gazetteer=fictional_gazetteer(), **kwargs)


def figures_by_metric(document) -> dict[tuple[str | None, str | None], float]:
    return {(f.metric, f.sub_issuer): f.value for f in document.figures}


def assert_spans_point_into_text(document) -> None:
    assert document.figures
    for f in document.figures:
        assert document.text[f.span_start : f.span_end] == f.as_written


def reason(path, **kwargs) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract_file(path, **kwargs)
    return caught.value.reason


def assert_penalty_table(document, *, with_total: bool = True) -> None:
    figures = figures_by_metric(document)
    assert figures[("penalty_cases_simple", "区市场监督管理局")] == 96
    assert figures[("penalty_cases_ordinary", "区市场监督管理局")] == 118
    assert figures[("fines_amount", "区市场监督管理局")] == 1_685_000
    # The empty cell of 区应急管理局 neither stops the table nor becomes a figure.
    assert ("penalty_cases_simple", "区应急管理局") not in figures
    assert figures[("penalty_cases_ordinary", "区应急管理局")] == 76
    if with_total:
        assert figures[("penalty_cases_ordinary", None)] == 194


TEMPLATE_TITLE = "样例市丙区2023年度行政处罚实施情况统计表"
PENALTY_KINDS = ("penalty_warning", "penalty_fine", "penalty_confiscation", "penalty_suspension", "penalty_revocation", "penalty_restriction", "detentions", "penalty_other")


def table_figures(document) -> list[tuple]:
    return [(f.metric, f.sub_issuer, f.domain, f.value, f.unit, f.parent_metric) for f in document.figures]


def pipe_text_figures(tmp_path) -> list[tuple]:
    """The template's figures from the text a web page copied out gives."""
    text = f"{TEMPLATE_TITLE}\n{collapsed_pipe_text(TEMPLATE_PENALTY, TEMPLATE_MERGES)}\n"
    document = extract_file(write(tmp_path, "template.txt", text))
    assert_spans_point_into_text(document)
    return table_figures(document)


def test_the_template_as_pipe_text_reads_every_cell_under_its_merged_header(tmp_path):
    figures = {(metric, body): (value, unit, parent) for metric, body, _, value, unit, parent in pipe_text_figures(tmp_path)}
    assert len(figures) == 3 * 10  # three rows of ten columns; the zeros are figures too
    assert figures[("penalty_fine", "区市场监督管理局")] == (140, "宗", "penalty_cases")
    assert figures[("penalty_other", "区城市管理委")] == (3, "宗", "penalty_cases")
    assert figures[("penalty_cases", None)] == (257, "宗", None)
    assert figures[("fines_amount", None)] == (1_087_500, "元", None)
    assert sum(figures[(kind, None)][0] for kind in PENALTY_KINDS) == 257


# --- text encodings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "recorded"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16le"),
        ("utf-16-be", "utf-16be"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
    ],
)
def test_a_text_report_reads_the_same_in_every_encoding(tmp_path, codec, recorded):
    original = report_text()
    reference = extract_file(write(tmp_path, "reference.txt", original.encode("utf-8")))
    document = extract_file(write(tmp_path, f"report-{codec}.txt", original.encode(codec)))
    assert document.encoding == recorded
    assert document.text == reference.text
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert_spans_point_into_text(document)


def test_a_big5_report_is_read_as_big5_not_as_gb18030_garbage(tmp_path):
    traditional = OpenCC("s2t").convert(report_text("樣例市丙區司法局"))
    document = extract_file(write(tmp_path, "report.txt", traditional.encode("big5")))
    assert document.encoding == "big5"
    assert document.text.startswith("樣例市丙區司法局2023年度行政執法情況報告")
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert document.issuer.issuer == "样例市丙区司法局"  # matched in simplified form


def test_a_big5_hkscs_report_is_read_not_refused(tmp_path):
    # 衞 and 着 are Hong Kong supplement characters: plain Big5 and cp950 cannot hold them.
    traditional = OpenCC("s2t").convert(report_text("樣例市丙區衞生署")).replace("其中", "其中着重")
    document = extract_file(write(tmp_path, "report.txt", traditional.encode("big5hkscs")))
    assert document.encoding == "big5hkscs"
    assert document.text.startswith("樣例市丙區衞生署2023年度行政執法情況報告")
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert_spans_point_into_text(document)


def test_gbk_bytes_are_not_taken_for_big5_even_when_they_would_decode(tmp_path):
    text = "全区行政处罚案件共计一百二十件，同比下降百分之五。"
    assert decode_text(text.encode("gbk")) == (text, "gb18030")


@pytest.mark.parametrize(
    "other",
    [
        "གསལ་བསྒྲགས། བཀའ་ཁྱབ། ",  # Tibetan, as notices in 西藏 print it under the Chinese
        "ئۇقتۇرۇش ئۇقتۇرۇش ",  # Uyghur
        "ᠮᠡᠳᠡᠭᠳᠡᠯ ᠮᠡᠳᠡᠭᠳᠡᠯ ",  # Mongolian
        "공고 공고 알림 ",  # Korean
    ],
)
def test_a_notice_in_chinese_and_a_minority_language_is_read_not_refused(other):
    text = "关于开展占道经营专项整治行动的公告\n示例县住房和城乡建设局将集中整治违规占道经营行为，查处案件12起。\n\n" + other * 12
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    assert decode_text(text.encode("gb18030")) == (text, "gb18030")


def test_mojibake_is_quarantined_as_undecodable_not_loaded(tmp_path):
    mangled = report_text().encode("utf-8").decode("latin-1").encode("utf-8")
    path = write(tmp_path, "mojibake.txt", mangled)
    with pytest.raises(ExtractionError) as caught:
        extract_file(path)
    assert caught.value.reason == "undecodable"
    assert "mojibake" in str(caught.value)


def test_binary_bytes_with_a_txt_name_are_undecodable(tmp_path):
    assert reason(write(tmp_path, "garbage.txt", bytes(range(256)) * 40)) == "undecodable"


# --- web pages -------------------------------------------------------------------------

ARTICLE = """
<div class="article">
  <h1>样例市丙区司法局2023年度行政执法情况报告</h1>
  <div class="TRS_Editor" id="zoom">
    <p>　　2023年，全区共实施行政处罚
        2132件，罚没金额937.9万元。</p>
    <p style="display:none">隐藏的段落500件</p>
    <table border="1"><caption>行政处罚实施情况统计表</caption>
      <tr><th>执法主体</th><th>简易程序(件)</th><th>普通程序(件)</th><th>罚没金额<br>(万元)</th></tr>
      <tr><td>区市场监督管理局</td><td>96</td><td>118</td><td>168.5</td></tr>
      <tr><td>区应急管理局</td><td></td><td>76</td><td>102.3</td></tr>
      <tr><td>合计</td><td>96</td><td>194</td><td>270.8</td></tr>
    </table>
    <p><img src="http://203.0.113.9/chart.png" alt="图表"></p>
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<div class="sidebar"><h3>相关链接</h3><p>便民服务点88个</p></div>
"""


def test_a_web_page_is_read_for_its_article_only(tmp_path):
    page = html_page("样例市丙区司法局2023年度行政执法情况报告", ARTICLE)
    document = extract_file(write(tmp_path, "report.html", page))
    assert document.source_format == "html"
    for chrome in ("访问量", "首页", "当前位置", "版权所有", "脚本写出", "track.js", "便民服务点", "分享到", "隐藏的段落"):
        assert chrome not in document.text
    assert document.issuer.issuer == "样例市丙区司法局" and document.report_year == 2023
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert_penalty_table(document)
    assert_spans_point_into_text(document)


def test_a_web_page_table_with_merged_header_cells_gives_the_figures_of_the_pipe_text(tmp_path):
    body = f'<div class="article"><h1>{TEMPLATE_TITLE}</h1>\n{html_table(TEMPLATE_PENALTY, TEMPLATE_MERGES)}\n</div>'
    document = extract_file(write(tmp_path, "template.html", html_page(TEMPLATE_TITLE, body)))
    assert document.text.splitlines()[1].startswith("执法主体\t行政处罚实施数量(宗)\t\t")
    assert table_figures(document) == pipe_text_figures(tmp_path)
    assert_spans_point_into_text(document)


def test_a_page_title_and_date_in_meta_name_an_issuer_the_body_does_not(tmp_path):
    head = (
        '<meta name="ArticleTitle" content="样例市丙区应急管理局2023年度行政执法情况报告">'
        '<meta name="PubDate" content="2024-01-18 09:30">'
    )
    body = '<div id="content"><p>2023年，我局共实施行政处罚41件，罚没金额55.2万元。</p></div>'
    document = extract_file(write(tmp_path, "page.htm", html_page("通知公告", body, head)))
    assert document.title == "样例市丙区应急管理局2023年度行政执法情况报告"
    assert document.issuer.issuer == "样例市丙区应急管理局"
    assert document.text.splitlines()[0] == document.title
    assert "2024-01-18" in document.text  # the publish date stays with the document
    assert figures_by_metric(document)[("penalty_cases", None)] == 41


def test_a_publisher_line_above_the_article_names_the_issuer(tmp_path):
    body = (
        '<div class="info">来源：样例市丙区城市管理委员会　发布时间：2024-02-01</div>'
        '<div class="TRS_Editor"><p>一年来，我委共实施行政处罚300件，办理行政许可120件，全部依法公开。</p>'
        "<p>二、存在的问题。执法力量仍显不足，信息化水平有待提高。</p></div>"
    )
    document = extract_file(write(tmp_path, "page.html", html_page("2023年行政执法情况报告", body)))
    assert document.issuer.issuer == "样例市丙区城市管理委员会"
    assert "发布日期:2024-02-01" in document.text


def test_reading_a_page_fetches_nothing_and_expands_no_entity(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a report file made zhifa open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lollollollol">]>'
        '<html><head><link rel="stylesheet" href="http://203.0.113.9/a.css">'
        '<script src="http://203.0.113.9/a.js"></script></head><body>'
        '<iframe src="http://203.0.113.9/frame.html"></iframe><img src="http://203.0.113.9/x.png">'
        "<p>样例市丙区2023年实施行政处罚12件。&xxe;&lol;</p></body></html>"
    )
    document = extract_file(write(tmp_path, "page.html", page))
    assert "root:" not in document.text and "lollollol" not in document.text
    assert figures_by_metric(document)[("penalty_cases", None)] == 12


@pytest.mark.parametrize(("declared", "codec"), [("gb2312", "utf-8"), ("utf-8", "gb18030"), ("gbk", "gbk")])
def test_a_page_is_decoded_by_its_bytes_whatever_its_charset_says(tmp_path, declared, codec):
    page = html_page("样例市丙区司法局2023年度行政执法情况报告", ARTICLE, charset=declared)
    document = extract_file(write(tmp_path, "page.html", page.encode(codec)))
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132


# --- Word ------------------------------------------------------------------------------


def test_a_docx_reads_paragraphs_and_tables_in_order(tmp_path):
    text = report_text().splitlines()
    data = docx_bytes([*text, "行政处罚实施情况统计表"], PENALTY_TABLE, after=["特此报告。"])
    document = extract_file(write(tmp_path, "report.docx", data))
    assert document.source_format == "docx" and document.encoding is None
    assert document.issuer.issuer == "样例市丙区司法局" and document.report_year == 2023
    lines = document.text.splitlines()
    assert lines[0] == text[0]
    assert lines[4] == "执法主体\t简易程序(件)\t普通程序(件)\t罚没金额(万元)"
    assert lines[-1] == "特此报告。"
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert_penalty_table(document)
    assert_spans_point_into_text(document)


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def paragraph(*inline: str) -> str:
    return f"<w:p>{''.join(inline)}</w:p>"


def text_box(*paragraphs: str) -> str:
    """A text box as Word writes it: a DrawingML shape, and the same box in VML for
    readers that know no DrawingML."""
    content = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:rect><v:textbox>{content}</v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


TRACKED = 'w:author="审核人" w:date="2024-01-10T09:00:00Z"'
WORD_CONSTRUCTS = [
    # A tracked insertion, beside the deletion it replaces.
    paragraph(run("全年共实施行政处罚"), f'<w:ins w:id="1" {TRACKED}>{run("2132")}</w:ins>',
              f'<w:del w:id="2" {TRACKED}><w:r><w:delText>1999</w:delText></w:r></w:del>', run("件。")),
    # A content control around a whole paragraph, and one inside a paragraph.
    f'<w:sdt><w:sdtPr><w:alias w:val="罚没金额"/></w:sdtPr><w:sdtContent>{paragraph(run("罚没金额937.9万元。"))}</w:sdtContent></w:sdt>',
    paragraph(run("其中简易程序"), f"<w:sdt><w:sdtPr/><w:sdtContent>{run('306')}</w:sdtContent></w:sdt>", run("件。")),
    # A content control still showing its prompt holds no text of the report.
    f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{paragraph(run('单击或点击此处输入文字。'))}</w:sdtContent></w:sdt>",
    # A text box anchored in a paragraph.
    paragraph(run("主要数据见下框。"), text_box(paragraph(run("办理行政许可4200件。")))),
    # A simple field, and a complex one whose instruction holds digits of its own.
    paragraph(run("持证执法人员"), f'<w:fldSimple w:instr=" DOCPROPERTY 持证人数 ">{run("356")}</w:fldSimple>', run("人。")),
    paragraph(
        run("开展行政检查"), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>', "<w:r><w:instrText> =1000+2000 </w:instrText></w:r>",
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("3000"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run("次。"),
    ),
    # A character with its pinyin set over it as a ruby guide.
    paragraph(run("行政"), "<w:r><w:ruby><w:rubyPr/><w:rt>" + run("chǔ") + "</w:rt><w:rubyBase>" + run("处") + "</w:rubyBase></w:ruby></w:r>",
              run("罚决定全部公开。")),
    # A table whose cell was changed with tracking on.
    "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    f"<w:tr><w:tc>{paragraph(run('执法主体'))}</w:tc><w:tc>{paragraph(run('简易程序(件)'))}</w:tc><w:tc>{paragraph(run('普通程序(件)'))}</w:tc></w:tr>"
    f"<w:tr><w:tc>{paragraph(run('区市场监督管理局'))}</w:tc><w:tc>{paragraph(run('96'))}</w:tc><w:tc>"
    + paragraph(f'<w:del w:id="3" {TRACKED}><w:r><w:delText>117</w:delText></w:r></w:del>', f'<w:ins w:id="4" {TRACKED}>{run("118")}</w:ins>')
    + "</w:tc></w:tr></w:tbl>",
]


def test_a_docx_reads_insertions_content_controls_text_boxes_and_fields_in_order(tmp_path):
    data = docx_with_body_xml(["样例市丙区司法局2023年度行政执法情况报告"], WORD_CONSTRUCTS)
    document = extract_file(write(tmp_path, "report.docx", data))
    assert document.text.splitlines() == [
        "样例市丙区司法局2023年度行政执法情况报告",
        "全年共实施行政处罚2132件。",
        "罚没金额937.9万元。",
        "其中简易程序306件。",
        "主要数据见下框。",
        "办理行政许可4200件。",
        "持证执法人员356人。",
        "开展行政检查3000次。",
        "行政处罚决定全部公开。",
        "执法主体\t简易程序(件)\t普通程序(件)",
        "区市场监督管理局\t96\t118",
    ]
    figures = figures_by_metric(document)
    assert figures[("penalty_cases", None)] == 2132
    assert figures[("licenses_granted", None)] == 4200
    assert figures[("certified_officers", None)] == 356
    assert figures[("inspections", None)] == 3000
    assert figures[("penalty_cases_ordinary", "区市场监督管理局")] == 118


def test_a_docx_table_with_merged_header_cells_gives_the_figures_of_the_pipe_text(tmp_path):
    data = docx_bytes([TEMPLATE_TITLE], TEMPLATE_PENALTY, merges=TEMPLATE_MERGES)
    document = extract_file(write(tmp_path, "template.docx", data))
    assert table_figures(document) == pipe_text_figures(tmp_path)
    assert_spans_point_into_text(document)


@pytest.mark.parametrize("kind", ["xxe", "billion_laughs"])
def test_a_docx_declaring_entities_is_refused_as_unsafe_xml(tmp_path, kind):
    assert reason(write(tmp_path, "evil.docx", docx_with_entities(kind))) == "unsafe_xml"


def test_a_docx_zip_bomb_is_refused_before_any_parser_sees_it(tmp_path, monkeypatch):
    import docx

    bomb = write(tmp_path, "bomb.docx", docx_zip_bomb())
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("the bomb reached python-docx"))
    assert reason(bomb) == "zip_bomb"


def test_a_truncated_docx_is_a_corrupt_file(tmp_path):
    data = docx_bytes(report_text().splitlines())
    assert reason(write(tmp_path, "cut.docx", data[: len(data) // 2])) == "corrupt_file"


def test_a_password_protected_docx_is_encrypted(tmp_path):
    assert reason(write(tmp_path, "locked.docx", encrypted_office_bytes())) == "encrypted"


def test_a_legacy_doc_is_an_unsupported_format(tmp_path):
    assert reason(write(tmp_path, "old.doc", legacy_doc_bytes())) == "unsupported_format"
    assert reason(write(tmp_path, "old.wps", legacy_doc_bytes())) == "unsupported_format"


def test_a_file_is_read_as_what_its_bytes_are_not_what_its_name_says(tmp_path):
    as_doc = extract_file(write(tmp_path, "really-a-docx.doc", docx_bytes(report_text().splitlines())))
    assert as_doc.source_format == "docx"
    as_txt = extract_file(write(tmp_path, "really-a-pdf.txt", pdf_bytes(report_text().splitlines())))
    assert as_txt.source_format == "pdf"
    assert figures_by_metric(as_txt)[("penalty_cases", None)] == 2132
    assert reason(write(tmp_path, "really-a-png.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))) == "unsupported_format"


# --- PDF -------------------------------------------------------------------------------


def test_a_pdf_reads_text_and_ruled_tables_with_pages_in_order(tmp_path):
    title, *_ = report_text().splitlines()
    paragraph = "2023年，全区各行政执法部门坚持严格规范公正文明执法，全年共实施行政处罚2132件，罚没金额937.9万元，同比增长12.5%。"
    data = pdf_bytes([title], [paragraph], PENALTY_TABLE, second_page=["二、下一步工作", "继续推进执法规范化建设。"])
    document = extract_file(write(tmp_path, "report.pdf", data))
    assert document.source_format == "pdf"
    lines = document.text.splitlines()
    assert lines[0] == title
    # The paragraph was set over two lines; it is read back as one.
    assert lines[1] == paragraph.replace("，", ",")
    assert lines.index("二、下一步工作") > lines.index("执法主体\t简易程序(件)\t普通程序(件)\t罚没金额(万元)")
    assert document.issuer.issuer == "样例市丙区司法局" and document.report_year == 2023
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132
    assert_penalty_table(document)
    assert_spans_point_into_text(document)


@pytest.mark.parametrize(
    ("paragraph", "first_line_ends", "metric", "value"),
    [
        ("2023年，全区各行政执法部门坚持严格规范公正文明执法，全年共实施行政处罚案件1234件。", "案件12", "penalty_cases", 1234),
        ("2023年，全区各行政执法部门坚持严格规范公正文明执法，全年依法罚没金额共计937.9万元。", "共计937.", "fines_amount", 9_379_000),
    ],
)
def test_a_number_a_pdf_line_wrap_cut_is_read_whole(tmp_path, paragraph, first_line_ends, metric, value):
    import io

    import pdfplumber

    data = pdf_bytes([], [paragraph])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text().splitlines()[0].endswith(first_line_ends)  # the wrap cuts the number
    document = extract_file(write(tmp_path, "wrapped.pdf", data))
    assert document.text == paragraph.replace("，", ",")
    assert figures_by_metric(document)[(metric, None)] == value


def test_a_scanned_pdf_without_text_is_no_text_layer(tmp_path):
    assert reason(write(tmp_path, "scan.pdf", scanned_pdf_bytes())) == "no_text_layer"


def test_a_pdf_whose_font_has_no_unicode_map_is_no_unicode_map_not_loaded(tmp_path):
    # pdfplumber reads every glyph as (cid:NNN): the report is there, its characters are not.
    assert reason(write(tmp_path, "cid.pdf", unmapped_font_pdf_bytes())) == "no_unicode_map"
    # A mapped title line does not make the rest readable.
    assert reason(write(tmp_path, "cid-title.pdf", unmapped_font_pdf_bytes(["样例市丙区司法局2023年度行政执法情况报告"]))) == "no_unicode_map"


def test_a_few_unmapped_glyphs_are_read_as_unknown_characters(tmp_path):
    lines = report_text().splitlines()
    document = extract_file(write(tmp_path, "some-cid.pdf", unmapped_font_pdf_bytes(lines, ["附件1"])))
    assert document.text.splitlines() == [*(line.replace("，", ",") for line in lines), "\ufffd" * 3]
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132


def test_glyph_numbers_count_as_one_character_each():
    assert glyph_number_share("(cid:20849)(cid:53) 共3件") == 2 / 5
    assert glyph_number_share("共3件") == 0.0


def test_a_pdf_that_needs_a_password_is_encrypted(tmp_path):
    assert reason(write(tmp_path, "locked.pdf", encrypted_pdf_bytes("secret"))) == "encrypted"


def test_a_pdf_that_opens_without_a_password_is_read(tmp_path):
    document = extract_file(write(tmp_path, "restricted.pdf", encrypted_pdf_bytes("")))
    assert figures_by_metric(document)[("penalty_cases", None)] == 2132


def test_a_truncated_pdf_is_a_corrupt_file_not_read_in_part(tmp_path):
    data = pdf_bytes(report_text().splitlines())
    assert reason(write(tmp_path, "cut.pdf", data[: int(len(data) * 0.8)])) == "corrupt_file"


# --- Excel -----------------------------------------------------------------------------


def test_an_xlsx_statistics_sheet_becomes_table_figures(tmp_path):
    data = xlsx_bytes("样例市丙区行政处罚实施情况统计表", PENALTY_TABLE)
    document = extract_file(write(tmp_path, "样例市丙区司法局_2023_统计表.xlsx", data))
    assert document.source_format == "xlsx"
    assert document.text.splitlines()[:2] == ["样例市丙区行政处罚实施情况统计表", "\t".join(PENALTY_TABLE[0])]
    assert document.report_year == 2023
    assert_penalty_table(document)
    assert_spans_point_into_text(document)


def test_an_xlsx_of_the_template_with_merged_header_cells_gives_the_figures_of_the_pipe_text(tmp_path):
    data = xlsx_bytes(TEMPLATE_TITLE, TEMPLATE_PENALTY, merges=TEMPLATE_MERGES)
    document = extract_file(write(tmp_path, "template.xlsx", data))
    assert table_figures(document) == pipe_text_figures(tmp_path)
    assert_spans_point_into_text(document)


def test_an_xlsx_declaring_entities_is_refused_as_unsafe_xml(tmp_path):
    import io
    import zipfile

    package = xlsx_bytes("行政处罚实施情况统计表", PENALTY_TABLE)
    sheet = zipfile.ZipFile(io.BytesIO(package)).read("xl/worksheets/sheet1.xml").decode("utf-8")
    at = sheet.index("?>") + 2 if "?>" in sheet else 0  # openpyxl writes no declaration
    evil = sheet[:at] + '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + sheet[at:]
    data = with_zip_part(package, "xl/worksheets/sheet1.xml", evil.encode("utf-8"), replace=True)
    assert reason(write(tmp_path, "evil.xlsx", data)) == "unsafe_xml"


def test_an_oversized_file_is_too_large_whatever_its_format(tmp_path):
    data = docx_bytes(report_text().splitlines())
    assert reason(write(tmp_path, "big.docx", data), max_bytes=len(data) - 1) == "too_large"
