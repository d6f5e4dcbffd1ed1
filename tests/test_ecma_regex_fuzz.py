"""Random ECMA-262 patterns: every translation answers as an ECMA-262 engine does.

tests/test_ecma_regex_node.py holds the translations to Node on a fixed corpus; here hypothesis
assembles patterns from pieces where the dialects differ, keeps the valid ones, and compares our
translation with corvus-regex-ecma262 (the engine that test checks against Node) on random
strings. Nothing may raise: a pattern is translated or refused with a reason.
"""

from __future__ import annotations

import re

import corvus_regex_ecma262 as ecma
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.validators.ecma_regex import Refusal, Translation, translate

PIECES = [
    *("a", "b", "é", "\U0001f432", ".", "^", "$", "|", "(", ")", "(?:", "(?=", "(?!", "(?<="),
    *("(?<!", "(?<n>", "*", "+", "?", "*?", "{2}", "{1,2}", "{0,}", "\\d", "\\D", "\\w", "\\W"),
    *("\\s", "\\S", "\\b", "\\B", "\\n", "\\r", "\\u2028", "\\u{1F432}", "\\ud83d\\udc32", "\\."),
    *("[a-c]", "[^a]", "[\\d\\s]", "[^\\w-]", "[\\b]", "[]", "[^]", "\\p{L}", "\\P{Lu}", "\\1"),
    *(
        "[\\p{N}a]",
        "[^\\p{Script=Greek}]",
        "\\p{Any}",
        "\\cJ",
        "\\x41",
        "\\0",
        "[\\u{1F400}-\\u{1F4FF}]",
    ),
]
TEXT = st.text(alphabet=st.sampled_from("ab éA_1\u0661\n\r\u2028\t\U0001f432\u03b1-."), max_size=8)


def python_search(translation: Translation, text: str) -> bool:
    compiled = (regex if translation.engine == "regex" else re).compile(translation.source)
    return compiled.search(text) is not None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map("".join), st.data())
def test_translations_answer_as_an_ecma_engine(pattern: str, data: st.DataObject) -> None:
    translated = translate(pattern)  # must not raise, whatever the pattern
    if isinstance(translated, Refusal):
        assert "regular expression" in translated.message or "translation" in translated.message
        return
    engine = ecma.compile(pattern, "u")
    for text in data.draw(st.lists(TEXT, min_size=5, max_size=15)):
        assert python_search(translated, text) == engine.test(text), (pattern, text, translated)
