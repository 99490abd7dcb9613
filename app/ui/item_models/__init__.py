"""Qt item models (named so they never clash with app/models, the database models)."""
