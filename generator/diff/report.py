"""The report: Markdown for a pull-request comment, or JSON for tools."""

from __future__ import annotations

import json
import re

from generator.diff.model import Change, Level, Side
from generator.diff.rules import RULES, TITLES
from generator.diff.text import one_line

SIDES = {
    Side.REQUEST: "request",
    Side.RESPONSE: "response",
    Side.BOTH: "request and response",
    Side.NONE: "no operation",
}
ORDER = (Level.BREAKING, Level.TYPING, Level.COMPATIBLE, Level.DOCS)


def ordered(changes: list[Change]) -> list[Change]:
    """Breaking first; within a class, in the order the documents were walked."""
    return sorted(changes, key=lambda change: -change.level)


def summary(changes: list[Change]) -> str:
    counts = {level: sum(c.level is level for c in changes) for level in ORDER}
    return ", ".join(f"{counts[level]} {level.label}" for level in ORDER)


def markdown(base: str, head: str, changes: list[Change]) -> str:
    title = f"**Schema diff** {code(base)} → {code(head)}"
    if not changes:
        return f"{title}: no changes.\n"
    lines = [f"{title}: {summary(changes)}."]
    for level in ORDER:
        group = [c for c in changes if c.level is level]
        if group:
            lines += ["", f"### {level.label.capitalize()} ({len(group)})", ""]
            lines += [_line(change) for change in group]
    return "\n".join(lines) + "\n"


def _line(change: Change) -> str:
    finding = change.finding
    names = ", ".join(code(name) for name in finding.names) or code(finding.pointer)
    what = f"{TITLES[finding.kind]}: {code_or_dash(finding.before)} → {code_or_dash(finding.after)}"
    reason = one_line(change.reason)
    return (
        f"- {names} ({SIDES[finding.side]}): {what}. {reason[:1].upper()}{reason[1:]}. "
        f"<sub>{code(finding.pointer)} · rule {code(change.rule_id)}</sub>"
    )


def as_json(base: str, head: str, changes: list[Change]) -> str:
    document = {
        "base": base,
        "head": head,
        "summary": {level.label: sum(c.level is level for c in changes) for level in ORDER},
        "changes": [
            {
                "class": change.level.label,
                "rule": change.rule_id,
                "side": change.finding.side.value,
                "pointer": change.finding.pointer,
                "python": list(change.finding.names),
                "change": TITLES[change.finding.kind],
                "before": change.finding.before,
                "after": change.finding.after,
                "reason": change.reason,
            }
            for change in changes
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def code(text: str) -> str:
    """A Markdown code span that no backtick or HTML in the (untrusted) text can break out of."""
    text = one_line(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def code_or_dash(text: str) -> str:
    return code(text) if text else "—"


def rules_table() -> str:
    """Every rule as a Markdown table: what a reviewer reads to see why a change got its class."""
    lines = ["| rule | change | side | class | why |", "|---|---|---|---|---|"]
    for rule in RULES.values():
        cells = (code(rule.id), TITLES[rule.kind], rule.direction, rule.level.label, rule.reason)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"
