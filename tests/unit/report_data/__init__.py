"""Tests of report_data."""
