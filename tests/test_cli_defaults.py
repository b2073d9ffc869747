"""The command line's help shows the defaults declared in ``etl.contract.settings``, not copies of them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from etl.run import cli


def _help(*args: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        cli._parser().parse_args([*args, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_help_shows_the_settings_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help("etl", capsys=capsys)
    assert f"(default: {cli.DEFAULTS.warehouse})" in text
    assert "(default: data/codebook)" in text and "(default: all cores)" in text
    assert f"(default: {cli.DEFAULTS.wait})" in text and f"(default: {cli.DEFAULTS.engine})" in text


def test_a_changed_default_changes_the_help(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "DEFAULTS", replace(cli.DEFAULTS, wait=2.5, workers=3))
    text = _help("recount", capsys=capsys)
    assert "(default: 3)" in text
    assert "(default: 2.5)" in _help("etl", capsys=capsys)
