"""Developer tools that build the project's reference packs from public sources."""
