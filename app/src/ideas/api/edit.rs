use super::*;
use crate::common::ids::IdeaId;

/// Shares an idea in one short step: title, summary, sectors.
#[server(endpoint = "share_idea")]
pub async fn share_idea(
    title: String,
    summary: String,
    #[server(default)] sectors: Vec<String>,
    /// The workshop the idea was born in, if the form was opened from one.
    #[server(default)]
    workshop: String,
    /// The forum the idea was born in, if the form was opened from its harvest.
    #[server(default)]
    forum: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let mut kept = vec![("title", title.as_str()), ("summary", summary.as_str())];
    kept.extend(sectors.iter().map(|s| ("sectors[]", s.as_str())));
    finish("share_idea", &kept, async {
        posting_limit(viewer.id, "idea", 10)?;
        let lang = crate::server::request::request_locale();
        let born_in = match (workshop.trim(), forum.trim()) {
            ("", "") => None,
            (id, "") => Some(crate::ideas::BornIn::Workshop(
                id.parse()
                    .map_err(|_| AppError::field("workshop", "choice_invalid"))?,
            )),
            (_, id) => Some(crate::ideas::BornIn::Forum(
                id.parse()
                    .map_err(|_| AppError::field("forum", "choice_invalid"))?,
            )),
        };
        let id = ssr::share(
            &pool()?,
            viewer.id,
            &title,
            &summary,
            &sectors,
            &lang,
            born_in,
        )
        .await?;
        Ok(done(format!("/ideas/{id}?shared=1")))
    })
    .await
}

/// Saves an edit as a new version. `version` is the version the form was opened on.
#[server(endpoint = "update_idea")]
pub async fn update_idea(
    id: IdeaId,
    version: i64,
    #[server(flatten)] edit: crate::ideas::IdeaEdit,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let kept = edit.kept();
    finish("update_idea", &as_kept(&kept), async {
        posting_limit(viewer.id, "edit", 60)?;
        ssr::update(
            &pool()?,
            viewer.id,
            id,
            version,
            &edit.fields(),
            (edit.need_venue, edit.need_money, edit.need_materials),
        )
        .await?;
        Ok(done(format!("/ideas/{id}?saved=1")))
    })
    .await
}

/// Moves an idea to another stage (the stage rule decides who may).
#[server(endpoint = "set_idea_stage")]
pub async fn set_idea_stage(
    id: IdeaId,
    stage: String,
    #[server(default)] reason: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("set_idea_stage", &[("reason", reason.as_str())], async {
        let to = crate::ideas::Stage::from_code(&stage)
            .ok_or_else(|| AppError::field("stage", "choice_invalid"))?;
        ssr::set_stage(&pool()?, &viewer, id, to, &reason).await?;
        Ok(done(format!("/ideas/{id}")))
    })
    .await
}
