"""Each library raises its own errors: one root, leaves that are also the builtin a caller expects."""

from __future__ import annotations

from pathlib import Path

import pytest

import gazetteer
from timeline import corrections, read_data, store, vocabulary
from timeline.errors import (
    DataFileError,
    DecodeError,
    ExtractionError,
    OptionError,
    StoreNotFoundError,
    TimelineError,
)


@pytest.mark.parametrize(
    ("leaf", "builtin"),
    [(DataFileError, ValueError), (DecodeError, ValueError), (OptionError, ValueError),
     (StoreNotFoundError, FileNotFoundError), (ExtractionError, RuntimeError)],
)
def test_every_timeline_error_is_a_timeline_error_and_its_builtin(leaf: type, builtin: type) -> None:
    assert issubclass(leaf, TimelineError) and issubclass(leaf, builtin)


def test_the_gazetteer_has_its_own_root() -> None:
    assert issubclass(gazetteer.DataFileError, gazetteer.GazetteerError)
    assert issubclass(gazetteer.DataFileError, ValueError)
    assert not issubclass(gazetteer.GazetteerError, TimelineError)


def test_a_malformed_data_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.toml"
    bad.write_text('[airstrike]\nnouns = ["غارة"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"triggers\.toml: not valid TOML"):
        read_data(bad)
    with pytest.raises(gazetteer.DataFileError, match=r"triggers\.toml: not valid TOML"):
        gazetteer.errors.read_toml(bad)


def test_an_event_type_without_its_flags_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "event_types.toml"
    bad.write_text('[[type]]\nname = "airstrike"\nlabel_ar = "غارة"\nviolent = "yes"\nstrike = true\n', "utf-8")
    monkeypatch.setattr(vocabulary, "EVENT_TYPES_FILE", bad)
    with pytest.raises(DataFileError, match=r"event_types\.toml: type airstrike: violent and strike must be"):
        vocabulary._event_types()


def test_a_missing_store_and_a_broken_corrections_file_say_which_file(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match=r"none\.duckdb: no event store"):
        store.load_events(tmp_path / "none.duckdb")
    path = corrections.corrections_file()
    path.write_text("{not json", encoding="utf-8")
    try:
        with pytest.raises(DataFileError, match=r"corrections\.json: not valid JSON"):
            corrections.load()
    finally:
        path.unlink()
