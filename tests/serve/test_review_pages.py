"""The /review pages over the real app: log-in rules, the item page, recording reviews,
history, CSRF (SQLite and PostgreSQL where the database matters)."""
from __future__ import annotations

import re

import pytest
from review_support import HTML_NOTE, csrf_of, feedback, login, review, seed
from serve_support import ADMIN_KEY, HANDLER_KEY, QA_KEY, services_of

from serve.review_session import SESSION_COOKIE, SessionSigner
from serve.review_store import review_flags, reviews_for
from serve.roles import Role

KNIFE = {"kind": "rule", "rule_id": "weapon_present", "flags": ["threat_to_life"], "severity": "critical",
         "description": "a weapon is present", "text": "knife", "start": 29, "end": 34}
NO_WEAPON = {"kind": "suppressed", "rule_id": "weapon_present", "flags": ["threat_to_life"],
             "severity": "critical", "description": "a weapon is present", "text": "shouting", "start": 63,
             "end": 71, "context": "negated", "trigger": "no"}
TERMS = {"kind": "model", "flag": "threat_to_life", "terms": [{"term": "knife", "weight": 1.25}]}


def stored_reviews(client, prediction_id):
    with services_of(client).database.session() as session:
        return reviews_for(session, prediction_id)


# -- log in ---------------------------------------------------------------------------------

def test_login_sets_a_signed_http_only_strict_cookie_not_the_key(sqlite_client):
    response = login(sqlite_client)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/review" in cookie
    assert QA_KEY not in cookie
    page = sqlite_client.get("/review")
    assert page.status_code == 200 and 'id="filters"' in page.text and "logged in (qa)" in page.text
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no scripts
    assert page.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("key,status,words", [(HANDLER_KEY, 403, "handler key may not use the review pages"),
                                              ("not-a-key-0123456789", 401, "not valid"),
                                              ("", 401, "not valid")], ids=["handler", "unknown", "empty"])
def test_only_qa_and_admin_may_log_in(sqlite_client, key, status, words):
    response = login(sqlite_client, key)
    assert response.status_code == status
    assert words in response.text and 'id="login-error"' in response.text
    assert SESSION_COOKIE not in sqlite_client.cookies
    assert 'name="api_key"' in sqlite_client.get("/review").text  # still the log-in form


def test_admin_may_log_in_and_log_out(sqlite_client):
    assert login(sqlite_client, ADMIN_KEY).status_code == 303
    page = sqlite_client.get("/review")
    assert "logged in (admin)" in page.text
    out = sqlite_client.post("/review/logout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert out.status_code == 303
    assert 'name="api_key"' in sqlite_client.get("/review").text


def test_login_without_its_csrf_pair_is_refused(sqlite_client):
    response = sqlite_client.post("/review/login", data={"api_key": QA_KEY, "csrf": "forged"})
    assert response.status_code == 403 and "expired" in response.text
    assert SESSION_COOKIE not in sqlite_client.cookies


def test_pages_need_a_session_and_a_tampered_cookie_is_none(sqlite_client):
    pid = seed(sqlite_client, "crime")
    assert sqlite_client.get(f"/review/{pid}", follow_redirects=False).status_code == 303
    assert sqlite_client.post(f"/review/{pid}", data={"reviewer": "x", "csrf": "y"}).status_code == 401
    login(sqlite_client)
    token = sqlite_client.cookies.get(SESSION_COOKIE)
    sqlite_client.cookies.set(SESSION_COOKIE, token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
                              path="/review")
    assert 'name="api_key"' in sqlite_client.get("/review").text


def test_session_tokens_end_with_their_key_and_their_time():
    signer = SessionSigner(b"s" * 32, {QA_KEY: Role.QA, HANDLER_KEY: Role.HANDLER}, max_age_s=60)
    token = signer.issue(QA_KEY, now=1000)
    assert signer.verify(token, now=1030).role is Role.QA
    assert signer.verify(token, now=1061) is None                       # expired
    assert SessionSigner(b"s" * 32, {}, 60).verify(token, now=1030) is None  # key removed from the config
    assert SessionSigner(b"t" * 32, {QA_KEY: Role.QA}, 60).verify(token, now=1030) is None  # other secret
    assert signer.verify(signer.issue(HANDLER_KEY, now=1000), now=1030) is None  # handler: never a session


# -- the item page ------------------------------------------------------------------------------

def test_item_page_escapes_the_note_and_highlights_rule_matches(client):
    assert HTML_NOTE[29:34] == "knife" and HTML_NOTE[63:71] == "shouting"
    pid = seed(client, "threat_to_life", text=HTML_NOTE, reasons=[KNIFE, NO_WEAPON, TERMS],
               rule_flags=("threat_to_life",))
    feedback(client, pid, "crime", decision="police")
    login(client)
    page = client.get(f"/review/{pid}")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;neighbour&lt;/b&gt;" in html
    assert re.search(r'<mark class="rule" title="weapon_present">knife</mark>', html)
    assert re.search(r'<mark class="suppressed" title="weapon_present \(suppressed: negated\)">shouting</mark>',
                     html)
    assert "knife (+1.25)" in html                      # model terms
    assert "handler&#39;s flags: crime" in html          # why it is queued
    assert 'id="feedback"' in html and "Not reviewed yet." in html


def test_item_page_says_when_text_was_not_stored(make_client, db_url):
    client = make_client(db_url, store_text=False)
    pid = seed(client, "crime", store_text=False, text="invented note not to be kept")
    login(client)
    page = client.get(f"/review/{pid}")
    assert page.status_code == 200
    assert "Text not stored" in page.text and "invented note not to be kept" not in page.text


def test_unknown_item_is_a_404_page(sqlite_client):
    login(sqlite_client)
    assert sqlite_client.get("/review/00000000-0000-4000-8000-000000000000").status_code == 404


# -- recording reviews --------------------------------------------------------------------------

def test_a_review_is_stored_with_reviewer_time_and_model_and_history_is_kept(client):
    pid = seed(client, "welfare_only", recommendation="partner", model_version="model-v7")
    login(client)
    first = review(client, pid, "crime", reviewer="Sam QA", comment="theft reported")
    assert first.status_code == 303 and first.headers["location"].startswith(f"/review/{pid}?saved=")
    confirmation = client.get(first.headers["location"])
    assert 'id="confirmation"' in confirmation.text and "Sam QA" in confirmation.text
    second = review(client, pid, "threat_to_life", "crime", reviewer="Alex Lead", comment="knife mentioned")
    assert second.status_code == 303

    rows = stored_reviews(client, pid)
    assert [r.reviewer_name for r in rows] == ["Alex Lead", "Sam QA"]        # newest first: the current label
    assert review_flags(rows[0]) == {"threat_to_life": True, "crime": True, "welfare_only": False}
    assert review_flags(rows[1]) == {"threat_to_life": False, "crime": True, "welfare_only": False}
    assert {r.reviewer_role for r in rows} == {"qa"} and {r.model_version for r in rows} == {"model-v7"}
    assert rows[0].created_at > rows[1].created_at and rows[1].comment == "theft reported"

    page = client.get(f"/review/{pid}").text
    assert page.count("<tr><td>") >= 2 and "(current)" in page
    assert page.index("Alex Lead") < page.index("Sam QA")
    assert re.search(r'id="flag-threat_to_life" value="1" checked', page)   # pre-ticked from the current review


def test_welfare_only_with_another_flag_is_refused_on_the_form(client):
    pid = seed(client, "crime")
    login(client)
    response = review(client, pid, "crime", "welfare_only", reviewer="Sam QA", comment="kept on error")
    assert response.status_code == 422
    assert 'id="form-errors"' in response.text and "welfare only cannot be ticked" in response.text
    assert "kept on error" in response.text                # what was typed is not lost
    assert stored_reviews(client, pid) == []


def test_a_review_needs_a_reviewer_name(sqlite_client):
    pid = seed(sqlite_client, "crime")
    login(sqlite_client)
    response = review(sqlite_client, pid, "crime", reviewer="   ")
    assert response.status_code == 422 and "give the reviewer" in response.text
    assert stored_reviews(sqlite_client, pid) == []


@pytest.mark.parametrize("token", [None, "", "forged-token"], ids=["missing", "empty", "forged"])
def test_a_review_without_the_sessions_csrf_token_is_refused(client, token):
    pid = seed(client, "crime")
    login(client)
    data = {"reviewer": "Sam QA", "crime": "1"}
    if token is not None:
        data["csrf"] = token
    response = client.post(f"/review/{pid}", data=data)
    assert response.status_code == 403 and "nothing was saved" in response.text
    assert stored_reviews(client, pid) == []


def test_a_csrf_token_from_another_session_is_refused(make_client, tmp_path):
    first = make_client(f"sqlite:///{tmp_path / 'a.db'}", session_secret="x" * 32)
    second = make_client(f"sqlite:///{tmp_path / 'a.db'}", session_secret="x" * 32)
    pid = seed(first, "crime")
    login(first)
    login(second)
    stolen = csrf_of(first.get(f"/review/{pid}").text)
    response = second.post(f"/review/{pid}", data={"csrf": stolen, "reviewer": "Sam QA", "crime": "1"})
    assert response.status_code == 403
    assert stored_reviews(second, pid) == []


def test_review_pages_never_log_the_note_the_comment_the_name_or_a_key(client, caplog):
    secrets = ("Philomena Throckmorton-Adebayo", "comment-value-41b7", "Reviewer Zebedee-Quist", QA_KEY,
               "wrong-key-e1c9d2f4")
    pid = seed(client, "crime", text=f"{secrets[0]} says her bike was taken")
    with caplog.at_level("DEBUG"):
        login(client, secrets[4])
        login(client)
        client.get("/review")
        client.get(f"/review/{pid}")
        review(client, pid, "crime", "welfare_only", reviewer=secrets[2], comment=secrets[1])  # refused: 422
        review(client, pid, "crime", reviewer=secrets[2], comment=secrets[1], follow=True)
        client.post(f"/review/{pid}", data={"csrf": "forged", "reviewer": secrets[2], "comment": secrets[1]})
    logged = "\n".join(f"{r.getMessage()} {r.__dict__!r}" for r in caplog.records)
    assert not [s for s in secrets if s in logged]
    assert any(getattr(r, "event", None) == "review" and r.prediction_ids == [pid] for r in caplog.records)
