"""Page furniture and comment sections out; article text and its line structure kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.cleaning import clean, rules
from timeline.extract.sentences import sentences

BODY = "قال مصدر عسكري إن غارة جوية استهدفت بلدة في ريف إدلب صباح اليوم وأدت إلى مقتل ثلاثة مدنيين. " * 3


@pytest.mark.parametrize(
    "furniture",
    [
        "زر الذهاب إلى الأعلى",
        "تابعونا عبر تطبيق واتس أب :",
        "تابعوا آخر الأخبار عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط :",
        "عبر إرسال كلمة اشتراك على الرقم / 0940777186/",
        "https://telegram.me/example",
        "لمزيد من الأخبار يرجى الإعجاب بصفحتنا على الفيس بوك : إضغط هنا",
        "قراؤنا من مستخدمي إنستجرام",
        "يمكنكم الآن متابعة آخر الأخبار مجاناً",
        "إضغط هنا للإشتراك",
        "اقرأ أيضا:",
        "فيسبوك | تويتر | واتساب",
        "-",
        "سمات منبج الجيش غارة جوية",
        "للمزيد: غارات جوية تستهدف مطارا عسكريا",
        "رابط الخبر بصحيفة المدينة: قتيلان في غارة على بلدة منبج",
    ],
)
def test_furniture_lines_are_dropped(furniture: str) -> None:
    assert clean(f"{BODY}\n\n{furniture}\n\nوأضاف المصدر أن القصف استمر.") == (
        f"{BODY.strip()}\n\nوأضاف المصدر أن القصف استمر."
    )


@pytest.mark.parametrize(
    "opening",
    [
        "التعليقات",
        "التعليقات (3)",
        "جميع التعليقات المنشورة تعبر عن رأي كتّابها ولا تعبر بالضرورة عن رأي الموقع",
        "شارك برأيك",
        "إضافة تعليق",
        "المشاركات والتعليقات المنشورة لاتمثل الموقع",
        "قد يعجبك ايضا",
    ],
)
def test_comment_section_is_cut(opening: str) -> None:
    text = f"{BODY}\n\n{opening}\nقارئ -\nغارات التحالف قتلت المئات في الرقة أمس"
    assert clean(text) == BODY.strip()


def test_comment_opening_at_the_top_is_a_menu_not_a_cut() -> None:
    text = f"التعليقات\n{BODY}"
    assert clean(text) == text.strip()


def test_long_paragraphs_are_never_dropped() -> None:
    paragraph = "تابعوا " + "قصف مدفعي عنيف على أحياء المدينة " * 10 + "عبر الحدود"
    assert clean(paragraph) == paragraph


def test_whitespace_and_entities() -> None:
    assert clean("\ufeffواشنطن:&قال المتحدث\r\n\r\n\r\n\r\nوأضاف  أن&nbsp;القصف   استمر  ") == (
        "واشنطن:\nقال المتحدث\n\nوأضاف أن القصف استمر"
    )


#: The bare "&" rule as first written, lookbehind first: the data file's faster form must match it.
_BARE_AMPERSANDS = re.compile('(?<=[\u0600-\u06FF\\s.:!"»”)])&+|&+(?=[\u0600-\u06FF"«“(])')


@given(st.text(alphabet="&&&ا ب\n.:!\"»”)«“(x-", max_size=40))
def test_bare_ampersands_as_first_written(text: str) -> None:
    pattern, replacement = rules().replace[1]
    assert pattern.sub(replacement, text) == _BARE_AMPERSANDS.sub("\n", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الحي. وقتل 3.", ["قصف الحي.", "وقتل 3."]),
        ("بلغ العدد 3.5 مليون شخص. وانتهى", ["بلغ العدد 3.5 مليون شخص.", "وانتهى"]),
        ("قال: «انتهى الأمر.» ثم غادر", ["قال: «انتهى الأمر.»", "ثم غادر"]),
        ("سطر أول\nسطر ثان؟ نعم!", ["سطر أول", "سطر ثان؟", "نعم!"]),
        ("  \n ", []),
    ],
    ids=["dot", "decimal", "quote", "lines", "blank"],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_a_sentence_opening_with_the_tag_word_is_kept() -> None:
    sentence = "سمات المرحلة المقبلة واضحة، كما قال الوزير."
    assert clean(f"{BODY}\n\n{sentence}") == f"{BODY.strip()}\n\n{sentence}"


def test_a_tag_line_glued_to_the_last_sentence_is_dropped() -> None:
    text = f"{BODY}وقتل عشرة مسلحين بضربة جوية جنوبي المدينة. سمات المدينة داعش هجوم مسلح"
    assert clean(text) == f"{BODY}وقتل عشرة مسلحين بضربة جوية جنوبي المدينة.".strip()


def test_the_tag_word_inside_a_last_sentence_is_kept() -> None:
    text = f"{BODY}وقال إن هذه من سمات المرحلة المقبلة"
    assert clean(text) == text.strip()


def test_the_story_s_own_link_glued_to_its_last_sentence_is_dropped() -> None:
    text = f"{BODY}وقتل عشرة مسلحين بضربة جوية جنوبي المدينة. رابط الخبر بصحيفة المدينة: قتيلان في غارة على منبج"
    assert clean(text) == f"{BODY}وقتل عشرة مسلحين بضربة جوية جنوبي المدينة.".strip()
