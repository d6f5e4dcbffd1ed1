"""The spec is read by libyaml where it can and by ruamel.yaml otherwise (generator/yaml_core.py):
both roads must give the same document, lines and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import yaml_core
from generator.errors import GenerationFailed
from tests.conftest import ROOT

# Every YAML or JSON text in the repository a spec could be (the big upstream document aside:
# ruamel.yaml alone needs ten seconds for it), accepted and refused ones.
TEXTS = sorted(
    path
    for folder in ("spec", "examples", "tests/cases", "tests/hostile", "tests/data")
    for pattern in ("*.yaml", "*.yml", "*.json")
    for path in (ROOT / folder).rglob(pattern)
    if path.name != "not_utf8.yaml"  # refused before it is parsed
)


def _outcome(text: str) -> object:
    try:
        parsed = yaml_core.parse_yaml(text, "spec.yaml")
    except GenerationFailed as failure:
        return [str(error) for error in failure.errors]
    return parsed.document, parsed.lines


def _by_ruamel_only(text: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patch:
        patch.setattr(yaml_core, "_LIBYAML_LOADER", None)
        return _outcome(text)


def test_libyaml_is_there() -> None:
    """The pinned PyYAML's wheels carry libyaml: without it every spec takes the slow road."""
    assert yaml_core._LIBYAML_LOADER is not None


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_both_parsers_agree(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text("utf-8").removeprefix("\ufeff")
    assert _outcome(text) == _by_ruamel_only(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        'a: "\\uD83D\\uDE00"\nb: 1\n',  # a surrogate pair: libyaml refuses each half
        "a: x\u2028y\nb: [1]\n",  # U+2028 inside a plain scalar: a line break to libyaml
        'a: "\\uD800"\n',  # a lone surrogate: the loader's own error, on ruamel's road
        "a: [1\nb: 2\n",  # a syntax error: ruamel's words, either way
    ],
)
def test_what_libyaml_refuses_ruamel_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _outcome(text) == _by_ruamel_only(text, monkeypatch)


def test_a_tab_after_a_colon_separates_as_yaml_1_2_says() -> None:
    assert yaml_core.parse_yaml("a:\tb\n", "spec.yaml").document == {"a": "b"}
