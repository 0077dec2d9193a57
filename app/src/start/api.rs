//! The start page's one server function.
use crate::common::error::AppError;
use crate::common::start::StartSection;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the start page shows: whom it greets and their lists, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartPageData {
    pub name: String,
    pub may_publish: bool,
    pub sections: Vec<StartSection>,
    /// The caller's private draft of an idea, if they keep one: (title, summary).
    pub draft: Option<(String, String)>,
}

/// The caller's own start page; there is no way to ask for someone else's.
#[server(endpoint = "my_start", input = server_fn::codec::GetUrl)]
pub async fn my_start() -> Result<StartPageData, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let pool = pool()?;
    let mut sections = Vec::new();
    sections.extend(crate::accounts::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::notify::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::ideas::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::teams::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::festival::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::workshops::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::forums::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::gates::ssr::start_sections(&pool, &viewer).await?);
    sections.extend(crate::steering::ssr::start::start_sections(&pool, &viewer).await?);
    let mut sections = crate::common::start::arrange(sections);
    let now = chrono::Utc::now().naive_utc();
    for item in sections.iter_mut().flat_map(|s| s.items.iter_mut()) {
        item.age_days = item.since.as_deref().and_then(|since| {
            chrono::NaiveDateTime::parse_from_str(since, "%Y-%m-%d %H:%M:%S")
                .ok()
                .map(|at| (now - at).num_days().max(0))
        });
    }
    Ok(StartPageData {
        name: viewer.display_name.clone(),
        may_publish: viewer.may_publish(),
        sections,
        draft: crate::ideas::ssr::draft_of(&pool, viewer.id).await?,
    })
}
