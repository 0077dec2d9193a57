use super::*;
use crate::workshops::{Calendar, WorkshopPage};

/// The calendar, filtered as in the URL.
#[server(endpoint = "list_workshops", input = server_fn::codec::GetUrl)]
pub async fn list_workshops(
    #[server(default)] stage: String,
    #[server(default)] sector: String,
    #[server(default)] month: String,
    #[server(default)] free: String,
) -> Result<Calendar, AppError> {
    let viewer = authorize(Access::Public)?;
    let filter = crate::workshops::WorkshopFilter::from_params(|key| {
        let value = match key {
            "stage" => &stage,
            "sector" => &sector,
            "month" => &month,
            "free" => &free,
            _ => return None,
        };
        (!value.is_empty()).then(|| value.clone())
    });
    ssr::calendar(&pool()?, viewer.as_ref(), &filter).await
}

/// A workshop's page, as the caller may see it.
#[server(endpoint = "get_workshop", input = server_fn::codec::GetUrl)]
pub async fn get_workshop(id: WorkshopId) -> Result<WorkshopPage, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::workshop_page(&pool()?, viewer.as_ref(), id).await
}
