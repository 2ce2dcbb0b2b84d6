"""The handler-facing HTTP service (FastAPI), started by `triage serve`.

One job per module:

* ``settings``     configuration from ``TRIAGE_*`` environment variables
* ``roles``        API key roles (handler, qa, admin) and what each may do
* ``auth``         ``X-API-Key`` checking (constant time) as a FastAPI dependency
* ``schemas``      request and response bodies: the one description of the API
* ``errors``       the single error shape ``{"detail": [{"field", "message", "type"}]}``
* ``tables``       the audit store's tables; ``migrations/`` creates them (Alembic)
* ``db``           engine and sessions (SQLite WAL + synchronous=FULL, or PostgreSQL)
* ``migrate``      applies the packaged migrations at start-up
* ``storage``      repository functions: predictions and feedback
* ``review_store`` repository functions: QA reviews (appended; the latest is current)
* ``review_queue`` which predictions need a QA look, and why (one portable SQL query)
* ``review_api``   GET /v1/review: the queue as JSON (roles qa, admin)
* ``review_pages`` the /review HTML pages (templates/), ``review_session`` their signed
                   cookies and CSRF tokens, ``review_view`` what the item page shows
* ``model_holder`` the serving Predictor and hot reload
* ``metrics``      Prometheus metrics on a per-app registry
* ``logging``      JSON log lines that never carry note text
* ``middleware``   request id, timing, metrics, access log, body limit, JSON 500s
* ``services``     what routes need, built once per app
* ``api``/``ops``  the /v1 routes; /healthz, /readyz, /metrics
* ``app``          the app factory; ``runner`` what `triage serve` runs
"""
