"""`python -m generator diff`: the command line of the schema review."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.diff.document import compare_documents
from generator.diff.report import as_json, markdown, ordered, rules_table
from generator.diff.rules import classify
from generator.diff.sources import merge_base, read_spec
from generator.errors import GenerationError, GenerationFailed

DEFAULT_SPEC = "spec/realtime_sessions.yaml"
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
FAIL_LEVELS = {"breaking": 3, "typing": 2}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.rules:
        sys.stdout.write(rules_table())
        return 0
    try:
        base_arg, head_arg = _sides(args)
        errors: list[GenerationError] = []
        specs = []
        for argument in (base_arg, head_arg):
            try:
                specs.append(read_spec(argument, args.overlay))
            except GenerationFailed as failure:
                errors += failure.errors
        if errors:
            raise GenerationFailed(errors)
    except GenerationFailed as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    base, head = specs
    changes = ordered([classify(f) for f in compare_documents(base.document, head.document)])
    render = as_json if args.format == "json" else markdown
    sys.stdout.write(render(base.path, head.path, changes))
    if args.fail_on and any(c.level >= FAIL_LEVELS[args.fail_on] for c in changes):
        return EXIT_FAIL_ON
    return 0


def _sides(args: argparse.Namespace) -> tuple[str, str]:
    """BASE and HEAD from the arguments: two specs, or `--base`/`--merge-base` and one."""
    revision = args.base or (merge_base(args.merge_base) if args.merge_base else None)
    if revision is None:
        if len(args.specs) != 2:
            message = "give BASE and HEAD (a path or REV:PATH each), or --base REV [HEAD]"
            raise GenerationFailed([GenerationError(message, "", "diff")])
        return args.specs[0], args.specs[1]
    if len(args.specs) > 1:
        message = "with --base or --merge-base, give at most one spec (HEAD)"
        raise GenerationFailed([GenerationError(message, "", "diff")])
    head = args.specs[0] if args.specs else DEFAULT_SPEC
    if ":" in head and not Path(head).is_file():
        return f"{revision}:{head.partition(':')[2]}", head  # the same path, as git reads it
    return f"{revision}:./{head.removeprefix('./')}", head  # relative to here, as HEAD is


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator diff",
        description=(
            "Compare two versions of a spec and say what each change does to the people who "
            "use the generated package: breaking, typing only, compatible or docs only."
        ),
    )
    parser.add_argument(
        "specs",
        nargs="*",
        metavar="SPEC",
        help="BASE and HEAD: a spec path, or REV:PATH read from git (e.g. main:spec/x.yaml)",
    )
    revision = parser.add_mutually_exclusive_group()
    revision.add_argument(
        "--base",
        metavar="REV",
        help=f"compare the spec at git revision REV with HEAD (default HEAD: {DEFAULT_SPEC})",
    )
    revision.add_argument(
        "--merge-base",
        metavar="BRANCH",
        help="like --base, with the commit where HEAD forked from BRANCH (e.g. origin/main)",
    )
    parser.add_argument(
        "--overlay",
        type=Path,
        metavar="FILE",
        help="an OpenAPI Overlay 1.0.0 document applied to both sides, as `generate --overlay`",
    )
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument(
        "--rules", action="store_true", help="print every rule (id, side, class, why) and exit"
    )
    parser.add_argument(
        "--fail-on",
        choices=tuple(FAIL_LEVELS),
        help="exit 1 when a change of this class (or worse) exists; default: always exit 0",
    )
    return parser
