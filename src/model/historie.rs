//! The history of a traject and of an interview: one line per change, in words.

use serde::{Deserialize, Serialize};

use crate::model::datum::Datum;

/// One line of the traject's history: what happened, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gebeurtenis {
    pub datum: Datum,
    pub wat: String,
}
