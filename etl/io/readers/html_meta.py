"""What a saved page says about itself: title, publish date and canonical URL."""

from __future__ import annotations

import datetime as dt
import re

from selectolax.lexbor import LexborHTMLParser

_TITLE_META = ("og:title", "articletitle", "twitter:title")
_DATE_META = ("article:published_time", "pubdate", "publishdate", "publish_date", "firstpublishedtime")
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_PUBLISH_LINE = re.compile(r"发布(?:时间|日期)\s*[:：]?\s*(.{0,30})")
_WECHAT_CT = re.compile(r"""\bct\s*=\s*["'](\d{9,11})["']""")
_CHINA = dt.timezone(dt.timedelta(hours=8))
_MAX_TITLE = 500


def _meta(tree: LexborHTMLParser, names: tuple[str, ...]) -> str | None:
    """The content of the first <meta> whose name or property is one of ``names``."""
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = (attrs.get("content") or "").strip()
        if key in names and content and key not in found:
            found[key] = content
    return next((found[n] for n in names if n in found), None)


def _text_of(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    text = node.text(strip=True) if node is not None else ""
    return text or None


def page_title(tree: LexborHTMLParser) -> str | None:
    title = (
        _meta(tree, _TITLE_META) or _text_of(tree, "#activity-name") or _text_of(tree, "h1") or _text_of(tree, "title")
    )
    return re.sub(r"\s+", " ", title)[:_MAX_TITLE] if title else None


def iso_date(text: str) -> str | None:
    """``YYYY-MM-DD`` from the first date written in ``text``, if it is a real date."""
    if not (m := _DATE.search(text)):
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _wechat_timestamp(tree: LexborHTMLParser) -> str | None:
    for script in tree.css("script"):
        if m := _WECHAT_CT.search(script.text() or ""):
            return dt.datetime.fromtimestamp(int(m[1]), _CHINA).date().isoformat()
    return None


def publish_date(tree: LexborHTMLParser) -> str | None:
    candidates = [_meta(tree, _DATE_META), _text_of(tree, "#publish_time")]
    for text in candidates:
        if text and (date := iso_date(text)):
            return date
    if date := _wechat_timestamp(tree):
        return date
    body = tree.body.text(separator="\n") if tree.body is not None else ""
    if m := _PUBLISH_LINE.search(body):
        return iso_date(m[1])
    return None


def canonical_url(tree: LexborHTMLParser) -> str | None:
    link = tree.css_first("link[rel=canonical][href]")
    url = (link.attributes.get("href") or "") if link is not None else ""
    url = url.strip() or _meta(tree, ("og:url",)) or ""
    return url if url.startswith(("http://", "https://")) else None


def page_hints(tree: LexborHTMLParser) -> dict[str, str]:
    hints = {"publish_date": publish_date(tree), "url": canonical_url(tree)}
    return {k: v for k, v in hints.items() if v}
