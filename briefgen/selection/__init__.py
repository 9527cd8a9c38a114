"""Stage 2, selection: a pure function of content, audience, country and options to a Brief."""
