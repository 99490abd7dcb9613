"""End-to-end stories: the demo school and the real municipality hub over HTTP on loopback."""
