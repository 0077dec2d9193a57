//! Typed ids: a team's id cannot be passed where an idea's is wanted. Each one is an `i64` on
//! the wire (serde), in the database (sqlx) and in URLs (`Display`, `FromStr`) and in a view's attributes
//! (`value=team_id`).
use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl leptos::prelude::IntoAttributeValue for $name {
            type Output = String;

            fn into_attribute_value(self) -> String {
                self.0.to_string()
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.trim().parse().map(Self)
            }
        }
    )+};
}

ids! {
    /// A team.
    TeamId;
    /// An idea.
    IdeaId;
    /// A comment on an idea.
    CommentId;
    /// An open role of a team.
    RoleId;
    /// A request to join a team, or an invitation.
    RequestId;
    /// A task in a team's workspace.
    TaskId;
    /// A festival intervention.
    InterventionId;
    /// A festival venue.
    VenueId;
    /// A festival edition.
    EditionId;
    /// A creative workshop.
    WorkshopId;
    /// A place: a festival venue or a workshop's room (`places`).
    PlaceId;
    /// A team's request for a stage gate's sign-off.
    GateRequestId;
    /// A criterion of a stage gate.
    CriterionId;
    /// A partner's pledge to an idea.
    PledgeId;
    /// An Art of Hosting forum.
    ForumId;
    /// A segment of a forum's flow.
    SegmentId;
    /// A partner organisation.
    OrganisationId;
}

/// The address of a comment: its idea's page opened at the page of the discussion that holds
/// it (`?comment=`), scrolled to it.
pub fn comment_link(idea: impl std::fmt::Display, comment: impl std::fmt::Display) -> String {
    format!("/ideas/{idea}?comment={comment}#comment-{comment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_plain_number_everywhere() {
        let id: TeamId = "42".parse().unwrap();
        assert_eq!(id, TeamId(42));
        assert_eq!(format!("/teams/{id}"), "/teams/42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<TeamId>("42").unwrap(), id);
        assert!("x".parse::<TeamId>().is_err());
    }
}
