//! Every `x-pspkit-*` extension the xtask understands: its name, where it goes and what it means.
//! The rules and the model read the names from here; `specs/README.md`'s extension table is
//! checked against [`ALL`] by `xtask/tests/tidy.rs`, so a new extension cannot go undocumented
//! and a documented one cannot go missing.

/// One extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extension {
    /// The key, e.g. `x-pspkit-identity`.
    pub name: &'static str,
    /// Where in a spec it goes.
    pub place: &'static str,
    /// What it does, in a line.
    pub meaning: &'static str,
}

/// `info.x-pspkit-display-name`.
pub const DISPLAY_NAME: &str = "x-pspkit-display-name";
/// On a `servers` entry.
pub const ENVIRONMENT: &str = "x-pspkit-environment";
/// On an `http`/`basic` security scheme.
pub const USERNAME: &str = "x-pspkit-username";
/// On an `http`/`basic` security scheme.
pub const PASSWORD: &str = "x-pspkit-password";
/// On an `http`/`bearer` or header `apiKey` security scheme.
pub const CREDENTIAL: &str = "x-pspkit-credential";
/// On a response header object.
pub const REQUEST_ID: &str = "x-pspkit-request-id";
/// On a component string enum.
pub const OPEN_ENUM: &str = "x-pspkit-open-enum";
/// On an operation.
pub const REQUIRE_ONE_OF: &str = "x-pspkit-require-one-of";
/// At the document root.
pub const RATE_LIMIT: &str = "x-pspkit-rate-limit";
/// On the operation that returns a customer, and on its success examples.
pub const CUSTOMER: &str = "x-pspkit-customer";
/// On a parameter.
pub const CLI: &str = "x-pspkit-cli";
/// On a component object schema with `required` properties.
pub const IDENTITY: &str = "x-pspkit-identity";
/// At the document root, set by codegen on the document an overlay makes of a published one: the
/// published document's path. Such a document gets `spec::defaults`.
pub const PUBLISHED: &str = "x-pspkit-published";
/// At the document root: the identifying properties of every response object that declares none
/// (those of the names it requires), set once for a published document.
pub const IDENTITY_DEFAULT: &str = "x-pspkit-identity-default";
/// On a number, integer or string property.
pub const MONEY: &str = "x-pspkit-money";
/// At the document root.
pub const IDEMPOTENCY_KEY: &str = "x-pspkit-idempotency-key";
/// On a list operation.
pub const PAGING: &str = "x-pspkit-paging";

/// At the document root of a hand-written spec: `cargo xtask drift` findings the maintainer has
/// weighed, each key with the reason.
pub const DRIFT: &str = "x-pspkit-drift";

/// At the document root: how the provider authenticates a webhook delivery, and the payload
/// property that names the event (the events: `x-webhooks`, or 3.1's `webhooks`).
pub const WEBHOOKS: &str = "x-pspkit-webhooks";

/// At the document root: the events a provider sends, in a 3.0 spec (3.1's `webhooks` is read
/// into it): each entry a path item whose `post` request body is the event's payload.
pub const EVENTS: &str = "x-webhooks";

/// On an event's `post` operation (`x-webhooks`): the JSON pointer of the customer's id in the
/// payload, the id Get Customer takes.
pub const CUSTOMER_ID: &str = "x-pspkit-customer-id";

/// Every extension, in the order `specs/README.md` documents them.
pub const ALL: [Extension; 20] = [
    Extension { name: DISPLAY_NAME, place: "info", meaning: "the provider's human name" },
    Extension { name: ENVIRONMENT, place: "a servers entry", meaning: "a variant of the generated Environment" },
    Extension { name: USERNAME, place: "an http/basic scheme", meaning: "the Credentials field sent as username" },
    Extension { name: PASSWORD, place: "an http/basic scheme", meaning: "the Credentials field sent as password" },
    Extension {
        name: CREDENTIAL,
        place: "a bearer or apiKey scheme",
        meaning: "the Credentials field of the token or key",
    },
    Extension { name: REQUEST_ID, place: "a response header", meaning: "the header carries the provider's request id" },
    Extension { name: OPEN_ENUM, place: "a component string enum", meaning: "unknown values decode as Open::Unknown" },
    Extension { name: REQUIRE_ONE_OF, place: "an operation", meaning: "at least one of these parameters is set" },
    Extension { name: RATE_LIMIT, place: "the document root", meaning: "the provider's rate limit, enforced" },
    Extension { name: CUSTOMER, place: "an operation, a success example", meaning: "the normalised customer mapping" },
    Extension { name: CLI, place: "a parameter", meaning: "how the pspkit CLI spells its argument" },
    Extension { name: IDENTITY, place: "a component object schema", meaning: "the properties that stay required" },
    Extension {
        name: IDENTITY_DEFAULT,
        place: "the document root",
        meaning: "x-pspkit-identity of every object that declares none",
    },
    Extension {
        name: PUBLISHED,
        place: "the document root (set by codegen for an overlay)",
        meaning: "the published document it extends; defaults apply",
    },
    Extension { name: MONEY, place: "a scalar property", meaning: "never converted from another JSON type" },
    Extension {
        name: IDEMPOTENCY_KEY,
        place: "the document root",
        meaning: "the header that makes POST and PATCH safe to retry",
    },
    Extension { name: PAGING, place: "a list operation", meaning: "how it pages: a stream of every item" },
    Extension {
        name: DRIFT,
        place: "the document root",
        meaning: "drift findings against the published document, accepted with a reason",
    },
    Extension {
        name: WEBHOOKS,
        place: "the document root",
        meaning: "how a webhook delivery is authenticated: an HMAC signature or Basic credentials",
    },
    Extension {
        name: CUSTOMER_ID,
        place: "an event's post operation",
        meaning: "where the payload carries the customer's id",
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_unique_and_prefixed() {
        let mut names: Vec<&str> = super::ALL.iter().map(|extension| extension.name).collect();
        assert!(names.iter().all(|name| name.starts_with("x-pspkit-")));
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), super::ALL.len());
    }
}
