"""The traditional-tolerant patterns: the forms file is opencc's, and patterns read both scripts."""

from __future__ import annotations

import subprocess
import sys

from etl.extract.text import patterns


def test_traditional_forms_file_holds_what_opencc_gives() -> None:
    # Regenerate with `python -m etl.extract.text.patterns` when opencc's tables change.
    assert patterns._traditional_forms() == patterns.opencc_traditional_forms()


def test_widened_pattern_reads_both_scripts_and_the_extra_forms() -> None:
    pattern = patterns.compile_tc("会议听取汇报")
    assert pattern.fullmatch("会议听取汇报")
    assert pattern.fullmatch("會議聽取彙報")  # 彙 is one of the forms opencc does not give
    assert pattern.fullmatch("會議聽取匯報")
    assert not pattern.fullmatch("会议听取工作")


def test_reading_patterns_load_without_opencc() -> None:
    code = "import sys, etl.run.process, etl.run.fingerprint; print('opencc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
