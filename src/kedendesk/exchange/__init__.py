"""Import and export: the JSON exchange file of a declaration (spreadsheets and XML later)."""
