"""People's names and posts as a report writes them (某某同志, 区长某某, 某某、某某)."""
