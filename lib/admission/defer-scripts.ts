// The framework's scripts start after the first paint (issue 16's LCP on a phone). Next puts its
// chunks in the page as <script src async>: a phone then fetches, parses and runs some 150 KB of
// React, router and app code while it would paint the page, and the page's largest text or photo
// waits for them. Here those tags and Next's preloads of them go, and one inline loader, where
// Next's own bootstrap tag was, adds the scripts once the first frame is on screen and the page's
// priority photos (fetchpriority="high") are painted, or at the first tap or key press if that
// comes sooner. The loader carries the page's nonce, so
// a page under the nonce policy trusts the scripts it adds ('strict-dynamic'); a shared cached page
// has no nonce and allows its own inline scripts (lib/security/headers.ts).
import { hydratedEvent } from "./hydrated-event";

/** Next's chunk tags: a same-origin static script, async, never the noModule polyfill. */
const scriptTag = /<script\b([^>]*)><\/script>/g;
const chunkSource = /^\/_next\/static\/[\w\-./~]+\.js$/;
/** Nonces are base64 (proxy.ts); anything else is not copied into the page. */
const nonceValue = /^[A-Za-z0-9+/=_-]{8,200}$/;

function attribute(attributes: string, name: string): string | null {
  const found = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "i").exec(attributes);
  return found ? found[1]! : null;
}

function hasAttribute(attributes: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:=|\\s|$)`, "i").test(attributes);
}


/**
 * The loader, in the syntax every browser that runs the app parses (no build step touches it).
 * 1. The scripts start once the first contentful paint has been presented (its PerformanceObserver
 *    entry comes after the frame is on screen; rAF or a timer would come before), and once the
 *    page's priority photos have loaded and been painted (their largest-contentful-paint entry, or
 *    0.5 s after their load when a photo is not the largest element); at the first tap, key press
 *    at the latest, and 5 s after the page was parsed in any case (a hidden tab).
 * 2. Until the app has hydrated, a submitted form that the app handles (no action attribute: a
 *    native submit would send its fields in the address; or a server action's action="") and a
 *    click on a button that does nothing without the app are held and replayed once it has, and a
 *    select, checkbox, radio or text field changed meanwhile gets its value back and is announced
 *    to the app, so an early tap or choice is not lost. Links, summaries and forms with an address
 *    of their own work natively meanwhile.
 */
export function loaderScript(sources: string[], nonce: string | null): string {
  const code = [
    "(function(){",
    `var u=${JSON.stringify(sources)},n=${JSON.stringify(nonce ?? "")},d=document,w=window,started=false,hydrated=false,held=[];`,
    "function start(){if(started)return;started=true;for(var i=0;i<u.length;i++){var s=d.createElement('script');s.src=u[i];s.async=true;if(n)s.nonce=n;d.head.appendChild(s)}}",
    "function soon(){setTimeout(start,0)}",
    "function observe(type,callback){try{var o=new PerformanceObserver(function(l){callback(l.getEntries(),o)});o.observe({type:type,buffered:true});return true}catch(e){return false}}",
    "function priority(m){return m&&m.getAttribute&&m.getAttribute('fetchpriority')==='high'}",
    "var photos=[].slice.call(d.querySelectorAll('img[fetchpriority=high]')),painted=[];",
    "observe('largest-contentful-paint',function(l){for(var i=0;i<l.length;i++)if(priority(l[i].element))painted.push(l[i].element);if(waiting&&painted.length)soon()});",
    "var waiting=false;",
    "function afterPaint(){if(!photos.length||painted.length)return soon();waiting=true;var left=photos.length;",
    "photos.forEach(function(m){function done(){if(--left===0)setTimeout(start,500)}if(m.complete)done();else{m.addEventListener('load',done);m.addEventListener('error',done)}})}",
    "if(!observe('paint',function(l,o){for(var i=0;i<l.length;i++)if(l[i].name==='first-contentful-paint'){o.disconnect();afterPaint();return}}))requestAnimationFrame(function(){setTimeout(afterPaint,50)});",
    "setTimeout(start,5000);",
    "['pointerdown','keydown','touchstart'].forEach(function(t){w.addEventListener(t,start,{capture:true,passive:true})});",
    "var native=false;function hold(e){if(hydrated||native)return;var t=e.target,act;",
    // A form with an address of its own (the GET search) goes natively; a form the app handles
    // (no action) or a server action's form (action="") waits for the app, and if the app has not
    // come 8 s after a server action's form was sent, that one goes natively after all.
    "if(e.type==='submit'){var a=t.getAttribute('action');if(a)return;var b=e.submitter;act=function(){t.requestSubmit?t.requestSubmit(b||undefined):t.submit()};",
    "if(a==='')setTimeout(function(){if(!hydrated&&held.indexOf(act)>=0){held.splice(held.indexOf(act),1);native=true;act()}},8000)}",
    "else{var x=t.closest&&t.closest('button');if(!x||x.disabled||(x.form&&x.type!=='button'))return;act=function(){x.click()}}",
    "e.preventDefault();e.stopImmediatePropagation();held.push(act);start()}",
    "w.addEventListener('submit',hold,true);w.addEventListener('click',hold,true);",
    // A field edited before hydration: hydration sets a controlled field back to the app's state
    // and the app's change handler never saw the edit. Its last value is kept here and put back
    // once the app runs: a select with a change event (a file field keeps its files and gets the
    // event too); a checkbox or radio with a plain
    // (non-toggling) click event, and a text field with an input event, each after React's value
    // tracker is moved off that value (set through the element, then the prototype), so React
    // sees a change.
    "var edited=[];function edit(e){if(hydrated)return;var t=e.target;if(!t||!t.tagName)return;var type=(t.type||'').toLowerCase(),check=type==='checkbox'||type==='radio';",
    "for(var i=0;i<edited.length;i++)if(edited[i].t===t){edited.splice(i,1);break}edited.push({t:t,v:check?t.checked:t.value,check:check,file:type==='file'});start()}",
    "w.addEventListener('change',edit,true);w.addEventListener('input',edit,true);",
    "function replay(r){var t=r.t,tag=t.tagName;if(!t.isConnected)return;",
    "if(r.file)return t.dispatchEvent(new Event('change',{bubbles:true}));",
    "if(tag==='SELECT'){t.value=r.v;return t.dispatchEvent(new Event('change',{bubbles:true}))}",
    "if(r.check){var q=Object.getOwnPropertyDescriptor(HTMLInputElement.prototype,'checked');t.checked=!r.v;q.set.call(t,r.v);return t.dispatchEvent(new Event('click',{bubbles:true}))}",
    "if(tag==='TEXTAREA'||tag==='INPUT'){var p=Object.getOwnPropertyDescriptor(tag==='TEXTAREA'?HTMLTextAreaElement.prototype:HTMLInputElement.prototype,'value');t.value=r.v+' ';p.set.call(t,r.v);t.dispatchEvent(new Event('input',{bubbles:true}))}}",
    `w.addEventListener(${JSON.stringify(hydratedEvent)},function(){hydrated=true;setTimeout(function(){edited.splice(0).forEach(replay);held.splice(0).forEach(function(a){a()})},0)});`,
    "})()",
  ].join("");
  return `<script${nonce ? ` nonce="${nonce}"` : ""}>${code}</script>`;
}

/**
 * The page with Next's async chunk tags replaced as described above; the page unchanged when it
 * has none (or no </head>).
 */
export function deferScripts(html: string): string {
  const headEnd = html.indexOf("</head>");
  if (headEnd < 0) return html;
  const sources: string[] = [];
  let nonce: string | null = null;
  let lastBodyTag = -1;
  let removedBefore = 0;
  const out = html.replace(scriptTag, (tag, attributes: string, offset: number) => {
    const source = attribute(attributes, "src");
    if (source === null || !chunkSource.test(source) || !hasAttribute(attributes, "async") || hasAttribute(attributes, "nomodule")) return tag;
    const tagNonce = attribute(attributes, "nonce");
    if (tagNonce !== null && nonceValue.test(tagNonce)) nonce = tagNonce;
    if (!sources.includes(source)) sources.push(source);
    if (offset > headEnd) lastBodyTag = offset - removedBefore;
    removedBefore += tag.length;
    return "";
  });
  if (sources.length === 0) return html;
  const loader = loaderScript(sources, nonce);
  // Next's preloads of the same chunks go too: a chunk fetched before the first paint is counted
  // by Lighthouse's simulation as needed for it, and competes with the page's photos on a phone.
  const page = out.replace(/<link\b[^>]*>/g, (tag) => {
    const attributes = tag.slice(5);
    const href = attribute(attributes, "href");
    return /\brel="preload"/i.test(attributes) && /\bas="script"/i.test(attributes) && href !== null && sources.includes(href) ? "" : tag;
  });
  if (lastBodyTag >= 0) {
    // Every removed preload was in <head>, before the bootstrap tag's place.
    const at = lastBodyTag + page.length - out.length;
    return page.slice(0, at) + loader + page.slice(at);
  }
  const bodyEnd = page.lastIndexOf("</body>");
  return bodyEnd < 0 ? page + loader : page.slice(0, bodyEnd) + loader + page.slice(bodyEnd);
}
