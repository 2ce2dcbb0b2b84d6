"""GET /v1/review: who may read it, why each item is queued, filters, paging (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from review_support import feedback, review, login, seed
from serve_support import ADMIN, HANDLER, QA, services_of
from sqlalchemy import select

from serve.review_queue import QueueFilter, load_queue, queued_ids, reasons_for
from serve.storage import feedback_for
from serve.tables import PredictionRow

DAY = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def queue_client(make_client, empty_db_url):
    return make_client(empty_db_url)


def codes(body: dict) -> dict[str, list[str]]:
    return {item["prediction_id"]: [r["code"] for r in item["reasons"]] for item in body["items"]}


def test_each_reason_queues_an_item_and_says_why(queue_client):
    c = queue_client
    agreed = seed(c, "crime", created_at=DAY)
    feedback(c, agreed, "crime", decision="police")
    no_feedback = seed(c, "threat_to_life", created_at=DAY)
    flags_differ = seed(c, "welfare_only", recommendation="partner", created_at=DAY)
    feedback(c, flags_differ, "crime")
    decision_differs = seed(c, "welfare_only", recommendation="partner", created_at=DAY)
    feedback(c, decision_differs, decision="police")
    degraded = seed(c, "threat_to_life", degraded=True, rule_flags=("threat_to_life",), created_at=DAY)
    conflict = seed(c, "crime", rule_flags=("crime",), model_flags={"threat_to_life": False, "crime": False,
                                                                    "welfare_only": True}, created_at=DAY)
    rules_agree = seed(c, "crime", rule_flags=("crime",), created_at=DAY)
    unsure = seed(c, recommendation="review", created_at=DAY)
    feedback(c, unsure, decision="partner")  # a 'review' suggestion has no decision to disagree with

    response = c.get("/v1/review", headers=QA)
    assert response.status_code == 200, response.text
    found = codes(response.json())
    assert found == {flags_differ: ["feedback_disagrees"], decision_differs: ["feedback_disagrees"],
                     degraded: ["degraded"], conflict: ["rule_model_conflict"], unsure: ["low_confidence"]}
    assert not {agreed, no_feedback, rules_agree} & set(found)
    details = {item["prediction_id"]: item["reasons"][0]["detail"] for item in response.json()["items"]}
    assert details[decision_differs] == "handler decided police (suggested: partner)"
    assert details[conflict] == "rules raised crime; the model did not"
    assert "crime" in details[flags_differ] and "welfare_only" in details[flags_differ]

    # The SQL membership and the Python explanation agree on every stored prediction.
    with services_of(c).database.session() as session:
        ids, total = queued_ids(session, QueueFilter(page_size=200))
        rows = session.scalars(select(PredictionRow)).all()
        explained = {row.id for row in rows if reasons_for(row, feedback_for(session, row.id))}
    assert set(ids) == explained and total == len(ids)


def test_filters_pages_and_newest_first(queue_client):
    c = queue_client
    made = []
    for day in range(6):  # one disagreeing item a day, alternating flags
        flag = "crime" if day % 2 else "threat_to_life"
        pid = seed(c, flag, created_at=DAY + timedelta(days=day))
        feedback(c, pid, decision="partner")
        made.append((pid, flag, DAY + timedelta(days=day)))
    unsure = seed(c, recommendation="review", created_at=DAY + timedelta(days=2, hours=1))
    newest_first = [pid for pid, _, _ in sorted(made, key=lambda m: m[2], reverse=True)]

    everything = c.get("/v1/review", headers=QA, params={"page_size": 200}).json()
    assert everything["total"] == 7
    assert [i["prediction_id"] for i in everything["items"] if i["prediction_id"] != unsure] == newest_first

    pages = [c.get("/v1/review", headers=QA, params={"page": n, "page_size": 3}).json() for n in (1, 2, 3)]
    assert [p["pages"] for p in pages] == [3, 3, 3] and [len(p["items"]) for p in pages] == [3, 3, 1]
    paged = [i["prediction_id"] for p in pages for i in p["items"]]
    assert paged == [i["prediction_id"] for i in everything["items"]]
    assert c.get("/v1/review", headers=QA, params={"page": 9}).json()["items"] == []

    crime = c.get("/v1/review", headers=QA, params={"flag": "crime"}).json()
    assert {i["prediction_id"] for i in crime["items"]} == {pid for pid, f, _ in made if f == "crime"}
    review_only = c.get("/v1/review", headers=QA, params={"recommendation": "review"}).json()
    assert [i["prediction_id"] for i in review_only["items"]] == [unsure]
    low = c.get("/v1/review", headers=QA, params={"reason": "low_confidence"}).json()
    assert [i["prediction_id"] for i in low["items"]] == [unsure]
    window = c.get("/v1/review", headers=QA, params={"date_from": "2026-03-11", "date_to": "2026-03-12"}).json()
    assert {i["prediction_id"] for i in window["items"]} == {made[1][0], made[2][0], unsure}

    assert login(c).status_code == 303
    assert review(c, made[0][0], "threat_to_life").status_code == 303
    done = c.get("/v1/review", headers=QA, params={"reviewed": "true"}).json()
    assert [i["prediction_id"] for i in done["items"]] == [made[0][0]]
    assert done["items"][0]["review_count"] == 1
    assert done["items"][0]["latest_review"]["flags"]["threat_to_life"] is True
    assert done["items"][0]["latest_review"]["reviewer_role"] == "qa"
    assert c.get("/v1/review", headers=QA, params={"reviewed": "false"}).json()["total"] == 6

    # The page shows the same queue through the same filters.
    page = c.get("/review", params={"flag": "crime"})
    assert page.status_code == 200
    assert all(pid in page.text for pid, f, _ in made if f == "crime")
    assert not any(pid in page.text for pid, f, _ in made if f != "crime")
    with services_of(c).database.session() as session:
        assert load_queue(session, QueueFilter(flag="crime")).total == 3


@pytest.mark.parametrize("params,field", [
    ({"flag": "danger"}, "flag"), ({"recommendation": "maybe"}, "recommendation"), ({"reason": "x"}, "reason"),
    ({"date_from": "10/03/2026"}, "date_from"), ({"page": 0}, "page"), ({"page_size": 201}, "page_size"),
    ({"date_from": "2026-03-12", "date_to": "2026-03-10"}, "date_from"),
])
def test_bad_queue_parameters_are_422_naming_the_field(sqlite_client, params, field):
    response = sqlite_client.get("/v1/review", headers=QA, params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["field"] == field


def test_roles_on_the_queue(sqlite_client):
    assert sqlite_client.get("/v1/review").status_code == 401
    forbidden = sqlite_client.get("/v1/review", headers=HANDLER)
    assert forbidden.status_code == 403 and forbidden.json()["detail"][0]["type"] == "forbidden_role"
    assert sqlite_client.get("/v1/review", headers=QA).status_code == 200
    assert sqlite_client.get("/v1/review", headers=ADMIN).status_code == 200
