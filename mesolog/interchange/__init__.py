"""The interchange file (mesolog-export-v1 and -v2): its schemas, its checks, and its codec."""
