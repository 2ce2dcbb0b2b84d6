"""Bad input gets a 4xx JSON body naming the field, never a 500 or a crash,
and never echoes the note back."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_support import CRIME_NOTE, HANDLER

SECRET = "Zebedee Quartermaine-Oyelaran"


def detail(response):
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["detail"]


def fields(response) -> list[str]:
    return [d["field"] for d in detail(response)]


@pytest.mark.parametrize("text", ["", " ", "  \n\t \r\n", "\u00a0\u2003"], ids=["empty", "space", "whitespace",
                                                                               "unicode-space"])
def test_empty_or_whitespace_text_is_422(sqlite_client, text):
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": text})
    assert response.status_code == 422
    assert fields(response) == ["text"]
    assert "empty" in detail(response)[0]["message"]


def test_text_over_the_default_limit_is_422_and_not_echoed(sqlite_client):
    text = (SECRET + " ") * (20_000 // (len(SECRET) + 1) + 1)
    assert len(text) > 20_000
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": text})
    assert response.status_code == 422
    assert fields(response) == ["text"]
    assert "20000" in detail(response)[0]["message"]
    assert SECRET not in response.text


def test_text_limit_is_a_setting_and_inclusive(make_client, tmp_path):
    client = make_client(f"sqlite:///{tmp_path / 'a.db'}", max_text_chars=30)
    assert client.post("/v1/predict", headers=HANDLER, json={"text": "x" * 30}).status_code == 200
    assert client.post("/v1/predict", headers=HANDLER, json={"text": "x" * 31}).status_code == 422
    batch = client.post("/v1/predict/batch", headers=HANDLER,
                        json={"notes": [{"text": "short"}, {"text": "x" * 31}]})
    assert batch.status_code == 422 and fields(batch) == ["notes.1.text"]


@pytest.mark.parametrize("body,field", [
    ({"text": 123}, "text"),
    ({"text": None}, "text"),
    ({"text": ["a note"]}, "text"),
    ({"text": {"a": 1}}, "text"),
    ({"text": True}, "text"),
    ({}, "text"),
    ({"text": CRIME_NOTE, "id": 5}, "id"),
    ({"text": CRIME_NOTE, "id": "x" * 201}, "id"),
    ({"text": CRIME_NOTE, "metadata": "not an object"}, "metadata"),
    ({"text": CRIME_NOTE, "metadata": [1, 2]}, "metadata"),
    ({"text": CRIME_NOTE, "unexpected": 1}, "unexpected"),
], ids=["int", "null", "list", "object", "bool", "missing", "id-int", "id-long", "metadata-str", "metadata-list",
        "extra-field"])
def test_wrong_types_are_422_naming_the_field(sqlite_client, body, field):
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json=body)
    assert response.status_code == 422, response.text
    assert fields(response) == [field]
    assert all("input" not in d for d in detail(response))


@pytest.mark.parametrize("body", [[], "a string", 42, None], ids=["list", "string", "number", "null"])
def test_a_body_that_is_not_an_object_is_422(sqlite_client, body):
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json=body)
    assert response.status_code == 422
    assert fields(response) in (["body"], ["text"])


def test_malformed_json_is_400_naming_the_body(sqlite_client):
    response = sqlite_client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                                  content=b'{"text": "unterminated')
    assert response.status_code == 400
    assert fields(response) == ["body"]
    assert "not valid JSON" in detail(response)[0]["message"]


def test_invalid_utf8_is_400_naming_the_body(sqlite_client):
    response = sqlite_client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                                  content=b'{"text": "caller \xff\xfe said"}')
    assert response.status_code == 400
    assert fields(response) == ["body"]


def test_missing_body_or_content_type_is_4xx_naming_the_body(sqlite_client):
    empty = sqlite_client.post("/v1/predict", headers=HANDLER)
    assert empty.status_code == 422 and fields(empty) == ["body"]
    untyped = sqlite_client.post("/v1/predict", headers=HANDLER, content=json.dumps({"text": CRIME_NOTE}).encode())
    assert 400 <= untyped.status_code < 500 and fields(untyped) == ["body"]


@pytest.mark.parametrize("raw,field,what", [
    ('{"text": "a\\u0000b"}', "text", "NUL"),
    ('{"text": "caller \\ud800 said"}', "text", "surrogate"),
    ('{"text": "ok", "id": "\\udfff"}', "id", ""),
], ids=["nul", "lone-surrogate", "id-surrogate"])
def test_text_a_database_cannot_store_is_422(sqlite_client, raw, field, what):
    response = sqlite_client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                                  content=raw.encode())
    assert response.status_code == 422
    assert fields(response) == [field]
    assert what in detail(response)[0]["message"]


def test_metadata_limits(sqlite_client):
    big = {"k": "v" * 20_000}
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": CRIME_NOTE, "metadata": big})
    assert response.status_code == 422 and fields(response) == ["metadata"]
    deep: dict = {}
    node = deep
    for _ in range(20):
        node["a"] = {}
        node = node["a"]
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": CRIME_NOTE, "metadata": deep})
    assert response.status_code == 422 and fields(response) == ["metadata"]
    bad = sqlite_client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                             content=b'{"text": "ok", "metadata": {"a": "\\u0000"}}')
    assert bad.status_code == 422 and fields(bad) == ["metadata"]


def test_deeply_nested_json_is_refused_not_crashed(sqlite_client):
    raw = b'{"text": "ok", "metadata": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}"
    response = sqlite_client.post("/v1/predict", headers={**HANDLER, "content-type": "application/json"},
                                  content=raw)
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


@pytest.mark.parametrize("body,field", [
    ({"notes": []}, "notes"),
    ({"notes": "x"}, "notes"),
    ({"notes": [{"text": CRIME_NOTE}, {"text": "   "}]}, "notes.1.text"),
    ({"notes": [{"text": 5}]}, "notes.0.text"),
    ({"notes": [{"id": "a"}]}, "notes.0.text"),
    ({}, "notes"),
], ids=["empty", "not-a-list", "blank-note", "int-text", "no-text", "missing"])
def test_batch_bad_input_names_the_field(sqlite_client, body, field):
    response = sqlite_client.post("/v1/predict/batch", headers=HANDLER, json=body)
    assert response.status_code == 422
    assert fields(response) == [field]


def test_body_larger_than_the_limit_is_413(make_client, tmp_path):
    client = make_client(f"sqlite:///{tmp_path / 'a.db'}", max_body_bytes=2048)
    response = client.post("/v1/predict", headers=HANDLER, json={"text": "x" * 4000})
    assert response.status_code == 413
    assert response.json()["detail"]


def test_unknown_route_and_method_answer_json(sqlite_client):
    missing = sqlite_client.get("/v1/nothing-here", headers=HANDLER)
    assert missing.status_code == 404 and missing.json()["detail"]
    wrong_method = sqlite_client.get("/v1/predict", headers=HANDLER)
    assert wrong_method.status_code == 405 and wrong_method.json()["detail"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_is_answered_or_refused_never_a_500(sqlite_client, text):
    response = sqlite_client.post("/v1/predict", headers=HANDLER, json={"text": text})
    assert response.status_code in (200, 422), response.text
    assert response.json()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
                           lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.dictionaries(st.sampled_from(["text", "id", "metadata", "notes", "x"]), json_values, max_size=4),
       path=st.sampled_from(["/v1/predict", "/v1/predict/batch", "/v1/feedback"]))
def test_any_json_body_is_answered_with_json_never_a_500(sqlite_client, body, path):
    response = sqlite_client.post(path, headers=HANDLER, json=body)
    assert response.status_code < 500, response.text
    assert response.json()
