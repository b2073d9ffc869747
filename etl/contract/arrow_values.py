"""Arrow arrays and tables from Python values, without loading pandas.

pyarrow imports pandas the first time it converts Python values (``pa.array``, ``from_pylist``,
``from_pydict``: it asks whether they are pandas objects), a quarter of a second and more in
every process: most of a recount's or a small addition's own work, and a few per cent of a full
run's workers. Arrays of the contract's types are built here from their buffers instead (strings
from one joined encoding, which is about as fast as pyarrow's own conversion); once pandas is
loaded anyway, or for another type, ``pa.array`` converts them. Both give equal arrays
(``tests/test_arrow_values.py``).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["array", "scalar", "sum_by", "table", "table_from_rows"]

_EPOCH = dt.date(1970, 1, 1)
_SEPARATOR = "\x00"  # joins the strings to encode them at once; a value holding it is encoded alone


def _validity(values: Sequence[Any]) -> tuple[pa.Buffer | None, int]:
    nulls = values.count(None) if isinstance(values, list) else sum(v is None for v in values)
    if not nulls:
        return None, 0
    valid = np.fromiter((v is not None for v in values), dtype=np.bool_, count=len(values))
    return pa.py_buffer(np.packbits(valid, bitorder="little")), nulls


def _strings(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    """The strings joined and encoded in one call, then cut where the separators fall by Arrow's
    own split (a numpy scan for the separators and a copy without them took as long as the join)."""
    validity, nulls = _validity(values)
    plain = [("" if v is None else v) for v in values] if nulls else values
    try:
        data = _SEPARATOR.join(plain).encode("utf-8")
    except (TypeError, UnicodeEncodeError):  # a value not a string, a lone surrogate: pyarrow's own conversion or error
        return pa.array(values, type_)
    if len(data) >= 2**31:  # beyond 32-bit offsets: pyarrow chunks it, or says why not
        return pa.array(values, type_)
    ends = pa.py_buffer(np.array([0, len(data)], dtype=np.int32))
    joined = pa.Array.from_buffers(pa.string(), 1, [None, ends, pa.py_buffer(data)])
    pieces = pc.split_pattern(joined, _SEPARATOR).values
    if len(pieces) != len(values):  # a value holds the separator, or there are no values
        return _strings_one_by_one(values, type_, validity, nulls)
    offsets, body = pieces.buffers()[1:]
    return pa.Array.from_buffers(type_, len(values), [validity, offsets, body], nulls, pieces.offset)


def _strings_one_by_one(values: Sequence[Any], type_: pa.DataType, validity: pa.Buffer | None, nulls: int) -> pa.Array:
    encoded = [b"" if v is None else v.encode("utf-8") for v in values]
    ends = np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))
    if len(ends) and ends[-1] >= 2**31:
        return pa.array(values, type_)
    offsets = np.zeros(len(encoded) + 1, dtype=np.int32)
    offsets[1:] = ends
    data = pa.py_buffer(b"".join(encoded))
    return pa.Array.from_buffers(type_, len(values), [validity, pa.py_buffer(offsets), data], nulls)


def _numbers(dtype: type[np.generic]) -> Callable[[Sequence[Any], pa.DataType], pa.Array]:
    def build(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
        validity, nulls = _validity(values)
        plain = values if not nulls else [0 if v is None else v for v in values]
        try:
            data = np.fromiter(plain, dtype=dtype, count=len(values))
        except OverflowError:  # out of the type's range: pyarrow's own error
            return pa.array(values, type_)
        return pa.Array.from_buffers(type_, len(values), [validity, pa.py_buffer(data)], nulls)

    return build


def _booleans(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    validity, nulls = _validity(values)
    bits = np.fromiter((bool(v) for v in values), dtype=np.bool_, count=len(values))
    data = pa.py_buffer(np.packbits(bits, bitorder="little"))
    return pa.Array.from_buffers(type_, len(values), [validity, data], nulls)


def _dates(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    if any(v is not None and (type(v) is not dt.date) for v in values):
        return pa.array(values, type_)  # a datetime, or not a date: pyarrow's own conversion or error
    days = [None if v is None else (v - _EPOCH).days for v in values]
    return _numbers(np.int32)(days, type_)


_BUILDERS: dict[pa.DataType, Callable[[Sequence[Any], pa.DataType], pa.Array]] = {
    pa.string(): _strings,
    pa.int32(): _numbers(np.int32),
    pa.int64(): _numbers(np.int64),
    pa.bool_(): _booleans,
    pa.date32(): _dates,
}
# The Python types each builder takes, None's too. Strings are not checked: the join that encodes
# them refuses any other value (the check cost as much as the encoding, on the terms' column).
_CHECKED: dict[pa.DataType, frozenset[type]] = {
    pa.int32(): frozenset({int, type(None)}),
    pa.int64(): frozenset({int, type(None)}),
    pa.bool_(): frozenset({bool, type(None)}),
}


def _plain(values: Sequence[Any], type_: pa.DataType) -> bool:
    """Every value is None or of the Python type the builder expects (anything else: pa.array)."""
    kinds = _CHECKED.get(type_)
    return kinds is None or kinds.issuperset(map(type, values))


def array(values: Sequence[Any], type_: pa.DataType) -> pa.Array:
    """``pa.array(values, type_)``, built from buffers while pandas is not loaded."""
    build = _BUILDERS.get(type_)
    if build is None or "pandas" in sys.modules or not _plain(values, type_):
        return pa.array(values, type_)
    return build(values, type_)


def scalar(value: Any, type_: pa.DataType) -> pa.Scalar:
    """``pa.scalar(value, type_)`` (a compute function given a Python value converts it so)."""
    return array([value], type_)[0]


def table(columns: Mapping[str, Sequence[Any]], schema: pa.Schema) -> pa.Table:
    """``pa.Table.from_pydict(columns, schema=schema)``."""
    arrays = [array(columns[f.name], f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def table_from_rows(rows: Sequence[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """``pa.Table.from_pylist(rows, schema=schema)``."""
    return table({f.name: [r.get(f.name) for r in rows] for f in schema}, schema)


def _one_array(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The column as one array (``combine_chunks`` of no chunks converts ``[]``, loading pandas)."""
    if not isinstance(column, pa.ChunkedArray):
        return column
    if column.num_chunks == 0:
        return pa.nulls(0, column.type)
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


def _integers(column: pa.Array | pa.ChunkedArray) -> np.ndarray[Any, np.dtype[np.int64]]:
    """An integer column without nulls as int64 numpy values (``to_numpy`` would load pandas)."""
    arr = _one_array(column)
    if arr.null_count:
        raise ValueError("sum_by: null keys or values")
    dtype = np.dtype(arr.type.to_pandas_dtype())
    data = np.frombuffer(arr.buffers()[1], dtype=dtype, count=len(arr) + arr.offset)[arr.offset :]
    return data.astype(np.int64)


def _int64s(values: np.ndarray[Any, np.dtype[np.int64]]) -> pa.Array:
    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(np.ascontiguousarray(values))])


def sum_by(table: pa.Table, keys: Sequence[str], value: str) -> pa.Table:
    """``table.group_by(keys).aggregate([(value, "sum")])``: the key columns, then ``<value>_sum``
    (int64), one row per distinct keys, in order of first appearance.

    Computed with dictionary codes and numpy: ``group_by`` loads pyarrow's dataset layer, which
    imports pandas (0.25-0.7 s at the start of a small addition to a warehouse)."""
    codes = np.zeros(table.num_rows, dtype=np.int64)
    for key in keys:
        encoded = pc.dictionary_encode(_one_array(table[key]), null_encoding="encode")
        index = _integers(encoded.indices)
        _, codes = np.unique(codes * len(encoded.dictionary) + index, return_inverse=True)  # dense again
    _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
    sums = np.zeros(len(first), dtype=np.int64)
    np.add.at(sums, inverse.reshape(-1), _integers(table[value]))
    order = np.argsort(first, kind="stable")
    out = table.select(list(keys)).take(_int64s(first[order]))
    return out.append_column(f"{value}_sum", _int64s(sums[order]))
