"""The whole QA loop, end to end, as the people in it would run it:

train v1 and register it -> promote it (gold gate) -> serve it -> handlers predict and
disagree -> QA reviews through the page's form (CSRF flow) -> export the reviews ->
train v2 with ``--reviews`` (reviews win over the corpus) -> compare -> promote v2 ->
/v1/admin/reload -> /v1/model says v2.

Small on purpose (1,500 generated notes, 3 folds); the browser test covers the page itself.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from model.labels import LABELS
from model.registry import Registry
from serve.app import create_app
from serve.settings import Settings
from training.cli import main
from training.contract import load_labelled, text_key, validate_files
from training.generate import generate_notes
from training.paths import GOLD_SET

HANDLER = {"X-API-Key": "handler-key-e2e-0123"}
QA_KEY = "qa-key-e2e-0123456"
ADMIN = {"X-API-Key": "admin-key-e2e-0123"}
KEYS = f"handler:{HANDLER['X-API-Key']},qa:{QA_KEY},admin:{ADMIN['X-API-Key']}"
CSRF = re.compile(r'name="csrf" value="([^"]*)"')
OTHER = {"police": "partner", "partner": "police", "none": "police", "review": "police"}

pytestmark = pytest.mark.slow


def csrf(html: str) -> str:
    match = CSRF.search(html)
    assert match, "no CSRF field"
    return match.group(1)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, f"triage {' '.join(argv)} exited {code}:\n{out}\n{err}"
    return out


def review_through_the_page(client: TestClient, prediction_id: str, labels: dict[str, int]) -> None:
    page = client.get(f"/review/{prediction_id}")
    assert page.status_code == 200
    form = {"csrf": csrf(page.text), "reviewer": "QA lead", "comment": "checked against the guide"}
    form.update({flag: "1" for flag in LABELS if labels[flag]})
    saved = client.post(f"/review/{prediction_id}", data=form, follow_redirects=False)
    assert saved.status_code == 303, saved.text


def test_reviews_flow_from_the_page_into_the_next_promoted_model(tmp_path: Path, capsys) -> None:
    registry_dir, corpus_path = tmp_path / "registry", tmp_path / "corpus.csv"
    corpus = generate_notes(1500, seed=11)
    corpus.to_csv(corpus_path, index=False)
    common = ["--folds", "3", "--register", "--registry", str(registry_dir)]

    run(capsys, "train", "--data", str(corpus_path), "--out", str(tmp_path / "v1"), "--version", "e2e-v1", *common)
    run(capsys, "promote", "e2e-v1", "--why", "first model", "--by", "e2e", "--gold", str(GOLD_SET),
        "--registry", str(registry_dir))
    registry = Registry(registry_dir)
    assert registry.current() == "e2e-v1"

    database_url = f"sqlite:///{tmp_path / 'audit.db'}"
    settings = Settings(database_url=database_url, model_dir=registry.path("e2e-v1"), api_keys=KEYS)
    with TestClient(create_app(settings)) as client:
        assert client.get("/v1/model", headers=ADMIN).json()["model_version"] == "e2e-v1"

        # Handlers: new notes, plus one corpus note whose corpus label QA will overturn.
        fresh = generate_notes(12, seed=907)
        corrected = corpus[(corpus["welfare_only"] == 1)].iloc[0]
        truth = {text_key(r["text"]): {f: int(r[f]) for f in LABELS} for r in fresh.to_dict(orient="records")}
        truth[text_key(corrected["text"])] = {"threat_to_life": 0, "crime": 1, "welfare_only": 0}
        texts = [*fresh["text"], corrected["text"]]
        ids, recommended = {}, {}
        for text in texts:  # one at a time: distinct times, so the export's order is fixed
            answer = client.post("/v1/predict", headers=HANDLER, json={"text": text}).json()
            ids[answer["prediction_id"]] = text
            recommended[answer["prediction_id"]] = answer["recommendation"]
            assert client.post("/v1/feedback", headers=HANDLER, json={
                "prediction_id": answer["prediction_id"],
                "decision": OTHER[answer["recommendation"]]}).status_code == 201

        queue = client.get("/v1/review", headers={"X-API-Key": QA_KEY}, params={"page_size": 100}).json()
        assert {i["prediction_id"] for i in queue["items"]} == set(ids)
        for item in queue["items"]:  # a "review" suggestion has no decision to disagree with: it is queued as such
            expected = "low_confidence" if recommended[item["prediction_id"]] == "review" else "feedback_disagrees"
            assert expected in {r["code"] for r in item["reasons"]}

        login_page = client.get("/review")
        assert client.post("/review/login", data={"api_key": QA_KEY, "csrf": csrf(login_page.text)},
                           follow_redirects=False).status_code == 303
        for prediction_id, text in ids.items():
            review_through_the_page(client, prediction_id, truth[text_key(text)])

        export_path = tmp_path / "reviews.csv"
        run(capsys, "export-reviews", "--out", str(export_path), "--database-url", database_url)
        report, _ = validate_files([export_path])
        assert report.ok, [str(p) for p in report.problems]
        exported = load_labelled([export_path])
        assert len(exported) == len(ids) and set(exported["source"]) == {"review"}

        out = run(capsys, "train", "--data", str(corpus_path), "--reviews", str(export_path),
                  "--out", str(tmp_path / "v2"), "--version", "e2e-v2", *common)
        assert f"reviews: {len(ids)} reviewed rows" in out
        manifest = json.loads((registry.path("e2e-v2") / "manifest.json").read_text())
        assert manifest["reviews"]["rows"] == len(ids)
        assert corrected["id"] in manifest["reviews"]["superseded_corpus_ids_labels_changed"]

        compared = run(capsys, "compare", "--champion", "e2e-v1", "--challenger", "e2e-v2", "--data", str(GOLD_SET),
                       "--registry", str(registry_dir))
        assert "champion e2e-v1" in compared and "challenger e2e-v2" in compared
        assert "threats missed by the challenger only" in compared
        run(capsys, "promote", "e2e-v2", "--why", "retrained with QA reviews", "--by", "e2e",
            "--gold", str(GOLD_SET), "--registry", str(registry_dir))
        assert registry.current() == "e2e-v2"
        assert [p.to for p in registry.history()] == ["e2e-v1", "e2e-v2"]

        reloaded = client.post("/v1/admin/reload", headers=ADMIN,
                               json={"model_dir": str(registry.path(registry.current()))})
        assert reloaded.status_code == 200, reloaded.text
        assert reloaded.json()["previous_model_version"] == "e2e-v1"
        assert client.get("/v1/model", headers=ADMIN).json()["model_version"] == "e2e-v2"
