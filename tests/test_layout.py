"""The package's shape: no import cycles between modules, no module too long to read, and
Chinese words kept in resource files rather than in Python string literals."""

import ast
import re
from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[tuple[str, list[str]]]:
    """(module, imported names) for every import, inside functions too (a hidden
    import is still a dependency), except those only for type checkers."""
    found: list[tuple[str, list[str]]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        if path.name == "__init__.py":
            own_packages.add(name)
        for target, names in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if not target.startswith("assistant"):
                continue
            targets = {f"{target}.{n}" if f"{target}.{n}" in modules else target for n in names}
            targets = targets or {target}
            for t in targets:
                # Importing a.b.c runs a/__init__ and a/b/__init__ first.
                parts = t.split(".")
                chain = {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
                graph[name].update(m for m in chain if m in modules and m not in own_packages)
        graph[name].discard(name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def connect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_imports_inside_functions_and_parent_packages():
    graph = _graph()
    assert "assistant.index" in graph["assistant.retrieval.retriever"]
    # cli imports its stages inside the command functions
    assert "assistant.ingest.pipeline" in graph["assistant.cli"]
    # importing assistant.ingest.pipeline runs assistant/ingest/__init__.py first
    assert "assistant.ingest" in graph["assistant.cli"]
    assert "assistant.ingest" not in graph["assistant.ingest.pipeline"]


def test_no_import_cycles():
    cycles = _cycles(_graph())
    report = "\n".join(" <-> ".join(c) for c in cycles)
    assert not cycles, f"import cycles between modules:\n{report}"


def test_no_module_over_the_line_limit():
    long = {
        name: n
        for name, path in _modules().items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    report = ", ".join(f"{name} ({n} lines)" for name, n in sorted(long.items()))
    assert not long, f"modules over {MAX_LINES} lines: {report}"


# ---------- Chinese words live in resource files ----------

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Areas whose Chinese words have all moved to resources/*.yaml.
CLEAN_AREAS = [
    "answering",
    "evaluation/runner.py",
    "evaluation/scoring.py",
    "evaluation/bench.py",
    "evaluation/distractors.py",
    "evaluation/report.py",
    "text.py",
]
# Whole package: fewer than this many Chinese literals outside the resource files.
PACKAGE_LIMIT = 30


def chinese_literals(path: Path) -> list[tuple[int, str]]:
    """(line, value) of every string constant of a module holding a CJK character.
    Docstrings count: they are literals too, and their examples belong in test tables."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _CJK.search(node.value)
    ]


def _literals_under(path: Path) -> list[str]:
    files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [
        f"{p.relative_to(PACKAGE.parent)}:{line}: {value[:30]!r}"
        for p in files
        for line, value in chinese_literals(p)
    ]


def test_literal_counter_finds_literals_and_docstrings(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text(
        '"""文档。"""\nX = "中文"\nY = "ascii"\nZ = r"[\\u4e00-\\u9fff]"\ndef f():\n    """说明"""\n',
        encoding="utf-8",
    )
    assert [line for line, _ in chinese_literals(sample)] == [1, 2, 6]


@pytest.mark.parametrize("area", CLEAN_AREAS)
def test_clean_areas_have_no_chinese_literals(area):
    found = _literals_under(PACKAGE / area)
    assert found == [], "Chinese literals (move them to resources/*.yaml):\n" + "\n".join(found)


def test_package_has_fewer_chinese_literals_than_the_limit():
    """What remains is documented where it stands: the BGE models' published query
    instruction and the dimension probe (index/embeddings.py)."""
    found = _literals_under(PACKAGE)
    assert len(found) < PACKAGE_LIMIT, (
        f"{len(found)} Chinese literals in assistant/**/*.py (limit {PACKAGE_LIMIT}):\n"
        + "\n".join(found)
    )


class _KeyCounter(yaml.SafeLoader):
    """A YAML loader noting every mapping key written twice (PyYAML keeps the last one
    silently, so a second entry for a word would drop the first one's forms)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        self.repeated += [k for k in set(keys) if keys.count(k) > 1]
        return super().construct_mapping(node, deep=deep)


def _repeated_keys(text: str) -> list:
    loader = _KeyCounter(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeated


def test_the_key_counter_finds_a_key_written_twice():
    assert _repeated_keys("a:\n  x: [1]\n  y: [2]\n  x: [3]\n") == ["x"]
    assert _repeated_keys("a:\n  x: [1]\nb:\n  x: [2]\n") == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "resources").glob("*.yaml")))
def test_resource_files_write_no_key_twice(path):
    assert _repeated_keys(path.read_text(encoding="utf-8")) == [], path.name
