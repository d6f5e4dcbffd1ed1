"""`python -m generator sync`: rebuild the spec from the snapshot and the overlay, or check it.

- `sync`: spec/upstream/ + spec/overlay.yaml -> spec/realtime_sessions.yaml (offline).
- `sync --openai-node 7.57.0`: first fetch that version through npm (integrity checked). Once
  upstream converts and maps cleanly, the snapshot is replaced even if the overlay then fails:
  the maintainer fixes the overlay and runs plain `sync` again, offline.
- `sync --check`: exit 1 with a unified diff when the spec is stale, else 0.

Bad input of any kind: one located line per problem, exit 2, the spec untouched.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from generator.errors import GenerationError, GenerationFailed
from generator.overlay import load_overlay
from generator.upstream.fetch import fetch_snapshot
from generator.upstream.snapshot import Snapshot, read_snapshot, write_snapshot
from generator.upstream.sync import require_reasons, spec_text, upstream_document, write_spec

DEFAULT_SNAPSHOT = Path("spec/upstream")
DEFAULT_OVERLAY = Path("spec/overlay.yaml")
DEFAULT_SPEC = Path("spec/realtime_sessions.yaml")
EXIT_STALE = 1
EXIT_BAD_INPUT = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "rebuild the spec from openai-node's types (spec/upstream/) and spec/overlay.yaml"
    command = commands.add_parser("sync", help=text, description=text)
    command.add_argument(
        "--openai-node",
        metavar="VERSION",
        help="first replace the snapshot with this version of the npm package `openai`",
    )
    command.add_argument(
        "--check", action="store_true", help="exit 1 with a diff when the spec is stale"
    )
    for flag, default, what in (
        ("--snapshot", DEFAULT_SNAPSHOT, "the upstream snapshot directory"),
        ("--overlay", DEFAULT_OVERLAY, "the overlay of our decisions"),
        ("--spec", DEFAULT_SPEC, "the spec to write or check"),
    ):
        command.add_argument(flag, type=Path, default=default, help=f"{what} (default: {default})")


def run(args: argparse.Namespace, display: Callable[[Path], str]) -> int:
    if args.check and args.openai_node:
        print(
            "sync: error: --check compares with the snapshot; drop --openai-node", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    replaced = False
    try:
        overlay = load_overlay(args.overlay, display(args.overlay))
        require_reasons(overlay)
        if args.openai_node:
            snapshot = _fetch(args.openai_node, display(args.snapshot))
        else:
            snapshot = read_snapshot(args.snapshot, display(args.snapshot))
        upstream = upstream_document(snapshot)
        if args.openai_node:
            write_snapshot(args.snapshot, snapshot)
            replaced = True
            print(f"{display(args.snapshot)}: now openai {snapshot.version} ({snapshot.integrity})")
        text = spec_text(upstream, overlay, snapshot)
    except GenerationFailed as failure:
        return _report(failure.errors, args, replaced)
    if args.check:
        return _check(args.spec, display(args.spec), text)
    write_spec(args.spec, text)
    print(f"wrote {display(args.spec)} (openai {snapshot.version})")
    return 0


def _fetch(version: str, display: str) -> Snapshot:
    npm = shutil.which("npm")
    if npm is None:
        raise GenerationFailed([GenerationError("npm is needed to fetch a version", "", "npm")])
    return fetch_snapshot(npm, version, display)


def _report(
    errors: list[GenerationError], args: argparse.Namespace, snapshot_replaced: bool
) -> int:
    for error in errors:
        print(error, file=sys.stderr)
    if snapshot_replaced:
        print(
            f"{len(errors)} error(s); the snapshot was replaced, the spec was not written: "
            f"update {args.overlay} and run `make sync`.",
            file=sys.stderr,
        )
    else:
        print(f"{len(errors)} error(s); nothing was written.", file=sys.stderr)
    return EXIT_BAD_INPUT


def _check(spec: Path, shown: str, fresh: str) -> int:
    try:
        current = spec.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = ""
    if current == fresh:
        print(f"{shown} is up to date with its snapshot and overlay")
        return 0
    sys.stdout.writelines(
        difflib.unified_diff(
            current.splitlines(keepends=True),
            fresh.splitlines(keepends=True),
            f"a/{shown}",
            f"b/{shown}",
        )
    )
    print(
        f"\n{shown} is stale against its snapshot and overlay: run `make sync` and commit it.",
        file=sys.stderr,
    )
    return EXIT_STALE
