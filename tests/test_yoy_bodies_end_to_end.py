"""Year over year for bodies that real pages spell differently from one year to the next.

`tests/fixtures/yoy_bodies/` holds short reports in our own words, in the shapes the
real-page catalogue holds (a title, page furniture with 区政府 as publisher, a first
sentence only, a short department name, an addressee line, a signature, a declaration).
Built by the real pipeline, each body is one issuer with its rows year over year.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e_support import Workspace

pytestmark = pytest.mark.e2e

BODIES = Path(__file__).parent / "fixtures" / "yoy_bodies"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Workspace:
    base = tmp_path_factory.mktemp("yoy_bodies")
    reports = base / "reports"
    shutil.copytree(BODIES, reports, ignore=shutil.ignore_patterns("README.md"))
    ws = Workspace(reports, base / "warehouse")
    result = ws.run()
    assert result.returncode == 0, result.stdout + result.stderr
    return ws


def test_each_body_is_one_issuer_whatever_its_pages_call_it(built):
    issuers = built.query(
        "SELECT issuer_key, division_code, county, township, body_type, first_report_year, last_report_year"
        " FROM marts.dim_issuer ORDER BY issuer_key"
    )
    assert issuers == [
        ("tianjin/baodi", "120115", "宝坻区", None, "人民政府", 2023, 2024),
        ("tianjin/binhaixin", "120116", "滨海新区", None, "人民政府", 2022, 2023),
        ("tianjin/binhaixin/xincun", "120116040", "滨海新区", "新村街道", "街道办事处", 2024, 2025),
        ("tianjin/binhaixin/zhaishang", "120116022", "滨海新区", "寨上街道", "街道办事处", 2025, 2025),
        ("tianjin/chengshiguanliweiyuanhui", "120000", None, None, "城市管理委员会", 2023, 2024),
        ("tianjin/jinnan/yingjiguanliju", "120112", "津南区", None, "应急管理局", 2023, 2024),
    ]


def test_the_evidence_that_named_each_body_is_recorded(built):
    sources = dict(built.query("SELECT source_path, issuer_source FROM marts.dim_document"))
    assert sources == {
        "baodi_2023.txt": "first_sentence",
        "baodi_2024.txt": "title",
        "binhai_2022.txt": "title",
        "binhai_2023.txt": "title",  # the furniture's 名称 line is the page's title
        "csgl_2023.txt": "first_sentence",  # 市城市管理委, read against the one city the page names
        "csgl_2024.txt": "title",
        "jinnan_yjj_2023.txt": "title",
        "jinnan_yjj_2024.txt": "title",
        "xincun_2024.txt": "title",
        "xincun_2025.txt": "signature",
        "zhaishang_2025.txt": "declared",
    }


def test_penalties_and_inspections_year_over_year(built):
    rows = built.query(
        "SELECT issuer_key, metric, report_year, value, prior_year_value, abs_change FROM marts.fct_metric_yoy"
        " WHERE metric IN ('penalty_cases', 'inspections', 'certified_officers') AND domain = 'all'"
        " AND prior_year_value IS NOT NULL ORDER BY issuer_key, metric"
    )
    assert rows == [
        ("tianjin/baodi", "certified_officers", 2024, 1390, 1440, -50),
        ("tianjin/baodi", "inspections", 2024, 16800, 15200, 1600),
        ("tianjin/baodi", "penalty_cases", 2024, 2310, 2060, 250),
        ("tianjin/binhaixin", "certified_officers", 2023, 2840, 3050, -210),
        ("tianjin/binhaixin", "inspections", 2023, 24600, 36000, -11400),
        ("tianjin/binhaixin", "penalty_cases", 2023, 7380, 5600, 1780),
        ("tianjin/binhaixin/xincun", "certified_officers", 2025, 24, 23, 1),
        ("tianjin/binhaixin/xincun", "inspections", 2025, 122, 139, -17),
        ("tianjin/chengshiguanliweiyuanhui", "certified_officers", 2024, 405, 412, -7),
        ("tianjin/chengshiguanliweiyuanhui", "inspections", 2024, 9150, 8600, 550),
        ("tianjin/chengshiguanliweiyuanhui", "penalty_cases", 2024, 1204, 1320, -116),
        ("tianjin/jinnan/yingjiguanliju", "inspections", 2024, 1090, 980, 110),
        ("tianjin/jinnan/yingjiguanliju", "penalty_cases", 2024, 58, 52, 6),
    ]


def test_a_claimed_change_is_checked_against_the_prior_year(built):
    # 滨海新区 2023 says its penalties grew 31.8%: 7380 against 5600 is +31.79%.
    rows = built.query(
        "SELECT claimed_pct_change, claim_consistent FROM marts.fct_metric_yoy"
        " WHERE issuer_key = 'tianjin/binhaixin' AND metric = 'penalty_cases' AND report_year = 2023"
    )
    assert rows == [(31.8, True)]
