"""The trade's rules: declaration model, identifiers, reference data. No Qt, SQL or HTTP here."""
