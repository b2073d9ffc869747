"""Reading a report: cleaning, boilerplate evidence, dates, non-reports, organs, people and speeches.

Pure functions of text (and of the corpus-wide evidence); no file IO except the vocabularies
shipped beside them (``resources/``).
"""
