"""The municipality coordinator's web console, served by the hub's FastAPI app.

`accounts` (people, argon2id, lock-out), `sessions` (server-side sessions, CSRF tokens, idle
sign-out), `queue` and `plan_page` (what the pages read), `routes` (the pages and forms),
`texts_lv` / `texts_en` (every label), `templates/` (Jinja2, autoescaped) and `static/`
(the one stylesheet; nothing is fetched from the internet).
"""
