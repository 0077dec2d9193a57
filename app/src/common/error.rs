//! The one error type a client may see. Each variant has a stable snake_case code that the UI
//! translates; internal failures carry only a request id for support, never their cause.
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A field that failed validation, with a stable message code the UI translates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

/// For rule tests: the (field, code) pairs a check failed with, empty when it passed.
#[cfg(test)]
pub fn failed_fields<T>(result: Result<T, Vec<FieldError>>) -> Vec<(String, String)> {
    result
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|f| (f.field, f.code))
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// The caller must sign in first.
    #[error("unauthenticated")]
    Unauthenticated,
    /// Signed in, but not allowed (or the thing is not theirs).
    #[error("forbidden")]
    Forbidden,
    #[error("invalid input")]
    Invalid { fields: Vec<FieldError> },
    #[error("conflict")]
    Conflict,
    #[error("rate limited")]
    RateLimited,
    /// Something failed on our side; the details are in the server log under `request_id`.
    #[error("internal error (request {request_id})")]
    Internal { request_id: String },
    /// The request never reached a handler, or its answer could not be read.
    #[error("transport error")]
    Transport,
}

impl AppError {
    /// The stable code the UI looks up in the translations.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthenticated => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Invalid { .. } => "invalid",
            AppError::Conflict => "conflict",
            AppError::RateLimited => "rate_limited",
            AppError::Internal { .. } => "internal",
            AppError::Transport => "transport",
        }
    }

    /// The HTTP status a page or endpoint answers with for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::Invalid { .. } => 422,
            AppError::Conflict => 409,
            AppError::RateLimited => 429,
            AppError::Internal { .. } => 500,
            AppError::Transport => 502,
        }
    }
}

impl AppError {
    /// Field errors from a shared validation rule.
    pub fn invalid(fields: Vec<FieldError>) -> Self {
        AppError::Invalid { fields }
    }

    /// One invalid field.
    pub fn field(field: &str, code: &str) -> Self {
        AppError::Invalid {
            fields: vec![FieldError {
                field: field.to_owned(),
                code: code.to_owned(),
            }],
        }
    }

    /// The message code of one field, if this error names it.
    pub fn field_code(&self, field: &str) -> Option<&str> {
        match self {
            AppError::Invalid { fields } => fields
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.code.as_str()),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The server could not read the arguments: the input was malformed.
            ServerFnErrorErr::Args(_) => AppError::Invalid { fields: Vec::new() },
            ServerFnErrorErr::MissingArg(field) => AppError::Invalid {
                fields: vec![FieldError {
                    field,
                    code: "missing".into(),
                }],
            },
            // The browser could not reach the server or read its answer (e.g. a proxy's page).
            ServerFnErrorErr::Request(_)
            | ServerFnErrorErr::Response(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::Transport,
            other => internal(other),
        }
    }
}

/// Logs an internal failure with the current request id and turns it into the opaque
/// `Internal` error. On the browser side there is nothing to log to, so only the id survives.
pub fn internal(cause: impl std::fmt::Display) -> AppError {
    #[cfg(feature = "ssr")]
    {
        let request_id = crate::server::state::current_request_id();
        tracing::error!(request_id = %request_id, error = %cause, "internal error");
        AppError::Internal { request_id }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = cause;
        AppError::Internal {
            request_id: String::new(),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => AppError::NotFound,
            other => internal(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_distinct_code_and_a_client_or_server_status() {
        let all = [
            AppError::NotFound,
            AppError::Unauthenticated,
            AppError::Forbidden,
            AppError::Invalid { fields: vec![] },
            AppError::Conflict,
            AppError::RateLimited,
            AppError::Internal {
                request_id: "r".into(),
            },
            AppError::Transport,
        ];
        let mut codes: Vec<_> = all.iter().map(AppError::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
        assert!(all.iter().all(|e| (400..600).contains(&e.status())));
    }

    #[test]
    fn internal_errors_travel_without_their_cause() {
        let err = internal("disk I/O error at /secret/path");
        let wire = serde_json::to_string(&err).expect("serialises");
        assert!(!wire.contains("secret"), "cause leaked to the wire: {wire}");
        assert!(wire.contains("\"kind\":\"internal\""));
    }

    #[test]
    fn a_missing_argument_becomes_a_field_error() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::MissingArg("title".into()));
        assert_eq!(
            err,
            AppError::Invalid {
                fields: vec![FieldError {
                    field: "title".into(),
                    code: "missing".into()
                }]
            }
        );
    }
}
