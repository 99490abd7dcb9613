"""Writing printed documents to disk: safe file names, numbered duplicates, whole files.

Plain Python (no Qt, no reportlab): the screens' "Save as PDF" and the services that write
many PDFs into a folder share these.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path


def safe_filename(text: str) -> str:
    """A file name from free text: letters (Latvian ones too), digits, "-", "_" and "."."""
    clean = re.sub(r"[^\w.\-]+", "_", text, flags=re.UNICODE).strip("._")
    return clean or "dokuments"


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_pdf(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole or not at all (runs on the worker thread)."""
    path = with_pdf_suffix(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".pumpurs-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    """`folder/name`, numbered ("name (2).pdf") when that name was already used."""
    stem, suffix = Path(name).stem, Path(name).suffix or ".pdf"
    candidate, n = f"{stem}{suffix}", 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.casefold())
    return folder / candidate
