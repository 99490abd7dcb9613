"""Tests of students."""
