"""The catalogue of every school year of a long history.

The bundled files cover the recent school years only; an older year gets the oldest bundled
file with its `school_year` changed (the signs and measures were much the same), loaded by the
same `load_catalogue_file` the app uses.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo.catalog import DemoMeasureType, DemoSign, YearCatalogue
from app.models import MeasureType, RiskSign
from app.services.catalogue.loading import catalogue_path, load_catalogue_file


def _file_for(label: str, spare: Path) -> Path:
    path = catalogue_path(label)
    if path.is_file():
        return path
    start = int(label[:4])
    for later in range(start + 1, start + 20):
        source = catalogue_path(f"{later}/{later + 1}")
        if source.is_file():
            doc = json.loads(source.read_text(encoding="utf-8"))
            doc["school_year"] = label
            target = spare / (label.replace("/", "-") + ".json")
            target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            return target
    raise FileNotFoundError(f"no catalogue file for {label} or any later school year")


def load_catalogues(session: Session, years: dict[str, uuid.UUID]) -> dict[str, YearCatalogue]:
    out: dict[str, YearCatalogue] = {}
    with tempfile.TemporaryDirectory(prefix="pumpurs-bench-catalogue-") as spare:
        for label, year_id in years.items():
            load_catalogue_file(session, _file_for(label, Path(spare)), expected_year=label)
            signs = {r.code: DemoSign(r.id, r.code, r.category) for r in session.scalars(
                select(RiskSign).where(RiskSign.school_year_id == year_id))}
            measures = {
                r.code: DemoMeasureType(r.id, r.code, r.unit, r.specialist_type, r.rate_cents,
                                        r.cap_cents)
                for r in session.scalars(
                    select(MeasureType).where(MeasureType.school_year_id == year_id))
            }
            out[label] = YearCatalogue(signs, measures)
    return out
