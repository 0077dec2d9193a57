//! The partner directory's server functions: public reads.
use crate::common::error::AppError;
use crate::common::ids::OrganisationId;
#[cfg(feature = "ssr")]
use crate::partners::{ssr, Offer};
use crate::partners::{Partner, PartnerList};
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

/// The organisations, optionally of one sector, one kind, offering one thing (codes; an
/// unknown code filters nothing).
#[server(endpoint = "list_partners", input = server_fn::codec::GetUrl)]
pub async fn list_partners(
    #[server(default)] sector: String,
    #[server(default)] kind: String,
    #[server(default)] offer: String,
) -> Result<PartnerList, AppError> {
    authorize(Access::Public)?;
    ssr::directory(
        &pool()?,
        crate::common::sectors::Sector::from_code(&sector),
        crate::accounts::OrgKind::from_code(&kind),
        Offer::from_code(&offer),
    )
    .await
}

/// One organisation's page.
#[server(endpoint = "get_partner", input = server_fn::codec::GetUrl)]
pub async fn get_partner(id: OrganisationId) -> Result<Partner, AppError> {
    let viewer = authorize(Access::Public)?;
    let state = crate::server::state::app_state()?;
    let mut partner = ssr::partner(&state.pool, id, &state.tile_url)
        .await
        .inspect_err(crate::server::request::set_error_status)?;
    partner.can_invite = viewer.is_some_and(|v| v.has(crate::common::Role::Steering));
    Ok(partner)
}

/// The steering group invites an organisation's contact: an account attached to the
/// organisation, with an e-mailed link to set its password (or the role, for an account).
#[server(endpoint = "invite_partner")]
pub async fn invite_partner(
    organisation_id: OrganisationId,
    #[server(default)] name: String,
    #[server(default)] email: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(crate::common::Role::Steering))?;
    let kept = [("name", name.as_str()), ("email", email.as_str())];
    finish("invite_partner", &kept, async {
        let state = crate::server::state::app_state()?;
        ssr::invite(
            &state.pool,
            &viewer,
            organisation_id,
            &name,
            &email,
            &state.public_url,
        )
        .await?;
        Ok(done(format!(
            "/partners/{organisation_id}?invited=1#pt-invite"
        )))
    })
    .await
}
