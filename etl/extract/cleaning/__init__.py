"""Cleaning a page: line rules, the judge of line shapes and boilerplate found from evidence."""
