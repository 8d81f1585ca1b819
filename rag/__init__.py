"""Query side: question analysis, hybrid retrieval and cited numeric answers."""
