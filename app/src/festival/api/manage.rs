use super::*;
use crate::common::ids::VenueId;
use crate::festival::Manage;

#[cfg(feature = "ssr")]
pub(crate) fn ids<Id: std::str::FromStr>(values: &[String]) -> Vec<Id> {
    values.iter().filter_map(|v| v.parse().ok()).collect()
}

/// The steering group's desk: the edition, venues, every intervention, current conflicts.
#[server(endpoint = "festival_manage", input = server_fn::codec::GetUrl)]
pub async fn festival_manage() -> Result<Manage, AppError> {
    use crate::common::Role;
    authorize_viewer(Access::Role(Role::Steering))?;
    ssr::manage(&pool()?).await
}

/// Creates an edition, or updates the current one (`id`).
#[server(endpoint = "save_edition")]
pub async fn save_edition(
    #[server(default)] id: Option<crate::common::ids::EditionId>,
    title: String,
    day: String,
    opens: String,
    closes: String,
    #[server(default)] target: String,
    #[server(default)] walk: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    authorize_viewer(Access::Role(Role::Steering))?;
    finish(
        "save_edition",
        &[
            ("title", title.as_str()),
            ("day", day.as_str()),
            ("opens", opens.as_str()),
            ("closes", closes.as_str()),
            ("target", target.as_str()),
            ("walk", walk.as_str()),
        ],
        async {
            let times =
                crate::festival::check_edition(&title, &day, &opens, &closes, &target, &walk)?;
            ssr::save_edition(&pool()?, id, &title, &day, times).await?;
            Ok(done("/festival/manage?view=edition&saved=edition".into()))
        },
    )
    .await
}

/// Adds a venue to the current edition, or updates one (`id`).
#[server(endpoint = "save_venue")]
pub async fn save_venue(
    #[server(default)] id: Option<VenueId>,
    #[server(flatten)] venue: crate::festival::VenueForm,
) -> Result<String, AppError> {
    use crate::common::Role;
    authorize_viewer(Access::Role(Role::Steering))?;
    let v = &venue;
    finish(
        "save_venue",
        &[
            ("name", v.name.as_str()),
            ("address", v.address.as_str()),
            ("lat", v.lat.as_str()),
            ("lon", v.lon.as_str()),
            ("capacity", v.capacity.as_str()),
            ("accessibility", v.accessibility.as_str()),
            ("consent", v.consent.as_str()),
        ],
        async {
            let (lat, lon, capacity, consent) = crate::festival::check_venue(
                &v.name,
                &v.address,
                &v.lat,
                &v.lon,
                &v.capacity,
                &v.accessibility,
                &v.consent,
            )?;
            let fields = ssr::VenueFields {
                name: &v.name,
                address: &v.address,
                lat,
                lon,
                capacity,
                indoor: v.indoor,
                accessibility: &v.accessibility,
                consent,
            };
            ssr::save_venue(&pool()?, id, &fields).await?;
            Ok(done("/festival/manage?view=venues&saved=venue".into()))
        },
    )
    .await
}

/// Accepts a proposal (`decision` = "accept") or cancels an intervention with a reason
/// (`decision` = "cancel").
#[server(endpoint = "review_intervention")]
pub async fn review_intervention(
    id: InterventionId,
    decision: String,
    #[server(default)] reason: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish(
        "review_intervention",
        &[("reason", reason.as_str())],
        async {
            let review = match decision.as_str() {
                "accept" => ssr::Review::Accept,
                "cancel" => ssr::Review::Cancel,
                _ => return Err(AppError::field("decision", "missing")),
            };
            let tab = match review {
                ssr::Review::Accept => "accepted",
                ssr::Review::Cancel => "cancelled",
            };
            ssr::review(&pool()?, viewer.id, id, review, &reason).await?;
            Ok(done(format!("/festival/manage?status={tab}#item-{id}")))
        },
    )
    .await
}

/// Places an intervention at a venue and a time ("14:30"); refused with every conflict.
#[server(endpoint = "place_intervention")]
pub async fn place_intervention(
    id: InterventionId,
    venue_id: VenueId,
    start: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let (venue_text, id_text) = (venue_id.to_string(), id.to_string());
    finish(
        "place_intervention",
        &[
            ("id", id_text.as_str()),
            ("start", start.as_str()),
            ("venue_id", venue_text.as_str()),
        ],
        async {
            ssr::place(&pool()?, viewer.id, id, venue_id, &start).await?;
            Ok(done(format!("/festival/manage?view=grid&moved={id}")))
        },
    )
    .await
}

/// Runs the auto-scheduler over every accepted, unplaced intervention.
#[server(endpoint = "auto_schedule")]
pub async fn auto_schedule() -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("auto_schedule", &[], async {
        let (placed, left) = ssr::run_auto_schedule(&pool()?, viewer.id).await?;
        Ok(done(format!(
            "/festival/manage?placed={placed}&left={left}&view=grid"
        )))
    })
    .await
}

/// What the auto-scheduler would place now, and why it would leave the rest, with the nearest
/// slot it found for those; nothing changes until `auto_schedule` applies it.
#[server(endpoint = "preview_schedule", input = server_fn::codec::GetUrl)]
pub async fn preview_schedule() -> Result<crate::festival::schedule::Plan, AppError> {
    use crate::common::Role;
    authorize_viewer(Access::Role(Role::Steering))?;
    ssr::preview_auto_schedule(&pool()?).await
}

/// Takes back the last run of the auto-scheduler (what it placed and is still where it put it).
#[server(endpoint = "undo_schedule")]
pub async fn undo_schedule() -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("undo_schedule", &[], async {
        let undone = ssr::undo_last_run(&pool()?, viewer.id).await?;
        Ok(done(format!("/festival/manage?undone={undone}")))
    })
    .await
}

/// Publishes every scheduled intervention of the current edition.
#[server(endpoint = "publish_program")]
pub async fn publish_program() -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("publish_program", &[], async {
        let count = ssr::publish(&pool()?, viewer.id).await?;
        Ok(done(format!("/festival/manage?published={count}")))
    })
    .await
}
