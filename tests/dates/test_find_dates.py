"""Golden tables for `timeline.dates.find_dates`, one table per form, plus the labelled set."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from tests.conftest import REPO_ROOT
from timeline.dates import find_dates

REF = dt.date(2016, 7, 20)  # a Wednesday; its week (Saturday first) is 16–22 July
LABELLED = REPO_ROOT / "tests" / "data" / "date_sentences.tsv"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def shapes(text: str, reference: dt.date | None = REF, prefer: str = "past") -> list[tuple]:
    """(text, first day, last day, precision, kind) of every mention."""
    return [
        (m.text, _iso(m.value), _iso(m.end_value), m.precision, m.kind) for m in find_dates(text, reference, prefer)
    ]


def _table(rows: list[tuple]) -> pytest.MarkDecorator:
    """Parametrise over (id, text, expected mentions) rows."""
    return pytest.mark.parametrize(("text", "expected"), [r[1:] for r in rows], ids=[r[0] for r in rows])


def day(text: str, iso: str, kind: str = "absolute") -> tuple:
    return (text, iso, iso, "day", kind)


MONTH_NAMES = [
    ("levantine-kanun2", "في 20 كانون الثاني 2016 قصفت", [day("20 كانون الثاني 2016", "2016-01-20")]),
    ("levantine-shubat", "يوم 3 شباط 2015", [day("يوم 3 شباط 2015", "2015-02-03")]),
    ("levantine-adhar", "في 9 آذار 2014", [day("9 آذار 2014", "2014-03-09")]),
    ("levantine-ab", "في 21 آب 2013", [day("21 آب 2013", "2013-08-21")]),
    ("levantine-tishrin1", "في 17 تشرين الأول 2016", [day("17 تشرين الأول 2016", "2016-10-17")]),
    ("levantine-kanun1", "في 22 كانون الأول 2016", [day("22 كانون الأول 2016", "2016-12-22")]),
    ("egyptian-april-hamza", "في 6 أبريل 2017", [day("6 أبريل 2017", "2017-04-06")]),
    ("egyptian-april-kasra", "في 6 إبريل 2017", [day("6 إبريل 2017", "2017-04-06")]),
    ("egyptian-april-bare", "في 6 ابريل 2017", [day("6 ابريل 2017", "2017-04-06")]),
    ("egyptian-june-yunyuh", "في 3 يونيه 2014", [day("3 يونيه 2014", "2014-06-03")]),
    ("egyptian-july-yulyuh", "في 23 يوليه 2013", [day("23 يوليه 2013", "2013-07-23")]),
    ("egyptian-august-bare", "في 12 اغسطس 2016", [day("12 اغسطس 2016", "2016-08-12")]),
    ("egyptian-october-bare", "في 8 اكتوبر 2015", [day("8 اكتوبر 2015", "2015-10-08")]),
    ("egyptian-december-variant", "في 15 ديسيمبر 2015", [day("15 ديسيمبر 2015", "2015-12-15")]),
    ("maghrebi-janvier", "في 16 جانفي 2013", [day("16 جانفي 2013", "2013-01-16")]),
    ("maghrebi-fevrier", "في 12 فيفري 2014", [day("12 فيفري 2014", "2014-02-12")]),
    ("maghrebi-avril", "في 7 أفريل 2016", [day("7 أفريل 2016", "2016-04-07")]),
    ("maghrebi-mai", "في 25 ماي 2015", [day("25 ماي 2015", "2015-05-25")]),
    ("maghrebi-juin", "في 26 جوان 2015", [day("26 جوان 2015", "2015-06-26")]),
    ("maghrebi-juillet", "في 9 جويلية 2016", [day("9 جويلية 2016", "2016-07-09")]),
    ("maghrebi-aout", "في 14 أوت 2015", [day("14 أوت 2015", "2015-08-14")]),
    ("moroccan-yulyuz", "في 3 يوليوز 2014", [day("3 يوليوز 2014", "2014-07-03")]),
    ("moroccan-ghusht", "في 20 غشت 2015", [day("20 غشت 2015", "2015-08-20")]),
    ("moroccan-shutanbir", "في 11 شتنبر 2016", [day("11 شتنبر 2016", "2016-09-11")]),
    ("moroccan-nunbir", "في 24 نونبر 2015", [day("24 نونبر 2015", "2015-11-24")]),
    ("moroccan-dujanbir", "في 6 دجنبر 2017", [day("6 دجنبر 2017", "2017-12-06")]),
    ("paired-slash", "في 20 كانون الثاني/يناير 2016", [day("20 كانون الثاني/يناير 2016", "2016-01-20")]),
    ("paired-reverse", "في 16 يونيو/حزيران 2015", [day("16 يونيو/حزيران 2015", "2015-06-16")]),
    ("paired-brackets", "في 12 تموز (يوليو) 2016", [day("12 تموز (يوليو) 2016", "2016-07-12")]),
    ("paired-dash", "في 4 أيار - مايو 2017", [day("4 أيار - مايو 2017", "2017-05-04")]),
    (
        "paired-space",
        "نوفمبر تشرين الثاني 2014",
        [("نوفمبر تشرين الثاني 2014", "2014-11-01", "2014-11-30", "month", "absolute")],
    ),
    ("paired-no-year", "في 14 تموز (يوليو). وقالت", [day("14 تموز (يوليو)", "2016-07-14", "relative")]),
    ("month-year", "في حزيران 2017", [("حزيران 2017", "2017-06-01", "2017-06-30", "month", "absolute")]),
    ("month-prefix-year", "شهر أكتوبر 2016", [("شهر أكتوبر 2016", "2016-10-01", "2016-10-31", "month", "absolute")]),
    ("leap-day", "في 29 شباط 2016", [day("29 شباط 2016", "2016-02-29")]),
    ("weekday-prefix", "الخميس 14 تموز 2016", [day("الخميس 14 تموز 2016", "2016-07-14")]),
]

DIGITS = [
    ("arabic-indic", "في ١٥ آذار ٢٠١٦", [day("١٥ آذار ٢٠١٦", "2016-03-15")]),
    ("persian", "في ۲۲ آب ۲۰۱۶", [day("۲۲ آب ۲۰۱۶", "2016-08-22")]),
    ("dmy-slash", "بتاريخ 18/7/2016 عن", [day("18/7/2016", "2016-07-18")]),
    ("ymd-slash", "إلى 2016/07/18 وفق", [day("2016/07/18", "2016-07-18")]),
    ("dmy-dash", "المؤرخ 18-7-2016 مقتل", [day("18-7-2016", "2016-07-18")]),
    ("ymd-dash", "في 2015-12-01 على", [day("2015-12-01", "2015-12-01")]),
    ("dmy-dot", "بتاريخ 7.3.2016 في", [day("7.3.2016", "2016-03-07")]),
    ("arabic-indic-numeric", "بتاريخ ٠٥/١١/٢٠١٥ إلى", [day("٠٥/١١/٢٠١٥", "2015-11-05")]),
    ("no-space-before-month", "في 14جوان 2016 بسبب", [day("14جوان 2016", "2016-06-14")]),
    ("no-spaces", "في 5أيار2015 على", [day("5أيار2015", "2015-05-05")]),
    ("leading-zero", "في 08 آب 2016", [day("08 آب 2016", "2016-08-08")]),
    ("impossible-numeric", "بتاريخ 31/2/2016 صدر", []),
    (
        "impossible-day-keeps-month",
        "في 31 نيسان 2016",
        [("نيسان 2016", "2016-04-01", "2016-04-30", "month", "absolute")],
    ),
    ("glued-to-preposition", "جرت في12 أيار/مايو 2016.", [day("12 أيار/مايو 2016", "2016-05-12")]),
]

ORDINALS = [
    ("first", "في الأول من كانون الثاني 2017", [day("الأول من كانون الثاني 2017", "2017-01-01")]),
    ("eighth", "في الثامن من شباط 2016", [day("الثامن من شباط 2016", "2016-02-08")]),
    ("eleventh-month-word", "في الحادي عشر من شهر أيلول 2016", [day("الحادي عشر من شهر أيلول 2016", "2016-09-11")]),
    ("twentieth", "في العشرين من نيسان 2016", [day("العشرين من نيسان 2016", "2016-04-20")]),
    ("twenty-first", "في الحادي والعشرين من آذار 2015", [day("الحادي والعشرين من آذار 2015", "2015-03-21")]),
    ("thirty-first", "الحادي والثلاثين من تموز 2014", [day("الحادي والثلاثين من تموز 2014", "2014-07-31")]),
    ("feminine", "في الثانية عشرة من تموز 2015", [day("الثانية عشرة من تموز 2015", "2015-07-12")]),
    ("no-year", "في الثامن من شباط", [day("الثامن من شباط", "2016-02-08", "relative")]),
    ("past", "الثامن من شباط الماضي", [day("الثامن من شباط الماضي", "2016-02-08", "relative")]),
]

RELATIVE_DAYS = [
    ("today", "قصفت الطائرات اليوم", [day("اليوم", "2016-07-20", "relative")]),
    ("yesterday", "دارت أمس", [day("أمس", "2016-07-19", "relative")]),
    ("yesterday-bariha", "شهدت البارحة", [day("البارحة", "2016-07-19", "relative")]),
    ("yesterday-article-clitic", "وأوضح بالأمس أن", [day("الأمس", "2016-07-19", "relative")]),
    ("day-before", "انفجرت أول أمس", [day("أول أمس", "2016-07-18", "relative")]),
    ("day-before-min", "أعلنت أول من أمس", [day("أول من أمس", "2016-07-18", "relative")]),
    ("day-before-reversed", "قصفت أمس الأول", [day("أمس الأول", "2016-07-18", "relative")]),
    ("tomorrow", "يصل غدا إلى", [day("غدا", "2016-07-21", "relative")]),
    ("after-tomorrow", "ويعقد بعد غد جلسة", [day("بعد غد", "2016-07-22", "relative")]),
    ("yesterday-weekday", "أمس الثلاثاء", [day("أمس الثلاثاء", "2016-07-19", "relative")]),
    ("day-word-yesterday", "يوم أمس", [day("يوم أمس", "2016-07-19", "relative")]),
    ("today-weekday-brackets", "اليوم (الأربعاء)", [day("اليوم (الأربعاء)", "2016-07-20", "relative")]),
    ("dawn-today", "فجر اليوم", [day("فجر اليوم", "2016-07-20", "relative")]),
    ("evening-yesterday", "مساء أمس", [day("مساء أمس", "2016-07-19", "relative")]),
]

WEEKDAYS = [
    ("thursday", "قصفت الخميس قرى", [day("الخميس", "2016-07-14", "relative")]),
    ("wednesday-is-reference", "أفاد الأربعاء", [day("الأربعاء", "2016-07-20", "relative")]),
    ("sunday-clitic", "والأحد قتل", [day("الأحد", "2016-07-17", "relative")]),
    ("monday-hamza", "الإثنين الماضي", [day("الإثنين الماضي", "2016-07-18", "relative")]),
    ("last-wednesday", "الأربعاء الماضي", [day("الأربعاء الماضي", "2016-07-13", "relative")]),
    ("next-thursday", "الخميس المقبل", [day("الخميس المقبل", "2016-07-21", "relative")]),
    ("next-wednesday", "الأربعاء المقبل", [day("الأربعاء المقبل", "2016-07-27", "relative")]),
    ("day-word", "يوم الجمعة في", [day("يوم الجمعة", "2016-07-15", "relative")]),
    ("evening", "مساء الأحد", [day("مساء الأحد", "2016-07-17", "relative")]),
    ("evening-day-word-past", "مساء يوم الأحد الماضي", [day("مساء يوم الأحد الماضي", "2016-07-17", "relative")]),
    ("night-of", "ليلة الجمعة قرب", [day("ليلة الجمعة", "2016-07-15", "relative")]),
]

NIGHTS = [
    ("dash", "ليل السبت-الأحد", [("ليل السبت-الأحد", "2016-07-16", "2016-07-17", "range", "relative")]),
    ("dash-spaced", "ليل السبت - الأحد", [("ليل السبت - الأحد", "2016-07-16", "2016-07-17", "range", "relative")]),
    ("ala", "ليلة الجمعة على السبت", [("ليلة الجمعة على السبت", "2016-07-15", "2016-07-16", "range", "relative")]),
    ("ila", "ليل الأحد إلى الاثنين", [("ليل الأحد إلى الاثنين", "2016-07-17", "2016-07-18", "range", "relative")]),
    ("slash", "ليل الثلاثاء/الأربعاء", [("ليل الثلاثاء/الأربعاء", "2016-07-19", "2016-07-20", "range", "relative")]),
    ("no-link", "ليل الأحد الاثنين", [("ليل الأحد الاثنين", "2016-07-17", "2016-07-18", "range", "relative")]),
    ("after-midnight", "بعد منتصف ليل السبت - الأحد",
     [("منتصف ليل السبت - الأحد", "2016-07-16", "2016-07-17", "range", "relative")]),
    ("no-link-not-consecutive", "ليلة الجمعة الأحد",
     [("ليلة الجمعة", "2016-07-15", "2016-07-15", "day", "relative"),
      ("الأحد", "2016-07-17", "2016-07-17", "day", "relative")]),
]

NOUNS = [
    ("last-week", "الأسبوع الماضي", [("الأسبوع الماضي", "2016-07-11", "2016-07-17", "week", "relative")]),
    ("this-week", "هذا الأسبوع", [("هذا الأسبوع", "2016-07-16", "2016-07-22", "week", "relative")]),
    ("next-week", "الأسبوع المقبل", [("الأسبوع المقبل", "2016-07-23", "2016-07-29", "week", "relative")]),
    ("last-month", "الشهر الماضي", [("الشهر الماضي", "2016-06-01", "2016-06-30", "month", "relative")]),
    ("this-month", "الشهر الجاري", [("الشهر الجاري", "2016-07-01", "2016-07-31", "month", "relative")]),
    ("next-month", "الشهر المقبل", [("الشهر المقبل", "2016-08-01", "2016-08-31", "month", "relative")]),
    ("last-year", "العام الماضي", [("العام الماضي", "2015-01-01", "2015-12-31", "year", "relative")]),
    ("this-year", "هذا العام", [("هذا العام", "2016-01-01", "2016-12-31", "year", "relative")]),
    ("current-year", "العام الجاري", [("العام الجاري", "2016-01-01", "2016-12-31", "year", "relative")]),
    ("last-year-sana", "السنة الماضية", [("السنة الماضية", "2015-01-01", "2015-12-31", "year", "relative")]),
    ("bare-month-noun", "نهاية الشهر", []),
    ("day-this-month", "في 7 الشهر الجاري", [day("7 الشهر الجاري", "2016-07-07", "relative")]),
    ("day-of-last-month", "في 20 من الشهر الماضي", [day("20 من الشهر الماضي", "2016-06-20", "relative")]),
    ("ordinal-next-month", "في الثالث من الشهر المقبل", [day("الثالث من الشهر المقبل", "2016-08-03", "relative")]),
    ("day-hadha", "في 15 من هذا الشهر", [day("15 من هذا الشهر", "2016-07-15", "relative")]),
]

AGO = [
    ("two-days", "قبل يومين", [day("قبل يومين", "2016-07-18", "relative")]),
    ("three-days", "قبل ثلاثة أيام", [day("قبل ثلاثة أيام", "2016-07-17", "relative")]),
    ("digits", "قبل 5 أيام", [day("قبل 5 أيام", "2016-07-15", "relative")]),
    ("mundhu", "منذ يومين", [day("منذ يومين", "2016-07-18", "relative")]),
    ("one-day", "قبل يوم واحد", [day("قبل يوم واحد", "2016-07-19", "relative")]),
    # A count of weeks is approximate: the calendar week (Saturday first) holding reference - 7N.
    ("week", "قبل أسبوع", [("قبل أسبوع", "2016-07-09", "2016-07-15", "week", "relative")]),
    ("two-weeks", "قبل أسبوعين", [("قبل أسبوعين", "2016-07-02", "2016-07-08", "week", "relative")]),
    ("week-mundhu", "منذ أسبوع تقريبا", [("منذ أسبوع", "2016-07-09", "2016-07-15", "week", "relative")]),
    ("month", "سقطت البلدة قبل شهر", [("قبل شهر", "2016-06-01", "2016-06-30", "month", "relative")]),
    ("year", "اعتقل قبل عام", [("قبل عام", "2015-01-01", "2015-12-31", "year", "relative")]),
    ("months", "منذ ثلاثة أشهر", [("منذ ثلاثة أشهر", "2016-04-01", "2016-04-30", "month", "relative")]),
    ("years", "قبل عامين", [("قبل عامين", "2014-01-01", "2014-12-31", "year", "relative")]),
    ("vague", "قبل أيام", []),
    ("before-year", "قبل عام 2014", [("عام 2014", "2014-01-01", "2014-12-31", "year", "absolute")]),
]

MONTHS_WITHOUT_YEAR = [
    ("past-month-day", "في 18 تشرين الأول الماضي", [day("18 تشرين الأول الماضي", "2015-10-18", "relative")]),
    ("bare-month-day", "في 7 فبراير", [day("7 فبراير", "2016-02-07", "relative")]),
    ("later-this-year-is-last-year", "في 25 تموز", [day("25 تموز", "2015-07-25", "relative")]),
    ("reference-day", "في 20 تموز", [day("20 تموز", "2016-07-20", "relative")]),
    ("next", "الخامس من آب المقبل", [day("الخامس من آب المقبل", "2016-08-05", "relative")]),
    ("current", "12 تموز الجاري", [day("12 تموز الجاري", "2016-07-12", "relative")]),
    ("same-month-past-day", "3 تموز الماضي", [day("3 تموز الماضي", "2016-07-03", "relative")]),
    ("of-last-year", "14 يوليو من العام الماضي", [day("14 يوليو من العام الماضي", "2015-07-14", "relative")]),
    ("month-past", "حزيران الماضي", [("حزيران الماضي", "2016-06-01", "2016-06-30", "month", "relative")]),
    ("month-past-same", "تموز الماضي", [("تموز الماضي", "2015-07-01", "2015-07-31", "month", "relative")]),
    ("month-next", "آذار المقبل", [("آذار المقبل", "2017-03-01", "2017-03-31", "month", "relative")]),
    ("month-word", "في شهر آب", [("شهر آب", "2015-08-01", "2015-08-31", "month", "relative")]),
    (
        "month-last-year",
        "أغسطس العام الماضي",
        [("أغسطس العام الماضي", "2015-08-01", "2015-08-31", "month", "relative")],
    ),
    ("after-fi", "وفي أبريل قتل", [("أبريل", "2016-04-01", "2016-04-30", "month", "relative")]),
    ("after-mundhu", "منذ مايو.", [("مايو", "2016-05-01", "2016-05-31", "month", "relative")]),
    ("two-names", "في يونيو (حزيران) أصدرت", [("يونيو (حزيران)", "2016-06-01", "2016-06-30", "month", "relative")]),
    ("two-names-space", "في أغسطس آب الماضي", [("أغسطس آب الماضي", "2015-08-01", "2015-08-31", "month", "relative")]),
    ("bare-month-is-no-date", "سبتمبر سيكون هادئا", []),
    ("ambiguous-month-after-fi", "في آب", []),
    ("yemeni-province", "في محافظة اب جنوب صنعاء", []),
]

RANGES = [
    (
        "mid-december-past",
        "منتصف ديسمبر الماضي",
        [("منتصف ديسمبر الماضي", "2015-12-11", "2015-12-20", "range", "relative")],
    ),
    (
        "late-last-month",
        "أواخر الشهر الماضي",
        [("أواخر الشهر الماضي", "2016-06-20", "2016-06-30", "range", "relative")],
    ),
    ("early-this-month", "مطلع الشهر الجاري", [("مطلع الشهر الجاري", "2016-07-01", "2016-07-10", "range", "relative")]),
    ("start-this-year", "مطلع العام الجاري", [("مطلع العام الجاري", "2016-01-01", "2016-04-30", "range", "relative")]),
    ("end-last-year", "نهاية العام الماضي", [("نهاية العام الماضي", "2015-09-01", "2015-12-31", "range", "relative")]),
    ("mid-month-year", "أواسط آذار 2015", [("أواسط آذار 2015", "2015-03-11", "2015-03-20", "range", "absolute")]),
    ("late-february-leap", "أواخر شباط 2016", [("أواخر شباط 2016", "2016-02-19", "2016-02-29", "range", "absolute")]),
    ("mid-year-word", "منتصف عام 2015", [("منتصف عام 2015", "2015-05-01", "2015-08-31", "range", "absolute")]),
    ("mid-year", "منتصف 2014", [("منتصف 2014", "2014-05-01", "2014-08-31", "range", "absolute")]),
    ("beginning-month", "بداية أيار", [("بداية أيار", "2016-05-01", "2016-05-10", "range", "relative")]),
    (
        "early-month-past",
        "أوائل نيسان الماضي",
        [("أوائل نيسان الماضي", "2016-04-01", "2016-04-10", "range", "relative")],
    ),
    (
        "end-this-month",
        "نهاية الشهر الجاري",
        [("نهاية الشهر الجاري", "2016-07-21", "2016-07-31", "range", "relative")],
    ),
]

HALVES = [
    (
        "first-half-last-year",
        "النصف الأول من العام الماضي",
        [("النصف الأول من العام الماضي", "2015-01-01", "2015-06-30", "range", "relative")],
    ),
    (
        "second-half-year",
        "النصف الثاني من عام 2015",
        [("النصف الثاني من عام 2015", "2015-07-01", "2015-12-31", "range", "absolute")],
    ),
    (
        "second-half-february",
        "النصف الثاني من شباط 2016",
        [("النصف الثاني من شباط 2016", "2016-02-16", "2016-02-29", "range", "absolute")],
    ),
]

DAY_SPANS = [
    ("same-month", "في 5 و6 آذار 2016", [("5 و6 آذار 2016", "2016-03-05", "2016-03-06", "range", "absolute")]),
    (
        "across-months",
        "من 25 يوليو حتى 2 أغسطس 2016",
        [("25 يوليو حتى 2 أغسطس 2016", "2016-07-25", "2016-08-02", "range", "absolute")],
    ),
    (
        "across-years",
        "بين 28 كانون الأول - 3 كانون الثاني 2016",
        [("28 كانون الأول - 3 كانون الثاني 2016", "2015-12-28", "2016-01-03", "range", "absolute")],
    ),
    ("without-year", "في 20-21 تموز الماضي", [("20-21 تموز الماضي", "2015-07-20", "2015-07-21", "range", "relative")]),
    ("backwards-is-one-day", "31 - 2 آذار 2016", [day("2 آذار 2016", "2016-03-02")]),
    ("counts-are-no-span", "قتل 25 و30 شخصا", []),
]

YEARS = [
    ("aam", "تأسست عام 2012 من", [("عام 2012", "2012-01-01", "2012-12-31", "year", "absolute")]),
    ("since-month-year", "منذ آب عام 2014", [("آب عام 2014", "2014-08-01", "2014-08-31", "month", "absolute")]),
    ("al-aam", "في العام 2014", [("العام 2014", "2014-01-01", "2014-12-31", "year", "absolute")]),
    ("sana", "سنة 2011", [("سنة 2011", "2011-01-01", "2011-12-31", "year", "absolute")]),
    ("li-aam", "القرار 2254 لعام 2015", [("عام 2015", "2015-01-01", "2015-12-31", "year", "absolute")]),
    ("two-years", "خلال عامي 2014 و2015", [("عامي 2014 و2015", "2014-01-01", "2015-12-31", "range", "absolute")]),
    ("era-mark", "عام 2015م بعد", [("عام 2015م", "2015-01-01", "2015-12-31", "year", "absolute")]),
    (
        "this-year-written",
        "العام الجاري 2015،",
        [("العام الجاري 2015", "2015-01-01", "2015-12-31", "year", "absolute")],
    ),
    ("bare-year-after-in", "في 2014 قتل", [("2014", "2014-01-01", "2014-12-31", "year", "absolute")]),
    ("bare-year-after-in-and", "وفي 2013، وقع", [("2013", "2013-01-01", "2013-12-31", "year", "absolute")]),
    ("bare-number-is-no-year", "قتل 2014 شخصا", []),
    ("bare-year-after-since-is-no-date", "منذ 2011 تدور", []),
    ("count-after-in-is-no-year", "أخفق في 1500 مرة", []),
    ("min-aam-outside-span", "من عام 2014م معدلات", [("عام 2014م", "2014-01-01", "2014-12-31", "year", "absolute")]),
    ("month-min-aam", "آب من عام 2015", [("آب من عام 2015", "2015-08-01", "2015-08-31", "month", "absolute")]),
]

HIJRI = [
    ("day", "في 13 شوال 1437 هـ في", [day("13 شوال 1437 هـ", "2016-07-18", "hijri")]),
    ("ordinal", "الأول من محرم 1438 هـ", [day("الأول من محرم 1438 هـ", "2016-10-02", "hijri")]),
    ("dhu-al-hijja", "10 ذو الحجة 1435 هـ", [day("10 ذو الحجة 1435 هـ", "2014-10-04", "hijri")]),
    ("no-mark", "12 ربيع الأول 1437 وسط", [day("12 ربيع الأول 1437", "2015-12-23", "hijri")]),
    ("numeric", "المؤرخ 09/10/1436هـ أسماء", [day("09/10/1436هـ", "2015-07-25", "hijri")]),
    ("month", "رمضان 1437 هـ", [("رمضان 1437 هـ", "2016-06-06", "2016-07-05", "range", "hijri")]),
    (
        "pair",
        "بتاريخ 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م عن",
        [day("25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", "2015-08-10")],
    ),
    (
        "pair-comma",
        "في 9 شوال 1436 هـ، الموافق 25 يوليو 2015م، بعد",
        [day("9 شوال 1436 هـ، الموافق 25 يوليو 2015م", "2015-07-25")],
    ),
    ("invalid-day-keeps-month", "30 شوال 1437 هـ", [("شوال 1437 هـ", "2016-07-06", "2016-08-03", "range", "hijri")]),
    ("month-without-year", "في رمضان قتل", []),
]

STAMPS = [
    ("updated", "آخر تحديث: 18/07/2016 - 14:58", [day("آخر تحديث: 18/07/2016", "2016-07-18", "page_stamp")]),
    ("published", "تاريخ النشر: 2016-07-18", [day("تاريخ النشر: 2016-07-18", "2016-07-18", "page_stamp")]),
    ("published-in", "نشر في 12 يناير 2016 - 10:30 م", [day("نشر في 12 يناير 2016", "2016-01-12", "page_stamp")]),
    (
        "weekday",
        "آخر تحديث: الاثنين 18 يوليو 2016",
        [day("آخر تحديث: الاثنين 18 يوليو 2016", "2016-07-18", "page_stamp")],
    ),
    ("no-date", "نشر في صحيفة محلية تقرير", []),
    ("time-only", "آخر تحديث 14:58", []),
]

NO_FALSE_HITS = [
    ("bab-city", "سيطرت الفصائل على مدينة الباب"),
    ("a-better-future", "دعا الشباب إلى العمل من أجل غد أفضل"),
    ("a-future-free-of", "تتوحد الجهود من أجل غد خال من التنظيمات المتطرفة"),
    ("only-recently", "بالأمس القريب كانت المخازن عرضة لحرق متعمد"),
    ("wahid", "قتل شخص واحد"),
    ("thursday-33", "حلقة بعنوان الخميس 33 عن"),
    ("eleven", "أفرج عن الأحد عشر معتقلا"),
    ("casualties", "قتل 25 شخصا وأصيب 40 آخرون"),
    ("percentage", "بنسبة 25% خلال"),
    ("phone", "على الرقم 0933123456"),
    ("phone-dashed", "على الرقم 011-2234-567"),
    ("time", "عند الساعة 14:58 بالتوقيت"),
    ("year-like-count", "بلغ عدد الأسر 2015 أسرة"),
    ("year-inside-number", "عام 201456 نسمة"),
    ("verb-maras", "مارس المسلحون ضغوطا"),
    ("father", "قتل أب لثلاثة أطفال"),
    ("fraction", "يشكلون 1/3 من"),
    ("resolution", "القرار 2254 دون"),
    ("decimal", "بنحو 1.5 مليون"),
]

EVENT_RELATIVE = [
    ("next-day", "وفي اليوم التالي، شنت", "اليوم التالي", 1),
    ("ghadat", "غداة الهجوم", "غداة", 1),
    ("eve", "عشية الانتخابات", "عشية", -1),
    ("one-day-after-it", "وتلته بعده بيوم واحد غارة", "بعده بيوم واحد", 1),
    ("two-days-after", "وبعد يومين من الهجوم", "بعد يومين", 2),
    ("three-days-after", "وبعد ثلاثة أيام، دخلت", "بعد ثلاثة أيام", 3),
    ("two-days-before-event", "وقبل يومين من الاجتماع", "قبل يومين", -2),
    ("same-day", "وفي اليوم نفسه، سقطت", "اليوم نفسه", 0),
    ("that-day", "كان في المستشفى في ذلك اليوم، وطبيب", "ذلك اليوم", 0),
    ("week-after-it", "وبعدها بأسبوع، أعلن", "بعدها بأسبوع", 7),
    ("two-days-before-it", "قبلها بيومين حسب", "قبلها بيومين", -2),
    ("morning-next-day", "وفي صبيحة اليوم التالي عثر", "صبيحة اليوم التالي", 1),
]


@_table(MONTH_NAMES + DIGITS)
def test_absolute_dates(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(ORDINALS)
def test_ordinal_days(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(RELATIVE_DAYS + WEEKDAYS + NIGHTS)
def test_days_relative_to_the_reference(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(NOUNS + AGO)
def test_weeks_months_years_relative_to_the_reference(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(MONTHS_WITHOUT_YEAR)
def test_months_without_year(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(RANGES + HALVES + DAY_SPANS)
def test_parts_of_months_and_years(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(YEARS)
def test_years(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(HIJRI)
def test_hijri_dates(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(STAMPS)
def test_page_stamps(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize("text", [r[1] for r in NO_FALSE_HITS], ids=[r[0] for r in NO_FALSE_HITS])
def test_no_false_hits(text: str) -> None:
    assert find_dates(text, REF) == []


@pytest.mark.parametrize(("text", "span", "days"), [r[1:] for r in EVENT_RELATIVE], ids=[r[0] for r in EVENT_RELATIVE])
def test_event_relative(text: str, span: str, days: int) -> None:
    (mention,) = find_dates(text, REF)
    assert (mention.text, mention.kind, mention.relative_days) == (span, "event_relative", days)
    assert (mention.value, mention.end_value, mention.needs_reference) == (None, None, False)


UNRESOLVED = [
    ("yesterday", "قصفت أمس", "أمس", "day"),
    ("last-month", "الشهر الماضي", "الشهر الماضي", "month"),
    ("month-day", "في 7 فبراير", "7 فبراير", "day"),
    ("weekday", "الخميس", "الخميس", "day"),
    ("start-of-year", "مطلع العام الجاري", "مطلع العام الجاري", "range"),
    ("night", "ليل السبت-الأحد", "ليل السبت-الأحد", "range"),
    ("last-year", "العام الماضي", "العام الماضي", "year"),
]


@pytest.mark.parametrize(("text", "span", "precision"), [r[1:] for r in UNRESOLVED], ids=[r[0] for r in UNRESOLVED])
def test_relative_without_reference_is_unresolved(text: str, span: str, precision: str) -> None:
    (mention,) = find_dates(text)
    assert (mention.text, mention.value, mention.end_value) == (span, None, None)
    assert (mention.precision, mention.kind, mention.needs_reference) == (precision, "relative", True)


def test_absolute_dates_resolve_without_reference() -> None:
    (mention,) = find_dates("في 3 آذار 2016")
    assert (mention.value, mention.needs_reference, mention.kind) == (dt.date(2016, 3, 3), False, "absolute")


PREFER_FUTURE = [
    ("weekday", "الخميس", "2016-07-21"),
    ("weekday-is-reference", "الأربعاء", "2016-07-20"),
    ("month-day", "في 7 فبراير", "2017-02-07"),
    ("month-day-ahead", "في 25 تموز", "2016-07-25"),
    ("past-wins", "الخميس الماضي", "2016-07-14"),
]


@pytest.mark.parametrize(("text", "iso"), [r[1:] for r in PREFER_FUTURE], ids=[r[0] for r in PREFER_FUTURE])
def test_prefer_future(text: str, iso: str) -> None:
    (mention,) = find_dates(text, REF, prefer="future")
    assert mention.value == dt.date.fromisoformat(iso)


WEEKDAY_CONFLICTS = [
    ("yesterday-agrees", "أمس الثلاثاء", False),
    ("yesterday-disagrees", "أمس الخميس", True),
    ("today-disagrees", "اليوم (الاثنين)", True),
    ("full-date-agrees", "الخميس 14 تموز 2016", False),
    ("full-date-disagrees", "الجمعة 14 تموز 2016", True),
    ("numeric-disagrees", "السبت 18/7/2016", True),
    ("hijri-pair-agrees", "الاثنين 13 شوال 1437 هـ الموافق 18 يوليو 2016", False),
]


@pytest.mark.parametrize(
    ("text", "conflict"), [r[1:] for r in WEEKDAY_CONFLICTS], ids=[r[0] for r in WEEKDAY_CONFLICTS]
)
def test_weekday_conflict(text: str, conflict: bool) -> None:
    (mention,) = find_dates(text, REF)
    assert mention.text == text
    assert mention.weekday_conflict is conflict


def test_weekday_conflict_needs_a_reference_for_relative_days() -> None:
    (mention,) = find_dates("أمس الخميس")
    assert mention.weekday_conflict is False


def test_spans_index_the_original_text_with_diacritics_and_tatweel() -> None:
    text = "وَقَعَ الهُجُومُ فِي ١٥ آذارَ ٢٠١٦ وَالخَمِيــسَ"
    mentions = find_dates(text, REF)
    first, second = "١٥ آذارَ ٢٠١٦", "الخَمِيــسَ"
    assert [(m.text, m.start, m.end) for m in mentions] == [
        (first, text.index(first), text.index(first) + len(first)),
        (second, text.index(second), len(text)),
    ]
    assert [m.value for m in mentions] == [dt.date(2016, 3, 15), dt.date(2016, 7, 14)]


def test_several_mentions_in_order() -> None:
    text = "بدأ الحصار في 3 آذار 2016 وانتهى أمس، وبعد يومين عاد السكان."
    assert [(m.text, m.kind) for m in find_dates(text, REF)] == [
        ("3 آذار 2016", "absolute"),
        ("أمس", "relative"),
        ("بعد يومين", "event_relative"),
    ]


def test_reference_may_be_a_datetime() -> None:
    (mention,) = find_dates("أمس", dt.datetime(2016, 7, 20, 14, 58))
    assert mention.value == dt.date(2016, 7, 19)


def test_days_beyond_the_calendar_are_skipped() -> None:
    assert [(m.text, m.value) for m in find_dates("العام الماضي أمس غدا", dt.date.min)] == [("غدا", dt.date(1, 1, 2))]
    assert find_dates("العام المقبل غدا", dt.date.max) == []


def test_prefer_is_checked() -> None:
    with pytest.raises(ValueError, match="prefer"):
        find_dates("أمس", REF, prefer="nearest")


def _labelled_rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _labelled_result(row: dict[str, str]) -> list[list]:
    reference = dt.date.fromisoformat(row["reference"]) if row["reference"] else None
    return [[m.text, _iso(m.value), _iso(m.end_value), m.precision] for m in find_dates(row["sentence"], reference)]


def test_labelled_set_is_large_and_well_formed() -> None:
    rows = _labelled_rows()
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        for text, *_ in json.loads(row["expected"]):
            assert text in row["sentence"], row["id"]


def test_labelled_set_accuracy() -> None:
    rows = _labelled_rows()
    wrong = [r["id"] for r in rows if _labelled_result(r) != json.loads(r["expected"])]
    assert 1 - len(wrong) / len(rows) >= 0.97, wrong


def days(text: str, first: str, last: str, kind: str = "relative") -> tuple:
    """A span of several days that is no week, month or year: precision "range"."""
    return (text, first, last, "range", kind)


def week(text: str, first: str, last: str, kind: str = "relative") -> tuple:
    """A week the text names as one ("الأسبوع الثاني من شباط"): precision "week"."""
    return (text, first, last, "week", kind)


WEEKS_OF_MONTHS = [
    (
        "second-of-month-year",
        "في الأسبوع الثاني من شباط 2016 اشتد القصف",
        [week("الأسبوع الثاني من شباط 2016", "2016-02-08", "2016-02-14", "absolute")],
    ),
    (
        "first-of-this-month",
        "خلال الأسبوع الأول من الشهر الجاري",
        [week("الأسبوع الأول من الشهر الجاري", "2016-07-01", "2016-07-07")],
    ),
    ("last-of-month", "منذ الأسبوع الأخير من آذار", [week("الأسبوع الأخير من آذار", "2016-03-25", "2016-03-31")]),
    (
        "last-of-february",
        "في الأسبوع الأخير من شهر شباط 2015",
        [week("الأسبوع الأخير من شهر شباط 2015", "2015-02-22", "2015-02-28", "absolute")],
    ),
    (
        "last-of-leap-february",
        "الأسبوع الأخير من فبراير 2016",
        [week("الأسبوع الأخير من فبراير 2016", "2016-02-23", "2016-02-29", "absolute")],
    ),
    (
        "third-of-this-month",
        "في الأسبوع الثالث من هذا الشهر",
        [week("الأسبوع الثالث من هذا الشهر", "2016-07-15", "2016-07-21")],
    ),
    (
        "fourth-of-last-month",
        "الأسبوع الرابع من الشهر الماضي",
        [week("الأسبوع الرابع من الشهر الماضي", "2016-06-22", "2016-06-28")],
    ),
    (
        "second-of-next-month-name",
        "الأسبوع الثاني من أغسطس المقبل",
        [week("الأسبوع الثاني من أغسطس المقبل", "2016-08-08", "2016-08-14")],
    ),
    (
        "first-of-month-last-year",
        "الأسبوع الأول من أيار العام الماضي",
        [week("الأسبوع الأول من أيار العام الماضي", "2015-05-01", "2015-05-07")],
    ),
    ("bare-month-noun", "في الأسبوع الأول من الشهر", []),
    ("twelfth-is-not-second", "الأسبوع الثاني عشر من العام", []),
]

WEEK_PARTS = [
    ("start-bare", "تصاعد القصف مطلع الأسبوع", [days("مطلع الأسبوع", "2016-07-16", "2016-07-18")]),
    ("start-current", "منذ مطلع الأسبوع الجاري", [days("مطلع الأسبوع الجاري", "2016-07-16", "2016-07-18")]),
    ("end-last", "في نهاية الأسبوع الماضي", [days("نهاية الأسبوع الماضي", "2016-07-15", "2016-07-17")]),
    ("start-next", "بداية الأسبوع المقبل", [days("بداية الأسبوع المقبل", "2016-07-23", "2016-07-25")]),
    ("end-this", "أواخر هذا الأسبوع", [days("أواخر هذا الأسبوع", "2016-07-20", "2016-07-22")]),
    ("mid-next", "منتصف الأسبوع المقبل", [days("منتصف الأسبوع المقبل", "2016-07-25", "2016-07-27")]),
]

EVENT_SHIFT_NOUN_PHRASES = [
    ("bloody-day", "بعد يوم دموي شهدته المدينة", []),
    ("busy-day", "وبعد يوم حافل بالغارات", []),
    ("busy-week", "بعد أسبوع عصيب على السكان", []),
    ("day-of-friday", "بعد يوم الجمعة", [day("يوم الجمعة", "2016-07-15", "relative")]),
    ("day-of-elections", "بعد يوم الانتخابات", []),
]

EVENT_SHIFT_KEPT = [
    ("day-min", "بعد يوم من الهجوم", "بعد يوم", 1),
    ("day-ala", "وبعد يوم على الهجوم", "بعد يوم", 1),
    ("day-one", "بعد يوم واحد قتل", "بعد يوم واحد", 1),
    ("day-comma", "وبعد يوم، أعلنت", "بعد يوم", 1),
    ("day-end", "وعادوا بعد يوم.", "بعد يوم", 1),
    ("day-conjunction", "بعد يوم وليلة", "بعد يوم", 1),
    ("two-days-verb", "وبعد يومين خرجت", "بعد يومين", 2),
    ("two-days-verb-alif", "وبعد يومين ألغت الحكومة القرار", "بعد يومين", 2),
    ("three-days-verb", "وبعد ثلاثة أيام التقى الوفدان", "بعد ثلاثة أيام", 3),
    ("week-min", "بعد أسبوع من المجزرة", "بعد أسبوع", 7),
]


@_table(WEEKS_OF_MONTHS)
def test_weeks_of_months(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@_table(WEEK_PARTS)
def test_parts_of_weeks(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


MONDAY = dt.date(2016, 7, 18)  # the end of its week (Wednesday 20 to Friday 22 July) is still to come


def test_a_bare_part_of_the_week_still_to_come_is_that_of_the_week_before_in_a_report() -> None:
    assert shapes("قتل مدنيون في قصف نهاية الأسبوع", MONDAY) == [days("نهاية الأسبوع", "2016-07-15", "2016-07-17")]
    assert shapes("منتصف الأسبوع", MONDAY - dt.timedelta(days=1)) == [days("منتصف الأسبوع", "2016-07-11",
                                                                            "2016-07-13")]
    assert shapes("منتصف الأسبوع", MONDAY) == [days("منتصف الأسبوع", "2016-07-18", "2016-07-20")]  # it holds Monday


def test_a_bare_part_of_the_week_still_to_come_stays_ahead_when_the_text_tells_of_the_future() -> None:
    assert shapes("نهاية الأسبوع", MONDAY, prefer="future") == [days("نهاية الأسبوع", "2016-07-20", "2016-07-22")]


@pytest.mark.parametrize("text", ["قبل أسبوع", "قبل أسبوعين", "منذ 3 أسابيع", "قبل شهر", "قبل عام"])
def test_ago_weeks_months_years_are_never_one_day(text: str) -> None:
    (mention,) = find_dates(text, REF)
    assert mention.value != mention.end_value


@_table(EVENT_SHIFT_NOUN_PHRASES)
def test_event_shift_is_not_a_noun_phrase(text: str, expected: list[tuple]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "shift"), [r[1:] for r in EVENT_SHIFT_KEPT], ids=[r[0] for r in EVENT_SHIFT_KEPT]
)
def test_event_shift_before_prepositions_conjunctions_and_verbs(text: str, span: str, shift: int) -> None:
    (mention,) = find_dates(text, REF)
    assert (mention.text, mention.kind, mention.relative_days) == (span, "event_relative", shift)
