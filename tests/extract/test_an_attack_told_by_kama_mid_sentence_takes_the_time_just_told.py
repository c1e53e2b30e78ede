"""A clause opening with كما inside its sentence (وقال المرصد إن "الصواريخ طالت مواقع"، كما استهدفت مطار التيفور)
tells an attack "also", as أيضا does: without a date of its own, and with none written before it in its sentence, it
takes the time of the last dated attack at most two sentences before (basis ``lead``); not the time of a recalled
attack (سيطرت القوات على القصر في مارس الماضي), which is no news it goes on with."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

THURSDAY = dt.date(2018, 5, 10)
FRIDAY = dt.date(2015, 7, 24)


def _events(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, published))]


def test_an_attack_told_with_kama_after_a_quote_takes_the_strikes_day() -> None:
    text = ('قصفت طائرات حربية إسرائيلية فجر الخميس مواقع عسكرية في ريف دمشق. وقال مصدر عسكري إن الدفاعات '
            'الجوية تصدت للصواريخ. وقال المرصد إن "الصواريخ طالت مواقع عدة في محيط دمشق"، كما استهدفت مطار '
            'التيفور في ريف حمص وقتل فيه ثلاثة جنود.')
    assert _events(text, THURSDAY) == [
        ("airstrike", "2018-05-10", "2018-05-10", "day", "publication", "Rif Dimashq", None),
        ("airstrike", "2018-05-10", "2018-05-10", "day", "lead", "Tiyas (T4) airbase", 3),
    ]


def test_an_attack_told_with_kama_after_a_recalled_one_stays_undated() -> None:
    text = ('سيطرت القوات على القصر الرئاسي في مدينة عدن في مارس الماضي. وقال مصدر عسكري إن الدفاعات الجوية '
            'تصدت للصواريخ. وقال المرصد إن "الصواريخ طالت مواقع عدة في محيط المدينة"، كما استهدفت مطار عدن '
            'وقتل فيه ثلاثة جنود.')
    assert _events(text, FRIDAY) == [
        ("ground_attack", "2015-03", "2015-03-31", "month", "publication", "Aden", None),
        ("shelling", None, None, None, None, "Aden", 3),
    ]
