"""The first-run wizard: a new school, its first administrator and its encrypted database.

Start-up calls `app.ui.first_run.wizard.run_first_run_wizard(app, lang)`.
"""
