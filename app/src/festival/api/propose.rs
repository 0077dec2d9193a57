#[cfg(feature = "ssr")]
use super::ids;
use super::*;
use crate::common::ids::TeamId;
use crate::festival::ProposeContext;

/// The teams the viewer may propose an intervention for, and the edition's venues.
#[server(endpoint = "festival_propose_context", input = server_fn::codec::GetUrl)]
pub async fn festival_propose_context() -> Result<ProposeContext, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::propose_context(&pool()?, &viewer).await
}

#[server(endpoint = "propose_intervention")]
pub async fn propose_intervention(
    #[server(default)] team_id: Option<TeamId>,
    #[server(flatten)] proposal: crate::festival::Proposal,
    #[server(default)] venues: Vec<String>,
    #[server(default)] people: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let p = &proposal;
    let mut kept = vec![
        ("title", p.title.as_str()),
        ("description", p.description.as_str()),
        ("sector", p.sector.as_str()),
        ("category", p.category.as_str()),
        ("duration", p.duration.as_str()),
        ("setup", p.setup.as_str()),
        ("cleardown", p.cleardown.as_str()),
        ("audience", p.audience.as_str()),
        ("preferred_from", p.preferred_from.as_str()),
        ("preferred_to", p.preferred_to.as_str()),
    ];
    kept.extend(venues.iter().map(|v| ("venues[]", v.as_str())));
    kept.extend(people.iter().map(|v| ("people[]", v.as_str())));
    finish("propose_intervention", &kept, async {
        posting_limit(viewer.id, "intervention", 20)?;
        let id = ssr::propose(
            &pool()?,
            &viewer,
            team_id,
            &proposal,
            &ids(&venues),
            &ids(&people),
        )
        .await?;
        Ok(done(format!("/festival/i/{id}?proposed=1")))
    })
    .await
}
