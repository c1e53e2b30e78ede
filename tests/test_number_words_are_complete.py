"""The number words of ``data/numbers.toml``, the one home the toll reader and the dates wing share."""

from __future__ import annotations

import tomllib

from gazetteer.normalize import normalize
from timeline import DATA_DIR

DATA = tomllib.loads((DATA_DIR / "numbers.toml").read_text(encoding="utf-8"))


def _owners(*tables: dict[str, list[str]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for table in tables:
        for value, words in table.items():
            for word in words:
                owners.setdefault(" ".join(normalize(word).split()), set()).add(value)
    return owners


def test_cardinals_name_one_to_nineteen_every_ten_hundred_and_the_thousands() -> None:
    expected = list(range(1, 20)) + list(range(20, 100, 10)) + list(range(100, 1000, 100)) + [1000, 2000]
    assert sorted(int(k) for k in DATA["cardinals"]) == expected


def test_no_number_word_has_two_values() -> None:
    owners = _owners(DATA["cardinals"], DATA["counted_persons"])
    assert {word: values for word, values in owners.items() if len(values) > 1} == {}


def test_counted_persons_are_no_bare_numbers() -> None:
    assert not set(_owners(DATA["counted_persons"])) & set(_owners(DATA["cardinals"]))


def test_three_to_ten_have_their_indefinite_accusative() -> None:
    accusatives = {int(value) for value, words in DATA["cardinals"].items()
                   for word in words if normalize(word).endswith("ا") and " " not in word}
    assert set(range(3, 11)) <= accusatives
