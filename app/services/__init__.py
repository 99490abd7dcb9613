"""Use cases of the school app. Qt-free; roles are enforced here; results are dataclasses."""
