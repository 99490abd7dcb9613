"""The data inventory (GDPR arts. 30 and 35): every table and field of the school's and the
hub's database, classified in code (`school_*`, `hub_tables`), printed as Markdown or PDF."""

from app.services.inventory.document import (
    SCHOOL_TABLES,
    data_inventory,
    inventory_markdown,
    write_inventory,
)
from app.services.inventory.hub_tables import HUB_TABLES

__all__ = ["HUB_TABLES", "SCHOOL_TABLES", "data_inventory", "inventory_markdown",
           "write_inventory"]
