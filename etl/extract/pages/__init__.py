"""Pages that are not meeting reports, told by their shape, with the reason kept."""
