"""mesolog: treatment records for mesotherapy and micro-needling clinics."""

__version__ = "0.1.0"
