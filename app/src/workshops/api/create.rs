use super::*;
use crate::workshops::{CreateContext, WorkshopForm};

#[cfg(feature = "ssr")]
const ORGANISERS: Access = Access::AnyRole(crate::server::policy::ORGANISERS);

/// What the creation form offers: places, mentors, series.
#[server(endpoint = "workshop_create_context", input = server_fn::codec::GetUrl)]
pub async fn workshop_create_context() -> Result<CreateContext, AppError> {
    authorize_viewer(ORGANISERS)?;
    ssr::create_context(&pool()?).await
}

#[server(endpoint = "create_workshop")]
pub async fn create_workshop(
    #[server(flatten)] form: WorkshopForm,
    #[server(default)] sectors: Vec<String>,
    #[server(default)] facilitators: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(ORGANISERS)?;
    let mut kept = form.kept();
    kept.extend(sectors.iter().map(|s| ("sectors[]", s.as_str())));
    kept.extend(facilitators.iter().map(|s| ("facilitators[]", s.as_str())));
    finish("create_workshop", &kept, async {
        if !viewer.may_publish() {
            return Err(AppError::Forbidden);
        }
        posting_limit(viewer.id, "workshop", 20)?;
        let people: Vec<i64> = facilitators.iter().filter_map(|p| p.parse().ok()).collect();
        let id = ssr::create(&pool()?, &viewer, &form, &sectors, &people).await?;
        Ok(done(format!("/workshops/{id}?created=1")))
    })
    .await
}
