"""Keys (PKCS#12), certificates, canonical payload bytes, detached CMS signing and verifying."""
