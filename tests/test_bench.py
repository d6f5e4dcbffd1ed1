"""The benchmark compares like for like: no contender changes the instance it is given.

fastjsonschema compiled with its defaults writes schema defaults into the instance; when
instances were shared, every contender after it checked a four-key dict instead of `{}`. Here
every contender runs once (untimed) on its own copies, and each copy must still equal its
instance; a contender that mutates is caught (the last test shows it would be).
"""

from __future__ import annotations

import contextlib
import copy
from pathlib import Path

import fastjsonschema
import pytest

from bench.contenders import SPEC, Contender, contenders
from bench.instances import INSTANCES, REQUEST, copies
from bench.run import cells, check_untouched, check_verdicts, same_json

pytestmark = pytest.mark.slow  # runs datamodel-code-generator twice


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[Contender]:
    return contenders(tmp_path_factory.mktemp("pydantic"))


def run_each_once(rows: list[Contender], inputs: list[list[object]]) -> None:
    for cell in cells(rows, inputs):
        with contextlib.suppress(*cell.invalid):
            cell.call(cell.value)


def test_every_instance_is_unchanged_after_every_contender_ran(rows: list[Contender]) -> None:
    pristine = copy.deepcopy([i.data for i in INSTANCES])
    inputs = copies(len(rows))
    run_each_once(rows, inputs)
    check_untouched(rows, inputs)
    assert all(same_json(i.data, p) for i, p in zip(INSTANCES, pristine, strict=True))


def test_every_contender_gives_the_expected_verdict(rows: list[Contender]) -> None:
    check_verdicts(rows, copies(len(rows)))


def test_a_contender_that_writes_defaults_is_caught() -> None:
    import yaml

    document = yaml.safe_load(Path(SPEC).read_text(encoding="utf-8"))
    schema = {"$ref": f"#/components/schemas/{REQUEST}", "components": document["components"]}
    writes_defaults = fastjsonschema.compile(schema)  # use_default=True: fills in defaults
    row = Contender("fastjsonschema (defaults)", "validate", {REQUEST: writes_defaults})
    inputs = copies(1)
    empty = next(n for n, i in enumerate(INSTANCES) if i.data == {})
    writes_defaults(inputs[0][empty])
    with pytest.raises(AssertionError, match="empty"):
        check_untouched([row], inputs)
