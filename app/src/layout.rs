//! The frame of every page: skip link, header with brand, main navigation and language
//! switch, the main landmark, and the footer.
use crate::accounts::api::Logout;
use crate::accounts::components::RoleBadges;
use crate::common::Role;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::lang_switch::LanguageSwitch;
use crate::ui::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main" rel="external">{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <BrandMark />
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                </a>
                // On a phone the navigation folds into a menu that opens without JavaScript;
                // on a wider screen the same markup lies open in one row (style/main.css).
                <details class="site-menu">
                    <summary class="menu-toggle" data-testid="menu-toggle">
                        <span class="menu-icon" aria-hidden="true"></span>
                        {t!(i18n, nav_menu)}
                    </summary>
                    <div class="menu-panel">
                        <nav class="main-nav" aria-label=move || t_string!(i18n, nav_label)>
                            <ul>
                                <li>
                                    <A href="/">{t!(i18n, nav_home)}</A>
                                </li>
                                <li>
                                    <A href="/ideas">{t!(i18n, nav_ideas)}</A>
                                </li>
                                <li>
                                    <A href="/teams">{t!(i18n, nav_teams)}</A>
                                </li>
                                <li>
                                    <A href="/workshops">{t!(i18n, nav_workshops)}</A>
                                </li>
                                <li>
                                    <A href="/forums">{t!(i18n, nav_forums)}</A>
                                </li>
                                <li>
                                    <A href="/festival">{t!(i18n, nav_festival)}</A>
                                </li>
                                <li>
                                    <A href="/people">{t!(i18n, nav_people)}</A>
                                </li>
                            </ul>
                        </nav>
                        <UserMenu />
                        <LanguageSwitch />
                    </div>
                </details>
            </div>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container footer-inner">
                <p class="footer-about">{t!(i18n, footer_about)}</p>
                <p class="footer-place">{t!(i18n, footer_place)}</p>
                <p class="footer-links">
                    <a href="/privacy">{t!(i18n, footer_privacy)}</a>
                    " · "
                    <a href="/terms">{t!(i18n, footer_terms)}</a>
                    " · "
                    <a href="/open-data">{t!(i18n, footer_open_data)}</a>
                    " · "
                    <a href="/partners">{t!(i18n, nav_partners)}</a>
                </p>
            </div>
        </footer>
    }
}

/// Who is signed in, with their roles, or the ways to sign in.
#[component]
fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    view! {
        <div class="user-menu">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let unread = info.as_ref().map_or(0, |s: &SessionInfo| s.unread);
                    match info.and_then(|s| s.viewer) {
                        Some(viewer) => {
                            let logout = ServerAction::<Logout>::new();
                            let steering = viewer.has(Role::Steering);
                            let unread_badge = (unread > 0).then(|| view! {
                                " " <span class="count-badge" data-testid="unread-count">{unread}</span>
                                <span class="visually-hidden">" " {t!(i18n, notify_unread)}</span>
                            });
                            view! {
                                // One button with the person's name on a laptop, opening
                                // their account menu (a <details>: no JavaScript needed); on a
                                // phone the same links lie open inside the site menu.
                                <details class="account-menu">
                                    <summary class="account-toggle" data-testid="account-toggle">
                                        <span class="user-name" data-testid="user-name">{viewer.display_name.clone()}</span>
                                        {unread_badge}
                                    </summary>
                                    <div class="account-panel">
                                        <RoleBadges roles=viewer.roles.clone() />
                                        <AccountLinks steering unread />
                                        <ServerForm action=logout id="logout" class="inline-form">
                                            <Submit label=move || t_string!(i18n, nav_logout) secondary=true />
                                        </ServerForm>
                                    </div>
                                </details>
                            }.into_any()
                        }
                        None => view! {
                            <a href="/login">{t!(i18n, nav_login)}</a>
                            <a href="/register" class="button button-small">{t!(i18n, nav_register)}</a>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// The account menu's links; a view of its own, so the header's type stays shallow.
#[component]
fn AccountLinks(steering: bool, unread: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="account-links">
            <li><a href="/me" data-testid="nav-me">{t!(i18n, nav_me)}</a></li>
            <li><a href="/profile" data-testid="nav-profile">{t!(i18n, nav_profile)}</a></li>
            <li>
                <a href="/notifications" class="notify-link" data-testid="notify-link">
                    {t!(i18n, nav_notifications)}
                    {(unread > 0).then(|| view! { " (" {unread} ")" })}
                </a>
            </li>
            {steering.then(|| view! {
                <li><a href="/admin">{t!(i18n, nav_admin)}</a></li>
                <li><a href="/moderation">{t!(i18n, nav_moderation)}</a></li>
            })}
        </ul>
    }
    .into_any()
}

/// Two streams meeting: the Nemunas and the Neris at Santaka park.
#[component]
fn BrandMark() -> impl IntoView {
    view! {
        <svg class="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <path d="M3 6 C 12 8, 14 14, 16 18" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
            <path d="M29 6 C 20 8, 18 14, 16 18" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
            <path d="M16 18 L 16 28" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
        </svg>
    }
}
