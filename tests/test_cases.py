"""Small specs, one per feature: committed expected output, and the code it gives at work.

After a deliberate generator change: `.venv/bin/python -m tests.update_cases`, then review.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import pytest

from generator.cli import unified_diff
from generator.write import read_tree, write_tree
from tests.conftest import CASES, ROOT, assert_linted, built_once, run_mypy
from tests.servers.fake_api import FakeAPI, Reply
from tests.update_cases import case_names, expected_outputs, generated

Importer = Callable[[Path, str], ModuleType]
FIX = "expected output is stale: run `.venv/bin/python -m tests.update_cases` and review the diff"


@pytest.mark.parametrize("name", case_names())
def test_expected_output_is_current(name: str) -> None:
    expected = read_tree(CASES / name / "expected")
    diff = unified_diff(expected, expected_outputs(name), f"tests/cases/{name}/expected")
    assert not diff, f"{FIX}\n{diff}"


@pytest.fixture(scope="module")
def generated_cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case generated into one directory, as `python -m generator generate` writes it."""

    def build(root: Path) -> None:
        for name in case_names():
            write_tree(root / name, generated(name))

    return built_once(tmp_path_factory, "cases", build)


@pytest.mark.slow
def test_every_case_passes_mypy_strict_and_ruff(generated_cases: Path) -> None:
    """One mypy run over every case package and a caller that leaves out a required argument:
    the overloads make the type checker say so, and it finds nothing else."""
    packages = [str(generated_cases / name / f"case_{name}") for name in case_names()]
    user = generated_cases / "one_of_models" / "user_code.py"
    user.write_text(
        "from case_one_of_models import Adoption, Cat, Client\n"
        "client = Client(api_key='k')\n"
        "client.pets.adopt(pet=Cat(kind='cat', lives=1))\n"
        "client.pets.adopt(Adoption(pet=Cat(kind='cat', lives=1)))\n"
        "client.pets.adopt(note='no pet')\n"
    )
    result = run_mypy(*packages, str(user), cwd=ROOT)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert "user_code.py:5: error: No overload variant" in errors[0], result.stdout
    assert_linted(*packages)


@pytest.fixture
def case(generated_cases: Path, import_generated: Importer) -> Callable[[str], Any]:
    def load(name: str) -> Any:
        return import_generated(generated_cases / name, f"case_{name}")

    return load


def test_nullable(case: Callable[[str], Any]) -> None:
    m = case("nullable")
    assert m.Settings(count=1).to_dict() == {"count": 1}
    both_null = m.Settings(count=1, label=None, limits=None)
    assert both_null.to_dict() == {"count": 1, "label": None, "limits": None}
    data = {"count": 2, "label": "x", "limits": {"max": 3}}
    settings = m.Settings.from_dict(data)
    assert isinstance(settings.limits, m.Limits)
    assert settings.to_dict() == data
    assert m.Settings.from_dict(both_null.to_dict()) == both_null
    assert m.validators.validate_settings({"count": 1, "label": 5})[0].pointer == "/label"
    assert m.validators.is_valid_settings({"count": 1, "limits": None})


def test_open_enum(case: Callable[[str], Any]) -> None:
    m = case("open_enum")
    assert m.SpeakRequest.from_dict({"voice": "someone-new"}).voice == "someone-new"
    with pytest.raises(m.ValidationError) as caught:
        m.SpeakRequest.from_dict({"format": "ogg"})
    assert caught.value.issues[0].pointer == "/format"
    assert m.SpeakResult.from_dict({"format": "ogg"}).format == "ogg"
    options = m.SpeakRequest.from_dict({"options": {"speed": 1, "pitch": 2}}).options
    assert options.extra_properties == {"pitch": 2}
    with pytest.raises(m.ValidationError, match="pitch"):
        m.SpeakRequest.from_dict({"pitch": 2})


def test_int_or_inf(case: Callable[[str], Any]) -> None:
    m = case("int_or_inf")
    for value in (1, 4096, "inf"):
        assert m.Limits.from_dict({"max_tokens": value}).to_dict() == {"max_tokens": value}
    for value in (0, 4097, "INF", 1.5, True):
        assert not m.validators.is_valid_limits({"max_tokens": value})


def test_nested(case: Callable[[str], Any]) -> None:
    m = case("nested")
    data = {
        "customer": {"name": "Ada", "address": {"city": "London"}},
        "lines": [{"sku": "a", "quantity": 2}],
    }
    order = m.Order.from_dict(data)
    assert isinstance(order.customer, m.OrderCustomer)
    assert isinstance(order.customer.address, m.OrderCustomerAddress)
    assert isinstance(order.lines[0], m.OrderLinesItem)
    assert order.to_dict() == data
    assert m.Order.__annotations__["tags"] == "list[str] | NotGiven"
    issues = m.validators.validate_order({"customer": {}, "lines": [{"quantity": 0}]})
    assert {i.pointer for i in issues} == {"/customer", "/lines/0", "/lines/0/quantity"}


def test_refs_and_recursion(case: Callable[[str], Any]) -> None:
    m = case("refs")
    data = {"name": "root", "color": "red", "children": [{"name": "leaf", "children": []}]}
    tree = m.Tree.from_dict(data)
    assert isinstance(tree.children[0], m.Tree)
    assert tree.to_dict() == data
    assert (
        m.validators.validate_tree({"name": "r", "children": [{"name": 1}]})[0].pointer
        == "/children/0/name"
    )
    assert m.Color == Literal["red", "green"] | str


def test_all_of(case: Callable[[str], Any]) -> None:
    m = case("all_of")
    pet = m.Pet(name="Rex", legs=4)
    assert pet.to_dict() == {"name": "Rex", "legs": 4}
    assert m.Pet.from_dict(pet.to_dict()) == pet
    assert {i.keyword for i in m.validators.validate_pet({"legs": -1})} == {"required", "minimum"}
    assert m.Speed == Literal["fast", "slow"] | str
    assert not m.validators.is_valid_speed("medium")


def test_keyword_names_round_trip_on_the_wire(case: Callable[[str], Any]) -> None:
    m = case("keyword_names")
    data = {"type": "t", "from": "f", "class": 1, "x-y": True, "1st": 1.5}
    weird = m.Weird.from_dict(data)
    assert (weird.type, weird.from_, weird.class_, weird.x_y, weird.n1st) == (
        "t",
        "f",
        1,
        True,
        1.5,
    )
    assert weird.to_dict() == data
    # Names the generated code itself uses: the dataclass's `self`, `field(...)`, `NOT_GIVEN`.
    own = {"self": "s", "field": "f", "NOT_GIVEN": "n", "data": "d", "cls": "c", "": "e"}
    weird = m.Weird.from_dict(own)
    assert (weird.self_, weird.field_, weird.NOT_GIVEN_, weird.data, weird.cls) == tuple("sfndc")
    assert weird.property == "e"
    assert weird.to_dict() == own


def test_hostile_strings_stay_data(
    case: Callable[[str], Any], capfd: pytest.CaptureFixture[str]
) -> None:
    m = case("hostile_strings")
    assert "pwned" not in capfd.readouterr().out
    assert '"""' in (m.Hostile.__doc__ or "")
    data = {"quote": 'say "hi"', "na'me": 'a"b'}
    assert m.Hostile.from_dict(data).to_dict() == data
    assert m.validators.is_valid_hostile({"quote": "back\\slash"})
    assert not m.validators.is_valid_hostile({"na'me": "A"})


def test_additional_properties(case: Callable[[str], Any]) -> None:
    m = case("additional_properties")
    tagged = m.Tagged.from_dict({"id": "a", "size": 3})
    assert tagged.extra_properties == {"size": 3}
    assert tagged.to_dict() == {"id": "a", "size": 3}
    assert not m.validators.is_valid_tagged({"id": "a", "size": "big"})
    assert m.validators.is_valid_labels({"a": "b"})
    assert not m.validators.is_valid_closed({"id": "a", "other": 1})


def test_one_of_models_is_decoded_by_the_branch_that_validates(case: Callable[[str], Any]) -> None:
    m = case("one_of_models")
    cat = m.Adoption.from_dict({"pet": {"kind": "cat", "lives": 9}}).pet
    dog = m.Adoption.from_dict({"pet": {"kind": "dog", "good": True}}).pet
    assert (type(cat), type(dog)) == (m.Cat, m.Dog)
    assert m.Adoption(pet=m.Dog(kind="dog")).to_dict() == {"pet": {"kind": "dog"}}
    with pytest.raises(m.ValidationError):
        m.Adoption.from_dict({"pet": {"kind": "cat", "lives": 10}})
    bird = m.Adopted.from_dict({"pet": {"kind": "bird", "wings": 2}})
    assert bird.pet == {"kind": "bird", "wings": 2}
    assert bird.to_dict() == {"pet": {"kind": "bird", "wings": 2}}


@pytest.mark.parametrize(
    "data",
    [
        {"pet": {"kind": "cat", "lives": 10}},
        {"pet": {"kind": "fish"}},
        {"pet": 3},
        {"pet": {"kind": "dog", "good": 1}, "note": 5},
        {"note": "no pet", "owner": "x"},
        [],
    ],
)
def test_a_refusal_lists_what_validate_lists(case: Callable[[str], Any], data: Any) -> None:
    """`from_dict` checks a union of models in its one walk, with `validate_`'s issues."""
    m = case("one_of_models")
    with pytest.raises(m.ValidationError) as refused:
        m.Adoption.from_dict(data)
    assert list(refused.value.issues) == m.validators.validate_adoption(data)


def test_required_request_properties_are_required_arguments(case: Callable[[str], Any]) -> None:
    m = case("one_of_models")
    with FakeAPI() as api:
        api.default = Reply(body={"pet": {"kind": "dog"}, "adopted_at": 1})
        with m.Client(api_key="sk-test", base_url=api.url) as client:
            adopted = client.pets.adopt(pet=m.Cat(kind="cat", lives=3))
            client.pets.adopt(m.Adoption(pet=m.Dog(kind="dog"), note="hi"))
            with pytest.raises(TypeError, match="pet"):
                client.pets.adopt(note="no pet")
        assert [r.json for r in api.requests] == [
            {"pet": {"kind": "cat", "lives": 3}},
            {"pet": {"kind": "dog"}, "note": "hi"},
        ]
    assert isinstance(adopted.pet, m.Dog)
    assert adopted.extra_properties == {"adopted_at": 1}


def test_schema_names_that_contain_import_names(case: Callable[[str], Any]) -> None:
    m = case("import_names")
    data = {
        "title": {"text": "t"},
        "spec": {"name": "n"},
        "entries": [{"key": "k", "value": 1}],
        "reason": "r",
        "aliases": ["a"],
        "count": 2,
    }
    note = m.Note.from_dict(data)
    assert isinstance(note.title, m.LiteralText)
    assert isinstance(note.entries[0], m.MappingEntry)
    assert note.to_dict() == data


def test_request_arrays_take_any_iterable_responses_give_lists(case: Callable[[str], Any]) -> None:
    m = case("request_arrays")
    request = m.LabelRequest(points=(m.Point(x=1.0),), grid=((1, 2), [3]), weights=None)
    wire = {"points": [{"x": 1.0}], "grid": [[1, 2], [3]], "weights": None}
    assert request.to_dict() == wire
    assert m.LabelRequest.from_dict(wire).to_dict() == wire
    with FakeAPI() as api:
        api.default = Reply(body={"points": [{"x": 2}], "tags": ["a"]})
        with m.Client(api_key="sk-test", base_url=api.url) as client:
            result = client.labels.label(
                points=(m.Point(x=float(n)) for n in range(2)), tags=("a", "b")
            )
        assert api.requests[0].json == {"points": [{"x": 0.0}, {"x": 1.0}], "tags": ["a", "b"]}
    assert result.points == [m.Point(x=2)] and result.tags == ["a"]


def test_ecma_patterns(case: Callable[[str], Any]) -> None:
    """ECMA-262 patterns, including the ones that need the `regex` package, at work."""
    v = case("ecma_patterns").validators
    assert (
        v.validate_tool({"name": "get_weather", "label": "Été", "amount": "$ 12", "x-a": "b"}) == []
    )
    bad = [{"name": "get_weather\n"}, {"name": "x", "label": "été"}, {"name": "x", "amount": "12"}]
    assert [[i.keyword for i in v.validate_tool(b)] for b in bad] == [["pattern"]] * 3
    assert [i.pointer for i in v.validate_tool({"name": "x", "x-1": 2})] == ["/x-1"]


def test_modules(case: Callable[[str], Any], generated_cases: Path) -> None:
    """Mutually recursive schemas share a module; a union alias decodes across modules; the
    package imports no model module until a name is used."""
    package = generated_cases / "modules" / "case_modules"
    assert sorted(p.stem for p in (package / "models").glob("*.py")) == [
        "__init__", "circle", "drawing", "folder", "shape", "square"
    ]  # fmt: skip
    m = case("modules")
    assert not [name for name in sys.modules if name.startswith("case_modules.models.")]
    drawing = m.Drawing.from_dict(
        {"shapes": [{"kind": "square", "side": 2}], "owner": {"name": "x"}}
    )
    assert isinstance(drawing.shapes[0], m.Square)
    assert isinstance(drawing.owner, m.Folder)
    assert m.File.from_dict({"name": "a", "parent": {"name": "p", "files": []}}).parent.files == []
    issues = m.validators.validate_drawing({"shapes": [{"kind": "circle", "radius": -1}]})
    assert [i.pointer for i in issues] == ["/shapes/0"]
    assert not m.validators.is_valid_folder({"name": "p", "files": [{"name": "A"}]})
    assert "Drawing" in dir(m) and m.models.Folder is m.Folder
    with pytest.raises(AttributeError, match="Drawnig"):
        _ = m.Drawnig


TOOLS = [
    {"type": "function", "name": "f"},
    {"type": "file_search", "max_num_results": 3},
    {"type": "code_interpreter"},
    {"type": "web_search_preview", "search_context_size": "low"},
    {"type": "computer_use_preview", "display_width": 2, "display_height": 1},
    {"type": "image_generation", "quality": "auto"},
]


def test_unions_of_models_decode_wherever_a_field_holds_them(case: Callable[[str], Any]) -> None:
    """A list's items (by alias and inline), a map's values, nested arrays, a nullable union, a
    list inside a field's union, a response's unknown properties: each item becomes the model
    whose validator admits it, through `_parse` (strict) and `_decode` (lenient) alike."""
    m = case("union_decoders")
    kinds = [m.FunctionCallToolDefinition, m.FileSearchToolDefinition]
    kinds += [m.CodeInterpreterToolDefinition, m.WebSearchPreviewToolDefinition]
    kinds += [m.ComputerUsePreviewToolDefinition, m.ImageGenerationWithPartialImagesToolDefinition]
    request = {
        "tools": TOOLS,
        "additional_tool_definitions": [TOOLS[2], TOOLS[0]],
        "tool_definitions_by_name": {"a": TOOLS[4], "b": TOOLS[1]},
        "tool_definition_batches": [TOOLS[3:], [], TOOLS[:1]],
        "nullable_tool_definitions": [None, TOOLS[1], TOOLS[0]],
        "tool_definition_or_list": TOOLS[::-1],
        "vector_store_file_batches": [[[["f1", "f2"], []]], []],
    }
    parsed = m.CreateAssistantRunRequest.from_dict(request)
    assert list(map(type, parsed.tools)) == kinds
    assert list(map(type, parsed.additional_tool_definitions)) == [kinds[2], kinds[0]]
    assert {k: type(v) for k, v in parsed.tool_definitions_by_name.items()} == {
        "a": kinds[4], "b": kinds[1]
    }  # fmt: skip
    assert [list(map(type, batch)) for batch in parsed.tool_definition_batches] == [
        kinds[3:], [], kinds[:1]
    ]  # fmt: skip
    assert list(map(type, parsed.nullable_tool_definitions)) == [type(None), kinds[1], kinds[0]]
    assert list(map(type, parsed.tool_definition_or_list)) == kinds[::-1]
    one = m.CreateAssistantRunRequest.from_dict({"tools": [], "tool_definition_or_list": TOOLS[2]})
    assert type(one.tool_definition_or_list) is kinds[2]
    assert parsed.to_dict() == request
    assert m.CreateAssistantRunRequest._decode(request) == parsed  # the unchecked walk
    new_kind = {"type": "mcp", "server": "x"}
    response = {"id": "r", "tools": [*TOOLS[:2], new_kind], "spare_tool": TOOLS[5]}
    run = m.AssistantRunObject.from_dict({**response, "nullable_tool_definitions": [None]})
    assert list(map(type, run.tools)) == [*kinds[:2], dict]  # an unknown kind is kept as it came
    assert type(run.extra_properties["spare_tool"]) is kinds[5]
    assert run.nullable_tool_definitions == [None]
    assert run.to_dict() == {**response, "nullable_tool_definitions": [None]}


@pytest.mark.parametrize(
    "data",
    [
        {"tools": [{"type": "function"}]},
        {"tools": [TOOLS[0]], "tool_definition_batches": [[{"type": "mcp"}], 3]},
        {"tools": [], "tool_definitions_by_name": {"x": None}},
        {"tools": [], "tool_definition_or_list": [TOOLS[0], {"type": "code_interpreter", "x": 1}]},
        {"tools": [], "nullable_tool_definitions": [TOOLS[2]]},
        {"tools": [], "vector_store_file_batches": [[[["f", 3], "g"], 2]]},
    ],
)
def test_unions_of_models_refuse_what_validate_lists(case: Callable[[str], Any], data: Any) -> None:
    """Also where `_parse` calls the module's compiled checks instead of nesting them deeper."""
    m = case("union_decoders")
    with pytest.raises(m.ValidationError) as refused:
        m.CreateAssistantRunRequest.from_dict(data)
    assert list(refused.value.issues) == m.validators.validate_create_assistant_run_request(data)


def test_union_decoders_client_decodes_answers_and_imports_in_isort_order(
    case: Callable[[str], Any], generated_cases: Path
) -> None:
    """Two resources whose class names `sorted()` and isort order apart (`RunSteps`, `Runs`):
    the client module imports them as ruff's I001 wants. A model answer decodes its unions; an
    array of a union of models decodes each item (it used to stay a list of dicts)."""
    client_module = generated_cases / "union_decoders" / "case_union_decoders" / "_client.py"
    assert "import AsyncRuns, AsyncRunSteps, Runs, RunSteps\n" in client_module.read_text()
    m = case("union_decoders")
    with FakeAPI() as api:
        api.script(
            Reply(body={"id": "r", "tools": TOOLS[4:], "spare": TOOLS[0]}),
            Reply(body=TOOLS[::-1]),
            Reply(body=[TOOLS[0], {"type": "mcp"}]),
        )
        with m.Client(api_key="sk-test", base_url=api.url) as client:
            run = client.runs.create(
                tools=[m.CodeInterpreterToolDefinition(type="code_interpreter")]
            )
            steps = client.run_steps.list(run_id="r")
            with pytest.raises(m.APIResponseValidationError, match="fits none of AssistantTool"):
                client.run_steps.list(run_id="r")
    assert api.requests[0].json == {"tools": [TOOLS[2]]}
    assert list(map(type, run.tools)) == [
        m.ComputerUsePreviewToolDefinition, m.ImageGenerationWithPartialImagesToolDefinition
    ]  # fmt: skip
    assert type(run.extra_properties["spare"]) is m.FunctionCallToolDefinition
    assert [type(step).__name__ for step in steps] == [
        "ImageGenerationWithPartialImagesToolDefinition", "ComputerUsePreviewToolDefinition",
        "WebSearchPreviewToolDefinition", "CodeInterpreterToolDefinition",
        "FileSearchToolDefinition", "FunctionCallToolDefinition",
    ]  # fmt: skip


def test_union_decoders_client_decodes_a_map_answer(case: Callable[[str], Any]) -> None:
    """A map of a union of models decodes each value by the union's function, a map of one
    model each value by its `from_dict` (they used to stay dicts, typed as models)."""
    m = case("union_decoders")
    with FakeAPI() as api:
        api.script(
            Reply(body={"f": TOOLS[0], "search": TOOLS[1]}),
            Reply(body={"f": TOOLS[0]}),
            Reply(body={"f": {"type": "function"}}),
        )
        with m.Client(api_key="sk-test", base_url=api.url) as client:
            tools = client.run_steps.tools_by_name(run_id="r")
            functions = client.run_steps.functions_by_name(run_id="r")
            with pytest.raises(m.APIResponseValidationError, match="'name'"):
                client.run_steps.functions_by_name(run_id="r")
    assert {key: type(value) for key, value in tools.items()} == {
        "f": m.FunctionCallToolDefinition,
        "search": m.FileSearchToolDefinition,
    }
    assert functions == {"f": m.FunctionCallToolDefinition(type="function", name="f")}
