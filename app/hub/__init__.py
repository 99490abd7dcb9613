"""The municipality hub (`pumpurs-hub`): receives school bundles, verifies, stores, applies
and aggregates them, and answers with signed receipts and decisions.

Imports only `app.sync` (the shared protocol), `app.errors`, `app.i18n`, `app.paths` and
third-party packages — never the school app. Modules:
- `db`, `models`, `models_records`, `migrate`, `keyfile`: the store (SQLite or PostgreSQL)
  and the hub's own private keys;
- `enrolment`: register schools, issue trust documents, revoke keys, rotate the hub's keys;
- `ingest`, `ingest_chain`, `apply`: verify and apply uploads exactly once, in order;
- `decisions`, `downlink`: the coordinator's decisions and the signed answers to schools;
- `aggregates`, `report_csv`, `report_pdf`: the semester figures;
- `api`, `api_auth`: the HTTP service; `cli`: the command line.
"""
