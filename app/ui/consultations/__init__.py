"""The Consultations screen: a support staff member's pupils and own log."""
