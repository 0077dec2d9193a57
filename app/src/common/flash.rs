//! A form that failed without JavaScript, kept for the page the browser is sent back to.
use crate::common::error::AppError;
use serde::{Deserialize, Serialize};

/// A failed form submission kept for the next page view (no-JavaScript path).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormFlash {
    pub form: String,
    pub values: Vec<(String, String)>,
    pub error: AppError,
}
