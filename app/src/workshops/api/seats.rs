use super::*;
use crate::common::ids::TeamId;

/// Registers the caller, or (with `team_id`) the named members of a team the caller leads.
#[server(endpoint = "register_workshop")]
pub async fn register_workshop(
    id: WorkshopId,
    #[server(default)] team_id: Option<TeamId>,
    #[server(default)] people: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let kept: Vec<(&str, &str)> = people.iter().map(|p| ("people[]", p.as_str())).collect();
    finish("register_workshop", &kept, async {
        posting_limit(viewer.id, "workshop_seat", 60)?;
        let people: Vec<i64> = people.iter().filter_map(|p| p.parse().ok()).collect();
        let done_ = ssr::register(&pool()?, &viewer, id, team_id, &people).await?;
        Ok(done(format!(
            "/workshops/{id}?seats={}&waiting={}&already={}",
            done_.seats, done_.waiting, done_.already
        )))
    })
    .await
}

/// Gives up a place (one's own, one registered for one's team, or, for facilitators, anyone's).
#[server(endpoint = "cancel_workshop_seat")]
pub async fn cancel_workshop_seat(
    id: WorkshopId,
    #[server(default)] user_id: Option<i64>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("cancel_workshop_seat", &[], async {
        ssr::cancel(&pool()?, &viewer, id, user_id.unwrap_or(viewer.id)).await?;
        Ok(done(format!("/workshops/{id}?cancelled=1#seats")))
    })
    .await
}

/// A facilitator marks whether a registered person came.
#[server(endpoint = "mark_attendance")]
pub async fn mark_attendance(
    id: WorkshopId,
    user_id: i64,
    #[server(default)] attended: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("mark_attendance", &[], async {
        ssr::mark_attendance(&pool()?, &viewer, id, user_id, attended == "yes").await?;
        Ok(done(format!(
            "/workshops/{id}?marked={user_id}#seat-{user_id}"
        )))
    })
    .await
}

/// A facilitator records what the workshop did for a team: notes, and next steps that become
/// tasks in the team's workspace (`steps[]`, `owners[]`, `dues[]`, row by row).
#[server(endpoint = "record_outcome")]
pub async fn record_outcome(
    id: WorkshopId,
    team_id: TeamId,
    #[server(default)] notes: String,
    #[server(default)] steps: Vec<String>,
    #[server(default)] owners: Vec<String>,
    #[server(default)] dues: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let mut kept = vec![("notes", notes.as_str())];
    kept.extend(steps.iter().map(|s| ("steps[]", s.as_str())));
    finish("record_outcome", &kept, async {
        let rows: Vec<ssr::Step> = steps
            .iter()
            .enumerate()
            .map(|(i, title)| ssr::Step {
                title,
                owner: owners.get(i).map(String::as_str).unwrap_or_default(),
                due: dues.get(i).map(String::as_str).unwrap_or_default(),
            })
            .collect();
        let tasks = ssr::record_outcome(&pool()?, &viewer, id, team_id, &notes, &rows).await?;
        Ok(done(format!("/workshops/{id}?outcome={tasks}#outcomes")))
    })
    .await
}
