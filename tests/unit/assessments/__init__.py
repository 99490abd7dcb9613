"""Tests of assessments."""
