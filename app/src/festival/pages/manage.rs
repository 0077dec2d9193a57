use crate::common::error::AppError;
use crate::festival::api::*;
use crate::festival::components::{Desk, DeskAsk, DeskTab};
use crate::festival::parse_hhmm;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The steering group's festival desk. Its query says what to show: `?status=` or `?view=`
/// (grid, venues, edition), `?preview=1` (the auto-scheduler's plan), `?confirm=publish`,
/// `?item=&venue=&at=` (the grid's placing form), and the outcome of the last action.
#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = query.get_untracked();
    let preview = q.get("preview").is_some();
    let ask = DeskAsk {
        tab: DeskTab::from_query(q.get("status"), q.get("view")),
        preview: None,
        confirm_publish: q.get("confirm").as_deref() == Some("publish"),
        chosen: q.get("item").and_then(|v| v.parse().ok()),
        at: q
            .get("venue")
            .and_then(|v| v.parse().ok())
            .zip(q.get("at").and_then(|a| parse_hhmm(&a))),
        moved: q.get("moved").and_then(|v| v.parse().ok()),
    };
    let desk = Resource::new(
        move || preview,
        |preview| async move {
            let m = festival_manage().await?;
            let plan = if preview && m.edition.is_some() {
                Some(preview_schedule().await?)
            } else {
                None
            };
            Ok::<_, AppError>((m, plan))
        },
    );
    let (placed, left, published, undone) = (
        q.get("placed"),
        q.get("left"),
        q.get("published"),
        q.get("undone"),
    );
    view! {
        <Page title=move || t_string!(i18n, fest_manage) class="festival-manage">
            {placed.map(|n| view! {
                <div class="notice notice-success" role="status" data-testid="auto-result">
                    <p>{t!(i18n, fest_auto_placed)} ": " {n} ". " {t!(i18n, fest_auto_left)} ": " {left.unwrap_or_default()}</p>
                </div>
            })}
            {published.map(|n| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, fest_published_done)} ": " {n}</p></div>
            })}
            {undone.map(|n| view! {
                <div class="notice notice-success" role="status" data-testid="undo-result"><p>{t!(i18n, fest_undone_done)} ": " {n}</p></div>
            })}
            <Loaded resource=desk view=move |(m, plan), flash| view! { <Desk m flash ask=DeskAsk { preview: plan, ..ask.clone() } /> } />
        </Page>
    }
}
