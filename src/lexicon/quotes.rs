//! Reporting verbs, participles and attribution phrases used to find who said a quote.
