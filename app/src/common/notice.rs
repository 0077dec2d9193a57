//! The kinds of notification, shared by every feature that tells people something.

crate::coded! {
    pub enum Kind {
        JoinRequest = "join_request" => notify_join_request,
        JoinAnswer = "join_answer" => notify_join_answer,
        TeamInvite = "team_invite" => notify_team_invite,
        IdeaComment = "idea_comment" => notify_idea_comment,
        MentorFeedback = "mentor_feedback" => notify_mentor_feedback,
        FollowedActivity = "followed_activity" => notify_followed_activity,
        RoleMatch = "role_match" => notify_role_match,
        WorkshopSeat = "workshop_seat" => notify_workshop_seat,
        WorkshopReminder = "workshop_reminder" => notify_workshop_reminder,
        GateRequest = "gate_request" => notify_gate_request,
        GateDecision = "gate_decision" => notify_gate_decision,
        MentorAssigned = "mentor_assigned" => notify_mentor_assigned,
        PledgeOffer = "pledge_offer" => notify_pledge_offer,
        PledgeAnswer = "pledge_answer" => notify_pledge_answer,
    }
}

/// The answer recorded in a `join_answer`'s detail.
pub const ACCEPTED: &str = "accepted";

pub const DECLINED: &str = "declined";
