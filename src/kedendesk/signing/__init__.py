"""Key containers, certificates, canonical bytes and CMS signatures (not built yet)."""
