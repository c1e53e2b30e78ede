"""Grouping the events table read in chunks, a window of days at a time, gives exactly the incidents and
incident ids of grouping the whole table at once, whatever the chunks' sizes."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.test_incident_properties import _events, reports
from timeline.extract.incidents import group_frame, group_in_windows
from timeline.store import events_frame
from timeline.synthetic import synthetic_events


def _in_order(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["event_type", "date", "event_id"], kind="stable").reset_index(drop=True)


def _chunks(frame: pd.DataFrame, sizes: list[int]) -> list[pd.DataFrame]:
    out, start = [], 0
    for size in sizes:
        out.append(frame.iloc[start:start + size])
        start += size
    return [*out, frame.iloc[start:]]


def _windowed(chunks: list[pd.DataFrame]) -> tuple[dict[str, str], pd.DataFrame]:
    grouped = list(group_in_windows(chunks))
    ids: dict[str, str] = {}
    for part in grouped:
        for event, incident in zip(part.assignments["event_id"], part.assignments["incident_id"], strict=True):
            assert event not in ids, f"{event} assigned twice"
            ids[event] = incident
    tables = [g.incidents for g in grouped]
    if not tables:
        return ids, pd.DataFrame()
    table = pd.concat(tables, ignore_index=True)
    return ids, table.sort_values("incident_id").reset_index(drop=True)


def _whole(frame: pd.DataFrame) -> tuple[dict[str, str], pd.DataFrame]:
    ids, table = group_frame(frame)
    return dict(zip(frame["event_id"], ids, strict=True)), table.sort_values("incident_id").reset_index(drop=True)


@settings(max_examples=150, deadline=None)
@given(reports, st.lists(st.integers(0, 12), max_size=8))
def test_grouping_in_windows_of_any_chunks_equals_grouping_the_whole_table(drawn, sizes) -> None:
    frame = _in_order(events_frame(_events(drawn)))
    ids, table = _windowed(_chunks(frame, sizes))
    whole_ids, whole_table = _whole(frame)
    assert ids == whole_ids
    if not len(frame):
        assert table.empty and whole_table.empty
        return
    pd.testing.assert_frame_equal(table.astype(whole_table.dtypes), whole_table)


def test_a_synthetic_store_of_four_years_grouped_in_windows_is_grouped_as_a_whole() -> None:
    frame = _in_order(synthetic_events(6000, seed=5))
    ids, table = _windowed(_chunks(frame, [500] * 11 + [17, 1, 2000]))
    whole_ids, whole_table = _whole(frame)
    assert sum(n > 1 for n in whole_table["n_sources"]) > 100  # many incidents of several reports to get right
    assert ids == whole_ids
    pd.testing.assert_frame_equal(table.astype(whole_table.dtypes), whole_table)


def test_events_out_of_date_order_are_refused() -> None:
    frame = _in_order(synthetic_events(200, seed=1))
    kind = frame["event_type"].iloc[0]
    one = frame[frame["event_type"] == kind]
    with pytest.raises(ValueError, match="order"):
        list(group_in_windows([one.iloc[::-1]]))
    with pytest.raises(ValueError, match="come again"):
        list(group_in_windows([frame, one]))
