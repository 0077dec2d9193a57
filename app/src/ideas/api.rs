//! Server functions of ideas. Each one authorises first (see `policy`), then does its work in
//! `ssr`; form functions return the path to go to next and keep a failure for the
//! no-JavaScript path.
// A form's fields are a server function's arguments: the edit form has many.
#![allow(clippy::too_many_arguments)]
use super::{History, IdeaDetail, IdeaList, InviteInfo, ReportItem, SimilarIdea};
use crate::common::error::AppError;
use leptos::prelude::*;

/// A page of the public list; every parameter is optional, as in the URL.
#[server(endpoint = "list_ideas", input = server_fn::codec::GetUrl)]
pub async fn list_ideas(
    #[server(default)] q: String,
    #[server(default)] sector: String,
    #[server(default)] stage: String,
    #[server(default)] tag: String,
    #[server(default)] district: String,
    #[server(default)] sort: String,
    #[server(default)] page: String,
) -> Result<IdeaList, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let filter = super::IdeaFilter::from_params(|name| {
        Some(
            match name {
                "q" => &q,
                "sector" => &sector,
                "stage" => &stage,
                "tag" => &tag,
                "district" => &district,
                "sort" => &sort,
                "page" => &page,
                _ => return None,
            }
            .clone(),
        )
    });
    super::ssr::list(&crate::server::state::pool()?, &filter).await
}

#[server(endpoint = "get_idea", input = server_fn::codec::GetUrl)]
pub async fn get_idea(id: i64) -> Result<IdeaDetail, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let result = super::ssr::detail(&crate::server::state::pool()?, id, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// Ideas whose words resemble a title being typed.
#[server(endpoint = "similar_ideas", input = server_fn::codec::GetUrl)]
pub async fn similar_ideas(#[server(default)] title: String) -> Result<Vec<SimilarIdea>, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let title: String = title.chars().take(super::TITLE_MAX).collect();
    super::ssr::similar(&crate::server::state::pool()?, &title).await
}

#[server(endpoint = "idea_history", input = server_fn::codec::GetUrl)]
pub async fn idea_history(
    id: i64,
    #[server(default)] from: Option<i64>,
    #[server(default)] to: Option<i64>,
) -> Result<History, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    let result = super::ssr::history(&crate::server::state::pool()?, id, from, to, steering).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// Shares an idea in one short step: title, summary, sectors.
#[server(endpoint = "share_idea")]
pub async fn share_idea(
    title: String,
    summary: String,
    #[server(default)] sectors: Vec<String>,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "idea", 10)?;
        let lang = crate::server::request::request_locale();
        let id = super::ssr::share(
            &crate::server::state::pool()?,
            viewer.id,
            &title,
            &summary,
            &sectors,
            &lang,
        )
        .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}?shared=1")))
    }
    .await;
    let mut kept = vec![("title", title.as_str()), ("summary", summary.as_str())];
    kept.extend(sectors.iter().map(|s| ("sectors[]", s.as_str())));
    crate::server::form::keep_failure("share_idea", &kept, &result).await;
    result
}

/// Saves an edit as a new version. `version` is the version the form was opened on.
#[server(endpoint = "update_idea")]
pub async fn update_idea(
    id: i64,
    version: i64,
    title: String,
    summary: String,
    #[server(default)] sectors: Vec<String>,
    #[server(default)] description: String,
    #[server(default)] tags: String,
    #[server(default)] district: String,
    #[server(default)] lat: String,
    #[server(default)] lng: String,
    #[server(default)] need_skills: String,
    #[server(default)] need_venue: Option<String>,
    #[server(default)] need_money: Option<String>,
    #[server(default)] need_materials: Option<String>,
    #[server(default)] needs_note: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let fields = super::IdeaFields {
        title: &title,
        summary: &summary,
        sectors: &sectors,
        description: &description,
        tags: &tags,
        district: &district,
        lat: &lat,
        lng: &lng,
        need_skills: &need_skills,
        needs_note: &needs_note,
    };
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "edit", 60)?;
        super::ssr::update(
            &crate::server::state::pool()?,
            viewer.id,
            id,
            version,
            &fields,
            (
                need_venue.is_some(),
                need_money.is_some(),
                need_materials.is_some(),
            ),
        )
        .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}?saved=1")))
    }
    .await;
    let mut kept = vec![
        ("title", title.as_str()),
        ("summary", summary.as_str()),
        ("description", description.as_str()),
        ("tags", tags.as_str()),
        ("district", district.as_str()),
        ("lat", lat.as_str()),
        ("lng", lng.as_str()),
        ("need_skills", need_skills.as_str()),
        ("needs_note", needs_note.as_str()),
    ];
    for (name, on) in [
        ("need_venue", &need_venue),
        ("need_money", &need_money),
        ("need_materials", &need_materials),
    ] {
        kept.push((name, if on.is_some() { "on" } else { "" }));
    }
    kept.extend(sectors.iter().map(|s| ("sectors[]", s.as_str())));
    crate::server::form::keep_failure("update_idea", &kept, &result).await;
    result
}

/// Moves an idea to another stage (the stage rule decides who may).
#[server(endpoint = "set_idea_stage")]
pub async fn set_idea_stage(
    id: i64,
    stage: String,
    #[server(default)] reason: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        let to = super::Stage::from_code(&stage)
            .ok_or_else(|| AppError::field("stage", "choice_invalid"))?;
        super::ssr::set_stage(&crate::server::state::pool()?, &viewer, id, to, &reason).await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("set_idea_stage", &[("reason", reason.as_str())], &result)
        .await;
    result
}

/// Invites someone by email to co-author the idea.
#[server(endpoint = "invite_coauthor")]
pub async fn invite_coauthor(id: i64, email: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "invite", 10)?;
        let public_url = crate::server::state::app_state()?.public_url;
        super::ssr::invite(
            &crate::server::state::pool()?,
            &viewer,
            id,
            &email,
            &public_url,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{id}/edit?invited=1"
        )))
    }
    .await;
    crate::server::form::keep_failure("invite_coauthor", &[("email", email.as_str())], &result)
        .await;
    result
}

/// What an invitation link offers.
#[server(endpoint = "get_invite", input = server_fn::codec::GetUrl)]
pub async fn get_invite(#[server(default)] token: String) -> Result<InviteInfo, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = super::ssr::invite_info(&crate::server::state::pool()?, &token).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

#[server(endpoint = "accept_invite")]
pub async fn accept_invite(token: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let id =
            super::ssr::accept_invite(&crate::server::state::pool()?, viewer.id, &token).await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("accept_invite", &[], &result).await;
    result
}

/// Supports an idea (`on` = "true") or takes the support back.
#[server(endpoint = "support_idea")]
pub async fn support_idea(id: i64, on: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::rate_limit(
            format!("support:{}", viewer.id),
            120,
            std::time::Duration::from_secs(600),
        )?;
        super::ssr::support(&crate::server::state::pool()?, viewer.id, id, on == "true").await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("support_idea", &[], &result).await;
    result
}

/// Follows an idea (`on` = "true") or stops following it.
#[server(endpoint = "follow_idea")]
pub async fn follow_idea(id: i64, on: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        super::ssr::follow(&crate::server::state::pool()?, viewer.id, id, on == "true").await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("follow_idea", &[], &result).await;
    result
}

/// A comment, or a reply when `parent_id` is given. `feedback` (mentors only) is a kind.
#[server(endpoint = "post_comment")]
pub async fn post_comment(
    idea_id: i64,
    #[server(default)] parent_id: Option<i64>,
    body: String,
    #[server(default)] feedback: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "comment", 30)?;
        let id = super::ssr::post_comment(
            &crate::server::state::pool()?,
            &viewer,
            idea_id,
            parent_id,
            &body,
            &feedback,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea_id}#comment-{id}"
        )))
    }
    .await;
    let form = match parent_id {
        Some(_) => "reply",
        None => "post_comment",
    };
    crate::server::form::keep_failure(
        form,
        &[("body", body.as_str()), ("feedback", feedback.as_str())],
        &result,
    )
    .await;
    result
}

/// The idea's authors mark a mentor's feedback as addressed (`addressed` = "true") or not.
#[server(endpoint = "mark_addressed")]
pub async fn mark_addressed(comment_id: i64, addressed: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let idea = super::ssr::set_addressed(
            &crate::server::state::pool()?,
            &viewer,
            comment_id,
            addressed == "true",
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea}#comment-{comment_id}"
        )))
    }
    .await;
    crate::server::form::keep_failure("mark_addressed", &[], &result).await;
    result
}

/// Reports an idea, or one of its comments, to the steering group.
#[server(endpoint = "report_content")]
pub async fn report_content(
    idea_id: i64,
    #[server(default)] comment_id: Option<i64>,
    reason: String,
    #[server(default)] note: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        let reason = super::ReportReason::from_code(&reason)
            .ok_or_else(|| AppError::field("reason", "choice_invalid"))?;
        crate::server::limits::rate_limit(
            format!("report:{}", viewer.id),
            20,
            std::time::Duration::from_secs(3600),
        )?;
        super::ssr::report(
            &crate::server::state::pool()?,
            viewer.id,
            idea_id,
            comment_id,
            reason,
            &note,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea_id}?reported=1"
        )))
    }
    .await;
    crate::server::form::keep_failure("report_content", &[("note", note.as_str())], &result).await;
    result
}

/// The open reports (steering group).
#[server(endpoint = "list_reports", input = server_fn::codec::GetUrl)]
pub async fn list_reports() -> Result<Vec<ReportItem>, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize, Access};
    authorize(Access::Role(Role::Steering))?;
    super::ssr::open_reports(&crate::server::state::pool()?).await
}

/// Hides, restores or dismisses the reports of an idea (no `comment_id`) or a comment.
/// `back` is where to return: a path on this site.
#[server(endpoint = "moderate")]
pub async fn moderate(
    idea_id: i64,
    #[server(default)] comment_id: Option<i64>,
    action: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let action = super::ssr::Moderation::from_code(&action)
            .ok_or_else(|| AppError::field("action", "choice_invalid"))?;
        super::ssr::moderate(
            &crate::server::state::pool()?,
            viewer.id,
            idea_id,
            comment_id,
            action,
        )
        .await?;
        Ok(crate::server::form::done(crate::server::form::back_or(
            &back,
            "/moderation",
        )))
    }
    .await;
    crate::server::form::keep_failure("moderate", &[], &result).await;
    result
}

/// Stops a person from publishing (`blocked` = "true"), or lets them again.
#[server(endpoint = "set_publishing_block")]
pub async fn set_publishing_block(
    user_id: i64,
    blocked: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        super::ssr::set_block(
            &crate::server::state::pool()?,
            viewer.id,
            user_id,
            blocked == "true",
        )
        .await?;
        Ok(crate::server::form::done(crate::server::form::back_or(
            &back,
            "/moderation",
        )))
    }
    .await;
    crate::server::form::keep_failure("set_publishing_block", &[], &result).await;
    result
}
