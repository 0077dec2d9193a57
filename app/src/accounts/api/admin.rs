//! Server functions of the administration.
use super::*;
use crate::accounts::PersonRow;

/// People whose name or email contains `q` (the 50 newest when `q` is empty).
#[server(endpoint = "admin_search_people", input = server_fn::codec::GetUrl)]
pub async fn admin_search_people(#[server(default)] q: String) -> Result<Vec<PersonRow>, AppError> {
    use crate::common::Role;
    authorize(Access::Role(Role::Steering))?;
    ssr::search(&q).await
}

/// Grants (`grant` = "true") or revokes a role. `q` brings the steering member back to the
/// same search.
#[server(endpoint = "set_role")]
pub async fn set_role(
    user_id: i64,
    role: String,
    grant: String,
    #[server(default)] q: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish(
        "set_role",
        &[],
        ssr::set_role(&viewer, user_id, &role, grant == "true", &q),
    )
    .await
}

#[server(endpoint = "update_mentor_profile")]
pub async fn update_mentor_profile(
    user_id: i64,
    #[server(default)] expertise: String,
    capacity: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    authorize_owner(Access::OwnerOrSteering(Role::Mentor), user_id)?;
    finish(
        "update_mentor_profile",
        &[("expertise", &expertise), ("capacity", &capacity)],
        ssr::update_mentor(user_id, &expertise, &capacity, &back),
    )
    .await
}

#[server(endpoint = "update_partner_profile")]
pub async fn update_partner_profile(
    user_id: i64,
    #[server(flatten)] organisation: crate::accounts::OrganisationEdit,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_owner(Access::OwnerOrSteering(Role::Partner), user_id)?;
    let kept = organisation.kept();
    let steering = viewer.has(Role::Steering);
    finish(
        "update_partner_profile",
        &as_kept(&kept),
        ssr::update_partner(user_id, steering, &organisation, &back),
    )
    .await
}
