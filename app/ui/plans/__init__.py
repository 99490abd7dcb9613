"""The Plans screen: the semester's support plans."""
