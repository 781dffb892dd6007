"""The practice customs gateway (not built yet)."""
