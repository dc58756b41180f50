"""Properties of extraction that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_text

DIGITS = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def chinese_numeral(n: int) -> str:
    """Render 0 < n < 10^8 the way reports write it: 一千三百五十八, 两万, 十二."""

    def below_10000(k: int, leading: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = k // value % 10
            if digit == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            if value == 10 and digit == 1 and not out and leading:
                out += "十"
            else:
                out += DIGITS[digit] + unit
        return out

    if n == 2:
        return "两"  # 两件, never 二件
    high, low = divmod(n, 10_000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low, False)
    return text


def renderings(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", str(n).translate(FULL_WIDTH), chinese_numeral(n)]
    if n % 10_000 == 0:
        forms.append(f"{n // 10_000}万")
    elif n % 100 == 0 and n > 10_000:
        forms.append(f"{n / 10_000:g}万")
    return forms


@given(st.integers(min_value=2, max_value=99_999_999))
@settings(max_examples=150, deadline=None)
def test_a_number_written_any_supported_way_extracts_to_the_same_value(n):
    for form in renderings(n):
        document = extract_text(f"2023年，全区共实施行政处罚{form}件。")
        values = [(f.value, f.unit, f.metric) for f in document.figures]
        assert values == [(float(n), "件", "penalty_cases")], form


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_extractor_never_raises_and_every_span_round_trips(text):
    document = extract_text(text)
    for figure in document.figures:
        assert document.text[figure.span_start : figure.span_end] == figure.as_written
        assert len(document.text) == len(text)


REPORTISH = st.lists(
    st.sampled_from(
        ["行政处罚", "简易程序", "其中", "同比增长", "万元", "件", "次", "人次", "，", "。", "、", "\n", "\r\n", "（一）", "１２", "3.5", "二十", "余", "%", "合计", "\t", "执法主体", "罚没金额(万元)",
         # the statistical template as web pages print it
         " | ", "|", "||||", "行政处罚实施数量（宗）", "警告、通报批评", "合计（宗）", "其他", "说明：", "1.", "0", " ", "/"]
    ),
    max_size=80,
).map("".join)


@given(REPORTISH)
@settings(max_examples=300, deadline=None)
def test_report_like_noise_never_breaks_extraction(text):
    document = extract_text(text)
    for figure in document.figures:
        assert document.text[figure.span_start : figure.span_end] == figure.as_written


def test_windows_line_ends_give_the_same_figures_as_unix_ones():
    lines = ["样例县2023年度行政执法情况报告", "执法主体\t简易程序(件)\t普通程序(件)\t罚没金额(万元)", "县市场监督管理局\t12\t30\t5.5", "合计\t12\t30\t5.5"]
    unix = extract_text("\n".join(lines))
    windows = extract_text("\r\n".join(lines))
    assert [(f.metric, f.value, f.sub_issuer) for f in windows.figures] == [(f.metric, f.value, f.sub_issuer) for f in unix.figures]
    assert len(unix.figures) == 6
