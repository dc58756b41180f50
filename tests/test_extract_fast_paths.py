"""The fast paths of extraction give what the plain definitions give.

Each scan that was rewritten for speed (numpy folding, boundaries found on demand,
patterns opening with one character class, first-character indexes) is checked here
against a straightforward reference written from the rule itself, on texts hypothesis
builds from the characters the rules care about.
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from importlib import resources

from hypothesis import example, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from extractors.mentions import _scan
from extractors.metrics import metric_from_left
from extractors.normalise import _traditional_table, normalise
from extractors.numbers import ARABIC, CHINESE, CHINESE_DECIMAL
from extractors.patterns import PatternIndex, first_chars
from extractors.structure import Layout
from extractors.taxonomy import load
from extractors.units import UNIT_PATTERN

# Characters that matter to the layout, the numerals and the units, plus filler.
LAYOUT_ALPHABET = "，,；;。！？!?：:\n0123456789 \t（(）)①⑳一二、.第部分执法检查年"
MENTION_ALPHABET = "0123456789,.零〇一二两三四五六七八九十百千万亿分之件人次元万余多近约超过大将逾以上左右% 年\n"


def texts(alphabet: str, max_size: int = 80):
    return st.text(alphabet=alphabet, max_size=max_size)


# --- normalise -----------------------------------------------------------------

WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, ord("％"): ord("%"), ord("﹪"): ord("%")}
# Kangxi Radicals, CJK Compatibility Ideographs (and Supplement): NFKC names the ideograph.
HAN_VARIANTS = ((0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
# CJK Radicals Supplement: the facts of Unicode's Equivalent_Unified_Ideograph property, as
# the package's data file holds them (a few written out too, so a file that lost them fails).
RADICALS_SUPPLEMENT = {
    chr(int(radical, 16)): chr(int(ideograph, 16))
    for radical, ideograph in tomllib.loads(
        (resources.files("extractors") / "radicals_supplement.toml").read_text(encoding="utf-8")
    )["equivalent_unified_ideograph"].items()
}
assert {"⺟": "母", "⻔": "门", "⻓": "长", "⻅": "见", "⻋": "车", "⻳": "龟", "⺁": "厂"}.items() <= RADICALS_SUPPLEMENT.items()


def reference_char(ch: str) -> str:
    if ch.isdecimal() and re.match(r"\d", ch):
        return str(int(ch))
    if any(low <= ord(ch) <= high for low, high in HAN_VARIANTS):
        return unicodedata.normalize("NFKC", ch)
    if ch in RADICALS_SUPPLEMENT:
        return RADICALS_SUPPLEMENT[ch]
    return chr(WIDTH.get(ord(ch), ord(ch)))


def reference_normalise(raw: str) -> tuple[str, str]:
    raw = raw.replace("\r\n", " \n").replace("\r", "\n")
    text = "".join(reference_char(ch) for ch in raw)
    # the one rule beyond single characters: blanks a page's encoding lost, a run of "?", are
    # blanks again in the match text
    return text, re.sub(r"\?{2,}", lambda run: " " * len(run.group()), text.translate(_traditional_table()))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="０１９ＡＺ，．％﹪\u3000\r\n٣३關於國務院执法 abc12⾏⼈⺟⻔⻓⻅⻋⻳⺁⺂⿕豈舘﨎\U0002f800", max_size=60)
    | st.text(max_size=40)
)
def test_normalise_is_a_lookup_per_character(raw):
    assert normalise(raw) == reference_normalise(raw)


def test_the_traditional_table_is_what_opencc_t2s_or_else_hk2s_does_to_each_character_alone():
    # The table is read from OpenCC's data files; OpenCC's own converters, of the same
    # version, run on each ideograph of the unified blocks (and each the table holds):
    # t2s's answer, or hk2s's where t2s leaves the character alone.
    t2s, hk2s = OpenCC("t2s"), OpenCC("hk2s")
    table = _traditional_table()
    codes = set(range(0x3400, 0x4DC0)) | set(range(0x4E00, 0xA000)) | set(table)
    written = tomllib.loads((resources.files("extractors") / "converter_variants.toml").read_text(encoding="utf-8"))["variant"]
    converters = {chr(int(variant, 16)): chr(int(simplified, 16)) for variant, simplified in written.items()}
    converted = {}
    for c in codes:
        out = t2s.convert(chr(c))
        out = hk2s.convert(chr(c)) if out == chr(c) else out
        converted[chr(c)] = converters.get(chr(c), chr(c)) if out == chr(c) else out
    assert {ch: out for ch, out in converted.items() if out != chr(table.get(ord(ch), ord(ch)))} == {}
    assert table[ord("關")] == ord("关") and table[ord("於")] == ord("于")
    # Hong Kong's forms, which t2s leaves alone; Taiwan's variants of simplified forms are not taken.
    assert table[ord("衞")] == ord("卫") and table[ord("敍")] == ord("叙")
    assert ord("么") not in table and ord("著") not in table
    # …and a converter's own variant neither knows (陜西 for 陕西)
    assert table[ord("陜")] == ord("陕")


def test_decimal_digits_of_any_script_become_ascii():
    assert normalise("查处案件٣٤件，罚款１２万元")[0] == "查处案件34件,罚款12万元"


def test_radicals_and_compatibility_ideographs_become_the_unified_ideograph():
    # ⾏ U+2F8F KANGXI RADICAL WALK, ⼈ U+2F08 KANGXI RADICAL MAN, ⺟ U+2E9F,
    # 樂 U+F914 (a compatibility 樂, which the match text then simplifies); ⻔ U+2ED4 and
    # ⻓ U+2ED3, which Unicode does not decompose (Equivalent_Unified_Ideograph 门, 长).
    text, match = normalise("⾏政执法⼈员，⺟婴，\uf914，部⻔⻓")
    assert text == "行政执法人员,母婴,樂,部门长"
    assert match == "行政执法人员,母婴,乐,部门长"


def test_every_radical_of_the_supplement_block_is_one_ideograph_or_kept():
    # Each radical folds to one code point (spans hold) in the CJK Unified Ideographs (or
    # an extension), or stays as written (U+2E80 has no equivalent; U+2E9A and U+2EF4 on are unassigned).
    for code in range(0x2E80, 0x2F00):
        folded = normalise(chr(code))[0]
        assert len(folded) == 1
        assert folded == chr(code) or "CJK UNIFIED IDEOGRAPH" in unicodedata.name(folded)
    assert normalise("\u2e80\u2e9a")[0] == "\u2e80\u2e9a"


# --- layout --------------------------------------------------------------------

# A comma is a clause break unless it stands between digits, three of them after it; a line
# break is one, unless it wraps words onto a numeral that is no year.
CLAUSE_BREAK = re.compile(r"[，；;。！？!?：:]|(?<!\d),|,(?!\d{3}(?:\D|$))|\n(?!(?<=[\u4e00-\u9fff]\n)\d(?!\d{3}年))")
SENTENCE_BREAK = re.compile(r"[；;。！？!?\n]")
BLOCK_BREAK = re.compile(r"\n|(?<=[；;。])\s*(?:[（(]\d{1,2}[)）]|[①-⑳])")


def reference_around(breaks: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(breaks, pos - 1)
    return (breaks[i - 1] + 1 if i > 0 else 0, breaks[i] if i < len(breaks) else length)


@settings(max_examples=400, deadline=None)
@given(texts(LAYOUT_ALPHABET))
@example("前。\n(1)后；  (2)再。 \n ①三。(12)四,(3)五")
@example("共1,234件,5,67件；1,2345,678人。\n 二、")
@example("对12处市场,365家商户检查")  # (a comma after words, then three digits: a break)
def test_clauses_sentences_and_blocks_found_on_demand_match_a_full_scan(text):
    layout = Layout(text)
    clauses = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    sentences = [m.start() for m in SENTENCE_BREAK.finditer(text)]
    blocks = [m.start() for m in BLOCK_BREAK.finditer(text)]
    for pos in range(len(text) + 1):
        assert tuple(layout.clause(pos)) == reference_around(clauses, pos, len(text)), pos
        assert tuple(layout.sentence(pos)) == reference_around(sentences, pos, len(text)), pos
        assert tuple(layout.block(pos)) == reference_around(blocks, pos, len(text)), pos


HEADING = re.compile(
    r"^[ \t]*(?:(?P<l1>[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
    r"|(?P<l2>[（(][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<l3>[（(]\d{1,2}[)）]|\d{1,2}[、.．](?!\d)))"
    r"[^\n。，,；;：:]{0,40}",
    re.M,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["一、总体", "（二）分项", "(3)细目", "4.要点", "第五部分", "正文。", "  二、再起", ""]), max_size=12))
def test_heading_stacks_match_a_forward_walk(lines):
    text = "\n".join(lines)
    stack: dict[int, tuple[int, int]] = {}
    starts, stacks = [], []
    for m in HEADING.finditer(text):
        level = 1 if m.group("l1") else 2 if m.group("l2") else 3
        stack = {lvl: h for lvl, h in stack.items() if lvl < level}
        stack[level] = (m.start(), m.end())
        starts.append(m.start())
        stacks.append(tuple(stack[lvl] for lvl in sorted(stack)))
    layout = Layout(text)
    for pos in range(len(text) + 1):
        i = bisect.bisect_right(starts, pos) - 1
        assert tuple(map(tuple, layout.heading_spans(pos))) == (stacks[i] if i >= 0 else ())


# --- mentions ------------------------------------------------------------------

MENTION = re.compile(
    r"(?P<pre>近|约|超过|超|逾|大约|将近)?"
    rf"(?:百分之(?P<pct>{ARABIC}|{CHINESE_DECIMAL})"
    # (48 万元: one space between the digits and their 万 or 亿)
    rf"|(?P<num>{ARABIC}|{CHINESE})(?:\s?(?P<a1>余|多))?(?:(?:(?<=\d) )?(?P<mult>万|亿))?(?P<a2>余|多)?\s?(?P<unit>{UNIT_PATTERN}))"
    r"(?P<tail>以上|左右|之多)?"
)


def _keeps_digit_run_rule(text: str, m: re.Match[str]) -> bool:
    """The reference's matches a fast scan may skip: those starting inside a run of
    digits (never figures: the part-of-a-longer-number rule drops them)."""
    start = m.start("num") if m.group("num") else -1
    return not (start > 0 and text[start].isdigit() and text[start - 1].isdigit())


@settings(max_examples=500, deadline=None)
@given(texts(MENTION_ALPHABET, 60))
def test_mention_scan_matches_one_pattern_with_its_approximation_words(text):
    fast = [(start, m.end()) for start, m in _scan(text)]
    reference = [(m.start(), m.end()) for m in MENTION.finditer(text) if _keeps_digit_run_rule(text, m)]
    # The fast scan never skips a figure the reference finds outside a digit run,
    # and finds nothing else except the tails of numbers the reference read whole.
    assert set(reference) <= set(fast)
    for start, end in set(fast) - set(reference):
        assert any(s < start < e for s, e in ((m.start(), m.end()) for m in MENTION.finditer(text))), (start, end)


# --- first characters and metric lookup -----------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([p for m in load().metrics.values() for p in m.left]), texts("查处行政案件罚款没收执法人员检查持证出动万元0123", 20))
def test_a_pattern_only_matches_where_one_of_its_first_characters_stands(pattern, text):
    firsts = first_chars(pattern)
    for m in pattern.finditer(text):
        assert firsts is None or (m.end() > m.start() and text[m.start()] in firsts)


def reference_metric_from_left(unit, left):
    best = None
    for metric in load().metrics.values():
        if unit is not None and unit not in metric.units:
            continue
        for pattern in metric.left:
            for m in pattern.finditer(left):
                key = (metric.priority, m.end(), m.end() - m.start())
                if best is None or key > best[:3]:
                    best = (*key, metric)
    return best[3] if best else None


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([None, "件", "人", "元", "%", "次", "家次", "个"]),
    texts("查处办理行政处罚案件罚款没收罚没执法人员持证检查出动简易普通程序许可强制复议诉讼应诉，,、和", 30),
)
def test_the_first_character_index_picks_the_metric_a_full_search_picks(unit, left):
    assert metric_from_left(load(), unit, left) == reference_metric_from_left(unit, left)


def test_pattern_index_keeps_the_original_order():
    patterns = [re.compile(p) for p in ("处罚", "x?处", "罚款", "处罚案件")]
    index = PatternIndex([(i, p) for i, p in enumerate(patterns)])
    assert [i for i, _ in index.candidates("罚")] == [1, 2]
    assert [i for i, _ in index.candidates("处罚")] == [0, 1, 2, 3]
    assert [i for i, _ in index.candidates("无关")] == [1]
