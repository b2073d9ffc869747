"""Render one report as the files users really have: WeChat and gov-site text, HTML pages, CSV rows.

Every renderer keeps the report's own lines (title line and paragraphs) identical, so two copies
of one report differ only in boilerplate and are recognisable as one meeting.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass

from etl.demo.report import Report
from etl.demo.world import Person, Region

_INDENT = "\u3000\u3000"


@dataclass(frozen=True)
class Rendered:
    text: str
    byline_names: tuple[str, ...] = ()


def publish_stamp(day: dt.date, rng: random.Random) -> str:
    return f"{day.isoformat()} {rng.randint(8, 21):02d}:{rng.choice((0, 10, 20, 30, 40, 50)):02d}"


def _byline(rng: random.Random, staff: tuple[Person, ...]) -> tuple[str, tuple[str, ...]]:
    writer, editor, checker = rng.sample(staff, 3)
    form = rng.randrange(3)
    if form == 0:
        return f"文稿：{writer.name}　编辑：{editor.name}　审核：{checker.name}", (
            writer.name,
            editor.name,
            checker.name,
        )
    if form == 1:
        return f"记者：{writer.name}　编辑：{editor.name}", (writer.name, editor.name)
    return f"文稿:{writer.name} 编辑:{editor.name}", (writer.name, editor.name)


def wechat_text(report: Report, region: Region, rng: random.Random, staff: tuple[Person, ...]) -> Rendered:
    """A WeChat article pasted into a .txt: follow prompts on top, byline and QR prompts below."""
    byline, names = _byline(rng, staff)
    lines = [
        rng.choice(("点击上方蓝字关注我们", f"点击上方蓝字“{region.wechat}”关注我们")),
        report.title,
        "",
        *(_INDENT + p if rng.random() < 0.5 else p for p in report.paragraphs),
        "",
        byline,
        f"来源：{region.media}",
        "长按识别二维码关注",
        "阅读原文",
        "预览时标签不可点",
    ]
    return Rendered("\n".join(lines) + "\n", names)


def gov_text(report: Report, region: Region, rng: random.Random, publish: dt.date | None) -> Rendered:
    """A gov-site page saved as text: breadcrumb, source/publish line, font and print links."""
    source = f"来源：{region.media}"
    if publish is not None:
        source += f"　发布时间：{publish_stamp(publish, rng)}"
    lines = [
        "当前位置：首页 > 要闻动态 > 工作动态",
        report.title,
        source,
        "【字体：大 中 小】",
        *(_INDENT + p for p in report.paragraphs),
        "打印本页 关闭窗口",
        "扫一扫在手机打开当前页",
    ]
    return Rendered("\n".join(lines) + "\n")


def plain_text(report: Report) -> Rendered:
    """Just the title line and the paragraphs, as someone copied them by hand."""
    return Rendered("\n".join((report.title, *report.paragraphs)) + "\n")


_NAV = ("首页", "政务公开", "要闻动态", "政务服务", "互动交流", "走进{r}")


def gov_html(
    report: Report, region: Region, rng: random.Random, publish: dt.date | None, charset: str = "utf-8"
) -> Rendered:
    """A gov-site page: nav menu, breadcrumb, TRS_Editor main text, share bar, footer with ICP."""
    e = html.escape
    nav = "".join(f'<li><a href="#">{e(n.format(r=region.name))}</a></li>' for n in _NAV)
    meta = f'<meta name="PubDate" content="{publish.isoformat()}">\n' if publish else ""
    info = f"来源：{region.media}"
    if publish is not None:
        info += f" 发布时间：{publish_stamp(publish, rng)}"
    paras = "\n".join(f"<p>{_INDENT}{e(p)}</p>" for p in report.paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{e(report.title)}_{e(region.name)}人民政府</title>
{meta}<meta name="ColumnName" content="工作动态">
</head>
<body>
<div class="header"><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; 工作动态</div>
<div class="article">
<h1>{e(report.title)}</h1>
<div class="info">{e(info)} 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
{paras}
</div>
<div class="share">分享到：微信 微博 QQ空间 <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
</div>
<div class="footer">
<p>主办：{e(region.name)}人民政府办公室 承办：{e(region.media)}</p>
<p>版权所有：{e(region.name)}人民政府 岚ICP备{"".join(rng.choices("345678", k=8))}号-1</p>
<p>扫一扫在手机打开当前页</p>
</div>
</body>
</html>
"""
    return Rendered(page)


def wechat_html(report: Report, region: Region, rng: random.Random, staff: tuple[Person, ...]) -> Rendered:
    """A saved WeChat article page: js_content main text, byline inside it, follow prompts outside."""
    e = html.escape
    byline, names = _byline(rng, staff)
    paras = "\n".join(f'<p style="text-indent:2em;"><span>{e(p)}</span></p>' for p in report.paragraphs)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="{e(report.title)}">
<title>{e(report.title)}</title>
</head>
<body>
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{e(report.title)}</h1>
<div class="rich_media_meta_list"><a id="js_name">{e(region.wechat)}</a></div>
<div class="rich_media_content" id="js_content">
<p><span>点击上方蓝字关注我们</span></p>
{paras}
<p><span>{e(byline)}</span></p>
</div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p><p>长按识别二维码关注</p></div>
<div id="js_tags">预览时标签不可点</div>
<a id="js_view_source">阅读原文</a>
</div>
</body>
</html>
"""
    return Rendered(page, names)
