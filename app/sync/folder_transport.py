"""The folder transport: bundle files on a USB stick (or a shared folder), both ways.

Uploads are written as `<school_id>-up-<seq>.pumpurs` — atomically (a temporary file, flushed,
then renamed), so a stick pulled out mid-write never leaves a half file under the real name.
Downlinks are read from `<school_id>-down-<seq>.pumpurs`, refused by size before reading.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import SyncError, SyncErrorKind
from app.sync.limits import MAX_BUNDLE_BYTES, check_declared_size, read_bounded
from app.sync.transport import UploadResult, UploadStatus, downlink_name, upload_name


def write_atomically(path: Path, data: bytes, mode: int = 0o666) -> None:
    """`data` at `path` whole or not at all: a temp file beside it (created with `mode`, less
    the umask), fsync, then os.replace; the temp file never stays behind."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_bundle_file(path: Path, max_size: int = MAX_BUNDLE_BYTES) -> bytes:
    """A bundle file's bytes; SyncError if it is missing or over the size limit."""
    try:
        check_declared_size(path.stat().st_size, max_size)
        with path.open("rb") as fh:
            return read_bounded(fh, max_size)
    except OSError as exc:
        raise SyncError("sync_school.file_unreadable", kind=SyncErrorKind.IO, path=str(path),
                        error=exc.strerror or str(exc)) from exc


class FolderTransport:
    def __init__(self, folder: Path, school_id: str) -> None:
        self.folder = Path(folder)
        self.school_id = school_id

    def upload(self, data: bytes, *, seq: int) -> UploadResult:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.folder / upload_name(self.school_id, seq), data)
        except OSError as exc:
            raise SyncError("sync_school.folder_unwritable", kind=SyncErrorKind.IO,
                            path=str(self.folder), error=exc.strerror or str(exc)) from exc
        return UploadResult(UploadStatus.EXPORTED)

    def fetch_downlink(self, after: int) -> bytes | None:
        path = self.folder / downlink_name(self.school_id, after + 1)
        return read_bundle_file(path) if path.is_file() else None
