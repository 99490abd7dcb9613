"""Rendering the console's pages: Jinja2 with autoescape on for every template, the words of
the reader's language, and the headers every console answer carries (no caching, a strict
Content-Security-Policy: only this hub's own stylesheet, no scripts, forms post only here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from app.formatting import format_date, format_datetime, format_hours, format_money
from app.hub.console import texts_en, texts_lv
from app.hub.console.catalogue_names import names
from app.i18n import render

HERE = Path(__file__).resolve().parent
STYLESHEET = HERE / "static" / "console.css"
LANG_COOKIE = "pumpurs_console_lang"
TEXTS = {"lv": texts_lv.TEXTS, "en": texts_en.TEXTS}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

ENV = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def language(request: Request) -> str:
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return asked if asked in TEXTS else "lv"


def secured(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _helpers(lang: str) -> dict[str, Any]:
    catalogue = names(lang)

    def label(kind: str, code: str | None) -> str:
        if not code:
            return "—"
        if kind == "sign":
            return catalogue.signs.get(code, code)
        if kind == "measure":
            return catalogue.measures.get(code, code)
        key = f"hub.pdf.{kind}.{code}"
        text = render(key, lang)
        return code if text == key else text

    return {
        "money": lambda cents: format_money(int(cents or 0), lang),
        "day": lambda value: format_date(value, lang) if value else "—",
        "moment": lambda value: format_datetime(value, lang) if value else "—",
        "hours": lambda minutes: format_hours(int(minutes or 0), lang),
        "label": label,
        "say": lambda key, **params: render(key, lang, **params) if key else "",
        "caps": catalogue.caps,
    }


def page(request: Request, template: str, status_code: int = 200,
         **context: Any) -> Response:
    lang = language(request)
    words = TEXTS[lang]
    for name in ("message", "notice", "problem", "comment", "username"):
        context.setdefault(name, "")
    html = ENV.get_template(template).render(
        t=words, lang=lang, path=request.url.path, signed=context.pop("signed", None),
        csrf=context.pop("csrf", ""), **_helpers(lang), **context)
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in TEXTS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, httponly=True,
                            samesite="strict", secure=request.url.scheme == "https")
    return secured(response)
