"""`pattern` means what JavaScript's RegExp means: the generated checks against Node itself.

Patterns from the specs we ship and from the JSON-Schema-Test-Suite, plus a corpus of places
where ECMA-262 and Python's re differ, each against every string of a corpus built to find those
differences. For every (pattern, string) the generated `pattern` check, the generated
`patternProperties` check and the jsonschema oracle's engine (generator/ecma_jsonschema.py) must
give `new RegExp(pattern, "u").test(string)`, computed for all pairs in one `node` call (JSON over
stdin/stdout). A pattern Node refuses must be a generation error; the only valid patterns we
refuse are the documented ones (backreferences, modifier groups).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import yaml

from generator.ecma_jsonschema import search
from generator.errors import GenerationFailed
from generator.validators.ecma_regex import Refusal, translate
from tests.validators_support import CASES, ROOT, compile_schema, suite_dir

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node not found: the RegExp oracle needs it")

# Reads {"patterns": [...], "strings": [...]}; writes, per pattern, the list of test() answers
# or {"error": message} when `new RegExp(pattern, "u")` throws.
NODE_SCRIPT = """
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const answers = input.patterns.map((pattern) => {
  let regexp;
  try { regexp = new RegExp(pattern, "u"); } catch (e) { return { error: String(e.message) }; }
  return input.strings.map((s) => regexp.test(s));
});
process.stdout.write(JSON.stringify(answers));
"""

# From OpenAI's OpenAPI document (../shared/upstream/openai-openapi.yaml): function and MCP tool
# names, tunnel ids.
UPSTREAM_PATTERNS = ["^[a-zA-Z0-9_-]+$", "^tunnel_[a-z0-9]{32}$", "^[A-Za-z0-9_.-]+$"]

TRAPS = [
    # anchors and line terminators: ^ and $ are the ends of the string, nothing else
    *("^abc$", "abc$", "^abc", "^$", "^", "$", "a$|^b", "(?:^a|b$)", "^a$|^$", "x^", "$x"),
    # \d \w \s \b are ASCII (\s: ECMA's whitespace), not Python's Unicode classes
    *(r"^\d+$", r"\D", r"^\d{3}-\d{4}$", r"[\d]", r"[^\d]", r"[\D]", r"^[\d.]+$"),
    *(r"^\w+$", r"\W", r"^[\w-]+$", r"[^\W]", r"\wcole", r"[\w\s]+"),
    *(r"^\s+$", r"\S", r"[\s\S]", r"^[^\s]*$", r"\s", r"^\S+$"),
    *(r"\bcat\b", r"\Bat", r"é\b", r"\b", r"\B", r"^\b", r"a\b$"),
    # . is any code point but \n \r \u2028 \u2029; a surrogate pair is one code point
    *(r"^.$", r"^.*$", r"a.c", r"^.{2}$", r"^[^a]$", r"^.+$"),
    *("^\U0001f432*$", r"^\ud83d\udc32$", r"^\u{1F432}+$", "[\U0001f432-\U0001f435]", r"\ud83d"),
    *(r"^[\ud83d]$", r"[\u{1F400}-\u{1F4FF}]", r"^[^\u{1F432}]$"),
    # no implicit case-insensitivity (long s U+017F, the Kelvin sign)
    *(r"^[a-z]+$", r"^[A-Z]+$", r"^ss$", r"k"),
    # lookbehind (fixed and variable width) and lookahead
    *(r"(?<=\$)\d+", r"(?<!a)b", r"(?<=a+)b", r"(?<=^|,)x", r"(?<=\b)x", r"(?<![a-z]{2,})\d"),
    *(r"^(?=.*\d)(?=.*[a-z]).{8,}$", r"^(?!.*\s)", r"a(?=b)", r"a(?!b)"),
    # Unicode property escapes (the regex engine)
    *(r"\p{L}+", r"^\p{Lu}", r"\P{L}", r"^\p{Script=Greek}+$", r"\p{scx=Hira}", r"[\p{N}\p{P}]"),
    *(r"^[^\p{L}]+$", r"\p{Emoji_Presentation}", r"\p{White_Space}", r"\p{Any}", r"^\p{ASCII}+$"),
    *(
        r"\p{Assigned}",
        r"^\p{digit}+$",
        r"\p{Letter}cole",
        r"^[\P{Lu}]+$",
        r"\p{General_Category=Zs}",
    ),
    *(r"\p{Lt}", r"^\P{Any}", r"[\p{ASCII}-]"),
    # escapes, classes, quantifiers
    *(r"\cJ", r"^\t$", r"\x41", r"\u0041", r"\0", r"[\b]", r"\/", r"[\-a]", r"\.", r"[.]"),
    *(r"^[]$", r"^[^]$", r"[a-]", r"[-a]", r"[\]]", r"[[]", r"[\\]", r"[\^]", r"\$", r"\\"),
    *(r"^x{2,3}$", r"^x{2,}?$", r"^(a|b)*c$", r"a|", r"()", r"(?:)", r"^a{0}$", r"^(?:a?)*b$"),
    *(r"(?<year>\d{4})-(?<m>\d{2})", r"^(?:$)*$", r'["]', "\t", "\u00e9cole", r"[\u2028]"),
]

INVALID = [
    *("(", r"\p{letter}", "a**", r"\a", "[b-a]", "{", "x{2,1}", r"\u{110000}", r"(?<=a)*", r"\-"),
    *("]", "}", r"\p{Greek}", r"[\d-z]", r"\k", r"\1", r"(?<a>x)(?<a>y)", r"\c", "a{,5}"),
    *(r"[\p{ASCII}--]", r"[\']", r"(?i:a)", r"(?<n>a)|(?<n>b)"),
]

# Valid JavaScript that we refuse, on purpose (README: "The regex dialect").
REFUSED = [r"(a)\1", r"\k<x>(?<x>a)", r"(?<x>a)\k<x>"]

STRINGS = [
    *("", "a", "b", "c", "x", "abc", "ABC", "abc\n", "\nabc", "abc\r\n", "ab\nc", "abc ", " abc"),
    *("a\u2028", "\u2028", "\u2029", "\r", "\n", "\r\n", "a\rc", "a\u2028c", "a\u2029c", "a\nc"),
    *("cat", "a cat!", "concat", "bat", "é", "école", "ścole", "xcole", "écolé", "_", "-", "a-b_c"),
    *("123", "١٢٣", "৪২", "12a", "123-4567", "١٢٣-٤٥٦٧", "1.5", "\uff11", "²"),
    *("get_weather", "get_weather\n", "tunnel_" + "a" * 32, "tunnel_" + "a" * 32 + "\n"),
    *("\t", "\x0b", "\x0c", "\u00a0", "\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000"),
    *("\ufeff", "\u180e", "\u200b", "\x85", "\x1c", " ", "a b"),
    *("\U0001f432", "\U0001f432\U0001f432", "\U0001f409", "\U0001f435", "\ud83d", "x\udc32"),
    *("\U0001f432a", "ab", "\U00010000"),
    *("\u017f", "\u212a", "K", "k", "ß", "ss", "SS", "İ", "ǅ", "Σ", "ς"),
    *("$42", "a42", "aab", "xab", ",x", "a,x", "xx", "axb", "ba", "b1", "ab1", "abc1"),
    *("Password1", "password", "pass word1", "ΑΒΓ", "αβγ", "ひらがな", "カタカナ", "漢字"),
    *("\x00", "\x03", "\x08", "\n\n", "A", "/", ".", "[", "]", "\\", "^", "$", '"', "'", "--"),
    *("2024-05", "xxx", "xxxx", "ac", "bc", "abababc", "aaab", "\u263a", "\U0001f600"),
]


def shipped_patterns() -> Iterator[str]:
    """Every pattern and patternProperties key in the specs and schemas of this repository."""
    documents = [*ROOT.glob("spec/*.yaml"), *ROOT.glob("tests/cases/*/spec.yaml")]
    for path in documents:
        yield from _patterns(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in CASES.glob("*/schema.json"):
        yield from _patterns(json.loads(path.read_text(encoding="utf-8")))
    suite = suite_dir()
    names = ("pattern.json", "patternProperties.json", "optional/ecmascript-regex.json")
    for name in names if suite is not None else ():
        yield from _patterns(json.loads((suite / name).read_text(encoding="utf-8")))


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        if isinstance(node.get("patternProperties"), dict):
            yield from node["patternProperties"]
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


PATTERNS = list(dict.fromkeys([*UPSTREAM_PATTERNS, *shipped_patterns(), *TRAPS]))


@cache
def node_answers() -> dict[str, list[bool] | str]:
    """pattern -> Node's test() answer for every string of STRINGS, or its SyntaxError message."""
    patterns = [*PATTERNS, *INVALID, *REFUSED]
    request = json.dumps({"patterns": patterns, "strings": STRINGS})
    assert NODE is not None
    done = subprocess.run(
        [NODE, "-e", NODE_SCRIPT], input=request, capture_output=True, text=True, check=True
    )
    answers = json.loads(done.stdout)
    return {
        p: a["error"] if isinstance(a, dict) else a for p, a in zip(patterns, answers, strict=True)
    }


def test_corpus_is_large_enough() -> None:
    assert len(PATTERNS) >= 100 and len(STRINGS) >= 120
    assert len(set(STRINGS)) > 0.95 * len(STRINGS)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_generated_checks_answer_as_node(pattern: str) -> None:
    expected = node_answers()[pattern]
    assert not isinstance(expected, str), f"Node refuses a corpus pattern: {expected}"
    string_check = compile_schema({"type": "string", "pattern": pattern})
    keys_check = compile_schema({"type": "object", "patternProperties": {pattern: False}})
    wrong = []
    for text, matches in zip(STRINGS, expected, strict=True):
        answers = (
            string_check.is_valid_it(text),
            not string_check.validate_it(text),
            not keys_check.is_valid_it({text: 0}),
            bool(keys_check.validate_it({text: 0})),
            search(pattern, text),
        )
        if answers != (matches,) * 5:
            wrong.append(f"{text!r}: node {matches}, ours/oracle {answers}")
    assert not wrong, f"{pattern!r} -> {translate(pattern)}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("pattern", INVALID)
def test_patterns_node_refuses_are_generation_errors(pattern: str) -> None:
    assert isinstance(node_answers()[pattern], str), "Node accepts it: not an invalid pattern"
    with pytest.raises(GenerationFailed, match="keyword 'pattern': "):
        compile_schema({"pattern": pattern})


@pytest.mark.parametrize("pattern", REFUSED)
def test_refused_patterns_are_valid_javascript_with_a_reason(pattern: str) -> None:
    assert not isinstance(node_answers()[pattern], str)
    refusal = translate(pattern)
    assert isinstance(refusal, Refusal) and "no faithful translation" in refusal.message
    with pytest.raises(GenerationFailed, match="backreferences"):
        compile_schema({"pattern": pattern})


def test_upstream_patterns_are_in_the_corpus() -> None:
    upstream = ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml"
    if not upstream.exists():
        pytest.skip("../shared/upstream/openai-openapi.yaml not found")
    lines = upstream.read_text(encoding="utf-8").splitlines()
    found = {line.split("pattern:", 1)[1].strip() for line in lines if "  pattern: ^" in line}
    assert found == set(UPSTREAM_PATTERNS)
