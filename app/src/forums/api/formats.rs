//! Open Space and Pro Action Café: post a session, place it in the grid, say "I'll go"; bring a
//! case and record its next steps. Who may is checked inside (`ssr`): people taking part and
//! the hosts; placing is for hosts (or the convener, when the hosts allow); next steps for the
//! case's holder.
use super::*;
#[cfg(feature = "ssr")]
use crate::common::ids::IdeaId;

/// Someone taking part posts a session to an Open Space's marketplace.
#[server(endpoint = "post_forum_session")]
pub async fn post_forum_session(
    id: ForumId,
    segment: SegmentId,
    title: String,
    #[server(default)] what: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "post_forum_session",
        &[("title", &title), ("what", &what)],
        async {
            posting_limit(viewer.id, "forum_session", 30)?;
            let lang = crate::server::request::content_lang(&format!("{title} {what}"));
            ssr::post_session(&pool()?, &viewer, id, segment, &title, &what, lang).await?;
            Ok(done(format!("/forums/{id}/live?posted=1#open-space")))
        },
    )
    .await
}

/// A host (or the convener, when the hosts allow) puts a session in a cell of the grid
/// (`space:slot`), or takes it out (empty).
#[server(endpoint = "place_forum_session")]
pub async fn place_forum_session(
    id: ForumId,
    session: i64,
    #[server(default)] cell: String,
    /// Where the form was: the console or the live page.
    #[server(default)]
    back: String,
    /// "yes": the session in the cell takes this one's place (a host's swap).
    #[server(default)]
    swap: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("place_forum_session", &[("cell", &cell)], async {
        ssr::place_session(&pool()?, &viewer, id, session, &cell, swap == "yes").await?;
        let page = if back == "console" { "console" } else { "live" };
        Ok(done(format!("/forums/{id}/{page}?placed=1#open-space")))
    })
    .await
}

/// Someone taking part says "I'll go" to a session (`go=yes`), or takes it back.
#[server(endpoint = "go_forum_session")]
pub async fn go_forum_session(id: ForumId, session: i64, go: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("go_forum_session", &[], async {
        ssr::go_session(&pool()?, &viewer, id, session, go == "yes").await?;
        Ok(done(format!("/forums/{id}/live#session-{session}")))
    })
    .await
}

/// Someone taking part brings a case (one of their ideas, or their team's) to a Pro Action
/// Café before it begins.
#[server(endpoint = "bring_forum_case")]
pub async fn bring_forum_case(
    id: ForumId,
    segment: SegmentId,
    #[server(default)] idea: String,
    quest: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "bring_forum_case",
        &[("idea", &idea), ("quest", &quest)],
        async {
            posting_limit(viewer.id, "forum_case", 20)?;
            let idea = idea.trim().parse::<i64>().ok().map(IdeaId);
            let lang = crate::server::request::content_lang(&quest);
            ssr::bring_case(&pool()?, &viewer, id, segment, idea, &quest, lang).await?;
            Ok(done(format!("/forums/{id}?case=1#seg-{segment}")))
        },
    )
    .await
}

/// The case holder records the next steps their table found (one per line): a comment on the
/// idea and tasks in its team's workspace.
#[server(endpoint = "record_next_steps")]
pub async fn record_next_steps(id: ForumId, case: i64, steps: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("record_next_steps", &[("steps", &steps)], async {
        posting_limit(viewer.id, "next_steps", 20)?;
        let made = ssr::record_next_steps(&pool()?, &viewer, id, case, &steps).await?;
        Ok(done(format!("/forums/{id}?steps={made}#case-{case}")))
    })
    .await
}
