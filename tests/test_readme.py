"""The README's Python examples run, and print or evaluate to what their comments say.

A statement followed by whole-line comments is checked: an expression must equal the comments
read as Python; a statement that prints must print the comment lines. The client example runs
against the project's fake server, configured through the environment as a user would.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.servers.fake_api import SESSION, FakeAPI

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def checked_statements(source: str) -> list[tuple[str, str]]:
    """(statement source, expected text from the whole-line comments right after it)."""
    lines = source.splitlines()
    tree = ast.parse(source)
    pairs = []
    for node in tree.body:
        end = node.end_lineno or node.lineno
        comments = []
        for line in lines[end:]:
            if not line.startswith("#"):
                break
            comments.append(line[1:].strip())
        pairs.append((ast.get_source_segment(source, node) or "", "\n".join(comments)))
    return pairs


def run_block(source: str, namespace: dict[str, Any]) -> None:
    for statement, expected in checked_statements(source):
        tree = ast.parse(statement)
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
                value = eval(statement, namespace)
            else:
                exec(statement, namespace)
                value = None
        if not expected:
            continue
        if output.getvalue():
            assert output.getvalue().strip() == expected, statement
        else:
            assert value == eval(expected, namespace), statement


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeAPI() as api:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
        monkeypatch.setenv("OPENAI_BASE_URL", api.url)
        namespace: dict[str, Any] = {"body": json.dumps(SESSION)}
        run_block(BLOCKS[index], namespace)


def test_the_readme_has_the_examples_it_promises() -> None:
    assert len(BLOCKS) >= 3
    assert any("client.beta.realtime.sessions.create(" in block for block in BLOCKS)
