"""Client IR, docstrings: a method's summary and one `Args:` entry per argument."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any

from generator import naming
from generator.client_bodies import BodyIR
from generator.client_parameters import ArgumentIR

METHOD_DOC_INDENT = " " * 8
MODEL_DOC = ("params", "A whole request model instead of keyword arguments (not both).")
COMMON_DOCS = (
    ("extra_headers", "Headers to send besides (or instead of) the defaults."),
    ("extra_query", "Query parameters to send besides the operation's."),
    ("extra_body", "Properties merged into the body after validation."),
    ("timeout", "Seconds (or an `httpx.Timeout`) for this call instead of the client's."),
    ("max_retries", "Retries for this call instead of the client's `max_retries`."),
)
WHERE = {"path": "In the path.", "query": "In the query string.", "header": "A header."}
"""What an argument without a description says: where it goes."""


def method_docstring(op: Mapping[str, Any], body: BodyIR, params: tuple[ArgumentIR, ...]) -> str:
    text = op.get("description") or op.get("summary")
    lines = list(naming.description_lines(text)) or [f"Call the operation {op.get('operationId')}."]
    lines += ["", "Args:"]
    entries = [
        (a.name, a.doc_lines or (WHERE.get(a.location, ""),)) for a in (*body.arguments, *params)
    ]
    if body.takes_model:
        entries.insert(0, (MODEL_DOC[0], (MODEL_DOC[1],)))
    entries += [(name, (doc,)) for name, doc in COMMON_DOCS]
    for index, (name, doc) in enumerate(entries):
        lines += ([""] if index else []) + _arg_doc(name, doc)
    return naming.docstring(tuple(lines), METHOD_DOC_INDENT)


def _arg_doc(name: str, doc: tuple[str, ...]) -> list[str]:
    """`    name: text`, wrapped with hanging indents so that the docstring helper keeps it."""
    width = naming.DOC_WIDTH - len(METHOD_DOC_INDENT)
    paragraphs = "\n".join(doc).split("\n\n")
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.split())
        first = f"    {name}: " if index == 0 else "        "
        lines += ([""] if index else []) + textwrap.wrap(
            text or "-",
            width,
            initial_indent=first,
            subsequent_indent="        ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    return lines
