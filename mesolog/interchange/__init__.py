"""The interchange file (mesolog-export-v1): its schema, its checks, and its codec."""
