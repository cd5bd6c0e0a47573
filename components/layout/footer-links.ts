// The footer's links. Signing in and registering are offered only to visitors who are not
// signed in (the header carries the account links for those who are). Pure.

export type FooterLink = readonly [href: string, label: "home" | "catalog" | "events" | "register" | "signIn"];

const always: FooterLink[] = [
  ["/", "home"],
  ["/katalog", "catalog"],
  ["/acara", "events"],
];

const signedOutOnly: FooterLink[] = [
  ["/daftar", "register"],
  ["/masuk", "signIn"],
];

export function footerLinks(signedIn: boolean): FooterLink[] {
  return signedIn ? always : [...always, ...signedOutOnly];
}
