import { expect, Page, test } from "@playwright/test";
import { isHydrated, logIn, open, registerAndConfirm, uniqueEmail } from "./helpers";

// Hostile text through every field a person writes for others on an idea and a profile, looked
// at in a real browser with JavaScript on: no dialog opens, no injected handler, script, frame
// or javascript: link reaches the page, and the page's own marker `window.__xss` stays unset.
// Each payload tries to run `alert(1)` or set the marker.
const PAYLOADS: string[] = [
  "<script>alert(1)</script>",
  "<script>window.__xss=1</script>",
  "<img src=x onerror=alert(1)>",
  "<img src=x onerror=window.__xss=1>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<a href="javascript:alert(1)">link</a>',
  "[link](javascript:alert(1))",
  "[link](JaVaScRiPt:alert(1))",
  "![pic](javascript:alert(1))",
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href="&#106;avascript:alert(1)">entity</a>',
  '<a href=" javascript:alert(1)">space</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  "<body onload=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<select autofocus onfocus=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<audio src=x onerror=alert(1)>",
  "<marquee onstart=alert(1)>x</marquee>",
  '<div style="background:url(javascript:alert(1))">bg</div>',
  "<style>@import 'javascript:alert(1)';</style>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "%3Cscript%3Ealert(1)%3C/script%3E",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  '<svg><a xlink:href="javascript:alert(1)"><text x="1" y="1">x</text></a></svg>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<img src=x:alert(alt) onerror=eval(src) alt=0>",
  '<table background="javascript:alert(1)"><tr><td>t</td></tr></table>',
  "<<img src=x onerror=alert(1)//<",
  '<a href="#" onclick="alert(1)">click</a>',
  "<html onmouseover=alert(1)>",
  "<keygen autofocus onfocus=alert(1)>",
];

/** What the page holds that should never come from someone's text. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) found.push("window.__xss set");
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith("on")) found.push(`${el.tagName} ${attr.name}`);
        if (/^\s*(javascript|data):/i.test(attr.value) && ["href", "src", "action", "data", "background", "xlink:href"].includes(attr.name)) {
          found.push(`${el.tagName} ${attr.name}=${attr.value}`);
        }
      }
      // The page's own scripts carry the request's nonce; text never can.
      if (el.tagName === "SCRIPT" && !el.hasAttribute("nonce")) found.push("SCRIPT without nonce");
      if (["IFRAME", "OBJECT", "EMBED", "BASE", "META", "STYLE"].includes(el.tagName)) found.push(el.tagName);
    }
    return found;
  });
}

test("an XSS corpus through every field of an idea, a comment and a profile runs nothing", async ({ page }, info) => {
  test.skip(!isHydrated(info), "scripts run only with JavaScript on");
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const email = uniqueEmail("xss", info);
  const password = "Nemuno krantinė 2026";
  await registerAndConfirm(page, info, email, "Ieva Bandytoja", password);
  await logIn(page, info, email, password);
  const api = page.request;
  const post = (name: string, form: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return api.post(`/api/${name}`, {
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      data: body.toString(),
    });
  };

  const shared = await post("share_idea", { title: "Kiemų šventė Šančiuose", summary: "Kaimynai susitinka kieme.", "sectors[]": ["youth"] });
  expect(shared.status()).toBe(200);
  const ideaPath = (await shared.json()) as string;
  const idea = ideaPath.match(/\/ideas\/(\d+)/)![1];
  const accepted: Record<string, number> = { title: 0, summary: 0, description: 0, needs_note: 0, comment: 0, display_name: 0, bio: 0 };
  const problems: string[] = [];
  let version = 1;
  for (const [i, payload] of PAYLOADS.entries()) {
    // The idea: every text field at once; a payload too long or short for a title goes into
    // the others.
    // (At most one edit per payload: edits are limited to 60 an hour.)
    for (const titled of [payload.length >= 5 && payload.length <= 120]) {
      const response = await post("update_idea", {
        id: idea,
        version: String(version),
        title: titled ? payload : `Kiemų šventė ${i}`,
        summary: payload,
        "sectors[]": ["youth"],
        description: `Aprašymas ${i}\n\n${payload}\n\n- ${payload}`,
        tags: "",
        district: "",
        lat: "",
        lng: "",
        need_skills: "",
        needs_note: payload,
      });
      if (response.status() === 200) {
        version += 1;
        for (const field of titled ? ["title", "summary", "description", "needs_note"] : ["summary", "description", "needs_note"]) accepted[field] += 1;
        break;
      }
    }
    // Comments: two payloads a comment keeps within the hourly limit of 30.
    if (i % 2 === 1) {
      const response = await post("post_comment", { idea_id: idea, body: `${PAYLOADS[i - 1]} ir ${payload}` });
      if (response.status() === 200) accepted.comment += 2;
    }
    // The profile: name and introduction, shown to others.
    const profile = await post("update_profile", {
      display_name: payload.slice(0, 60),
      bio: payload,
      birth_year: "",
      preferred_locale: "lt",
      skills: "",
      show_bio: "on",
    });
    if (profile.status() === 200) {
      accepted.bio += 1;
      if (payload.length >= 2) accepted.display_name += 1;
    }
    for (const path of [`/ideas/${idea}`, `/ideas/${idea}/history`]) {
      await open(page, info, path);
      const found = await injected(page);
      if (found.length) problems.push(`${path} after payload ${i} (${payload}): ${found.join(", ")}`);
    }
  }
  const me = await (await api.get("/api/get_session_info", { headers: { accept: "application/json" } })).json();
  for (const path of [`/people/${me.viewer.id}`, "/ideas", `/ideas?q=${encodeURIComponent("Kiemų šventė")}`, "/me"]) {
    await open(page, info, path);
    const found = await injected(page);
    if (found.length) problems.push(`${path}: ${found.join(", ")}`);
  }
  console.log(`XSS corpus: ${PAYLOADS.length} payloads; accepted per field: ${JSON.stringify(accepted)}; dialogs: ${dialogs.length}`);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  expect(accepted.description).toBeGreaterThanOrEqual(50);
  expect(accepted.comment).toBeGreaterThanOrEqual(50);
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});
