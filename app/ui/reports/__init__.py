"""The Reports screen: the semester report and every plan of a semester as PDF."""
