"""Actor knowledge and matching: language-pack lexicons, people with dated roles, name keys."""
