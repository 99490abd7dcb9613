""""Sync now" over the network, as the Sync screen and `pumpurs sync run` both start it.

`run_now` makes the transport from the trust document in use and the school's keys, runs
the engine (`run_sync`) and closes the transport. Progress comes as sentences in `lang`;
`cancel` is checked between steps. `transport_factory` is injectable (tests, a proxy).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.i18n import render
from app.secrets import SecretStore
from app.services.core.actor import Actor
from app.services.core.store import Store
from app.services.sync.engine import SyncRunResult, run_sync
from app.services.sync.enrolment import current_trust
from app.services.sync.keys import SchoolKeys, load_school_keys
from app.sync.http_client import HttpTransport
from app.sync.transport import Transport

TransportFactory = Callable[[str, SchoolKeys], Transport]
Progress = Callable[[str, int, int], None]  # (sentence, done, total)


def http_transport(url: str, keys: SchoolKeys) -> Transport:
    """The HTTPS client to the municipality's server, signing as this school."""
    return HttpTransport(url, school_id=keys.sender_id, signing_key=keys.signing)


def run_now(store: Store, secrets: SecretStore, actor: Actor, lang: str,
            progress: Progress | None = None, cancel: threading.Event | None = None,
            transport_factory: TransportFactory = http_transport) -> SyncRunResult:
    """One sync run with the municipality's server named in the trust document."""
    with store.read() as s:
        url = current_trust(s).url
        keys = load_school_keys(s, secrets)
    say = progress or (lambda text, done, total: None)
    transport = transport_factory(url, keys)
    try:
        return run_sync(store, secrets, transport, actor=actor, cancel=cancel,
                        progress=lambda step, done, total: say(render(step, lang), done, total))
    finally:
        close = getattr(transport, "close", None)
        if callable(close):
            close()
