//! Notifications: what happened that a person should know about, the unread count in the
//! header, and each person's choice per kind: immediately by email, in a daily digest (the
//! default), or only here.
pub mod api;
pub mod page;
#[cfg(feature = "ssr")]
pub mod ssr;

use serde::{Deserialize, Serialize};

crate::coded! {
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Kind {
        JoinRequest = "join_request" => notify_join_request,
        JoinAnswer = "join_answer" => notify_join_answer,
        TeamInvite = "team_invite" => notify_team_invite,
        IdeaComment = "idea_comment" => notify_idea_comment,
        MentorFeedback = "mentor_feedback" => notify_mentor_feedback,
        FollowedActivity = "followed_activity" => notify_followed_activity,
        RoleMatch = "role_match" => notify_role_match,
    }
}

crate::coded! {
    /// How a person wants one kind delivered.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Mode {
        Immediate = "immediate" => notify_mode_immediate,
        Digest = "digest" => notify_mode_digest,
        InApp = "inapp" => notify_mode_inapp,
    }
}

/// The answer recorded in a `join_answer`'s detail.
pub const ACCEPTED: &str = "accepted";
pub const DECLINED: &str = "declined";

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

/// The UTC offset of Europe/Vilnius at a UTC moment, in hours: EU summer time runs from the
/// last Sunday of March to the last Sunday of October, switching at 01:00 UTC both times.
pub fn vilnius_offset_hours(year: i32, month: u32, day: u32, hour: u32) -> i64 {
    let last_sunday = |month: u32| -> u32 {
        // Day of week by Sakamoto's method (0 = Sunday) of the 31st.
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = year - i32::from(month < 3);
        let dow = (y + y / 4 - y / 100 + y / 400 + t[(month - 1) as usize] + 31) % 7;
        31 - dow as u32
    };
    let after_start = (month, day, hour) >= (3, last_sunday(3), 1);
    let before_end = (month, day, hour) < (10, last_sunday(10), 1);
    if after_start && before_end {
        3
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vilnius_switches_to_summer_time_on_the_last_sundays() {
        // 2026: 29 March and 25 October.
        assert_eq!(vilnius_offset_hours(2026, 3, 29, 0), 2);
        assert_eq!(vilnius_offset_hours(2026, 3, 29, 1), 3);
        assert_eq!(vilnius_offset_hours(2026, 7, 1, 12), 3);
        assert_eq!(vilnius_offset_hours(2026, 10, 25, 0), 3);
        assert_eq!(vilnius_offset_hours(2026, 10, 25, 1), 2);
        assert_eq!(vilnius_offset_hours(2026, 11, 27, 8), 2);
        // 2027: 28 March and 31 October.
        assert_eq!(vilnius_offset_hours(2027, 3, 28, 1), 3);
        assert_eq!(vilnius_offset_hours(2027, 3, 27, 23), 2);
        assert_eq!(vilnius_offset_hours(2027, 10, 31, 0), 3);
    }

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
