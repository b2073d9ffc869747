"""The contract: the warehouse's tables and columns, the values and errors passed between stages, the settings."""
