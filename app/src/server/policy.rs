//! The one place that decides who may call what. Every `#[server]` function is a public HTTP
//! endpoint and starts with a call to [`authorize`] (or [`authorize_owner`]) naming its
//! [`Access`] rule; the registry below lists every server function with its rule, a test fails
//! when a registered server function is missing from it, and the authorization matrix test
//! calls each one as each role.
use crate::common::error::AppError;
use crate::common::ids::TeamId;
use crate::common::TeamRole;
use crate::common::{Role, Viewer};
use sqlx::SqliteConnection;

/// Who may call an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not: public reads, and the forms that create a session.
    Public,
    /// Any account, even one whose email or guardian consent is still pending: one's own
    /// profile and data, signing out, deleting the account.
    SignedIn,
    /// An account that may publish: confirmed email and, under 14, a guardian's consent.
    Publisher,
    /// Holders of a role.
    Role(Role),
    /// Holders of any of these roles.
    AnyRole(&'static [Role]),
    /// The holder of the role acting on their own record, or the steering group on anyone's.
    /// Anyone else is told the record does not exist.
    OwnerOrSteering(Role),
}

/// The decision, given the caller. `owner` is the person a record belongs to, for rules that
/// look at ownership.
pub fn decide(access: Access, viewer: Option<&Viewer>, owner: Option<i64>) -> Result<(), AppError> {
    if access == Access::Public {
        return Ok(());
    }
    let Some(viewer) = viewer else {
        return Err(AppError::Unauthenticated);
    };
    match access {
        Access::Public | Access::SignedIn => Ok(()),
        Access::Publisher if viewer.may_publish() => Ok(()),
        Access::Role(role) if viewer.has(role) => Ok(()),
        Access::AnyRole(roles) if roles.iter().any(|r| viewer.has(*r)) => Ok(()),
        Access::OwnerOrSteering(_) if viewer.has(Role::Steering) => Ok(()),
        Access::OwnerOrSteering(role) => {
            if viewer.has(role) && owner == Some(viewer.id) {
                Ok(())
            } else {
                // Not yours looks exactly like not there.
                Err(AppError::NotFound)
            }
        }
        Access::Publisher | Access::Role(_) | Access::AnyRole(_) => Err(AppError::Forbidden),
    }
}

/// Checks the current request's caller against `access` and returns who they are (`None` for
/// an anonymous caller of a public endpoint).
#[cfg(feature = "ssr")]
pub fn authorize(access: Access) -> Result<Option<Viewer>, AppError> {
    let viewer = crate::server::request::current_viewer();
    decide(access, viewer.as_ref(), None).inspect_err(crate::server::request::set_error_status)?;
    Ok(viewer)
}

/// Like [`authorize`], for rules that need a signed-in caller: returns the viewer itself.
#[cfg(feature = "ssr")]
pub fn authorize_viewer(access: Access) -> Result<Viewer, AppError> {
    authorize(access)?.ok_or(AppError::Unauthenticated)
}

/// For rules about a record that belongs to `owner`.
#[cfg(feature = "ssr")]
pub fn authorize_owner(access: Access, owner: i64) -> Result<Viewer, AppError> {
    let viewer = crate::server::request::current_viewer();
    decide(access, viewer.as_ref(), Some(owner))
        .inspect_err(crate::server::request::set_error_status)?;
    viewer.ok_or(AppError::Unauthenticated)
}

/// What a team-scoped call needs, beyond its [`Access`] rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamScope {
    /// The private workspace: the team's leads, members and mentors. Anyone else is told it
    /// does not exist.
    Workspace,
    /// Writing in the workspace: its people, while they may publish (a blocked member reads).
    WorkspaceWrite,
    /// Running the team: its leads. Everyone else is refused (who is in a team is public).
    Lead,
}

/// The decision for a team-scoped call, given the caller's place in the team (`None` when
/// they have none).
pub fn decide_team(
    scope: TeamScope,
    role: Option<crate::common::TeamRole>,
    may_publish: bool,
) -> Result<(), AppError> {
    use crate::common::TeamRole;
    match (scope, role) {
        (TeamScope::Lead, Some(TeamRole::Lead)) if may_publish => Ok(()),
        (TeamScope::Lead, _) => Err(AppError::Forbidden),
        (TeamScope::Workspace | TeamScope::WorkspaceWrite, None) => Err(AppError::NotFound),
        (TeamScope::Workspace, Some(_)) => Ok(()),
        (TeamScope::WorkspaceWrite, Some(_)) if may_publish => Ok(()),
        (TeamScope::WorkspaceWrite, Some(_)) => Err(AppError::Forbidden),
    }
}

/// Checks the caller's place in a team against `scope` (inside the caller's transaction) and
/// returns it.
#[cfg(feature = "ssr")]
pub async fn authorize_team(
    conn: &mut sqlx::SqliteConnection,
    viewer: &Viewer,
    team_id: TeamId,
    scope: TeamScope,
) -> Result<crate::common::TeamRole, AppError> {
    let role = crate::server::policy::role_in(conn, team_id, viewer.id).await?;
    decide_team(scope, role, viewer.may_publish())
        .inspect_err(crate::server::request::set_error_status)?;
    role.ok_or(AppError::NotFound)
}

/// Who organises workshops and forums: the steering group, mentors and partners.
pub const ORGANISERS: &[Role] = &[Role::Steering, Role::Mentor, Role::Partner];

/// Every server function by its endpoint name, with its rule.
pub const REGISTRY: &[(&str, Access)] = &[
    ("get_home_stats", Access::Public),
    // Accounts
    ("get_session_info", Access::Public),
    ("register", Access::Public),
    ("confirm_email", Access::Public),
    ("login", Access::Public),
    ("logout", Access::SignedIn),
    ("request_password_reset", Access::Public),
    ("reset_password", Access::Public),
    ("confirm_guardian", Access::Public),
    ("resend_confirmation", Access::SignedIn),
    // Profiles
    ("get_my_profile", Access::SignedIn),
    ("update_profile", Access::SignedIn),
    ("change_password", Access::SignedIn),
    ("export_my_data", Access::SignedIn),
    ("delete_account", Access::SignedIn),
    ("get_person", Access::Public),
    ("list_directory", Access::Public),
    // Roles (steering group), and the role holders' own details
    ("admin_search_people", Access::Role(Role::Steering)),
    ("set_role", Access::Role(Role::Steering)),
    (
        "update_mentor_profile",
        Access::OwnerOrSteering(Role::Mentor),
    ),
    (
        "update_partner_profile",
        Access::OwnerOrSteering(Role::Partner),
    ),
    // Ideas: reading is public; publishing needs a confirmed account; editing an idea is
    // further limited to its authors inside the function (`ideas::ssr::is_editor`), and
    // moving its stage to whoever the stage rule names (`ideas::stage`).
    ("list_ideas", Access::Public),
    ("get_idea", Access::Public),
    ("similar_ideas", Access::Public),
    ("idea_history", Access::Public),
    ("get_invite", Access::Public),
    ("share_idea", Access::Publisher),
    ("update_idea", Access::Publisher),
    ("invite_coauthor", Access::Publisher),
    ("accept_invite", Access::Publisher),
    ("remove_coauthor", Access::Publisher),
    ("redact_version", Access::SignedIn),
    ("revoke_invite", Access::Publisher),
    ("support_idea", Access::Publisher),
    ("post_comment", Access::Publisher),
    ("mark_addressed", Access::Publisher),
    ("set_idea_stage", Access::SignedIn),
    ("follow_idea", Access::SignedIn),
    ("report_content", Access::SignedIn),
    // Moderation (steering group)
    ("list_reports", Access::Role(Role::Steering)),
    // The partner directory: public.
    ("list_partners", Access::Public),
    ("get_partner", Access::Public),
    // The steering group's desk.
    ("get_desk", Access::Role(Role::Steering)),
    ("list_decisions", Access::Role(Role::Steering)),
    ("get_decision", Access::Role(Role::Steering)),
    ("propose_decision", Access::Role(Role::Steering)),
    ("answer_decision", Access::Role(Role::Steering)),
    ("decisions_about", Access::Public),
    ("list_audit", Access::Role(Role::Steering)),
    ("invite_partner", Access::Role(Role::Steering)),
    ("list_imports", Access::Role(Role::Steering)),
    ("get_import", Access::Role(Role::Steering)),
    ("run_import", Access::Role(Role::Steering)),
    ("moderate", Access::Role(Role::Steering)),
    ("set_publishing_block", Access::Role(Role::Steering)),
    // Teams: reading is public; joining and running a team needs a confirmed account, and
    // each call is further scoped to the caller's place in the team (`authorize_team`:
    // leads run it; the workspace is for its leads, members and mentors only).
    ("list_teams", Access::Public),
    ("get_team", Access::Public),
    ("team_of_idea", Access::Public),
    ("create_team", Access::Publisher),
    ("request_join", Access::Publisher),
    ("answer_request", Access::Publisher),
    ("withdraw_request", Access::SignedIn),
    ("invite_to_team", Access::Publisher),
    ("leave_team", Access::SignedIn),
    ("make_lead", Access::Publisher),
    ("add_open_role", Access::Publisher),
    ("close_open_role", Access::Publisher),
    ("get_workspace", Access::SignedIn),
    ("my_led_teams", Access::SignedIn),
    ("post_team_message", Access::SignedIn),
    ("add_team_task", Access::SignedIn),
    ("set_task_done", Access::SignedIn),
    // The festival: the program is public; a team's people propose (checked inside through
    // `authorize_team`); the steering group runs editions, venues and the schedule.
    ("festival_program", Access::Public),
    ("get_intervention", Access::Public),
    ("idea_interventions", Access::Public),
    ("star_intervention", Access::SignedIn),
    ("festival_propose_context", Access::SignedIn),
    ("propose_intervention", Access::Publisher),
    ("festival_manage", Access::Role(Role::Steering)),
    ("save_edition", Access::Role(Role::Steering)),
    ("save_venue", Access::Role(Role::Steering)),
    ("review_intervention", Access::Role(Role::Steering)),
    ("place_intervention", Access::Role(Role::Steering)),
    ("preview_schedule", Access::Role(Role::Steering)),
    ("auto_schedule", Access::Role(Role::Steering)),
    ("undo_schedule", Access::Role(Role::Steering)),
    ("publish_program", Access::Role(Role::Steering)),
    // Workshops: the calendar is public; registering needs an account that may publish;
    // organisers create; facilitators keep the list (checked inside).
    ("list_workshops", Access::Public),
    ("get_workshop", Access::Public),
    ("workshop_create_context", Access::AnyRole(ORGANISERS)),
    ("create_workshop", Access::AnyRole(ORGANISERS)),
    ("register_workshop", Access::Publisher),
    ("cancel_workshop_seat", Access::SignedIn),
    ("mark_attendance", Access::SignedIn),
    ("record_outcome", Access::SignedIn),
    // Forums: the list, a forum, its live state and room screen are public; registering and
    // harvest notes need an account that may publish; organisers create; hosts edit the flow
    // and run the console (checked inside).
    ("list_forums", Access::Public),
    ("get_forum", Access::Public),
    ("get_live_forum", Access::Public),
    ("get_forum_console", Access::SignedIn),
    ("get_seating_cards", Access::SignedIn),
    ("forum_create_context", Access::AnyRole(ORGANISERS)),
    ("create_forum", Access::AnyRole(ORGANISERS)),
    ("add_segment", Access::Publisher),
    ("remove_segment", Access::Publisher),
    ("register_forum", Access::Publisher),
    ("cancel_forum_seat", Access::SignedIn),
    ("check_in_forum", Access::SignedIn),
    ("advance_forum", Access::SignedIn),
    ("publish_harvest", Access::SignedIn),
    ("publish_harvest_part", Access::SignedIn),
    ("add_harvest_note", Access::Publisher),
    ("save_reflection", Access::Publisher),
    ("edit_harvest_note", Access::Publisher),
    ("note_to_comment", Access::Publisher),
    // Open Space and Pro Action Café: people taking part and hosts (checked inside); placing
    // for hosts or the convener; next steps for the case's holder.
    ("post_forum_session", Access::Publisher),
    ("place_forum_session", Access::Publisher),
    ("go_forum_session", Access::Publisher),
    ("bring_forum_case", Access::Publisher),
    ("record_next_steps", Access::Publisher),
    // Stage gates: an idea's gate and the criteria are public; the team asks and a mentor of
    // the team (or the steering group) decides, both checked inside; the steering group sets
    // the criteria.
    ("get_idea_gate", Access::Public),
    ("get_gate_criteria", Access::Public),
    ("ask_sign_off", Access::Publisher),
    ("decide_sign_off", Access::Publisher),
    ("save_gate_criteria", Access::Role(Role::Steering)),
    // Mentors with capacity: the steering group assigns; mentors see their own load.
    ("get_mentor_board", Access::Role(Role::Steering)),
    ("assign_mentor", Access::Role(Role::Steering)),
    (
        "mentor_loads",
        Access::AnyRole(&[Role::Steering, Role::Mentor]),
    ),
    // Pledges: an idea's backing and what an organisation backed are public; partners
    // pledge; the idea's authors and team leads answer, the steering group marks fulfilled
    // (both checked inside).
    ("get_idea_backing", Access::Public),
    ("backed_by", Access::Public),
    ("offer_pledge", Access::Role(Role::Partner)),
    ("answer_pledge", Access::Publisher),
    // Notifications: one's own.
    ("get_inbox", Access::SignedIn),
    ("my_start", Access::SignedIn),
    ("save_idea_draft", Access::SignedIn),
    ("mark_read", Access::SignedIn),
    ("set_notification_prefs", Access::SignedIn),
];

/// The rule of a server function, by its endpoint path (`/api/<name>`). Server functions name
/// their endpoint explicitly (`#[server(endpoint = "...")]`) so the path is stable.
pub fn rule_for(endpoint_path: &str) -> Option<Access> {
    let name = endpoint_path.rsplit('/').next().unwrap_or(endpoint_path);
    REGISTRY
        .iter()
        .find(|(registered, _)| *registered == name)
        .map(|(_, access)| *access)
}

/// The person's place in the team, if any.
pub async fn role_in(
    conn: &mut SqliteConnection,
    team_id: TeamId,
    user_id: i64,
) -> Result<Option<TeamRole>, AppError> {
    let role: Option<(String,)> =
        sqlx::query_as("SELECT role FROM team_members WHERE team_id = ? AND user_id = ?")
            .bind(team_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(role.and_then(|(r,)| TeamRole::from_code(&r)))
}

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
