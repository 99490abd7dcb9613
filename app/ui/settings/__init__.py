"""Settings: users and roles, the school's details and idle lock, the catalogue's rates."""
