"""`python -m generator sync`: rebuild the spec from the snapshot and the overlay, or check it.

- `sync`: spec/upstream/ + spec/overlay.yaml -> spec/realtime_sessions.yaml (offline).
- `sync --openai-node 7.57.0`: first fetch that version through npm (integrity checked). Once
  upstream converts and maps cleanly, the snapshot is replaced even if the overlay then fails:
  the maintainer fixes the overlay and runs plain `sync` again, offline.
- `sync --check`: exit 1 with a unified diff when the spec is stale, else 0.

Its arguments are `generator.upstream.arguments`.

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

EXIT_STALE = 1
EXIT_BAD_INPUT = 2


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
