"""The customs gateway contract and its HTTP client (not built yet)."""
