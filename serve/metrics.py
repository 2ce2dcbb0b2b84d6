"""Prometheus metrics on a registry of the app's own (no global state), so
several apps can live in one process, as they do in the tests."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from model.labels import LABELS, RECOMMENDATIONS
from model.predictor import Prediction

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("triage_http_requests_total", "HTTP requests by route template, method and status",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("triage_http_request_duration_seconds",
                                 "HTTP request latency by route template, method and status",
                                 ["route", "method", "status"], buckets=LATENCY_BUCKETS, registry=r)
        self.predictions = Counter("triage_predictions_total", "notes answered", registry=r)
        self.flags = Counter("triage_flags_total", "notes answered with each flag raised", ["flag"], registry=r)
        self.recommendations = Counter("triage_recommendations_total", "notes answered with each recommendation",
                                       ["recommendation"], registry=r)
        self.degraded = Counter("triage_degraded_predictions_total",
                                "notes answered by the rules alone (model missing or failed)", registry=r)
        self.audit_failures = Counter("triage_audit_write_failures_total",
                                      "predictions answered whose audit record could not be stored", registry=r)
        self.reloads = Counter("triage_model_reloads_total", "model reload attempts by outcome", ["outcome"],
                               registry=r)
        self.model_info = Gauge("triage_model_info", "the serving model (value 1)",
                                ["model_version", "rules_version"], registry=r)
        for label in LABELS:  # export zeros so dashboards see every series from the start
            self.flags.labels(flag=label)
        for recommendation in RECOMMENDATIONS:
            self.recommendations.labels(recommendation=recommendation)
        for outcome in ("accepted", "refused"):
            self.reloads.labels(outcome=outcome)

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route=route, method=method, status=str(status)).inc()
        self.latency.labels(route=route, method=method, status=str(status)).observe(seconds)

    def observe_predictions(self, predictions: list[Prediction]) -> None:
        for p in predictions:
            self.predictions.inc()
            for label, raised in p.flags.items():
                if raised:
                    self.flags.labels(flag=label).inc()
            self.recommendations.labels(recommendation=p.recommendation).inc()
            if p.degraded:
                self.degraded.inc()

    def set_model(self, model_version: str | None, rules_version: str) -> None:
        self.model_info.clear()
        self.model_info.labels(model_version=model_version or "none", rules_version=rules_version).set(1)

    def render(self) -> bytes:
        return generate_latest(self.registry)
