use super::*;
use crate::forums::{ForumForm, SegmentForm};

#[cfg(feature = "ssr")]
const ORGANISERS: Access = Access::AnyRole(crate::server::policy::ORGANISERS);

/// Creates a forum; the creator hosts it with the co-hosts ticked.
#[server(endpoint = "create_forum")]
pub async fn create_forum(
    #[server(flatten)] form: ForumForm,
    #[server(default)] hosts: Vec<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(ORGANISERS)?;
    let mut kept = form.kept();
    kept.extend(hosts.iter().map(|s| ("hosts[]", s.as_str())));
    finish("create_forum", &kept, async {
        if !viewer.may_publish() {
            return Err(AppError::Forbidden);
        }
        posting_limit(viewer.id, "forum", 20)?;
        let people: Vec<i64> = hosts.iter().filter_map(|p| p.parse().ok()).collect();
        let id = ssr::create(&pool()?, &viewer, &form, &people).await?;
        Ok(done(format!("/forums/{id}?created=1#flow")))
    })
    .await
}

/// A host adds a segment to the forum's flow.
#[server(endpoint = "add_segment")]
pub async fn add_segment(
    id: ForumId,
    #[server(flatten)] form: SegmentForm,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("add_segment", &form.kept(), async {
        posting_limit(viewer.id, "forum_segment", 60)?;
        ssr::add_segment(&pool()?, &viewer, id, &form).await?;
        Ok(done(format!("/forums/{id}?added=1#flow")))
    })
    .await
}

/// A host removes a segment that has not run.
#[server(endpoint = "remove_segment")]
pub async fn remove_segment(id: ForumId, segment: SegmentId) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("remove_segment", &[], async {
        ssr::remove_segment(&pool()?, &viewer, id, segment).await?;
        Ok(done(format!("/forums/{id}?removed=1#flow")))
    })
    .await
}
