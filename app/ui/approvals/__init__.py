"""The Approvals screen: the director reads, approves (signs) or returns submitted plans."""
