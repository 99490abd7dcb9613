"""The `pumpurs` command line (argparse) on the services. Only `app.main` imports it."""
