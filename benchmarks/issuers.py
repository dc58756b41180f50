"""The fictional issuers of the synthetic corpus: provinces, cities, districts and counties,
towns and departments, named so that no two share a name or a pinyin key.

Every name is made up (样例省, 虚构市, 云枫区 …). Place names are two characters from a
list whose readings are unambiguous and distinct, none starting with a vowel, so the
pinyin of any two-character name is unique and `issuer_key`s never collide.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

# One character per syllable; no heteronyms, no vowel-initial syllables, no characters
# that are units (件 个 项 …) or region suffixes (市 区 县 …).
NAME_CHARS = (
    "云枫桦榆槐棠芷萍荻苇菁琅珂瑶琪磐砚岫嵩岱峦沅沐泓涟湄滨潞洛沁澜漓湘潇"
    "翠碧紫柳杨楠樟柘桂荷菱苏茗霖雯霞鹏轩榭桥岗崇泰恒顺康绥昭晖旭晨星"
)
PROVINCES = ("样例省", "示例省", "模拟省")
FIRST_CITY = "虚构市"  # the first city of 样例省


@dataclass(frozen=True, slots=True)
class Department:
    """A kind of department: its full name, a short name reports also use, its domain."""

    name: str
    short: str
    domain: str


DEPARTMENTS: tuple[Department, ...] = (
    Department("应急管理局", "应急管理局", "work_safety"),
    Department("市场监督管理局", "市场监管局", "market_regulation"),
    Department("生态环境局", "生态环境局", "environment"),
    Department("卫生健康委员会", "卫生健康委", "health"),
    Department("人力资源和社会保障局", "人力社保局", "labor"),
    Department("住房和城乡建设局", "住建局", "construction"),
    Department("交通运输局", "交通运输局", "transport"),
    Department("城市管理综合行政执法局", "城市管理局", "urban_management"),
    Department("规划和自然资源局", "规划资源局", "natural_resources"),
    Department("文化和旅游局", "文化旅游局", "culture_tourism"),
    Department("农业农村局", "农业农村局", "agriculture"),
)
DEPARTMENT_BY_DOMAIN = {d.domain: d for d in DEPARTMENTS}

# The one-character region word a report uses for itself (全区, 区应急管理局, 区属).
REGION_CHAR = {"province": "省", "city": "市", "district": "区", "county": "县", "town": "镇"}


@dataclass(frozen=True, slots=True)
class Issuer:
    """A body that publishes reports. `name` is how its reports name it, parents first."""

    name: str
    level: str  # province | city | district | county | town | department
    region: str  # the region word of the government it is or belongs to: 省 市 区 县 镇
    department: Department | None = None
    parent: str | None = None  # the regions its name starts with (虚构市 for 虚构市云枫区)

    @property
    def is_government(self) -> bool:
        return self.department is None


class _Names:
    """Two-character names, unique under each parent, drawn in a seeded order."""

    def __init__(self, rng: random.Random) -> None:
        pairs = [a + b for a in NAME_CHARS for b in NAME_CHARS if a != b]
        rng.shuffle(pairs)
        self._pairs = pairs
        self._next = 0
        self._used: set[str] = set(PROVINCES) | {FIRST_CITY}

    def take(self, parent: str = "", suffix: str = "") -> str:
        """A full name parent + two characters + suffix that no other issuer has."""
        while True:
            name = parent + self._pairs[self._next % len(self._pairs)] + suffix
            self._next += 1
            if name not in self._used:
                self._used.add(name)
                return name


def fictional_issuers(rng: random.Random, count: int) -> list[Issuer]:
    """`count` issuers, about 2% provinces and cities each, a third districts and
    counties, a sixth towns and the rest departments of those governments."""
    names = _Names(rng)
    n_city = max(1, round(count * 0.04))
    n_district = max(1, round(count * 0.33))
    n_town = round(count * 0.16)
    n_province = min(len(PROVINCES), max(1, round(count * 0.01)))
    n_department = max(0, count - n_city - n_district - n_town - n_province)

    provinces = [Issuer(p, "province", "省") for p in PROVINCES]
    # Enough cities to hold the districts (at most 12 each) and the departments.
    city_slots = max(n_city, math.ceil(n_district / 12), 1)
    cities = [Issuer(FIRST_CITY if i == 0 else names.take(suffix="市"), "city", "市") for i in range(city_slots)]
    districts = []
    for i in range(n_district):
        city = cities[i % len(cities)]
        level = "district" if rng.random() < 0.6 else "county"
        districts.append(Issuer(names.take(city.name, REGION_CHAR[level]), level, REGION_CHAR[level], parent=city.name))
    towns = []
    for i in range(n_town):
        district = districts[i % len(districts)]
        towns.append(Issuer(names.take(district.name, "镇"), "town", "镇", parent=district.name))
    departments = []
    parents = districts + cities
    slots = [(parent, dept) for dept in DEPARTMENTS for parent in parents]
    rng.shuffle(slots)
    for parent, dept in slots[:n_department]:
        departments.append(Issuer(parent.name + dept.name, "department", parent.region, dept, parent=parent.name))

    chosen = provinces[:n_province] + cities[:n_city] + districts + towns + departments
    rng.shuffle(chosen)
    return chosen[:count] if len(chosen) >= count else chosen


_LEVEL_OF_SUFFIX = {"省": "province", "市": "city", "区": "county", "县": "county", "镇": "township"}


def places_toml(issuers: list[Issuer]) -> str:
    """The [[place]] tables of a zhifa.toml declaring every fictional division these
    issuers name: no division table lists them. Every name part is two characters and
    a region suffix (虚构市 · 云枫区 · 琅琪镇), so a full name splits into threes."""
    seen: dict[str, str] = {}
    for issuer in issuers:
        government = issuer.parent if issuer.department else issuer.name
        parts = [government[i : i + 3] for i in range(0, len(government or ""), 3)]
        for depth, part in enumerate(parts):
            full = "".join(parts[: depth + 1])
            if full in seen:
                continue
            lines = ["[[place]]", f'name = "{part}"', f'level = "{_LEVEL_OF_SUFFIX[part[-1]]}"']
            if depth:
                lines.append(f'parent = "{"".join(parts[:depth])}"')
            seen[full] = "\n".join(lines)
    return "# The fictional divisions of a generated corpus, declared for issuer resolution.\n\n" + "\n\n".join(seen.values()) + "\n"
