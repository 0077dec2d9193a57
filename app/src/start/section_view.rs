//! One list of the start page: its heading with the count, its items as links with their age
//! and note, an empty state for a role's queue, and the way to the whole list.
use crate::common::start::{StartItem, StartList, StartSection};
use crate::i18n::*;
use crate::ui::content_lang::LangMark;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn SectionView(section: StartSection) -> impl IntoView {
    let i18n = use_i18n();
    let list = section.list;
    let id = format!("start-{}", list.code());
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    let test_id = id.clone();
    let more = (section.total > section.items.len() as i64)
        .then_some(section.all.clone())
        .flatten();
    view! {
        <section class="start-list" id=id aria-labelledby=labelled_by data-testid=test_id>
            <h2 id=heading>
                {list.label(i18n)}
                {(section.total > 0).then(|| view! { " " <span class="count">{section.total}</span> })}
            </h2>
            {if section.items.is_empty() {
                view! { <p class="empty">{empty_text(list, i18n)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {section.items.into_iter().map(|item| view! { <ItemView item /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {more.map(|href| view! { <p class="start-more"><a href=href>{t!(i18n, start_see_all)}</a></p> })}
            {(list == StartList::Account).then(|| view! {
                <form method="post" action=crate::accounts::api::ResendConfirmation::url() class="inline-form">
                    <button type="submit" class="button-secondary" data-testid="start-resend">{t!(i18n, start_resend)}</button>
                </form>
            })}
        </section>
    }
}

fn empty_text(list: StartList, i18n: crate::common::codes::I18n) -> &'static str {
    match list {
        StartList::Needed => t_string!(i18n, start_empty_needed),
        StartList::LeadRequests => t_string!(i18n, start_empty_lead_requests),
        _ => t_string!(i18n, start_empty),
    }
}

#[component]
fn ItemView(item: StartItem) -> impl IntoView {
    let i18n = use_i18n();
    let note = item.note.map(|note| note.label(i18n));
    // A queue's item is named by its note ("3 reports to review"); content by its title.
    let (title, note) = if item.title.is_empty() {
        (note.unwrap_or_default().to_owned(), None)
    } else {
        (item.title.clone(), note)
    };
    let page_lang = match i18n.get_locale_untracked() {
        Locale::lt => "lt",
        Locale::en => "en",
    };
    let lang = item.lang.filter(|lang| lang != page_lang);
    let age = item.age_days.map(|days| match days {
        0 => t_string!(i18n, start_age_today).to_owned(),
        1 => t_string!(i18n, start_age_yesterday).to_owned(),
        n => t_string!(i18n, start_age_days).replace('#', &n.to_string()),
    });
    view! {
        <li class="start-item">
            <a href=item.href lang=lang.clone()>{title}</a>
            {lang.map(|lang| view! { <LangMark lang /> })}
            {item.count.map(|count| view! { " " <span class="count">{count}</span> })}
            {note.map(|note| view! { <span class="start-note">{note}</span> })}
            {(!item.tags.is_empty()).then(|| view! {
                " " <span class="start-tags">
                    {item.tags.iter().map(|tag| view! { <span class="tag">{tag.label(i18n)}</span> " " }).collect_view()}
                </span>
            })}
            {age.map(|age| view! { " " <span class="start-age">{age}</span> })}
            {item.withdraw.map(|request_id| view! {
                <form method="post" action=crate::teams::api::WithdrawRequest::url() class="inline-form">
                    <input type="hidden" name="request_id" value=request_id />
                    <button type="submit" class="button-secondary button-small">{t!(i18n, start_withdraw)}</button>
                </form>
            })}
        </li>
    }
}
