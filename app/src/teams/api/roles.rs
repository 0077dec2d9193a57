use super::*;
use crate::common::ids::RoleId;
use crate::common::ids::TeamId;

#[server(endpoint = "add_open_role")]
pub async fn add_open_role(
    team_id: TeamId,
    #[server(flatten)] role: crate::teams::RoleEdit,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let kept = role.kept();
    finish("add_open_role", &as_kept(&kept), async {
        posting_limit(viewer.id, "role", 20)?;
        let id = ssr::add_role(&pool()?, &viewer, team_id, &role).await?;
        Ok(done(format!("/teams/{team_id}?role_added=1#role-{id}")))
    })
    .await
}

#[server(endpoint = "close_open_role")]
pub async fn close_open_role(role_id: RoleId) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("close_open_role", &[], async {
        let team = ssr::close_role(&pool()?, &viewer, role_id).await?;
        Ok(done(format!("/teams/{team}?role_closed=1#roles")))
    })
    .await
}
