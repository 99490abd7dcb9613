"""Tests of early_warning."""
