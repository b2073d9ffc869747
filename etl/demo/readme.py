"""The README written next to the demo corpus: what it is, that it is fictional, how it is laid out."""

from __future__ import annotations

from etl.demo.summary import DemoSummary
from etl.demo.world import FIRST_YEAR, LAST_YEAR


def readme_text(summary: DemoSummary) -> str:
    forms = "\n".join(f"| {name} | {n} |" for name, n in summary.forms)
    regions = "、".join(summary.regions)
    dumps = ", ".join(f"`raw/{name}`" for name in summary.dumps)
    return f"""# Policy Themes demo corpus (SYNTHETIC)

**Everything in this folder is synthetic.** The places ({regions}), the officials, the
reporters and every sentence were invented by `policy-themes demo` (seed {summary.seed}).
Any resemblance of a name to a real person is a coincidence. Do not cite these texts as
real government reports.

The corpus imitates what users collect: reports of 区委/县委常委会, 政府常务会议, 理论学习中心组
学习会, 人大常委会党组会议, 政协党组会议 and 纪委常委会 from {FIRST_YEAR} to {LAST_YEAR}, saved from
WeChat accounts and government sites in mixed forms and encodings. Officials change posts
over the years (a 区长 becomes 区委书记, a 常务副区长 becomes 区长 ...). Theme weights follow the
national agenda (脱贫攻坚 peaks 2018-2020 then gives way to 乡村振兴; 疫情防控 2020-2022;
新质生产力 from 2024; 营商环境 and 高质量发展 rising).

## Layout

- `raw/<region>/*.txt`: reports as text, UTF-8 (some with BOM) or GBK, with WeChat or
  gov-site boilerplate, or none. Many start with a year-less date (5月6日); the year is then in
  the file name (the publication date, `2021-05-07_常委会.txt`, or a year `2021_常委会_x.txt`),
  in `sidecar.csv`, or in a 发布时间 publish line. Some December meetings were published in
  January (the year hint is one too high). A few reports carry no date at all.
  Some reports were saved twice (once from the WeChat account, once from the gov site) and a
  few also as a traditional-character copy: `ground_truth.jsonl` lists every copy of a
  meeting under its `sources`.
- `raw/<region>/*.html`: gov-site pages (`<div class="TRS_Editor">`, `<meta name="PubDate">`,
  some declared GBK) and saved WeChat pages (`<div id="js_content">`).
- {dumps}: CSV dumps (title,url,date,organ,content) holding a share of a region's meetings;
  `date` is the meeting date.
- `sidecar.csv`: file,url,publish_date,organ,region,meeting_type for some files; `file` is
  relative to `raw/`; `publish_date` is a publication date (may be empty).
- `ground_truth.jsonl`: one line per meeting: `meeting_key`, `sources` (paths relative to
  `raw/`, CSV rows as `dump_x.csv#row=N` with N counted from 0 after the header), `date`,
  `date_precision`, `date_hint` (where the year can be found), `organ`, `meeting_type`,
  `region`, `url` (the CSV row's url column, or the sidecar's url when the sidecar lists the
  file), `title`, `presider`, `speakers` (name, title as written or null, has_content),
  `attendee_names`, `byline_names` (reporters and editors, never participants),
  `theme_phrases` (codebook keyword hits per theme in the report body, counted with the
  codebook whose themes.csv hash is `{summary.codebook_hash}`) and `marker_phrases`.

## Counts

{summary.n_meetings} meetings, {summary.n_sources} sources in {summary.n_files} files,
{summary.n_reposts} meetings with more than one source, {summary.n_undated} without a date.

| form | copies |
|---|---|
{forms}
"""
