//! Word lists the extractor decides by, kept as data and grouped by purpose: page
//! chrome ([`chrome`]), news agencies ([`agencies`]), quotation and attribution
//! ([`quotes`]), the grammar of speakers' names and roles ([`names`]), and dates ([`dates`]).
//! Code elsewhere refers to these tables, never to scattered literals.

pub mod agencies;
pub mod chrome;
pub mod dates;
pub mod names;
pub mod quotes;
