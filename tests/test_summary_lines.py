"""What ``policy-themes etl`` prints about errors: the rows of one table with one message are one line."""

from __future__ import annotations

from etl.run.summary import RunSummary


def _error_lines(summary: RunSummary) -> list[str]:
    return [line for line in summary.lines() if line.startswith(("error:", "..."))]


def test_rows_of_one_table_with_one_message_are_one_line() -> None:
    no_text = "no text in this row (its columns: file, url; looked for content, text)"
    errors = [(f"a/list.jsonl#row={i}", no_text) for i in range(72)]
    errors += [("a/b.txt", "not text (binary data)"), ("a/t.csv#row=3", "invalid JSON on this line")]
    summary = RunSummary(inputs=3, failed=2, meetings_read=1, errors=errors)
    assert _error_lines(summary) == [
        f"error: a/list.jsonl (72 rows): {no_text}",
        "error: a/b.txt: not text (binary data)",
        "error: a/t.csv#row=3: invalid JSON on this line",
    ]


def test_rows_with_other_messages_or_of_other_files_stay_apart() -> None:
    errors = [
        ("t.csv#row=0", "no text"),
        ("t.csv#row=1", "bad row"),
        ("t.csv#row=2", "no text"),
        ("u.csv#row=0", "no text"),
    ]
    lines = _error_lines(RunSummary(meetings_read=1, errors=errors))
    assert lines == [f"error: {src}: {msg}" for src, msg in errors]


def test_the_count_after_twenty_lines_counts_errors_not_lines() -> None:
    errors = [(f"f{i}.txt", "not text") for i in range(20)] + [(f"big.csv#row={i}", "no text") for i in range(50)]
    lines = _error_lines(RunSummary(meetings_read=1, errors=errors))
    assert len(lines) == 21
    assert lines[-1] == "... and 50 more errors (table errors in the warehouse)"
