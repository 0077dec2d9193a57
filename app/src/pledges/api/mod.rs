//! Server functions of pledges. An idea's backing is a public read (pledges not yet accepted
//! only for the team, the steering group and the pledging partner); pledging is for partners;
//! answering for the idea's authors and team leads (checked inside); fulfilling for the
//! steering group.
use crate::common::error::AppError;
use crate::common::ids::{IdeaId, PledgeId};
#[cfg(feature = "ssr")]
use crate::pledges::{ssr, PledgeStatus};
use crate::pledges::{IdeaBacking, Pledge};
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

#[server(endpoint = "get_idea_backing", input = server_fn::codec::GetUrl)]
pub async fn get_idea_backing(idea_id: IdeaId) -> Result<IdeaBacking, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::idea_backing(&pool()?, idea_id, viewer.as_ref()).await
}

/// What a partner's organisation has backed, for their public page.
#[server(endpoint = "backed_by", input = server_fn::codec::GetUrl)]
pub async fn backed_by(person: i64) -> Result<Vec<Pledge>, AppError> {
    authorize(Access::Public)?;
    ssr::backed_by_person(&pool()?, person).await
}

/// A partner pledges money, a venue, materials or time to an idea.
#[server(endpoint = "offer_pledge")]
pub async fn offer_pledge(
    idea_id: IdeaId,
    #[server(default)] kind: String,
    #[server(default)] amount: String,
    #[server(default)] hours: String,
    #[server(default)] place: String,
    #[server(default)] dates: String,
    #[server(default)] note: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(crate::common::Role::Partner))?;
    let kept = [
        ("kind", kind.as_str()),
        ("amount", &amount),
        ("hours", &hours),
        ("place", &place),
        ("dates", &dates),
        ("note", &note),
    ];
    finish("offer_pledge", &kept, async {
        if !viewer.may_publish() {
            return Err(AppError::Forbidden);
        }
        posting_limit(viewer.id, "pledge", 30)?;
        ssr::pledge_to(
            &pool()?,
            &viewer,
            idea_id,
            &kind,
            &amount,
            &hours,
            &place,
            &dates,
            &note,
        )
        .await?;
        Ok(done(format!("/ideas/{idea_id}?pledged=1#backing")))
    })
    .await
}

/// The team accepts or declines a pledge; the steering group marks an accepted one fulfilled.
#[server(endpoint = "answer_pledge")]
pub async fn answer_pledge(
    id: PledgeId,
    #[server(default)] status: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("answer_pledge", &[], async {
        let to = PledgeStatus::from_code(&status).filter(|s| *s != PledgeStatus::Offered);
        let idea = ssr::set_pledge_status(&pool()?, &viewer, id, to).await?;
        Ok(done(format!("/ideas/{idea}?pledge={status}#backing")))
    })
    .await
}
