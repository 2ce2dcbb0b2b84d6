"""What the routes need, built once per app and reached through ``Depends``.

Tests build apps with their own settings, database and Predictor; nothing
here is global, so several apps can live in one process.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from fastapi import Request

from model.predictor import Predictor
from serve.auth import KeyStore
from serve.db import Database
from serve.metrics import Metrics
from serve.model_holder import LoadedModel, ModelHolder
from serve.settings import Settings
from serve.storage import PredictionRecord, add_predictions

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    keys: KeyStore
    database: Database
    metrics: Metrics
    _holder: ModelHolder | None = None
    _holder_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, settings: Settings, predictor: Predictor | None = None) -> "Services":
        services = cls(settings=settings, keys=KeyStore(settings.key_roles()),
                       database=Database(settings.database_url), metrics=Metrics())
        if predictor is not None:
            source = predictor.artifact.path if predictor.artifact is not None else None
            services._holder = ModelHolder(LoadedModel(predictor, source))
            services.metrics.set_model(predictor.model_version, predictor.rules_version)
        return services

    @property
    def holder(self) -> ModelHolder:
        """The model holder, loading the configured model on first use (normally at start-up)."""
        if self._holder is None:
            with self._holder_lock:
                if self._holder is None:
                    holder = ModelHolder.from_dir(self.settings.model_dir)
                    predictor = holder.current.predictor
                    self.metrics.set_model(predictor.model_version, predictor.rules_version)
                    self._holder = holder
        return self._holder

    def audit(self, records: list[PredictionRecord]) -> bool:
        """Commit the audit rows; False (never an exception) if the database refused.

        Only the exception type is logged: a database error's message can quote
        the statement's parameters, i.e. the note.
        """
        try:
            with self.database.session() as session:
                add_predictions(session, records, store_text=self.settings.store_text)
            return True
        except Exception as exc:  # noqa: BLE001 - any failure means "not stored"
            self.metrics.audit_failures.inc(len(records))
            log.error("audit write failed", extra={"event": "audit_failure", "error_type": type(exc).__name__,
                                                   "prediction_ids": [r.prediction_id for r in records]})
            return False


def services(request: Request) -> Services:
    return request.app.state.services
