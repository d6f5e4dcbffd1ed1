"""Character sets of ECMA-262 patterns (`u` flag), written as Python regex syntax.

ECMA's `\\d`, `\\w`, `\\s` and `.` are fixed sets of code points, unlike Python's Unicode-aware
ones, so they become explicit ranges. `\\p{...}` names are ECMA's (case-sensitive, the aliases of
its tables) and are written for the `regex` package with an explicit `gc=`/`sc=`/`scx=` prefix,
so its loose name matching can never pick a different property than ECMA means.
"""

from __future__ import annotations

from collections.abc import Iterable

Ranges = tuple[tuple[int, int], ...]  # sorted, merged, inclusive code point intervals

MAX_CODE_POINT = 0x10FFFF

DIGIT: Ranges = ((0x30, 0x39),)
WORD: Ranges = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
# WhiteSpace and LineTerminator of ECMA-262 (Zs as of Unicode 6.3+: U+180E is no longer in it).
SPACE: Ranges = (
    (0x09, 0x0D),
    (0x20, 0x20),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
)
LINE_TERMINATORS: Ranges = ((0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029))
ALL: Ranges = ((0, MAX_CODE_POINT),)

# ECMA-262 table "Value aliases and canonical values for General_Category": name -> short name.
_GENERAL_CATEGORY_ROWS = (
    "Cased_Letter LC|Close_Punctuation Pe|Connector_Punctuation Pc|Control Cc cntrl|"
    "Currency_Symbol Sc|Dash_Punctuation Pd|Decimal_Number Nd digit|Enclosing_Mark Me|"
    "Final_Punctuation Pf|Format Cf|Initial_Punctuation Pi|Letter L|Letter_Number Nl|"
    "Line_Separator Zl|Lowercase_Letter Ll|Mark M Combining_Mark|Math_Symbol Sm|"
    "Modifier_Letter Lm|Modifier_Symbol Sk|Nonspacing_Mark Mn|Number N|Open_Punctuation Ps|"
    "Other C|Other_Letter Lo|Other_Number No|Other_Punctuation Po|Other_Symbol So|"
    "Paragraph_Separator Zp|Private_Use Co|Punctuation P punct|Separator Z|Space_Separator Zs|"
    "Spacing_Mark Mc|Surrogate Cs|Symbol S|Titlecase_Letter Lt|Unassigned Cn|Uppercase_Letter Lu"
)
# ECMA-262 table "Binary Unicode property aliases": canonical name, then its aliases.
_BINARY_ROWS = (
    "ASCII_Hex_Digit AHex|Alphabetic Alpha|Bidi_Control Bidi_C|Bidi_Mirrored Bidi_M|"
    "Case_Ignorable CI|Cased|Changes_When_Casefolded CWCF|Changes_When_Casemapped CWCM|"
    "Changes_When_Lowercased CWL|Changes_When_NFKC_Casefolded CWKCF|"
    "Changes_When_Titlecased CWT|Changes_When_Uppercased CWU|Dash|"
    "Default_Ignorable_Code_Point DI|Deprecated Dep|Diacritic Dia|Emoji|Emoji_Component EComp|"
    "Emoji_Modifier EMod|Emoji_Modifier_Base EBase|Emoji_Presentation EPres|"
    "Extended_Pictographic ExtPict|Extender Ext|Grapheme_Base Gr_Base|Grapheme_Extend Gr_Ext|"
    "Hex_Digit Hex|IDS_Binary_Operator IDSB|IDS_Trinary_Operator IDST|ID_Continue IDC|"
    "ID_Start IDS|Ideographic Ideo|Join_Control Join_C|Logical_Order_Exception LOE|"
    "Lowercase Lower|Math|Noncharacter_Code_Point NChar|Pattern_Syntax Pat_Syn|"
    "Pattern_White_Space Pat_WS|Quotation_Mark QMark|Radical|Regional_Indicator RI|"
    "Sentence_Terminal STerm|Soft_Dotted SD|Terminal_Punctuation Term|Unified_Ideograph UIdeo|"
    "Uppercase Upper|Variation_Selector VS|White_Space space|XID_Continue XIDC|XID_Start XIDS"
)


def _aliases(rows: str, canonical_index: int) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in rows.split("|"):
        names = row.split()
        table.update(dict.fromkeys(names, names[canonical_index]))
    return table


GENERAL_CATEGORIES = _aliases(_GENERAL_CATEGORY_ROWS, 1)
BINARY_PROPERTIES = _aliases(_BINARY_ROWS, 0)
SCRIPT_NAMES = {"Script": "sc", "sc": "sc", "Script_Extensions": "scx", "scx": "scx"}
# Binary properties that are plain ranges (`regex` may read these names differently).
RANGE_PROPERTIES: dict[str, Ranges] = {"Any": ALL, "ASCII": ((0, 0x7F),)}


def normalize(ranges: Iterable[tuple[int, int]]) -> Ranges:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def complement(ranges: Ranges) -> Ranges:
    gaps: list[tuple[int, int]] = []
    start = 0
    for lo, hi in ranges:
        if lo > start:
            gaps.append((start, lo - 1))
        start = hi + 1
    if start <= MAX_CODE_POINT:
        gaps.append((start, MAX_CODE_POINT))
    return tuple(gaps)


def char(code_point: int) -> str:
    """One code point as Python regex syntax that means only that code point, in or out of a set."""
    text = chr(code_point)
    if (text.isascii() and text.isalnum()) or text == "_":
        return text
    if 0x21 <= code_point <= 0x7E:
        return "\\" + text
    if code_point <= 0xFF:
        return f"\\x{code_point:02x}"
    if code_point <= 0xFFFF:
        return f"\\u{code_point:04x}"
    return f"\\U{code_point:08x}"


def set_items(ranges: Ranges) -> str:
    """The inside of a Python character set holding exactly `ranges`."""
    parts = []
    for lo, hi in ranges:
        if lo == hi:
            parts.append(char(lo))
        elif hi == lo + 1:
            parts.append(char(lo) + char(hi))
        else:
            parts.append(f"{char(lo)}-{char(hi)}")
    return "".join(parts)


def character_set(ranges: Ranges, negated: bool, properties: tuple[str, ...] = ()) -> str:
    """A Python character set: the code points in `ranges` or any of `properties` (negated: not)."""
    if not properties:
        ranges = complement(ranges) if negated else ranges
        if not ranges:  # ECMA's `[]`: matches nothing (Python has no empty set)
            return f"[^{set_items(ALL)}]"
        if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
            return char(ranges[0][0])
        return f"[{set_items(ranges)}]"
    if not ranges and not negated and len(properties) == 1:
        return properties[0]
    return f"[{'^' if negated else ''}{set_items(ranges)}{''.join(properties)}]"


def property_escape(body: str, negated: bool) -> str | Ranges | None:
    """`\\p{body}` (`\\P` when negated) for the `regex` package, as ranges, or None if unknown."""
    name, _, value = body.partition("=")
    if value:
        if name in ("General_Category", "gc") and value in GENERAL_CATEGORIES:
            spelled = f"gc={GENERAL_CATEGORIES[value]}"
        elif name in SCRIPT_NAMES:
            spelled = f"{SCRIPT_NAMES[name]}={value}"
        else:
            return None
    elif name in RANGE_PROPERTIES:
        ranges = RANGE_PROPERTIES[name]
        return complement(ranges) if negated else ranges
    elif name == "Assigned":
        spelled, negated = "gc=Cn", not negated
    elif name in GENERAL_CATEGORIES:
        spelled = f"gc={GENERAL_CATEGORIES[name]}"
    elif name in BINARY_PROPERTIES:
        spelled = BINARY_PROPERTIES[name]
    else:
        return None
    return f"\\{'P' if negated else 'p'}{{{spelled}}}"
