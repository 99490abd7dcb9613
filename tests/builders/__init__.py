"""Builders shared by tests: schools, plans, hubs, screens.

Test modules import these, never each other."""
