//! A person as other features show them.
use serde::{Deserialize, Serialize};

/// A person as shown next to what they wrote. `name` is `None` for a deleted account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: i64,
    pub name: Option<String>,
    pub mentor: bool,
}
