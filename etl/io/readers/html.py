"""Saved government pages and WeChat articles: the main text, one paragraph per line.

The page's own metadata (title, publish date, canonical URL) is read before the boilerplate
is removed; the text comes from the WeChat body, a known CMS content container, or else the
block holding the most paragraph text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl.contract.model import InputError, RawDoc
from etl.contract.settings import Limits
from etl.io.readers.common import check_doc_size, describe
from etl.io.readers.html_meta import page_hints, page_title
from etl.io.readers.text import decode_text

_DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "iframe", "template"]
_DROP_TAGS += ["head", "svg", "select", "button", "textarea", "object", "embed"]
_BLOCKS = "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, section, article, blockquote, table, ul, ol, pre"
# Containers named by WeChat and the common government CMSs (TRS, 开普云 UCAP) hold the text;
# generic names such as .content may be a small wrapper, so they must hold some real text.
_KNOWN_CONTENT = ("#js_content", ".TRS_Editor", "#zoom", "#UCAP-CONTENT", ".pages_content")
_GENERIC_CONTENT = (
    ".article-content",
    ".article_content",
    ".main-text",
    ".content",
    "#content",
    "article",
    ".article",
)
_MIN_CONTENT_CHARS = 50
_MIN_DENSE_CHARS = 20
_FORM_MAX_CHARS = 200
_BOILER_TOKEN = re.compile(
    r"(?:^|[\s_-])(nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|sidebar|side|copyright|comments?"
    r"|toolbar|related|recommend|position|location|topbar|banner|login|search|qrcode|print|fontsize)"
    r"(?:$|[\s_-])"
)
_BOILER_PART = re.compile(r"share|breadcrumb|copyright|footer|comment|navbar|sidebar")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
# Lexbor's parser is quadratic in the depth of nested block elements (2 s at 20,000 levels).
_DEEP_TAGS = re.compile(
    r"<(/?)(?:div|section|article|aside|main|blockquote|center|ul|ol|dl|fieldset|figure|address)\b",
    re.IGNORECASE,
)
_MAX_DEPTH = 3_000
_BREAK = "\x1e"  # marks a block boundary while the text is flattened
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"


def _declared_charset(data: bytes) -> str | None:
    if m := _CHARSET.search(data[:4096]):
        name = m.group(1).decode("ascii", errors="ignore").lower()
        return _CHARSET_ALIASES.get(name, name)
    return None


def _check_depth(html: str, source: str) -> None:
    depth = 0
    for m in _DEEP_TAGS.finditer(html):
        depth = max(depth - 1, 0) if m.group(1) else depth + 1
        if depth > _MAX_DEPTH:
            raise InputError(source, "read", f"the HTML is nested too deeply (over {_MAX_DEPTH:,} levels)")


def _is_boilerplate(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()
    return bool(_BOILER_TOKEN.search(names) or _BOILER_PART.search(names))


def _remove_boilerplate(root: LexborNode) -> None:
    # remove(recursive=False) unlinks without freeing: nodes inside a removed one stay valid
    for node in [n for n in root.css("[id], [class]") if _is_boilerplate(n)]:
        if node.mem_id != root.mem_id:
            node.remove(recursive=False)


def _drop_small_forms(tree: LexborHTMLParser) -> None:
    """Search and login forms go; ASP.NET sites wrap the whole page in one <form>, which stays."""
    for form in tree.css("form"):
        if form.css_first("p") is None and len(form.text(strip=True)) < _FORM_MAX_CHARS:
            form.remove(recursive=False)


def _densest(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose direct <p> children hold the most text."""
    scores: dict[int, tuple[int, LexborNode]] = {}
    for p in tree.css("p"):
        parent = p.parent
        if parent is not None:
            score, _ = scores.get(parent.mem_id, (0, parent))
            scores[parent.mem_id] = (score + len(p.text(strip=True)), parent)
    best = max(scores.values(), key=lambda item: item[0], default=None)
    return best[1] if best and best[0] >= _MIN_DENSE_CHARS else None


def _content_node(tree: LexborHTMLParser) -> LexborNode | None:
    for selectors, min_chars in ((_KNOWN_CONTENT, 1), (_GENERIC_CONTENT, _MIN_CONTENT_CHARS)):
        for selector in selectors:
            for node in tree.css(selector):
                if len(node.text(strip=True)) >= min_chars:
                    return node
    return None


def _flatten(node: LexborNode) -> str:
    for block in node.css(_BLOCKS):
        block.insert_before(_BREAK)
        block.insert_after(_BREAK)
    raw = node.text(deep=True, separator="")
    raw = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*", "\n", raw)  # source line breaks are spaces
    raw = re.sub(f"(?<=[{_CJK}])\n(?=[{_CJK}])", "", raw)  # ... except between Chinese characters
    raw = raw.replace("\n", " ")
    lines = (re.sub(r"[ \t\xa0\u3000]{2,}", " ", line).strip() for line in raw.split(_BREAK))
    return "\n".join(line for line in lines if line)


def html_text(html: str, source: str) -> tuple[str, str | None, dict[str, str]]:
    """The main text, the title and the hints of a page."""
    _check_depth(html, source)
    tree = LexborHTMLParser(html)
    title, hints = page_title(tree), page_hints(tree)
    tree.strip_tags(_DROP_TAGS, recursive=True)
    _drop_small_forms(tree)
    node = _content_node(tree) or _densest(tree) or tree.body
    if node is None:
        return "", title, hints
    _remove_boilerplate(node)
    return _flatten(node), title, hints


def html_doc(
    html: str, source: str, limits: Limits, hints: Mapping[str, str], warnings: tuple[str, ...] = ()
) -> RawDoc:
    """The report in a decoded page (an .html file, or the page inside a saved .mht)."""
    try:
        text, title, page = html_text(html, source)
    except InputError:
        raise
    except Exception as exc:  # a parser failure must name the file, not stop the run
        raise InputError(source, "read", f"the HTML page could not be parsed ({describe(exc)})") from None
    if not text:
        raise InputError(source, "read", "the HTML page has no text")
    check_doc_size(source, text, limits)
    filename = Path(source).name
    return RawDoc(
        source=source,
        input=source,
        text=text,
        title=title,
        hints={"filename": filename, **page, **hints},
        warnings=warnings,
    )


def read_html_file(path: Path, limits: Limits, hints: Mapping[str, str]) -> RawDoc:
    source = str(path)
    data = path.read_bytes()
    decoded = decode_text(data, source, _declared_charset(data))
    return html_doc(decoded.text, source, limits, hints, (decoded.warning,) if decoded.warning else ())
