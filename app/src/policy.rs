//! The one place that decides who may call what. Every `#[server]` function is a public HTTP
//! endpoint and starts with a call to [`authorize`] naming its [`Access`] rule; the registry
//! below lists every server function with its rule, and a test fails when a registered server
//! function is missing from it. Accounts and roles arrive with issue #3 and extend `Access`.
use crate::error::AppError;

/// Who may call an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not: public reads.
    Public,
}

/// Decides whether the current caller may proceed.
pub fn authorize(access: Access) -> Result<(), AppError> {
    match access {
        Access::Public => Ok(()),
    }
}

/// Every server function by its endpoint name, with its rule.
pub const REGISTRY: &[(&str, Access)] = &[("get_home_stats", Access::Public)];

/// The rule of a server function, by its endpoint path (`/api/<name>`). Server functions name
/// their endpoint explicitly (`#[server(endpoint = "...")]`) so the path is stable.
pub fn rule_for(endpoint_path: &str) -> Option<Access> {
    let name = endpoint_path.rsplit('/').next().unwrap_or(endpoint_path);
    REGISTRY
        .iter()
        .find(|(registered, _)| *registered == name)
        .map(|(_, access)| *access)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_access_is_granted_to_anyone() {
        assert_eq!(authorize(Access::Public), Ok(()));
    }

    #[test]
    fn an_unknown_endpoint_has_no_rule() {
        assert_eq!(rule_for("/api/drop_everything"), None);
        assert_eq!(rule_for("/api/get_home_stats"), Some(Access::Public));
    }
}
