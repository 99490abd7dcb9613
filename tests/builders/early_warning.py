"""Shared by several test modules: OCTOBER, SEPTEMBER, TODAY."""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 11, 5)


SEPTEMBER = [
    ["Ēcere", "Anna", "", "5.a", "100", "2", "1", ""],  # 3 %
    ["Lūsis", "Oskars", "", "6.b", "100", "6", "0", ""],  # 6 %
]


OCTOBER = [
    ["Ēcere", "Anna", "", "5.a", "120", "4", "12", "2"],  # 16/120 = 13,3 % HIGH; 12 MEDIUM
    ["Šmits", "Pēteris", "", "5.a", "100", "20", "0", ""],  # 20 % but assessed already
    ["Ķemere", "Laura", "", "5.a", "", "", "21", ""],  # no lessons: no %; 21 HIGH
    ["Lūsis", "Oskars", "", "6.b", "100", "6", "0", ""],  # 6 % caution, as in September
    ["Ņikitina", "Elīza", "", "6.b", "100", "1", "1", ""],  # 2 %, 1 unjustified: no
]
