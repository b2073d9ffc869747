"""Nothing from data or uploads is ever run: no eval, exec, pickle, marshal, shelve or YAML objects.

The package source (etl/, dashboard/) is searched for the calls that turn bytes into code or
arbitrary objects. A hit fails unless it is in ``ALLOWED`` with the reason it is safe. (Process
pools pickle our own result objects between our own processes; that is not loading untrusted
data and does not appear in the source.)
"""

from __future__ import annotations

import re

from etl.contract.settings import PROJECT_ROOT

PACKAGES = ("etl", "dashboard")
DANGEROUS = re.compile(
    r"\beval\s*\(|\bexec\s*\(|\bpickle\b|\bcPickle\b|\bdill\b|\bcloudpickle\b|\bjoblib\.load\b|read_pickle"
    r"|\byaml\.(?:load|unsafe_load|full_load)\s*\(|\bmarshal\b|\bshelve\b|allow_pickle\s*=\s*True"
    r"|__import__\s*\(|\bos\.system\s*\(|shell\s*=\s*True|\.query\s*\(\s*[^\"'\s]"
)
# (file, the matched text) -> why it is safe. Keep this short; every entry is a promise.
ALLOWED: dict[tuple[str, str], str] = {}


def _hits() -> list[tuple[str, int, str, str]]:
    out = []
    for package in PACKAGES:
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            rel = path.relative_to(PROJECT_ROOT).as_posix()
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                code = line.split("#", 1)[0]
                for match in DANGEROUS.finditer(code):
                    out.append((rel, lineno, match.group(0), line.strip()))
    return out


def test_no_code_or_objects_are_loaded_from_data() -> None:
    unexplained = [f"{rel}:{n}: {line}" for rel, n, text, line in _hits() if (rel, text) not in ALLOWED]
    assert not unexplained, "eval/exec/pickle-like calls outside the allow-list:\n" + "\n".join(unexplained)


def test_the_allow_list_has_no_stale_entries() -> None:
    found = {(rel, text) for rel, _n, text, _line in _hits()}
    assert set(ALLOWED) <= found, set(ALLOWED) - found


def test_the_search_finds_what_it_looks_for() -> None:
    for snippet in ("eval(x)", "exec (code)", "pickle.loads(b)", "yaml.load(f)", "import marshal", "shelve.open(p)",
                    "np.load(p, allow_pickle=True)", "subprocess.run(c, shell=True)", "df.query(expr)"):  # fmt: skip
        assert DANGEROUS.search(snippet), snippet
    for snippet in (
        "re.compile(p)",
        "model.evaluate(x)",
        "executor.map(f)",
        'df.query("a == @b")',
        "yaml.safe_load(f)",
    ):
        assert not DANGEROUS.search(snippet), snippet


def test_the_package_folders_exist() -> None:
    assert all((PROJECT_ROOT / p / "__init__.py").is_file() for p in PACKAGES)
