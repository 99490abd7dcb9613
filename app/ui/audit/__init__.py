"""The Audit trail screen: who did what and when, and whether the chain is whole."""
