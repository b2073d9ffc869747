"""Write the generated parts of the README (the data contract table) from the code."""

from __future__ import annotations

import re
from pathlib import Path

from etl.contract.schema import markdown

README = Path(__file__).resolve().parent.parent / "README.md"


def render(text: str) -> str:
    block = f"<!-- contract:start -->\n{markdown()}\n<!-- contract:end -->"
    return re.sub(r"<!-- contract:start -->.*?<!-- contract:end -->", lambda _: block, text, flags=re.S)


if __name__ == "__main__":
    README.write_text(render(README.read_text(encoding="utf-8")), encoding="utf-8")
