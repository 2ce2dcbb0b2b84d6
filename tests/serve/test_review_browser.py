"""The review page in a real browser: Debian's headless Chromium driven by Selenium,
against the app served by uvicorn on 127.0.0.1 (SQLite and PostgreSQL).

Chromium and chromedriver come from Debian (``scripts/ensure-browser.sh``, run by
``make test``). If they are missing these tests FAIL, never skip: CI must
exercise the page a person uses.
"""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from serve_support import CRIME_NOTE, HANDLER, HANDLER_KEY, QA_KEY, THREAT_NOTE, WELFARE_NOTE

from serve.app import create_app
from serve.db import Database
from serve.review_store import review_flags, reviews_for

CHROMIUM = Path(os.environ.get("TRIAGE_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("TRIAGE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"))
#: Headless, as root, on a machine with no network but loopback.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                  "--no-first-run", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--window-size=1280,1600")
WAIT_S = 15


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.is_file()]
    if missing:
        pytest.fail(f"browser tests need Debian's chromium and chromium-driver; missing {', '.join(missing)}. "
                    "Run `bash scripts/ensure-browser.sh` (`make test` does).", pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="triage-chromium-")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT_S)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class LiveServer:
    """The app under uvicorn in a background thread, on a port the OS picked (no race for it)."""

    def __init__(self, app: Any):
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + WAIT_S
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(WAIT_S)
        self.socket.close()


def seed_disagreements(url: str) -> dict[str, str]:
    """Three predictions through the API; the handler disagrees on the threat and crime notes."""
    ids = {}
    with httpx.Client(base_url=url, headers=HANDLER, timeout=WAIT_S) as api:
        for name, text in (("threat", THREAT_NOTE), ("crime", CRIME_NOTE), ("welfare", WELFARE_NOTE)):
            answer = api.post("/v1/predict", json={"text": text}).json()
            assert answer["audit_stored"] is True
            ids[name] = answer["prediction_id"]
            if name != "welfare":  # flip crime, so the flags always differ from the suggestion
                crime = not answer["flags"]["crime"]
                flags = {"threat_to_life": False, "crime": crime, "welfare_only": not crime}
                assert api.post("/v1/feedback", json={"prediction_id": ids[name], "flags": flags}).status_code == 201
    return ids


def wait_for(driver: Any, css: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def wait_for_url(driver: Any, fragment: str) -> None:
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(ec.url_contains(fragment))


def submit_login(driver: Any, url: str, key: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url + "/review")
    field = wait_for(driver, "#api_key")
    field.clear()
    field.send_keys(key)
    driver.find_element(By.ID, "login").click()


def test_qa_logs_in_filters_opens_an_item_and_records_a_review(browser, make_settings, predictor, empty_db_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    driver.delete_all_cookies()
    app = create_app(make_settings(empty_db_url), predictor=predictor)
    with LiveServer(app) as live:
        ids = seed_disagreements(live.url)

        submit_login(driver, live.url, HANDLER_KEY)  # a handler may not review
        assert "handler key may not use the review pages" in wait_for(driver, "#login-error").text

        submit_login(driver, live.url, QA_KEY)
        wait_for(driver, "#filters")
        Select(driver.find_element(By.ID, "reason")).select_by_value("feedback_disagrees")
        today = datetime.now(UTC).date().isoformat()
        driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, "date_from"), today)
        driver.find_element(By.ID, "apply").click()
        # The login page's queue is already there: wait for the filtered page's address, not just a queue.
        wait_for_url(driver, "reason=feedback_disagrees")
        wait_for(driver, "#queue")
        assert "reason=feedback_disagrees" in driver.current_url and f"date_from={today}" in driver.current_url
        rows = driver.find_elements(By.CSS_SELECTOR, "#queue tbody tr")
        assert {r.get_attribute("data-prediction-id") for r in rows} == {ids["threat"], ids["crime"]}
        assert all("handler disagreed" in r.text for r in rows)

        row = driver.find_element(By.CSS_SELECTOR, f'#queue tr[data-prediction-id="{ids["threat"]}"]')
        row.find_element(By.TAG_NAME, "a").click()
        note = wait_for(driver, "#note")
        assert note.text == THREAT_NOTE
        assert note.find_elements(By.CSS_SELECTOR, "mark.rule"), "the knife/bridge rule match is highlighted"
        assert "handler disagreed" in driver.find_element(By.ID, "queue-reasons").text

        wanted = {"threat_to_life": True, "crime": False, "welfare_only": False}
        for flag, ticked in wanted.items():
            box = driver.find_element(By.ID, f"flag-{flag}")
            if box.is_selected() != ticked:
                box.click()
        driver.find_element(By.ID, "reviewer").send_keys("Sam QA")
        driver.find_element(By.ID, "comment").send_keys("knife and bridge: threat to life")
        driver.find_element(By.ID, "save").click()
        assert "Sam QA" in wait_for(driver, "#confirmation").text
        assert "Sam QA" in driver.find_element(By.ID, "history").text

    database = Database(empty_db_url)
    try:
        with database.session() as session:
            (stored,) = reviews_for(session, ids["threat"])
            assert review_flags(stored) == wanted
            assert (stored.reviewer_role, stored.reviewer_name) == ("qa", "Sam QA")
            assert stored.comment == "knife and bridge: threat to life"
            assert stored.model_version == predictor.model_version
            assert reviews_for(session, ids["crime"]) == []
    finally:
        database.dispose()
