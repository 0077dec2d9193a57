//! Server functions of the festival. Each authorises first through `policy`: reading the
//! program is public; proposing needs a confirmed account and a place in the team (checked
//! inside, `policy::authorize_team`); running the program is the steering group's.
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]
use super::{Card, InterventionDetail, Manage, Program, ProposeContext};
use crate::common::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::server::{form::done, limits::posting_limit};

#[cfg(feature = "ssr")]
fn ids(values: &[String]) -> Vec<i64> {
    values.iter().filter_map(|v| v.parse().ok()).collect()
}

/// The public program of the current edition (`None` before there is one).
#[server(endpoint = "festival_program", input = server_fn::codec::GetUrl)]
pub async fn festival_program() -> Result<Option<Program>, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let state = crate::server::state::app_state()?;
    super::ssr::program(&state.pool, viewer.as_ref(), &state.tile_url).await
}

#[server(endpoint = "get_intervention", input = server_fn::codec::GetUrl)]
pub async fn get_intervention(id: i64) -> Result<InterventionDetail, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let result = super::ssr::detail(&crate::server::state::pool()?, id, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// An idea's interventions, for its page.
#[server(endpoint = "idea_interventions", input = server_fn::codec::GetUrl)]
pub async fn idea_interventions(idea_id: i64) -> Result<Vec<Card>, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    super::ssr::of_idea(&crate::server::state::pool()?, idea_id, viewer.as_ref()).await
}

/// Stars (`on` = "true") or unstars an intervention in the signed-in viewer's agenda.
#[server(endpoint = "star_intervention")]
pub async fn star_intervention(id: i64, on: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        posting_limit(viewer.id, "star", 600)?;
        super::ssr::star(&crate::server::state::pool()?, &viewer, id, on == "true").await?;
        Ok(done(format!("/festival/i/{id}")))
    }
    .await;
    crate::server::form::keep_failure("star_intervention", &[], &result).await;
    result
}

/// The teams the viewer may propose an intervention for, and the edition's venues.
#[server(endpoint = "festival_propose_context", input = server_fn::codec::GetUrl)]
pub async fn festival_propose_context() -> Result<ProposeContext, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    super::ssr::propose_context(&crate::server::state::pool()?, &viewer).await
}

#[server(endpoint = "propose_intervention")]
pub async fn propose_intervention(
    #[server(default)] team_id: Option<i64>,
    title: String,
    #[server(default)] description: String,
    #[server(default)] sector: String,
    #[server(default)] category: String,
    #[server(default)] duration: String,
    #[server(default)] setup: String,
    #[server(default)] cleardown: String,
    #[server(default)] audience: String,
    #[server(default)] preferred_from: String,
    #[server(default)] preferred_to: String,
    #[server(default)] venues: Vec<String>,
    #[server(default)] people: Vec<String>,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let proposal = super::Proposal {
        title,
        description,
        sector,
        category,
        duration,
        setup,
        cleardown,
        audience,
        preferred_from,
        preferred_to,
    };
    let result = async {
        posting_limit(viewer.id, "intervention", 20)?;
        let id = super::ssr::propose(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            &proposal,
            &ids(&venues),
            &ids(&people),
        )
        .await?;
        Ok(done(format!("/festival/i/{id}?proposed=1")))
    }
    .await;
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
    crate::server::form::keep_failure("propose_intervention", &kept, &result).await;
    result
}

/// The steering group's desk: the edition, venues, every intervention, current conflicts.
#[server(endpoint = "festival_manage", input = server_fn::codec::GetUrl)]
pub async fn festival_manage() -> Result<Manage, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    super::ssr::manage(&crate::server::state::pool()?).await
}

/// Creates an edition, or updates the current one (`id`).
#[server(endpoint = "save_edition")]
pub async fn save_edition(
    #[server(default)] id: Option<i64>,
    title: String,
    day: String,
    opens: String,
    closes: String,
    #[server(default)] target: String,
    #[server(default)] walk: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let times = super::check_edition(&title, &day, &opens, &closes, &target, &walk)?;
        super::ssr::save_edition(&crate::server::state::pool()?, id, &title, &day, times).await?;
        Ok(done("/festival/manage?saved=edition".into()))
    }
    .await;
    crate::server::form::keep_failure(
        "save_edition",
        &[
            ("title", title.as_str()),
            ("day", day.as_str()),
            ("opens", opens.as_str()),
            ("closes", closes.as_str()),
            ("target", target.as_str()),
            ("walk", walk.as_str()),
        ],
        &result,
    )
    .await;
    result
}

/// Adds a venue to the current edition, or updates one (`id`).
#[server(endpoint = "save_venue")]
pub async fn save_venue(
    #[server(default)] id: Option<i64>,
    name: String,
    address: String,
    lat: String,
    lon: String,
    capacity: String,
    #[server(default)] indoor: Option<String>,
    #[server(default)] accessibility: String,
    consent: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let (lat_v, lon_v, capacity_v, consent_v) = super::check_venue(
            &name,
            &address,
            &lat,
            &lon,
            &capacity,
            &accessibility,
            &consent,
        )?;
        let fields = super::ssr::VenueFields {
            name: &name,
            address: &address,
            lat: lat_v,
            lon: lon_v,
            capacity: capacity_v,
            indoor: indoor.is_some(),
            accessibility: &accessibility,
            consent: consent_v,
        };
        super::ssr::save_venue(&crate::server::state::pool()?, id, &fields).await?;
        Ok(done("/festival/manage?saved=venue#venues".into()))
    }
    .await;
    crate::server::form::keep_failure(
        "save_venue",
        &[
            ("name", name.as_str()),
            ("address", address.as_str()),
            ("lat", lat.as_str()),
            ("lon", lon.as_str()),
            ("capacity", capacity.as_str()),
            ("accessibility", accessibility.as_str()),
            ("consent", consent.as_str()),
        ],
        &result,
    )
    .await;
    result
}

/// Accepts a proposal (`decision` = "accept") or cancels an intervention with a reason
/// (`decision` = "cancel").
#[server(endpoint = "review_intervention")]
pub async fn review_intervention(
    id: i64,
    decision: String,
    #[server(default)] reason: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let review = match decision.as_str() {
            "accept" => super::ssr::Review::Accept,
            "cancel" => super::ssr::Review::Cancel,
            _ => return Err(AppError::field("decision", "missing")),
        };
        super::ssr::review(&crate::server::state::pool()?, id, review, &reason).await?;
        Ok(done(format!("/festival/manage#item-{id}")))
    }
    .await;
    crate::server::form::keep_failure(
        "review_intervention",
        &[("reason", reason.as_str())],
        &result,
    )
    .await;
    result
}

/// Places an intervention at a venue and a time ("14:30"); refused with every conflict.
#[server(endpoint = "place_intervention")]
pub async fn place_intervention(id: i64, venue_id: i64, start: String) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        super::ssr::place(&crate::server::state::pool()?, id, venue_id, &start).await?;
        Ok(done(format!("/festival/manage#item-{id}")))
    }
    .await;
    let (venue, id) = (venue_id.to_string(), id.to_string());
    crate::server::form::keep_failure(
        "place_intervention",
        &[
            ("id", id.as_str()),
            ("start", start.as_str()),
            ("venue_id", venue.as_str()),
        ],
        &result,
    )
    .await;
    result
}

/// Runs the auto-scheduler over every accepted, unplaced intervention.
#[server(endpoint = "auto_schedule")]
pub async fn auto_schedule() -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let (placed, left) = super::ssr::run_auto_schedule(&crate::server::state::pool()?).await?;
        Ok(done(format!(
            "/festival/manage?placed={placed}&left={left}"
        )))
    }
    .await;
    crate::server::form::keep_failure("auto_schedule", &[], &result).await;
    result
}

/// Publishes every scheduled intervention of the current edition.
#[server(endpoint = "publish_program")]
pub async fn publish_program() -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let count = super::ssr::publish(&crate::server::state::pool()?).await?;
        Ok(done(format!("/festival/manage?published={count}")))
    }
    .await;
    crate::server::form::keep_failure("publish_program", &[], &result).await;
    result
}
