"""The CJK font for word clouds, SVG and headless Chromium (no streamlit here).

The machine has no CJK font of its own. ``noto-cjk[sans]`` ships a font *collection*; face 2 is
Simplified Chinese (face 0 is Japanese and draws some characters in Japanese forms). Pillow,
wordcloud and fontconfig want one face per file, so face 2 is extracted once into a cache folder.
Both files are written to a temporary name and renamed, so parallel processes never see half.
"""

from __future__ import annotations

import functools
import os
import tempfile
import uuid
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["CSS_STACK", "FontUnavailable", "cjk_font_path", "default_cache_dir", "family_name", "fontconfig_file"]

SC_FACE = 2  # Noto Sans CJK SC inside NotoSansCJK-Regular.ttc
FONT_FILE = "NotoSansCJKsc-Regular.otf"
FAMILY = "Noto Sans CJK SC"
# The CSS font stack of charts and the reader (declared here only): the face above first, then
# fonts a viewer's browser may have for Chinese, so the toolbar's PNG/SVG keep the Chinese too.
CSS_STACK = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)


class FontUnavailable(RuntimeError):
    """The CJK font package is not installed or the collection cannot be read."""


def default_cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "policy-themes-fonts"


def _atomic_write(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _collection_path() -> Path:
    try:
        import noto_cjk
    except ImportError:
        raise FontUnavailable('the CJK font is missing: pip install "noto-cjk[sans]"') from None
    return Path(noto_cjk.otc_path("sans"))


@functools.lru_cache(maxsize=4)
def cjk_font_path(cache_dir: Path | None = None) -> Path:
    """Path of the Simplified Chinese face as its own .otf file, extracted on first use."""
    folder = cache_dir or default_cache_dir()
    target = folder / FONT_FILE
    if target.is_file() and target.stat().st_size > 0:
        return target
    from fontTools.ttLib import TTCollection

    source = _collection_path()
    try:
        face = TTCollection(str(source), lazy=False).fonts[SC_FACE]
    except (OSError, IndexError) as exc:
        raise FontUnavailable(f"{source}: cannot read face {SC_FACE} of the font collection ({exc})") from None
    folder.mkdir(parents=True, exist_ok=True)
    _atomic_write(target, lambda tmp: face.save(str(tmp)))
    return target


def family_name() -> str:
    """The CSS / fontconfig family of the extracted face."""
    return FAMILY


def fontconfig_file(cache_dir: Path | None = None) -> Path:
    """A fonts.conf that keeps the system fonts and adds the CJK face, preferred for sans-serif.

    Point ``FONTCONFIG_FILE`` at it before Chromium (kaleido, Playwright) starts.
    """
    font = cjk_font_path(cache_dir)
    folder = font.parent
    conf = folder / "fonts.conf"
    text = fontconfig_text(folder, folder / "fc-cache")
    if not conf.is_file() or conf.read_text(encoding="utf-8") != text:
        _atomic_write(conf, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return conf


def fontconfig_text(font_dir: Path, cache: Path) -> str:
    families = "".join(
        f"<alias><family>{generic}</family><accept><family>{FAMILY}</family></accept></alias>\n"
        for generic in ("sans-serif", "serif", "monospace")
    )
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"<dir>{escape(str(font_dir))}</dir>\n<cachedir>{escape(str(cache))}</cachedir>\n"
        f"{families}</fontconfig>\n"
    )
