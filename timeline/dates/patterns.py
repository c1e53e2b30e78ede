"""Regular expressions for date expressions, built from the data file's vocabulary.

`build_forms` returns the ordered forms ``(name, compiled regex)``: at one
position the first form that matches wins, so longer and more specific forms
come first. `build_scanner` joins them into one regex that finds where any
form starts; names of groups are stripped from it so that the forms may reuse
them. All patterns run over text normalised by `gazetteer.normalize`.
"""

from __future__ import annotations

import re

from timeline.dates.lexicon import Lexicon, alt

SP = r"[ \t]+"
OS = r"[ \t]*"
LB = r"(?<![^\W\d_])"  # not after a letter (digits may touch: "14جوان")
RB = r"(?![^\W\d_])"  # not before a letter
DAY = r"(?<![\d.,:/])(?:0?[1-9]|[12]\d|3[01])(?!\d|[.,:/]\d)"
YEAR = r"(?<![\d.,:/])(?:1[89]\d\d|20\d\d)(?!\d|[.,:/]\d)"
HYEAR = r"(?<![\d.,:/])1[34]\d\d(?!\d|[.,:/]\d)"
NUMERIC = (
    r"(?<![\d./\-])(?:(?P<n1>\d{1,2})(?P<sep>[ \t]*[/.\-][ \t]*)(?P<n2>\d{1,2})(?P=sep)(?P<n3>(?:1[89]|20)\d\d)"
    r"|(?P<y4>(?:1[89]|20)\d\d)(?P<sep2>[/.\-])(?P<m4>\d{1,2})(?P=sep2)(?P<d4>\d{1,2}))(?!\d|[./\-]\d)"
)


def _word(pattern: str) -> str:
    """A whole word; the scanner checks the left edge of each form (a proclitic may precede)."""
    return f"{pattern}{RB}"


class _Pieces:
    """Regex pieces shared by several forms."""

    def __init__(self, lex: Lexicon) -> None:
        w = lex.word_list
        self.month = _word(alt(lex.words("month")))
        self.hmonth = _word(alt(lex.words("hijri_month")))
        self.wd = _word(alt(lex.words("weekday")))
        self.ordinal = _word(alt(lex.words("ordinal")))
        self.qual = _word(alt(lex.words("qualifier")))
        self.range = _word(alt(lex.words("range")))
        self.this = _word(alt(w("this")))
        self.gmark = f"(?:{OS}{alt(w('gregorian_mark'))}{RB})?"
        self.hmark = f"(?:{OS}{alt(w('hijri_mark'))}{RB})?"
        self.year_prefix = f"(?:{_word(alt(w('year_prefix')))}{OS})"
        self.day_prefix = f"(?:{_word(alt(w('day_prefix')))}{SP})"
        self.part = f"(?:{_word(alt(w('day_parts')))}{SP}{self.day_prefix}?)?"
        self.wd_prefix = (
            f"(?:{self.day_prefix}?(?P<wd>{self.wd}){OS}[,،]?{OS}(?:{_word(alt(w('weekday_link')))}{SP})?)?"
        )
        self.day = f"{self.day_prefix}?(?:(?P<day>{DAY})|(?P<ord>{self.ordinal}))"
        self.day_link = f"(?:{_word(alt(w('day_month_link') + w('month_prefix')))}{SP})?"
        # "كانون الثاني/يناير", "تموز (يوليو)", "نوفمبر تشرين الثاني": two names of one month.
        self.month2 = f"(?:(?:{OS}[/(\\-]{OS}|{SP})(?P<month2>{self.month})(?:{OS}\\))?)?"
        self.year_part = f"{OS}[,،]?{OS}(?:(?:{_word('من')}{SP})?{self.year_prefix})?(?P<year>{YEAR}){self.gmark}"
        self.nouns = _word(alt(w("week") + w("month") + w("year")))
        # "أغسطس العام الماضي", "14 تموز من العام الجاري".
        self.of_year_noun = f"{SP}(?:{_word('من')}{SP})?(?P<ynoun>{_word(alt(w('year')))}){SP}(?P<yqual>{self.qual})"
        self.month_noun = _word(alt(w("month")))
        # "الأسبوع الثاني من", "الأسبوع الأخير من": a week of a month.
        self.week_of = (
            f"{_word(alt(w('week')))}{SP}(?P<wnum>{_word(alt(lex.words('week_ordinal')))}){SP}(?:{_word('من')}{SP})?"
        )
        units = lex.words("unit")
        self.count = (
            f"(?:(?P<num>\\d{{1,2}}|{_word(alt(lex.words('cardinal')))}){OS}(?P<unit>{_word(alt(units))})"
            f"|(?P<unit1>{_word(alt(units))})(?:{SP}{_word(alt(lex.raw['cardinals']['1']))})?)"
        )
        follow = [
            word.split(" ", 1)[1]
            for word in lex.words("event_relative")
            if " " in word and word.split(" ", 1)[0] in lex.words("relative_day")
        ]
        self.not_event = f"(?!{SP}{_word(alt(follow))})"


def build_forms(lex: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    """Return the date forms in the order they are tried."""
    p = _Pieces(lex)
    w = lex.word_list
    dmy = f"{p.part}{p.wd_prefix}{p.day}{OS}{p.day_link}(?P<month>{p.month}){p.month2}"
    forms = {
        "stamp": (
            f"{_word(alt(w('page_stamp')))}{OS}[:\\-]?{OS}"
            f"(?:(?P<wd>{p.wd}){OS}[,،\\-]?{OS})?"
            f"(?:{NUMERIC}|(?P<day>{DAY}){OS}(?P<month>{p.month}){p.month2}{p.year_part})"
        ),
        "hijri_day": (
            f"{p.wd_prefix}{p.day}{OS}{p.day_link}(?P<hmonth>{p.hmonth}){OS}[,،]?{OS}"
            f"{p.year_prefix}?(?P<hyear>{HYEAR}){p.hmark}"
        ),
        "hijri_month": f"(?P<hmonth>{p.hmonth}){OS}[,،]?{OS}{p.year_prefix}?(?P<hyear>{HYEAR}){p.hmark}",
        "hijri_numeric": (
            f"(?<![\\d./\\-])(?P<n1>\\d{{1,2}})(?P<sep>[/.\\-])(?P<n2>\\d{{1,2}})(?P=sep)"
            f"(?P<hyear>1[34]\\d\\d){OS}{alt(w('hijri_mark'))}{RB}"
        ),
        "numeric": f"{p.part}{p.wd_prefix}{NUMERIC}",
        "week_of_month": (
            f"{p.week_of}(?:(?P<mprefix>{_word(alt(w('month_prefix')))}){SP})?"
            f"(?P<month>{p.month}){p.month2}(?:{p.year_part}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "week_of_noun": (f"{p.week_of}(?:(?P<this>{p.this}){SP})?(?P<noun>{p.month_noun})(?:{SP}(?P<qual>{p.qual}))?"),
        "day_span": (
            f"{p.part}(?P<day1>{DAY}){OS}(?:(?P<month1>{p.month}){OS})?{alt(w('day_range_link'))}{OS}"
            f"(?P<day>{DAY}){OS}{p.day_link}(?P<month>{p.month}){p.month2}"
            f"(?:{p.year_part}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "day_month": f"{dmy}(?:{p.year_part}|{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?",
        "day_of_noun": (
            f"{p.part}{p.wd_prefix}{p.day}{OS}(?:{_word('من')}{SP})?"
            f"(?:(?P<this>{p.this}){SP})?(?P<noun>{p.month_noun})(?:{SP}(?P<qual>{p.qual}))?"
        ),
        "month_year": (
            f"(?:(?P<range>{p.range}){SP})?(?:{_word(alt(w('month_prefix')))}{SP})?"
            f"(?P<month>{p.month}){p.month2}{p.year_part}"
        ),
        "years": (
            f"{_word(alt(w('years_prefix')))}{OS}(?P<year>{YEAR}){p.gmark}{OS}"
            f"{alt(w('year_link'))}{OS}(?P<year2>{YEAR}){p.gmark}"
        ),
        "year": (
            f"(?:(?P<range>{p.range}){SP})?(?P<ypfx>{p.year_prefix}|{_word(alt(w('year')))}{SP}{p.qual}{OS})?"
            f"(?P<year>{YEAR}){p.gmark}"
        ),
        "month": (
            f"(?:(?P<range>{p.range}){SP})?(?:(?P<mprefix>{_word(alt(w('month_prefix')))}){SP})?"
            f"(?P<month>{p.month}){p.month2}(?:{p.of_year_noun}|{SP}(?P<qual>{p.qual}))?"
        ),
        "noun": (
            f"(?:(?P<range>{p.range}){SP})?(?:(?P<this>{p.this}){SP})?(?P<noun>{p.nouns})(?:{SP}(?P<qual>{p.qual}))?"
        ),
        "event_word": f"(?P<evword>{_word(alt(lex.words('event_relative')))})",
        "event_after": f"(?P<shift>{_word(alt(_shift_words(lex, 'after')))}){SP}{p.count}",
        "event_before": (f"(?P<shift>{_word(alt(_shift_words(lex, 'before')))}){SP}{p.count}(?={SP}{_word('من')})"),
        "event_it": (
            f"(?P<shift>{_word(alt(_shift_words(lex, 'after_it') + _shift_words(lex, 'before_it')))}){SP}ب{OS}{p.count}"
        ),
        "relative_day": (
            f"{p.part}{p.day_prefix}?(?P<rel>{_word(alt(lex.words('relative_day')))}){p.not_event}"
            f"(?:{OS}\\(?{OS}(?P<wd>{p.wd})(?:{OS}\\))?)?"
        ),
        "ago": (f"{_word(alt(lex.raw['shifts']['ago']))}{SP}{p.count}(?!{OS}\\d)(?!{SP}{_word('من')})"),
        "night": (
            f"{_word(alt(w('night')))}{SP}{p.day_prefix}?(?P<wd>{p.wd}){OS}{alt(w('night_link'))}{OS}(?P<wd2>{p.wd})"
        ),
        "weekday": (
            f"{p.part}{p.day_prefix}?(?P<wd>{p.wd})(?!{SP}{_word(alt(w('not_after_weekday')))})"
            f"(?:{SP}(?P<qual>{p.qual}))?(?!{OS}\\d)"
        ),
    }
    return [(name, re.compile(pattern)) for name, pattern in forms.items()]


def _shift_words(lex: Lexicon, key: str) -> list[str]:
    """Return the shift words ``[shifts] key`` of the data file."""
    return lex.raw["shifts"][key]


_SEP = r"(?:[ \t]*[/.\-][ \t]*)"


def _first_words(lex: Lexicon) -> list[str]:
    """Every word that can begin a form (the rest begin with a digit)."""
    w, shifts = lex.word_list, lex.raw["shifts"]
    words = [word for name in _FIRST_TABLES for word in lex.words(name)]
    words += [word for key in _FIRST_WORDS for word in w(key)]
    return words + [word for ws in shifts.values() for word in ws]


_FIRST_TABLES = ("month", "hijri_month", "weekday", "ordinal", "range", "event_relative", "relative_day")
_FIRST_WORDS = (
    "page_stamp",
    "day_parts",
    "day_prefix",
    "month_prefix",
    "year_prefix",
    "years_prefix",
    "this",
    "week",
    "month",
    "year",
    "night",
)


def build_scanner(forms: list[tuple[str, re.Pattern[str]]], lex: Lexicon) -> re.Pattern[str]:
    """Join the forms into one regex; group ``body`` starts after a proclitic.

    A form starts at a word's start, after "و", "ف", "ب", "ل", "ك" or "وب" …, or
    at a digit glued to "في" ("في12 أيار").

    A lookahead for a digit or a word that can begin a form comes first, so
    that the alternation of forms runs only where a date may start.
    """
    bodies = "|".join(re.sub(r"\(\?P<\w+>", "(?:", re.sub(r"\(\?P=\w+\)", lambda _: _SEP, f.pattern)) for _, f in forms)
    first = f"(?=\\d|{alt(_first_words(lex))}{RB})"
    return re.compile(f"{LB}(?:[وف]?[بلك]?|و?في(?=\\d)){first}(?P<body>{bodies})")
