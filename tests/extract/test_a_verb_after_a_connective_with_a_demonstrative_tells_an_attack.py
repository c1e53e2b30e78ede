"""A demonstrative right before an attack noun, or before a pronoun of a copula right before it (هذا هو الهجوم
الأعنف), points back to an attack told before (هذا الهجوم), but right before a
verb it closes a connective (إلى ذلك، على ضوء هذا، بعد ذلك): the verb tells its own attack."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وعلى ضوء هذا هاجم مسلحون حاجزا للجيش في بلدة الكرمة أمس.",
        "إلى ذلك هاجم مسلحون حاجزا للجيش في بلدة الكرمة أمس.",
    ],
    ids=["in-light-of-this", "besides-that"],
)
def test_a_verb_after_a_connective_tells_an_attack(text: str) -> None:
    assert typed_events(text) == [("ground_attack", "2016-08-11", "Al-Karmah")]


def test_an_attack_noun_after_a_demonstrative_is_told_before() -> None:
    assert typed_events("وقال المسؤول إن هذا الهجوم على بلدة الكرمة لن يمر دون رد.") == []


def test_an_attack_noun_after_a_demonstrative_and_a_copula_is_told_before() -> None:
    text = ("شن مسلحون فجر أمس هجوما على بلدة الكرمة. "
            "واعتبر المرصد أن هذا هو الهجوم الأعنف على البلدة منذ نحو 3 سنوات، لافتا إلى أنه أسفر عن مقتل 6 مسلحين.")
    assert typed_events(text) == [("ground_attack", "2016-08-11", "Al-Karmah")]
