"""What every screen shares: form helpers, labels, jobs, operations and the change bus."""
