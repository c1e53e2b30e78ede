"""Attacks told as a set by a report: a plural of the generic attack words (هجمات، اعتداءات) whose only date is the
day of the report telling them (أشارت وسائل الإعلام الاثنين إلى هجمات جديدة؛ ارتفعت حصيلة الهجمات ... وفق ما أفاد
المرصد الخميس) are several attacks at times the report does not give: that day is not theirs, and they stay
undated (keeping the words of the date, so that no date is carried to them from another clause)."""

from __future__ import annotations

import dataclasses

from timeline.extract.cues import cues, without_articles
from timeline.extract.event_when import When
from timeline.extract.triggers import Trigger


def undated_as_a_set(folded: str, trigger: Trigger, when: When) -> When:
    """`when`, or no date when it is only a report's day and `trigger` is a plural generic attack word."""
    if not when.reported or when.value is None:
        return when
    word = without_articles(folded[trigger.start : trigger.end])
    c = cues()
    if word not in c.attack_words or word in c.generic:
        return when
    return dataclasses.replace(When(text=when.text), reported=True)
