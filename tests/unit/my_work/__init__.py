"""Tests of my_work."""
