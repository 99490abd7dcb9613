"""Tests of subject_access."""
