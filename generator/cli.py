"""`python -m generator`: generate the package, check that the committed one is current, or
sync the spec from upstream (`generator/upstream/`)."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.errors import GenerationError, GenerationFailed, one_line
from generator.pipeline import Options, generate_files
from generator.upstream.arguments import add_parser as add_sync_parser
from generator.write import MANIFEST, ours, read_tree, write_files, write_tree

DEFAULT_SPEC = Path("spec/realtime_sessions.yaml")
DEFAULT_OUT = Path("generated")
EXIT_STALE = 1
EXIT_BAD_INPUT = 2


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["diff"]:
        # The schema review parses its own arguments; a generation never imports it.
        from generator.diff.cli import main as diff_main

        return diff_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.command == "sync":
        # Its stages (the overlay's JSONPath, tree-sitter, the YAML writer) only for `sync`.
        from generator.upstream.cli import run as sync

        return sync(args, _display)
    options = Options(client=not args.no_client, overlay=args.overlay, strict=args.strict)
    warnings: list[GenerationError] = []
    try:
        files = generate_files(args.spec, _display(args.spec), options=options, warnings=warnings)
    except GenerationFailed as failure:
        for error in failure.errors:
            print(error, file=sys.stderr)
        print(f"{len(failure.errors)} error(s); nothing was written.", file=sys.stderr)
        return EXIT_BAD_INPUT
    for warning in warnings:
        print(warning, file=sys.stderr)
    problem = output_problem(args.out, replacing=args.command == "generate")
    if problem is None and args.command == "generate":
        try:
            write_tree(args.out, files)
        except OSError as exc:
            problem = f"cannot write the output: {_os_reason(exc)}; nothing was changed"
    if problem is not None:
        print(one_line(f"{args.out}: error: {problem}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.command == "generate":
        print(f"wrote {len(files)} files to {args.out}")
        return 0
    return _check(args.out, files)


def output_problem(out_dir: Path, *, replacing: bool) -> str | None:
    """Why `out_dir` cannot be the output directory, or None."""
    try:
        if out_dir.exists() and not out_dir.is_dir():
            return "exists and is not a directory; pick a directory for --out"
        ancestor = next((p for p in out_dir.absolute().parents if p.exists()), None)
        if ancestor is not None and not ancestor.is_dir():
            return f"{ancestor} is a file, so no directory can be made under it"
        if replacing and not ours(out_dir):
            return (
                f"refusing to replace a directory this generator did not write (it has no "
                f"{MANIFEST}); pick an empty or new --out"
            )
    except OSError as exc:
        return f"cannot inspect the output directory: {_os_reason(exc)}"
    return None


def _os_reason(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def _check(out_dir: Path, files: dict[str, str]) -> int:
    # Regenerate into a temp dir and compare it with the committed tree, file by file.
    with tempfile.TemporaryDirectory() as scratch:
        write_files(Path(scratch), files)
        fresh = read_tree(Path(scratch))
    current = read_tree(out_dir)
    diff = unified_diff(current, fresh, str(out_dir))
    if not diff:
        print(f"{out_dir} is up to date")
        return 0
    sys.stdout.write(diff)
    print(f"\n{out_dir} is stale: run `make generate` and commit the result.", file=sys.stderr)
    return EXIT_STALE


def unified_diff(current: dict[str, str], fresh: dict[str, str], root: str) -> str:
    """The diff that turns the committed tree into the regenerated one."""
    chunks: list[str] = []
    for name in sorted(set(current) | set(fresh)):
        before, after = current.get(name, ""), fresh.get(name, "")
        if before != after:
            chunks.extend(
                difflib.unified_diff(
                    before.splitlines(keepends=True),
                    after.splitlines(keepends=True),
                    f"a/{root}/{name}" if name in current else "/dev/null",
                    f"b/{root}/{name}" if name in fresh else "/dev/null",
                )
            )
    return "".join(chunks)


def _display(spec: Path) -> str:
    """A stable name for the spec in headers and messages: relative to here when possible."""
    try:
        return Path(os.path.relpath(spec.resolve(), Path.cwd())).as_posix()
    except ValueError:
        return spec.as_posix()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed models, validators and a client from an OpenAPI 3.1 (or 3.0) "
        "spec.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("generate", "write the generated package into the output directory (atomically)"),
        ("check", "exit 1 with a unified diff when the output directory is stale, else 0"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--spec", type=Path, default=DEFAULT_SPEC, help=f"the spec (default: {DEFAULT_SPEC})"
        )
        command.add_argument(
            "--out",
            type=Path,
            default=DEFAULT_OUT,
            help=f"output directory (default: {DEFAULT_OUT})",
        )
        command.add_argument(
            "--no-client",
            action="store_true",
            help="models and validators only: leave the operations (and httpx) out",
        )
        command.add_argument(
            "--overlay",
            type=Path,
            help="an OpenAPI Overlay 1.0.0 document applied to the spec before anything else",
        )
        command.add_argument(
            "--strict",
            action="store_true",
            help="treat warnings (OpenAPI 3.0 leftovers in a 3.1 spec, ...) as errors",
        )
    add_sync_parser(commands)
    # Listed for --help; `main` hands `diff ...` to generator.diff.cli before parsing.
    commands.add_parser(
        "diff",
        help="what a spec change does to callers: breaking, typing only, compatible, docs only",
        add_help=False,
    )
    return parser
