"""Issuers read from what the page says around the name: the subject of its first
sentence, a speaker's line, the places it names beside an ambiguous or relative name, and
how it speaks of its author (我局, 我队, 我镇). The fixture texts are written for these
tests; the places are real divisions of the code table."""

from __future__ import annotations

import pytest

from extractors.issuer import make_issuer


@pytest.mark.parametrize(
    ("name", "issuer", "division", "issuer_key"),
    [
        # a county named like its city keeps the city in its path
        ("长沙县司法局", "湖南省长沙市长沙县司法局", "湖南省长沙市长沙县", "hunan/changsha/changsha/sifaju"),
        ("吉林省吉林市", "吉林省吉林市", "吉林省吉林市", "jilin/jilin"),
        # a zone whose name repeats its city's says the city once
        ("天津经济技术开发区", "天津经济技术开发区", "天津经济技术开发区", "tianjin/teda"),
    ],
)
def test_a_division_path_names_each_place_once_and_every_level(name, issuer, division, issuer_key):
    resolved = make_issuer(name, "title")
    assert (resolved.issuer, resolved.division, resolved.issuer_key) == (issuer, division, issuer_key)
