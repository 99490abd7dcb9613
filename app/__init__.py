"""Pumpurs: support for pupils at risk of early school leaving (PuMPuRS programme)."""

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    """The installed version (pyproject's `version`, read through the package metadata);
    `__version__` when the package is run from a source tree that was never installed."""
    try:
        return version("pumpurs")
    except PackageNotFoundError:
        return __version__


__version__ = "0.1.0"
