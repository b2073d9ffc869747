"""Arrow arrays built from buffers equal pyarrow's own conversion, and need no pandas."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.contract import arrow_values, schema

_VALUES = {
    pa.string(): st.text(),
    pa.int32(): st.integers(-(2**31), 2**31 - 1),
    pa.int64(): st.integers(-(2**63), 2**63 - 1),
    pa.bool_(): st.booleans(),
    pa.date32(): st.dates(),
}


@pytest.mark.parametrize("type_", list(_VALUES), ids=str)
@given(data=st.data())
def test_built_array_equals_pyarrow_conversion(type_: pa.DataType, data: st.DataObject) -> None:
    values = data.draw(st.lists(st.one_of(st.none(), _VALUES[type_]), max_size=40))
    built = arrow_values.array(values, type_)
    built.validate(full=True)
    assert built.equals(pa.array(values, type_))
    assert built.null_count == values.count(None)


def test_values_of_another_python_type_are_left_to_pyarrow() -> None:
    # the same errors as pyarrow's, never a silent conversion
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        arrow_values.array(["a", 1], pa.string())
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        arrow_values.array([True, 2], pa.int32())
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        arrow_values.array(["2020-05-06"], pa.date32())
    with pytest.raises(pa.ArrowInvalid):
        arrow_values.array([2**31], pa.int32())


def test_contract_table_from_rows_equals_from_pylist() -> None:
    rows = [
        {"input": "a/b.txt", "size": 3, "mtime_ns": 2**40, "sha256": "ab", "n_meetings": 1, "n_errors": 0},
        {"input": "c.jsonl", "size": 0, "mtime_ns": 1, "sha256": "", "n_meetings": 0, "n_errors": 2, "hints": "{}"},
    ]
    built = arrow_values.table_from_rows(rows, schema.INPUTS.schema)
    assert built.equals(pa.Table.from_pylist(rows, schema=schema.INPUTS.schema))
    meetings = {c: [None] for c in schema.MEETINGS.column_names} | {"date": [dt.date(2020, 5, 6)], "is_report": [True]}
    assert arrow_values.table(meetings, schema.MEETINGS.schema).equals(
        pa.Table.from_pydict(meetings, schema=schema.MEETINGS.schema)
    )


def test_tables_are_built_without_loading_pandas() -> None:
    code = (
        "import sys, pyarrow as pa; from etl.contract import arrow_values, schema;"
        "arrow_values.table_from_rows([{'input': 'x', 'size': 1}], schema.INPUTS.schema);"
        "arrow_values.array(['a', None], pa.string()); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_large_arrays_are_built_without_pandas_and_equal_pyarrow_conversion() -> None:
    code = (
        "import sys, pyarrow as pa; from etl.contract import arrow_values;"
        "words = [None if i % 7 == 0 else '词' * (i % 5) + str(i) for i in range(250_000)];"
        "odd = words[:1000] + ['a\\x00b'] + words[1000:];"  # a value holding the separator
        "built = [arrow_values.array(v, pa.string()) for v in (words, odd)];"
        "counts = arrow_values.array(list(range(250_000)), pa.int64());"
        "print('pandas' in sys.modules);"
        "print(all(b.equals(pa.array(v, pa.string())) for b, v in zip(built, (words, odd))),"
        " counts.equals(pa.array(list(range(250_000)), pa.int64())), built[0].null_count)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "True", str(len(range(0, 250_000, 7)))]


@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["a", "b", "", "長"]), st.sampled_from(["k1", "k2"]), st.integers(0, 10**6)),
        max_size=60,
    ),
    chunks=st.integers(1, 3),
)
def test_sum_by_equals_group_by(rows: list[tuple[str, str, int]], chunks: int) -> None:
    g, key, docs = (list(c) for c in zip(*rows, strict=True)) if rows else ([], [], [])
    whole = pa.table(
        {"g": pa.array(g, pa.string()), "key": pa.array(key, pa.string()), "docs": pa.array(docs, pa.int32())}
    )
    bounds = [i * len(rows) // chunks for i in range(chunks + 1)]
    table = pa.concat_tables([whole.slice(a, b - a) for a, b in itertools.pairwise(bounds)])
    summed = arrow_values.sum_by(table, ["g", "key"], "docs")
    expected = table.group_by(["g", "key"], use_threads=False).aggregate([("docs", "sum")])
    order = [("g", "ascending"), ("key", "ascending")]
    assert summed.sort_by(order).equals(expected.sort_by(order))
    firsts = list(dict.fromkeys(zip(g, key, strict=True)))  # one row per keys, in order of first appearance
    assert list(zip(summed["g"].to_pylist(), summed["key"].to_pylist(), strict=True)) == firsts


def test_sum_by_on_no_chunks_needs_no_pandas() -> None:
    code = (
        "import sys, pyarrow as pa; from etl.contract import arrow_values;"
        "t = pa.Table.from_batches([], pa.schema([('g', pa.string()), ('docs', pa.int32())]));"
        "print(arrow_values.sum_by(t, ['g'], 'docs').num_rows, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]
