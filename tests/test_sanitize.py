"""Escaping and attribute flattening, the one place exports sanitise text."""

from __future__ import annotations

import json

from citegraph.exports.sanitize import excerpt, markup_text, scalar_attrs, script_json


def test_script_json_cannot_close_a_script_or_open_a_comment() -> None:
    data = {"t": "</script><script>alert(1)</script><!-- & \u2028"}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == data


def test_markup_text_escapes_tags_and_quotes() -> None:
    assert markup_text('<img src=x onerror="a">') == "&lt;img src=x onerror=&quot;a&quot;&gt;"


def test_excerpt_cuts_at_a_word() -> None:
    assert excerpt("one two   three four", 12) == "one two…"
    assert excerpt("short", 12) == "short"


def test_scalar_attrs_drops_none_and_json_encodes_lists() -> None:
    clean = scalar_attrs({"a": None, "b": [1, "x"], "c": 3, "d": True, "e": ("p;q",)})
    assert clean == {"b": '[1, "x"]', "c": 3, "d": True, "e": '["p;q"]'}
