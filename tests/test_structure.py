"""The shape of the package, read from its source with `ast`: module and function sizes, no
import circle among briefx modules, and the layers importing one way only."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "briefx"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def _tree(name: str) -> ast.Module:
    return ast.parse(_modules()[name].read_text(encoding="utf-8"))


def _imports(name: str) -> set[str]:
    """The briefx modules `name` imports anywhere in its body (lazy imports in functions
    count too): `from a.b import c` names the module a.b.c when there is one, else a.b."""
    modules = _modules()
    package = name if _modules()[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in modules else base)
    return {m for m in found if m in modules and m != name}


def test_no_module_is_over_500_lines():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def test_no_function_is_over_80_lines():
    long = []
    for name in _modules():
        for node in ast.walk(_tree(name)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {lines} lines")
    assert long == []


def _cycle() -> list[str] | None:
    """One import circle among briefx modules, or None (depth-first search)."""
    graph = {name: sorted(_imports(name)) for name in _modules()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for name in graph:
        if name not in state and (found := visit(name)):
            return found
    return None


def test_no_import_circle():
    assert _cycle() is None


def test_the_import_reader_sees_imports():
    """The test above would pass on a reader that finds nothing: it must see real edges."""
    assert "briefx.components.entities.lexicon" in _imports("briefx.components.entities.doc_view")
    assert "briefx.components.figures.tables" in _imports("briefx.components.dates")
    assert "briefx.pipeline" in _imports("briefx.evaluate")  # a lazy import counts


# a layer may import the layers listed for it and nothing else of briefx
LAYERS = [
    pytest.param("briefx.normalize", ("briefx.normalize",), id="normalize"),
    pytest.param(
        "briefx.components",
        ("briefx.components", "briefx.normalize", "briefx.resources", "briefx.labels"),
        id="components",
    ),
    pytest.param(
        "briefx.scoring",
        ("briefx.errors", "briefx.labels", "briefx.schema", "briefx.score_report", "briefx.score_spans",
         "briefx.scoring_facts"),
        id="scoring",
    ),
    pytest.param(
        "briefx.scoring_facts", ("briefx.schema", "briefx.score_report", "briefx.score_spans"), id="scoring_facts"
    ),
    pytest.param("briefx.score_report", ("briefx.errors", "briefx.labels"), id="score_report"),
]


@pytest.mark.parametrize("layer, allowed", LAYERS)
def test_layers_import_one_way(layer, allowed):
    outside = {
        f"{name} -> {target}"
        for name in _modules()
        if name == layer or name.startswith(layer + ".")
        for target in _imports(name)
        if not any(target == a or target.startswith(a + ".") for a in allowed)
    }
    assert outside == set()


def test_scoring_loads_no_spacy():
    """scoring is pure; evaluate is the one scorer that runs a pipeline."""
    for name in ("briefx.scoring", "briefx.score_report", "briefx.score_spans", "briefx.scoring_facts"):
        imported = {
            alias.name if isinstance(node, ast.Import) else node.module or ""
            for node in ast.walk(_tree(name))
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        assert not {m for m in imported if m.split(".")[0] in {"spacy", "thinc"}}, name
