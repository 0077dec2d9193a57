use super::*;
use crate::forums::{Console, ForumContext, ForumList, ForumPage, LiveForum, SeatingCards};

#[cfg(feature = "ssr")]
const ORGANISERS: Access = Access::AnyRole(crate::server::policy::ORGANISERS);

/// Every forum, upcoming and past.
#[server(endpoint = "list_forums", input = server_fn::codec::GetUrl)]
pub async fn list_forums() -> Result<ForumList, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::list(&pool()?, viewer.as_ref()).await
}

/// A forum's page, as the caller may see it.
#[server(endpoint = "get_forum", input = server_fn::codec::GetUrl)]
pub async fn get_forum(id: ForumId) -> Result<ForumPage, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::forum_page(&pool()?, viewer.as_ref(), id).await
}

/// The forum as it runs: what a phone and the room screen show.
#[server(endpoint = "get_live_forum", input = server_fn::codec::GetUrl)]
pub async fn get_live_forum(id: ForumId) -> Result<LiveForum, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::live_forum(&pool()?, viewer.as_ref(), id).await
}

/// The host's console (hosts and the steering group).
#[server(endpoint = "get_forum_console", input = server_fn::codec::GetUrl)]
pub async fn get_forum_console(id: ForumId) -> Result<Console, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::console(&pool()?, &viewer, id).await
}

/// What the creation form offers: places and possible co-hosts.
#[server(endpoint = "forum_create_context", input = server_fn::codec::GetUrl)]
pub async fn forum_create_context() -> Result<ForumContext, AppError> {
    authorize_viewer(ORGANISERS)?;
    ssr::create_context(&pool()?).await
}

/// The cafés' seating to print: table lists and each person's card (hosts).
#[server(endpoint = "get_seating_cards", input = server_fn::codec::GetUrl)]
pub async fn get_seating_cards(id: ForumId) -> Result<SeatingCards, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::seating_cards(&pool()?, &viewer, id).await
}
