use crate::common::error::AppError;
use leptos::prelude::*;

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
        let id = crate::ideas::ssr::share(
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
    #[server(flatten)] edit: crate::ideas::IdeaEdit,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "edit", 60)?;
        crate::ideas::ssr::update(
            &crate::server::state::pool()?,
            viewer.id,
            id,
            version,
            &edit.fields(),
            (edit.need_venue, edit.need_money, edit.need_materials),
        )
        .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}?saved=1")))
    }
    .await;
    let kept = edit.kept();
    let kept: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (*k, v.as_str())).collect();
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
        let to = crate::ideas::Stage::from_code(&stage)
            .ok_or_else(|| AppError::field("stage", "choice_invalid"))?;
        crate::ideas::ssr::set_stage(&crate::server::state::pool()?, &viewer, id, to, &reason)
            .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("set_idea_stage", &[("reason", reason.as_str())], &result)
        .await;
    result
}
