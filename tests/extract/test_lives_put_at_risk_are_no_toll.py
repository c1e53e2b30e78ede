"""The lives of people counted after the bare noun حياة are put at risk, saved or spoken of (تعريض حياة ثلاثة
ملايين للخطر), not taken: only the lives taken, after بحياة (أودى بحياة 12), count as killed."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import find_toll


@pytest.mark.parametrize("text", [
    "وقال المندوب إن تعريض حياة ثلاثة ملايين مدني يسكنون المدينة للخطر أمر غير مقبول",
    "وتهدد الألغام حياة 40 ألف طفل في المنطقة",
    "وأنقذت فرق الدفاع المدني حياة 12 شخصا من تحت الأنقاض",
], ids=["put-at-risk", "threatened", "saved"])
def test_lives_not_taken_count_no_dead(text: str) -> None:
    assert find_toll(normalize(text)).killed is None


def test_lives_taken_count_their_dead() -> None:
    assert find_toll(normalize("وقالت الشرطة إن الانفجار أودى بحياة 12 شخصا في السوق")).killed == 12
