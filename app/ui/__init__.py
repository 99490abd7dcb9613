"""The desktop UI (PySide6). The only package besides app/main.py that may import Qt."""
