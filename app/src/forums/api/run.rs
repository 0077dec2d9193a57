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

/// The hosts publish one part of the harvest (a table, a session, a segment: `part` as
/// [`HarvestPart::code`](crate::forums::HarvestPart::code)) on its own, or take it back.
#[server(endpoint = "publish_harvest_part")]
pub async fn publish_harvest_part(
    id: ForumId,
    #[server(default)] part: String,
    #[server(default)] publish: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("publish_harvest_part", &[], async {
        let key = crate::forums::HarvestPart::parse(&part);
        let publish = publish == "yes";
        ssr::set_part(&pool()?, &viewer, id, key, publish).await?;
        let notice = if publish { "part" } else { "unpart" };
        Ok(done(format!("/forums/{id}?harvest={notice}#publish")))
    })
    .await
}

/// Someone taking part writes a harvest note while the forum runs (in an Open Space, filed
/// under the chosen session).
#[server(endpoint = "add_harvest_note")]
pub async fn add_harvest_note(
    id: ForumId,
    body: String,
    #[server(default)] session: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "add_harvest_note",
        &[("body", &body), ("session", &session)],
        async {
            posting_limit(viewer.id, "harvest_note", 120)?;
            let lang = crate::server::request::content_lang(&body);
            let session = session.trim().parse().ok();
            ssr::add_note(&pool()?, &viewer, id, &body, lang, session).await?;
            Ok(done(format!("/forums/{id}/live?noted=1#harvest")))
        },
    )
    .await
}

/// The writer edits their own harvest note within ten minutes.
#[server(endpoint = "edit_harvest_note")]
pub async fn edit_harvest_note(
    id: ForumId,
    note: i64,
    body: String,
    /// Where the form was: the forum's page or the live page.
    #[server(default)]
    back: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("edit_harvest_note", &[("body", &body)], async {
        let lang = crate::server::request::content_lang(&body);
        ssr::edit_note(&pool()?, &viewer, id, note, &body, lang).await?;
        let page = if back == "live" { "/live" } else { "" };
        Ok(done(format!("/forums/{id}{page}?edited=1#note-{note}")))
    })
    .await
}

/// Someone who took part adds a harvest note to an existing idea as a comment.
#[server(endpoint = "note_to_comment")]
pub async fn note_to_comment(
    id: ForumId,
    note: i64,
    #[server(default)] idea: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("note_to_comment", &[("idea", &idea)], async {
        posting_limit(viewer.id, "comment", 60)?;
        let chosen = idea.trim().parse::<i64>().map(crate::common::ids::IdeaId);
        let chosen = chosen.unwrap_or(crate::common::ids::IdeaId(0));
        ssr::note_to_comment(&pool()?, &viewer, id, note, chosen).await?;
        Ok(done(format!("/ideas/{chosen}#comments")))
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
