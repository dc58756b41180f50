"""Issuer names split into regions and a body, and keyed, the way analysts expect."""

from __future__ import annotations

import pytest

from extractors.issuer import make_issuer
from tests.places import fictional_gazetteer


@pytest.mark.parametrize(
    ("name", "parent_region", "issuer_key", "admin_level"),
    [
        ("虚构市云枫区住房和城乡建设局", "虚构市云枫区", "xugou/yunfeng/zhufanghechengxiangjiansheju", "department"),
        ("样例市城市管理局", "样例市", "yangli/chengshiguanliju", "department"),
        ("样例县城镇管理局", "样例县", "yangli/chengzhenguanliju", "department"),
        ("样例市甲区", "样例市", "yangli/jiaqu", "district"),
        ("天津市静海区", "天津市", "tianjin/jinghai", "district"),
    ],
)
def test_issuer_names_split_into_regions_and_a_body(name, parent_region, issuer_key, admin_level):
    issuer = make_issuer(name, "title", gazetteer=fictional_gazetteer())
    assert (issuer.parent_region, issuer.issuer_key, issuer.admin_level) == (parent_region, issuer_key, admin_level)
