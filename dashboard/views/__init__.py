"""Views: one page template each, listed in ``dashboard.app.PAGES``; they read widgets, call queries and show."""
