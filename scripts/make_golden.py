"""Regenerate tests/golden/segmentation.jsonl with the reference jieba (pip install jieba).

The golden file pins jieba 0.42.1 precise mode (HMM on) with the shipped policy dictionary;
tests check that the fast tokenizer (rjieba) reproduces it token for token.
"""

from __future__ import annotations

import json
from pathlib import Path

import jieba

from etl.count.codebook import load_folder

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    jieba.setLogLevel(60)
    for word in sorted(load_folder(ROOT / "data" / "codebook").dictionary):
        jieba.add_word(word)
    lines = (ROOT / "tests/golden/sentences.txt").read_text(encoding="utf-8").splitlines()
    with open(ROOT / "tests/golden/segmentation.jsonl", "w", encoding="utf-8") as out:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                out.write(json.dumps({"text": line, "tokens": jieba.lcut(line)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
