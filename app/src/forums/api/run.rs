use super::*;

/// The host moves the forum on: the next round, the next segment, or the end. Starting a
/// World Café seats everyone checked in (`table_hosts[]` host tables 1, 2, …); `early` ends a
/// round before its time.
#[server(endpoint = "advance_forum")]
pub async fn advance_forum(
    id: ForumId,
    #[server(default)] early: String,
    #[server(default)] table_hosts: Vec<String>,
    /// The segment and round the console showed (empty: none running).
    #[server(default)]
    at_segment: String,
    #[server(default)] at_round: u32,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let mut kept = vec![("early", early.as_str())];
    kept.extend(table_hosts.iter().map(|h| ("table_hosts[]", h.as_str())));
    finish("advance_forum", &kept, async {
        let hosts: Vec<Option<i64>> = table_hosts.iter().map(|p| p.parse().ok()).collect();
        let seen = (at_segment.parse().ok(), at_round);
        ssr::advance(&pool()?, &viewer, id, early == "on", &hosts, Some(seen)).await?;
        Ok(done(format!("/forums/{id}/console")))
    })
    .await
}

/// The hosts publish the harvest on the forum's page, or keep it private.
#[server(endpoint = "publish_harvest")]
pub async fn publish_harvest(id: ForumId, harvest: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("publish_harvest", &[], async {
        let state = crate::forums::HarvestState::from_code(&harvest);
        ssr::set_harvest(&pool()?, &viewer, id, state).await?;
        Ok(done(format!("/forums/{id}?harvest={harvest}#harvest")))
    })
    .await
}

/// Someone taking part writes a harvest note while the forum runs.
#[server(endpoint = "add_harvest_note")]
pub async fn add_harvest_note(id: ForumId, body: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("add_harvest_note", &[("body", &body)], async {
        posting_limit(viewer.id, "harvest_note", 120)?;
        let lang = crate::server::request::content_lang(&body);
        ssr::add_note(&pool()?, &viewer, id, &body, lang).await?;
        Ok(done(format!("/forums/{id}/live?noted=1#harvest")))
    })
    .await
}

/// A participant writes their reflection after the forum (private; `share` adds it to the
/// harvest).
#[server(endpoint = "save_reflection")]
pub async fn save_reflection(
    id: ForumId,
    body: String,
    #[server(default)] share: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "save_reflection",
        &[("body", &body), ("share", &share)],
        async {
            posting_limit(viewer.id, "reflection", 30)?;
            let lang = crate::server::request::content_lang(&body);
            ssr::save_reflection(&pool()?, &viewer, id, &body, share == "on", lang).await?;
            Ok(done(format!("/forums/{id}?reflected=1#reflection")))
        },
    )
    .await
}
