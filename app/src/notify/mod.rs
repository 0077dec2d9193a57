//! Notifications: what happened that a person should know about, the unread count in the
//! header, and each person's choice per kind: immediately by email, in a daily digest (the
//! default), or only here.
use crate::common::Kind;
use serde::{Deserialize, Serialize};

pub mod api;
pub mod routes;

pub mod components;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod ssr;

crate::coded! {
    /// How a person wants one kind delivered.
    pub enum Mode {
        Immediate = "immediate" => notify_mode_immediate,
        Digest = "digest" => notify_mode_digest,
        InApp = "inapp" => notify_mode_inapp,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: Kind,
    pub actor: Option<String>,
    pub subject: String,
    pub detail: String,
    pub link: String,
    pub created_at: String,
    pub read: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    pub items: Vec<Notification>,
    pub unread: i64,
    pub prefs: Vec<(Kind, Mode)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::Kind;

    #[test]
    fn codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        for mode in Mode::ALL {
            assert_eq!(Mode::from_code(mode.code()), Some(mode));
        }
    }
}
