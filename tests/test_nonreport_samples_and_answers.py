"""not_report_reason(): held-out batches 33 and 34's non-report families (invented pages of their shapes)."""

from __future__ import annotations

import pytest

from etl.extract.cleaning.clean import clean
from etl.extract.pages.nonreport import not_report_reason


@pytest.mark.parametrize(
    ("page", "word"),
    [
        # invented: a work report delivered to a congress that asks the congress to deliberate it
        # together with the papers it comes with (请连同《…（草案）》一并审议)
        (
            "政府工作报告\n——在某市第九届人民代表大会第二次会议上\n各位代表：\n现在，我代表市人民政府向大会作"
            "工作报告，请连同《某市国民经济和社会发展计划（草案）》一并审议，并请市政协委员提出意见。\n"
            "一、过去一年的工作\n过去一年，全市经济稳中有进。",
            "delivered",
        ),
        (
            "各位代表：\n受县人民政府委托，现将县本级预算执行情况报告如下，请结合《预算草案》一并审查。\n"
            "今年以来，全县财政收入稳步增长。",
            "delivered",
        ),
        # invented: a forum's question under a question title, then one answerer's heading
        (
            "什么是党组会议？\n律师观点：\n党组会议是党组履行领导职责的主要方式。它讨论和决定本单位的重大事项，"
            "一般每月召开一次，由党组书记召集并主持。",
            "question-and-answer",
        ),
        (
            "网友提问：\n常务会议和全体会议有什么区别？\n专家解答：\n常务会议由市长、副市长和秘书长组成，"
            "全体会议由政府全体组成人员组成，召开会议的频次也不同。",
            "question-and-answer",
        ),
        # invented: a sample-writing site's page collecting issued minutes as samples
        (
            "首页 > 实用范文 > 会议纪要 > 县长办公会议纪要\n县长办公会议纪要 篇1\n3月2日，县政府召开县长办公会议，"
            "研究了项目建设问题。现将会议议定事项纪要如下：\n一、关于项目用地问题",
            "sample-writing",
        ),
        (
            "《党委会议纪要（精选5篇）》\n党委会议纪要 篇1\n5月6日，镇党委召开党委会议，研究部署重点工作。"
            "\n会议要求，各村要抓好落实。",
            "sample-writing",
        ),
    ],
)
def test_batch33_and_34_non_report_families_are_flagged(page: str, word: str) -> None:
    assert word in (not_report_reason(page, clean(page).text) or "")


@pytest.mark.parametrize(
    "page",
    [
        # invented: news of a congress that quotes the delivered report's request (no salutation of its own)
        "1月6日，市第九届人民代表大会第二次会议开幕。市长某某代表市人民政府向大会作工作报告，请连同计划草案"
        "一并审议。\n会议强调，要依法履职。",
        # invented: a report whose headline asks a question, with no answerer's heading
        "如何把学习成果转化为发展实效？\n5月6日，县委理论学习中心组召开专题学习会，县委书记某某主持会议。"
        "\n会议强调，要学以致用。",
        # invented: a report that names a column of writing samples in passing
        "3月2日，县委办公室召开党支部会议，某某主持会议。\n会议要求，办公室干部要多读精选范文，提升文稿质量。",
    ],
)
def test_reports_near_batch33_and_34_shapes_stay_reports(page: str) -> None:
    assert not_report_reason(page, clean(page).text) is None
