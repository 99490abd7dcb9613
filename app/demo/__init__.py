"""The demo school behind `pumpurs demo`: a realistic Latvian school built from a fixed seed.

`build_demo_school(engine, seed=2026, today=None, progress=None) -> DemoSummary` fills an
empty database; every demo login uses the password `DEMO_PASSWORD`.
"""

from app.demo.build import STEPS, build_demo_school
from app.demo.staff import DEMO_PASSWORD
from app.demo.summary import DemoLogin, DemoSummary

__all__ = ["DEMO_PASSWORD", "STEPS", "DemoLogin", "DemoSummary", "build_demo_school"]
