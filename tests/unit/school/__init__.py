"""Tests of school."""
