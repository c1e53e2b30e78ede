"""Regular expressions for date expressions, built from the data file's vocabulary.

`build_forms` returns the ordered forms ``(name, regex source)``: at one
position the first form that matches (and that its reader accepts) wins, so
longer and more specific forms come first. `build_scanner` joins them into
one regex that finds where any form starts and which form matched there;
names of groups are stripped from the joined regex so that the forms may
reuse them. All patterns run over text normalised by `gazetteer.normalize`,
and every word in them comes from the data file.
"""

from __future__ import annotations

import re

from timeline.dates.lexicon import Lexicon, alt
from timeline.dates.numbers import number_pattern

SP = r"[ \t]+"
COMMA = r"[,\u060c]"  # a Latin or an Arabic comma
OS = r"[ \t]*"
LB = r"(?<!\w)"  # not after a letter or digit (a form never starts inside a number or word)
RB = r"(?![^\W\d_])"  # not before a letter
DAY = r"(?<![\d.,:/])(?:0?[1-9]|[12]\d|3[01])(?!\d|[.,:/]\d)"
MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?<![\d.,:/])(?:1[89]\d\d|20\d\d)(?!\d|[.,:/]\d)"
HYEAR = r"(?<![\d.,:/])1[34]\d\d(?!\d|[.,:/]\d)"
NUMERIC = (
    r"(?<![\d./\-])(?:(?P<n1>\d{1,2})(?P<sep>[ \t]*[/.\-][ \t]*)(?P<n2>\d{1,2})(?P=sep)(?P<n3>(?:1[89]|20)\d\d)"
    r"|(?P<y4>(?:1[89]|20)\d\d)(?P<sep2>[/.\-])(?P<m4>\d{1,2})(?P=sep2)(?P<d4>\d{1,2}))(?!\d|[./\-]\d)"
)
# "في 15/3" and "في 3/2016": a day and month, or a month and year, in digits (the reader checks the word before).
PARTIAL_NUMERIC = (
    rf"(?<![\d./\-])(?:(?P<d5>(?:0?[1-9]|[12]\d|3[01]))/(?P<m5>{MONTH_NUMBER})"
    rf"|(?P<m6>{MONTH_NUMBER})/(?P<y6>(?:19|20)\d\d))(?!\d|[./\-]\d)"
)


def _word(pattern: str) -> str:
    """A whole word; the scanner checks the left edge of each form (a proclitic may precede)."""
    return f"{pattern}{RB}"


class _Pieces:
    """Regex pieces shared by several forms."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        w = lex.word_list
        self.of = _word(alt(w("of")))
        self.year_in = _word(alt(w("year_in")))
        self.month = _word(alt(lex.words("month")))
        self.hmonth = _word(alt(lex.words("hijri_month")))
        self.wd = _word(alt(lex.words("weekday")))
        self.ordinal = _word(alt(lex.words("ordinal")))
        self.qual = _word(alt(lex.words("qualifier")))
        self.range = _word(alt(lex.words("range") + lex.words("month_part")))
        self.this = _word(alt(w("this")))
        self.following = _word(alt(w("following")))
        # After "الشهر"/"العام"/"الأسبوع": a qualifier (from the reference) or "التالي" (from the anchor).
        self.noun_qual = f"(?:{SP}(?P<qual>{self.qual})|{SP}(?P<follow>{self.following}))?"
        self.number = number_pattern(lex)
        self.gmark = f"(?:{OS}{alt(w('gregorian_mark'))}{RB})?"
        self.hmark = f"(?:{OS}{alt(w('hijri_mark'))}{RB})?"
        # "عام 2016", and after a day or month also "لعام 1436هـ".
        self.year_prefix = f"(?:{_word(alt(w('year_prefix')))}{OS})"
        self.year_prefix_after = f"(?:{alt(w('prepositions'))}?{self.year_prefix})"
        self.day_prefix = f"(?:{_word(alt(w('day_prefix')))}{SP})"
        self.month_prefix = _word(alt(w("month_prefix")))
        self.part_word = f"(?:{_word(alt(w('day_parts')))}{SP}{self.day_prefix}?)"
        self.part = f"{self.part_word}?"
        self.wd_prefix = (
            f"(?:{self.day_prefix}?(?P<wd>{self.wd}){OS}{COMMA}?{OS}(?:{_word(alt(w('weekday_link')))}{SP})?)?"
        )
        # "الـ20 من الشهر الحالي": a day in digits may carry the article.
        self.day = f"{self.day_prefix}?(?:(?:{alt(w('article'))}{OS})?(?P<day>{DAY})|(?P<ord>{self.ordinal}))"
        self.day_link_word = _word(alt(w("day_month_link") + w("month_prefix")))
        self.day_link = f"(?:(?P<dlink>{self.day_link_word}){SP})?"
        self.month2 = self.second_name("month2")
        self.not_calendar = f"(?!{SP}{_word(alt(w('not_calendar_year')))})"
        self.year_nouns = _word(alt(w("year"))) + self.not_calendar
        self.nouns = _word(alt(w("week") + w("month") + w("year"))) + self.not_calendar
        # "أغسطس العام الماضي", "14 تموز من العام الجاري".
        self.of_year_noun = f"{SP}(?:{self.of}{SP})?(?P<ynoun>{self.year_nouns}){SP}(?P<yqual>{self.qual})"
        self.month_noun = _word(alt(w("month")))
        # "الأسبوع الثاني من", "الأسبوع الأخير من": a week of a month; "الأسبوعين الأول والثاني من": two of its weeks.
        weeks = w("week") + [word for word, unit in lex.tables["span_unit"].items() if unit == "week:two"]
        week_ordinal = _word(alt(lex.words("week_ordinal")))
        self.week_of = (
            f"{_word(alt(weeks))}{SP}(?P<wnum>{week_ordinal})(?:{OS}{alt(w('and'))}{OS}(?P<wnum2>{week_ordinal}))?"
            f"{SP}(?:{self.of}{SP})?"
        )
        units = lex.words("unit")
        one = [word for word, value in lex.tables["number"].items() if value == 1]
        about = f"(?:(?P<about>{_word(alt(w('about')))}){SP})?"
        self.count = (
            f"{about}(?:(?P<num>\\d{{1,3}}|{self.number}){OS}(?P<unit>{_word(alt(units))})"
            f"|(?P<unit1>{_word(alt(units))})(?:{SP}{_word(alt(one))})?)"
        )
        follow = [
            word.split(" ", 1)[1]
            for word in lex.words("event_relative")
            if " " in word and word.split(" ", 1)[0] in lex.words("relative_day")
        ]
        self.not_event = f"(?!{SP}{_word(alt(follow))})"
        self.link = alt(w("range_link"))

    def second_name(self, name: str) -> str:
        """"كانون الثاني/يناير", "تموز (يوليو)", "نوفمبر تشرين الثاني": a second name of one month."""
        return f"(?:(?:{OS}[/(\\-]{OS}|{SP})(?P<{name}>{self.month})(?:{OS}\\))?)?"

    def year_part(self, g: str = "") -> str:
        """A Gregorian year after a day or month: "2016", "، عام 2016م", "من عام ألفين وستة عشر", "ألفين وأحد عشر"."""
        lead, of = f"{OS}{COMMA}?{OS}", f"(?:{self.of}{SP})?"
        return (
            f"(?:{lead}(?:{of}{self.year_prefix_after}|{self.year_in}{SP})?(?P<{g}year>{YEAR}){self.gmark}"
            f"|{lead}{of}{self.year_prefix_after}?(?P<{g}yword>{self.number}))"
        )

    def year_spec(self) -> str:
        """A year after "من": "عام 2016", "2015", "العام الجاري", "هذا العام", a bare "العام"."""
        return (
            f"(?:{self.year_prefix}?(?P<year>{YEAR}){self.gmark}|{self.year_prefix}(?P<yword>{self.number})"
            f"|(?:(?P<this>{self.this}){SP})?(?P<noun>{self.year_nouns})(?:{SP}(?P<qual>{self.qual}))?)"
        )

    def span(self, holidays_only: bool = False) -> str:
        """A period that a count or part applies to: a holiday, a Hijri or Gregorian month, "الشهر"."""
        lex, w = self.lex, self.lex.word_list
        holiday = f"(?P<shol>{_word(alt(lex.words('holiday')))})"
        kinds = [holiday]
        if not holidays_only:
            kinds += [
                f"(?:{self.month_prefix}{SP})?(?P<shm>{self.hmonth})(?:{SP}{_word(alt(w('hijri_adjectives')))})?",
                f"(?:{self.month_prefix}{SP})?(?P<sm>{self.month}){self.second_name('sm2')}",
                f"(?:(?P<sthis>{self.this}){SP})?(?P<snoun>{_word(alt(w('month') + w('year')))}){self.not_calendar}",
            ]
        return (
            f"(?:{'|'.join(kinds)})"
            f"(?:{self.year_part('s')}|{OS}{COMMA}?{OS}{self.year_prefix_after}?(?P<shyear>{HYEAR}){self.hmark}"
            f"|{SP}(?:{self.of}{SP})?(?P<synoun>{self.year_nouns}){SP}(?P<syqual>{self.qual})"
            f"|{SP}(?P<squal>{self.qual}))?"
        )


def build_forms(lex: Lexicon) -> list[tuple[str, str]]:
    """Return the date forms in the order they are tried."""
    p = _Pieces(lex)
    periods = _period_forms(p, lex)
    forms = {
        # الجمعة الثانية من رمضان: the second Friday of a Hijri month as of a Gregorian one, not a weekday and a day
        "nth": periods.pop("nth"),
        **_absolute_forms(p, lex),
        **periods,
        **_day_month_forms(p),
        **_month_year_forms(p, lex),
        **_relative_forms(p, lex),
    }
    return list(forms.items())


def _absolute_forms(p: _Pieces, lex: Lexicon) -> dict[str, str]:
    """Page stamps, Hijri dates and numeric dates."""
    w = lex.word_list
    hijri_year_or_qual = (
        f"(?:{OS}{COMMA}?{OS}{p.year_prefix_after}?(?P<hyear>{HYEAR}){p.hmark}|{p.year_part()}|{SP}(?P<qual>{p.qual}))?"
    )
    return {
        "stamp": (
            f"{_word(alt(w('page_stamp')))}{OS}[:\\-]?{OS}"
            f"(?:(?P<wd>{p.wd}){OS}(?:{COMMA}|-)?{OS})?"
            f"(?:{NUMERIC}|(?P<day>{DAY}){OS}(?P<month>{p.month}){p.month2}{p.year_part()})"
        ),
        "hijri_day": (
            f"{p.wd_prefix}{p.day}{OS}{p.day_link}(?P<hmonth>{p.hmonth})"
            f"(?:{SP}(?P<hadj>{_word(alt(w('hijri_adjectives')))}))?"
            f"(?:{OS}{COMMA}?{OS}{p.year_prefix_after}?(?P<hyear>{HYEAR}){p.hmark}|{SP}(?P<qual>{p.qual}))?"
        ),
        "hijri_month": (
            f"(?:(?P<range>{p.range}){SP})?(?:(?P<mprefix>{p.month_prefix}){SP})?(?P<hmonth>{p.hmonth})"
            f"(?:{SP}(?P<hadj>{_word(alt(w('hijri_adjectives')))}))?{hijri_year_or_qual}"
        ),
        "hijri_numeric": (
            f"(?<![\\d./\\-])(?:(?P<n1>\\d{{1,2}})(?P<sep>[/.\\-])(?P<n2>\\d{{1,2}})(?P=sep)(?P<hyear>1[34]\\d\\d)"
            f"|(?P<hy2>1[34]\\d\\d)(?P<sep3>[/.\\-])(?P<hm2>\\d{{1,2}})(?P=sep3)(?P<hd2>\\d{{1,2}}))"
            f"{OS}{alt(w('hijri_mark'))}{RB}"
        ),
        "numeric": f"{p.part}{p.wd_prefix}{NUMERIC}{p.gmark}",
        "numeric_partial": f"{p.wd_prefix}{PARTIAL_NUMERIC}",
    }


def _period_forms(p: _Pieces, lex: Lexicon) -> dict[str, str]:
    """Weeks of months, nth weekdays and days of periods, quarters, decades, holidays."""
    w = lex.word_list
    return {
        "week_of_month": (
            f"{p.week_of}(?:(?P<mprefix>{p.month_prefix}){SP})?"
            f"(?P<month>{p.month}){p.month2}(?:{p.year_part()}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "week_of_noun": (f"{p.week_of}(?:(?P<this>{p.this}){SP})?(?P<noun>{p.month_noun})(?:{SP}(?P<qual>{p.qual}))?"),
        "nth": (
            f"(?:(?P<nth>{_word(alt(lex.words('nth_before')))}){SP}"
            f"(?:(?P<wdn>{_word(alt(lex.words('weekday_noun')))})|(?P<dayn>{_word(alt(w('day_nouns')))}))"
            f"(?:{SP}(?:{_word(alt(w('of') + w('glued_preposition')))}))?"
            f"|{p.day_prefix}?(?P<wd>{p.wd}){SP}(?P<nafter>{_word(alt(lex.words('nth_after')))}){SP}"
            f"{_word(alt(w('of') + w('glued_preposition')))})"
            f"{SP}{p.span()}"
        ),
        "quarter": f"(?P<quarter>{_word(alt(lex.words('quarter')))}){SP}(?:{p.of}{SP})?{p.year_spec()}",
        "decade": (
            f"(?:(?P<range>{p.range}){SP})?(?:{_word(alt(w('decade_noun')))}{SP})?"
            f"(?:(?P<decade>{_word(alt(lex.words('decade')))})"
            f"|(?P<dcons>{_word(alt(lex.words('decade_construct')))})(?={SP}{_word(alt(w('century')))}))"
            # "في العشرينات والثلاثينات من العمر": ages, even in a list
            f"(?!(?:{OS}{alt(w('and'))}{OS}{_word(alt(lex.words('decade')))})*{SP}{_word(alt(w('not_after_decade')))})"
            f"(?:{SP}(?:{p.of}{SP})?{_word(alt(w('century')))}{SP}(?:(?P<qual>{p.qual})|(?P<cent>{p.ordinal})))?"
        ),
        "holiday": f"(?:(?P<hpart>{p.part_word}))??(?:(?P<range>{p.range}){SP})?{p.span(holidays_only=True)}",
    }


def _day_month_forms(p: _Pieces) -> dict[str, str]:
    """Days of months: month-first, spans, day and month, day of "الشهر"."""
    dmy = f"{p.part}{p.wd_prefix}{p.day}{OS}(?:/{OS})?{p.day_link}(?P<month>{p.month}){p.month2}"  # 10/ سبتمبر too
    year_or_qual = f"(?:{p.year_part()}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
    return {
        "month_first_span": (
            f"(?P<month>{p.month}){p.month2}{SP}(?P<day1>{DAY}){OS}(?:{p.link}|{alt(p.lex.word_list('and'))}){OS}"
            f"(?P<day>{DAY}){year_or_qual}"
        ),
        "month_first_day": f"(?P<month>{p.month}){SP}(?P<day>{DAY}){OS}{COMMA}?{OS}(?P<year>{YEAR})",
        "day_span": (
            f"{p.part}(?P<day1>{DAY}){OS}(?:(?P<month1>{p.month}){p.second_name('month1b')}{OS})?"
            f"{alt(p.lex.word_list('day_range_link'))}{OS}"
            f"(?P<day>{DAY}){OS}{p.day_link}(?P<month>{p.month}){p.month2}{year_or_qual}"
        ),
        "ordinal_span": (
            f"{p.part}(?P<ord1>{p.ordinal}){OS}(?P<link>{alt(p.lex.word_list('day_range_link'))}){OS}"
            f"(?P<ord2>{p.ordinal}){OS}{p.day_link}(?P<month>{p.month}){p.month2}{year_or_qual}"
        ),
        "day_month": f"{dmy}{year_or_qual}",
        "day_of_noun": (
            f"{p.part}{p.wd_prefix}{p.day}{OS}(?:{p.of}{SP})?"
            f"(?:(?P<this>{p.this}){SP})?(?P<noun>{p.month_noun}){p.noun_qual}"
        ),
        "day_of_qualifier": (
            f"{p.part}{p.wd_prefix}{p.day_prefix}?(?:{alt(p.lex.word_list('article'))}{OS})?(?P<day>{DAY}){SP}"
            f"(?P<qual>{_word(alt(p.lex.word_list('month_day_qualifiers')))})"
        ),
        "day_span_of_noun": (
            f"{p.part}(?P<day1>{DAY}){OS}{alt(p.lex.word_list('day_range_link'))}{OS}(?P<day>{DAY}){OS}"
            f"(?:{p.of}{SP})?(?:(?P<this>{p.this}){SP})?(?P<noun>{p.month_noun}){p.noun_qual}"
        ),
    }


def _month_year_forms(p: _Pieces, lex: Lexicon) -> dict[str, str]:
    """Months, spans of months, years and the reference's week, month or year."""
    w = lex.word_list
    return {
        "month_span": (
            f"(?P<month1>{p.month}){p.second_name('month1b')}(?:{p.year_part('a')})?"
            f"{OS}{COMMA}?{OS}(?P<link>{p.link}|{alt(w('and'))}){OS}"
            f"(?P<month>{p.month}){p.month2}(?:{p.year_part()}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "month_number": (
            f"(?P<mprefix>{p.month_prefix}){SP}(?P<mnum>{MONTH_NUMBER})(?!\\d|[/.\\-]\\d)"
            f"(?!{SP}{_word(alt(w('counted_after_number')))})"
            f"(?:{p.year_part()}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "month_ordinal": f"{p.month_noun}{SP}(?P<mord>{p.ordinal}){SP}{p.of}{SP}{p.year_spec()}",
        "month_year": (
            f"(?:(?P<range>{p.range}){SP})?(?:{p.month_prefix}{SP})?(?P<month>{p.month}){p.month2}{p.year_part()}"
        ),
        "years": (
            f"{_word(alt(w('years_prefix')))}{OS}(?P<year>{YEAR}){p.gmark}{OS}"
            f"{alt(w('year_link'))}{OS}(?P<year2>{YEAR}){p.gmark}"
        ),
        # A bare number is no year: the lookaheads spare the reader what it would refuse.
        "year": (
            f"(?={p.range}|{p.year_prefix}|{p.year_nouns}{SP}{p.qual})(?:(?P<range>{p.range}){SP})?"
            f"(?:(?P<ypfx>{p.year_prefix}|{p.year_nouns}{SP}{p.qual}{OS})?(?P<year>{YEAR}){p.gmark}"
            f"|{p.year_prefix}(?P<yword>{p.number}))"
        ),
        # "وفي 2013، وقع تفجير": a bare year in digits, a year only after في (the reader checks the word before)
        "year_in": f"(?P<year>{YEAR})(?!{SP}{_word(alt(w('counted_after_number')))})",
        "month": (
            f"(?:(?P<range>{p.range}){SP})?(?:(?P<mprefix>{p.month_prefix}){SP})?"
            f"(?P<month>{p.month}){p.month2}(?:{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "noun": (
            f"(?={p.range}|{p.this}|{p.nouns}{SP}(?:{p.qual}|{p.following}))"
            f"(?:(?P<range>{p.range}){SP})?(?:(?P<this>{p.this}){SP})?(?P<noun>{p.nouns}){p.noun_qual}"
        ),
    }


def _relative_forms(p: _Pieces, lex: Lexicon) -> dict[str, str]:
    """Spans back from the reference, days from an event or the reference, nights and weekdays."""
    w = lex.word_list
    article = f"(?:{alt(w('article'))}{OS})"
    span_many = _word(alt([x for x in lex.words("span_unit") if lex.lookup("span_unit", x).endswith(":many")]))
    span_two = _word(alt([x for x in lex.words("span_unit") if lex.lookup("span_unit", x).endswith(":two")]))
    periods = _word(alt(w("month") + w("year")))
    return {
        "past_span": (
            f"(?:(?P<sunit>{span_many}){SP}{article}?(?P<snum>\\d{{1,3}}|{p.number})"
            f"|{article}(?P<snum2>\\d{{1,3}}|{p.number}){OS}(?P<sunit2>{span_many}|{_word(alt(lex.words('unit')))})"
            f"|(?P<sdual>{span_two}))"
            f"{SP}(?P<squal>{_word(alt(lex.words('span_qualifier')))})"
            f"(?:{SP}{p.of}{SP}(?:{p.year_prefix}?(?P<pyear>{YEAR}){p.gmark}|(?P<pthis>{p.this}){SP}(?P<pnoun>{periods})"
            f"|(?P<pnoun2>{periods}){SP}(?P<pqual>{p.qual})))?"
            # "الأسبوعين الأخيرين من أيار 2017": a part of a named month, not the days before the reference
            f"(?!{SP}{p.of}{SP}(?:{p.month_prefix}{SP})?{p.month})"
        ),
        "event_span": f"(?P<evspan>{_word(alt(lex.words('event_span')))})",
        "event_word": f"(?P<evword>{_word(alt(lex.words('event_relative')))})",
        "event_after": f"(?P<shift>{_word(alt(_shift_words(lex, 'after')))}){SP}{p.count}",
        "event_before": (
            f"(?P<shift>{_word(alt(_shift_words(lex, 'before')))}){SP}{p.count}"
            f"(?={SP}{_word(alt(w('of') + w('days_before_link')))})"
        ),
        "event_it": (
            f"(?P<shift>{_word(alt(_shift_words(lex, 'after_it') + _shift_words(lex, 'before_it')))}){SP}"
            f"(?P<by>{alt(w('by'))}){OS}{p.count}"
        ),
        "relative_night": (
            f"(?P<nrel>{_word(alt(lex.words('relative_night')))})(?:{OS}\\(?{OS}(?P<wd>{p.wd})(?:{OS}\\))?)?"
        ),
        "relative_day": (
            f"{p.part}{p.day_prefix}?(?P<rel>{_word(alt(lex.words('relative_day')))}){p.not_event}"
            f"(?!{SP}{_word(alt(w('not_after_relative')))})"
            f"(?:{OS}\\({OS}(?P<rel2>{_word(alt(lex.words('relative_day')))}){OS}\\))?"
            f"(?:{OS}\\(?{OS}(?P<wd>{p.wd})(?:{OS}\\))?)?(?:{SP}{_word(alt(w('day_parts_after')))})?"
        ),
        "ago": (f"{_word(alt(lex.raw['shifts']['ago']))}{SP}{p.count}(?!{OS}\\d)"),
        "night": (
            f"{_word(alt(w('night')))}{SP}{p.day_prefix}?(?P<wd>{p.wd})"
            f"(?:{OS}(?P<link>{alt(w('night_link'))}){OS}|{SP})(?P<wd2>{p.wd})"
        ),
        "weekday": (
            f"{p.part}{p.day_prefix}?(?P<wd>{p.wd})(?!{SP}{_word(alt(w('not_after_weekday')))})"
            f"(?:{SP}(?P<qual>{p.qual}))?(?!{OS}\\d(?!\\d*{SP}(?!{p.month}|{p.hmonth}|{p.day_link_word})[^\\W\\d_]))"
        ),
    }


def _shift_words(lex: Lexicon, key: str) -> list[str]:
    """Return the shift words ``[shifts] key`` of the data file."""
    return lex.raw["shifts"][key]


_SEP = r"(?:[ \t]*[/.\-][ \t]*)"


def _first_words(lex: Lexicon) -> list[str]:
    """Every word that can begin a form on its own (the others begin with a digit or a phrase)."""
    w = lex.word_list
    words = [word for name in _FIRST_TABLES for word in lex.words(name)]
    return words + [word for key in _FIRST_WORDS for word in w(key)]


def _first_phrases(lex: Lexicon) -> str:
    """Beginnings of forms whose first word is common alone: "هذا" only before "العام"/"الشهر"/
    "الأسبوع", "قبل"/"بعد"/"منذ" only before a count ("قبل 3", "بعد يومين", "بعدها ب")."""
    w, shifts = lex.word_list, lex.raw["shifts"]
    this = f"{alt(w('this'))}{SP}{alt(w('week') + w('month') + w('year'))}{RB}"
    counted = f"{alt(w('about') + lex.words('number') + lex.words('unit'))}{RB}"
    count = f"{alt([x for ws in shifts.values() for x in ws])}{SP}(?:\\d|{counted}|{alt(w('by'))})"
    return f"{this}|{count}"


_FIRST_TABLES = (
    "month", "hijri_month", "weekday", "ordinal", "range", "month_part", "event_relative", "event_span", "relative_day",
    "relative_night",
    "quarter", "decade", "decade_construct", "nth_before", "holiday", "span_unit",
)
_FIRST_WORDS = (
    "page_stamp", "day_parts", "day_prefix", "month_prefix", "year_prefix", "years_prefix", "week", "month",
    "year", "night", "article", "decade_noun",
)


def build_scanner(forms: list[tuple[str, str]], lex: Lexicon) -> re.Pattern[str]:
    """Join the forms into one regex; the group ``f<i>`` that matched names form i, and starts after a proclitic.

    A form starts at a word's start, after a conjunction and a preposition
    ("و", "ف", "ب", "ل", "ك", "وب" …), or at a digit glued to "في" ("في12 أيار").

    A lookahead for a digit or a word that can begin a form comes first, so
    that the alternation of forms runs only where a date may start.
    """
    bodies = "|".join(
        f"(?P<f{i}>"
        + re.sub(r"\(\?P<\w+>", "(?:", re.sub(r"\(\?P=\w+\)", lambda _: _SEP, f))
        + ")"
        for i, (_, f) in enumerate(forms)
    )
    w = lex.word_list
    conjunction, preposition, glued = alt(w("conjunctions")), alt(w("prepositions")), alt(w("glued_preposition"))
    first = f"(?=\\d|{alt(_first_words(lex))}{RB}|{_first_phrases(lex)})"
    clitics = f"(?:{conjunction}?{preposition}?|{conjunction}?{glued}(?=\\d))"
    return re.compile(f"{LB}{clitics}{first}(?:{bodies})")
