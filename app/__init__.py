"""Pumpurs: support for pupils at risk of early school leaving (PuMPuRS programme)."""

__version__ = "0.1.0"
