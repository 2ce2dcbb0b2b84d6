"""The QA review pages: server-rendered HTML (Jinja2), no JavaScript, no build step.

    GET  /review                 log-in form, or the queue (filters, pages) once logged in
    POST /review/login           API key in, signed session cookie out (roles qa, admin)
    POST /review/logout
    GET  /review/{prediction_id} the note, the suggestion and why, feedback, review history, the form
    POST /review/{prediction_id} record a review (CSRF-checked), then back to the page

The API key is typed once and never stored in the browser: the cookie holds
a signed token (``serve.review_session``). Pages are answered ``no-store``
with a strict Content-Security-Policy (no scripts at all; the one inline
style block carries a per-response nonce). Note text is printed escaped
(Jinja2 autoescape) and never logged.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from model.labels import LABELS, RECOMMENDATIONS
from serve.review_queue import (REASON_TITLES, REASONS, QueueFilter, as_utc, load_queue,
                                reasons_for)
from serve.review_session import (COOKIE_PATH, LOGIN_COOKIE, LOGIN_FORM_SECONDS, REVIEW_ROLES, SESSION_COOKIE,
                                  ReviewSession, SessionSigner)
from serve.review_store import ReviewRefused, add_review, get_review, review_flags, reviews_for
from serve.review_view import explain, flag_rows, highlight
from serve.schemas import MAX_COMMENT_CHARS
from serve.services import Services, services
from serve.settings import Settings
from serve.storage import UnknownPrediction, feedback_for, get_prediction

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 25
router = APIRouter(prefix="/review", include_in_schema=False)


def _when(moment: datetime | None) -> str:
    return "" if moment is None else as_utc(moment).strftime("%Y-%m-%d %H:%M:%S UTC")


def build_environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = _when
    env.globals.update(LABELS=LABELS, RECOMMENDATIONS=RECOMMENDATIONS, REASONS=REASONS,
                       REASON_TITLES=REASON_TITLES)
    return env


@dataclass
class ReviewPages:
    """What the pages need, built once per app."""

    env: Environment
    signer: SessionSigner
    cookie_secure: bool


def install(app: FastAPI, settings: Settings) -> None:
    """Mount the pages on ``app``. The signing secret is TRIAGE_SESSION_SECRET, else random for this app."""
    secret = (settings.session_secret.get_secret_value().encode() if settings.session_secret
              else secrets.token_bytes(32))
    signer = SessionSigner(secret, settings.key_roles(), max_age_s=int(settings.session_hours * 3600))
    app.state.review_pages = ReviewPages(build_environment(), signer, settings.session_cookie_secure)
    app.include_router(router)


def pages(request: Request) -> ReviewPages:
    return request.app.state.review_pages


def current_session(request: Request, ui: ReviewPages = Depends(pages)) -> ReviewSession | None:
    found = ui.signer.verify(request.cookies.get(SESSION_COOKIE))
    if found is not None:
        request.state.role = found.role.value
    return found


# -- rendering ---------------------------------------------------------------------------

def render(ui: ReviewPages, name: str, status: int = 200, session: ReviewSession | None = None,
           **context: Any) -> HTMLResponse:
    nonce = secrets.token_urlsafe(12)
    csrf = ui.signer.csrf_token(session) if session is not None else ""
    html = ui.env.get_template(name).render(csp_nonce=nonce, session=session, csrf=csrf, **context)
    response = HTMLResponse(html, status_code=status)
    response.headers.update({
        "Content-Security-Policy": (f"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; "
                                    "frame-ancestors 'none'; base-uri 'none'"),
        "Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer"})
    return response


def login_page(ui: ReviewPages, status: int = 200, error: str | None = None) -> HTMLResponse:
    """The log-in form with a fresh double-submit CSRF pair (nonce in a cookie, its MAC in the form)."""
    nonce = ui.signer.new_login_nonce()
    response = render(ui, "login.html", status, error=error, login_csrf=ui.signer.login_csrf_token(nonce))
    response.set_cookie(LOGIN_COOKIE, nonce, max_age=LOGIN_FORM_SECONDS, path=COOKIE_PATH, httponly=True,
                        samesite="strict", secure=ui.cookie_secure)
    return response


def message_page(ui: ReviewPages, status: int, title: str, message: str,
                 session: ReviewSession | None = None) -> HTMLResponse:
    return render(ui, "message.html", status, session=session, title=title, message=message)


def _database_down(ui: ReviewPages, exc: Exception, session: ReviewSession | None) -> HTMLResponse:
    log.error("review page database failure", extra={"event": "review_page_failure",
                                                      "error_type": type(exc).__name__})
    return message_page(ui, 503, "Database unavailable",
                        "The audit database cannot be reached; nothing was read or saved. Try again shortly.",
                        session)


# -- log in and out ------------------------------------------------------------------------

@router.post("/login")
def login(request: Request, api_key: str | None = Form(None), csrf: str | None = Form(None),
          ui: ReviewPages = Depends(pages), svc: Services = Depends(services)) -> Response:
    if not ui.signer.check_login_csrf(request.cookies.get(LOGIN_COOKIE), csrf):
        return login_page(ui, 403, "The log-in form expired or did not come from this page; please try again.")
    role = svc.keys.role_for(api_key) if api_key else None
    if role is None:
        log.warning("review login refused", extra={"event": "review_login_refused"})
        return login_page(ui, 401, "That API key is not valid.")
    if role not in REVIEW_ROLES:
        log.warning("review login refused", extra={"event": "review_login_refused", "role": role.value})
        return login_page(ui, 403, f"A {role.value} key may not use the review pages: log in with a qa or "
                                   "admin key.")
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(SESSION_COOKIE, ui.signer.issue(api_key), max_age=ui.signer.max_age_s, path=COOKIE_PATH,
                        httponly=True, samesite="strict", secure=ui.cookie_secure)
    response.delete_cookie(LOGIN_COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict",
                           secure=ui.cookie_secure)
    request.state.role = role.value
    return response


@router.post("/logout")
def logout(csrf: str | None = Form(None), ui: ReviewPages = Depends(pages),
           session: ReviewSession | None = Depends(current_session)) -> Response:
    if session is not None and not ui.signer.check_csrf(session, csrf):
        return message_page(ui, 403, "Form expired", "Reload the page and try again.", session)
    response = RedirectResponse("/review", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict",
                           secure=ui.cookie_secure)
    return response


# -- the queue -------------------------------------------------------------------------------

def parse_filter(params: dict[str, str]) -> tuple[QueueFilter, list[str], dict[str, str]]:
    """The list page's query string as a QueueFilter; bad values are reported and ignored."""
    errors: list[str] = []
    values = {k: params.get(k, "").strip() for k in ("flag", "recommendation", "reason", "date_from",
                                                     "date_to", "reviewed", "page")}
    chosen: dict[str, Any] = {}
    for name, allowed in (("flag", LABELS), ("recommendation", RECOMMENDATIONS), ("reason", REASONS)):
        if values[name]:
            if values[name] in allowed:
                chosen[name] = values[name]
            else:
                errors.append(f"{name} must be one of {', '.join(allowed)}")
    for name in ("date_from", "date_to"):
        if values[name]:
            try:
                chosen[name] = date.fromisoformat(values[name])
            except ValueError:
                errors.append(f"{name.replace('_', ' ')} must be a date (YYYY-MM-DD)")
    if values["reviewed"] in ("yes", "no"):
        chosen["reviewed"] = values["reviewed"] == "yes"
    if values["page"]:
        if values["page"].isdigit() and int(values["page"]) >= 1:
            chosen["page"] = int(values["page"])
        else:
            errors.append("page must be a whole number from 1")
    if chosen.get("date_from") and chosen.get("date_to") and chosen["date_from"] > chosen["date_to"]:
        errors.append("the 'from' date is after the 'to' date")
        chosen.pop("date_to")
    return QueueFilter(page_size=PAGE_SIZE, **chosen), errors, values


def _page_link(values: dict[str, str], page: int) -> str:
    query = {k: v for k, v in values.items() if v and k != "page"}
    query["page"] = str(page)
    return "/review?" + urlencode(query)


@router.get("")
def queue_page(request: Request, ui: ReviewPages = Depends(pages), svc: Services = Depends(services),
               session: ReviewSession | None = Depends(current_session)) -> Response:
    if session is None:
        return login_page(ui)
    queue_filter, errors, values = parse_filter(dict(request.query_params))
    try:
        with svc.database.session() as db:
            queue = load_queue(db, queue_filter)
    except Exception as exc:  # noqa: BLE001
        return _database_down(ui, exc, session)
    links = {"previous": _page_link(values, queue.page - 1) if queue.page > 1 else None,
             "next": _page_link(values, queue.page + 1) if queue.page < queue.pages else None}
    return render(ui, "list.html", 422 if errors else 200, session=session, queue=queue, errors=errors,
                  values=values, links=links, review_flags=review_flags)


# -- one item ---------------------------------------------------------------------------------

def _default_form(prediction: Any, feedback: list[Any], reviews: list[Any]) -> dict[str, Any]:
    """Pre-ticked boxes, saying where they come from: the current review, else the
    handler's last flags, else the suggestion."""
    if reviews:
        return {"flags": review_flags(reviews[0]), "source": "the current review"}
    for row in reversed(feedback):
        if row.flag_threat_to_life is not None:
            return {"flags": {"threat_to_life": bool(row.flag_threat_to_life), "crime": bool(row.flag_crime),
                              "welfare_only": bool(row.flag_welfare_only)}, "source": "the handler's flags"}
    return {"flags": {"threat_to_life": bool(prediction.flag_threat_to_life), "crime": bool(prediction.flag_crime),
                      "welfare_only": bool(prediction.flag_welfare_only)}, "source": "the suggestion"}


def item_page(ui: ReviewPages, svc: Services, session: ReviewSession, prediction_id: str, status: int = 200,
              saved: str | None = None, form: dict[str, Any] | None = None,
              errors: dict[str, str] | None = None) -> HTMLResponse:
    try:
        with svc.database.session() as db:
            prediction = get_prediction(db, prediction_id)
            if prediction is None:
                return message_page(ui, 404, "Not found", "No stored prediction has this id.", session)
            feedback = feedback_for(db, prediction_id)
            reviews = reviews_for(db, prediction_id)
            confirmation = get_review(db, saved) if saved else None
    except Exception as exc:  # noqa: BLE001
        return _database_down(ui, exc, session)
    if confirmation is not None and confirmation.prediction_id != prediction_id:
        confirmation = None
    if form is None:
        form = {**_default_form(prediction, feedback, reviews), "reviewer": "", "comment": ""}
    text = prediction.text
    return render(ui, "item.html", status, session=session, prediction=prediction,
                  segments=highlight(text, prediction.reasons or []) if text is not None else None,
                  explanation=explain(prediction.reasons), reasons=reasons_for(prediction, feedback),
                  flags=flag_rows({"threat_to_life": prediction.flag_threat_to_life,
                                   "crime": prediction.flag_crime, "welfare_only": prediction.flag_welfare_only},
                                  prediction.probabilities, prediction.model_flags, prediction.rule_flags),
                  feedback=feedback, reviews=reviews, review_flags=review_flags, confirmation=confirmation,
                  form=form, errors=errors or {})


@router.get("/{prediction_id}")
def show_item(prediction_id: str, request: Request, saved: str | None = None, ui: ReviewPages = Depends(pages),
              svc: Services = Depends(services),
              session: ReviewSession | None = Depends(current_session)) -> Response:
    if session is None:
        return RedirectResponse("/review", status_code=303)
    request.state.prediction_ids = [prediction_id]
    return item_page(ui, svc, session, prediction_id, saved=saved)


def _clean(value: str | None) -> str:
    """Form text without characters a database cannot store (NUL, lone surrogates)."""
    value = (value or "").replace("\x00", "")
    return value.encode("utf-8", "replace").decode("utf-8")


@router.post("/{prediction_id}")
def record_review(prediction_id: str, request: Request, threat_to_life: str | None = Form(None),
                  crime: str | None = Form(None), welfare_only: str | None = Form(None),
                  reviewer: str | None = Form(None), comment: str | None = Form(None),
                  csrf: str | None = Form(None), ui: ReviewPages = Depends(pages),
                  svc: Services = Depends(services),
                  session: ReviewSession | None = Depends(current_session)) -> Response:
    if session is None:
        return login_page(ui, 401, "Your session has ended: log in again, then record the review.")
    if not ui.signer.check_csrf(session, csrf):
        log.warning("review form refused: CSRF token", extra={"event": "review_csrf_refused",
                                                              "prediction_ids": [prediction_id]})
        return message_page(ui, 403, "Form refused", "The form expired or did not come from this site, so "
                                                     "nothing was saved. Reload the page and try again.", session)
    request.state.prediction_ids = [prediction_id]
    flags = {"threat_to_life": bool(threat_to_life), "crime": bool(crime), "welfare_only": bool(welfare_only)}
    form = {"flags": flags, "reviewer": _clean(reviewer).strip(), "comment": _clean(comment).strip()}
    errors: dict[str, str] = {}
    if len(form["comment"]) > MAX_COMMENT_CHARS:
        errors["comment"] = f"the comment is longer than {MAX_COMMENT_CHARS} characters"
    try:
        with svc.database.session() as db:
            if errors:
                raise ReviewRefused("comment", errors["comment"])
            row = add_review(db, prediction_id, flags, session.role.value, form["reviewer"], form["comment"] or None)
    except ReviewRefused as exc:
        errors[exc.field] = exc.message
        return item_page(ui, svc, session, prediction_id, 422, form=form, errors=errors)
    except UnknownPrediction:
        return message_page(ui, 404, "Not found", "No stored prediction has this id.", session)
    except Exception as exc:  # noqa: BLE001
        return _database_down(ui, exc, session)
    log.info("review recorded", extra={"event": "review", "prediction_ids": [prediction_id],
                                       "role": session.role.value, "model_version": row.model_version})
    return RedirectResponse(f"/review/{prediction_id}?" + urlencode({"saved": row.id}), status_code=303)
