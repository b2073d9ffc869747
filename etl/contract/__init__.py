"""The contract: the warehouse's tables and columns, the values passed between stages, the validator."""
