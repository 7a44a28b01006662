#!/usr/bin/env python3
"""Webhook signature vectors computed independently of pspkit's Rust code, with Python's own
hmac and hashlib: `python3 make_vectors.py > vectors.json` (deterministic; the test reads the
committed output). Each vector is one delivery, the scheme it is checked under, the clock, and
whether it is authentic (and if not, the error kind the runtime must report)."""

import base64
import hashlib
import hmac
import json

SECRET = "whsec_test_9f8e7d6c5b4a"
OTHER = "whsec_test_another_one"
BODY = '{"id":"cus_654321","event":"customer.created"}'
NOW = 1_733_400_000

# The schemes the seed providers and Stripe document (see crates/runtime/src/webhook.rs).
PAISR = {"signature_headers": ["X-PCB-Signature", "X-Paisr-Signature"], "encoding": "hex",
         "signed": "{timestamp}.{body}", "timestamp_header": "X-PCB-Timestamp", "tolerance": 300}
RAZORPAY = {"signature_headers": ["X-Razorpay-Signature"], "encoding": "hex", "signed": "{body}",
            "tolerance": None}
STRIPE = {"signature_headers": ["Stripe-Signature"], "encoding": "hex", "signed": "{timestamp}.{body}",
          "listed": ["t", "v1"], "tolerance": 300}
BASE64 = {"signature_headers": ["X-Signature"], "encoding": "base64", "signed": "{body}", "tolerance": None}


def mac(secret, text):
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).digest()


def paisr(body=BODY, secret=SECRET, timestamp=NOW, signed_timestamp=None, header="X-PCB-Signature", upper=False):
    signed_timestamp = timestamp if signed_timestamp is None else signed_timestamp
    signature = mac(secret, f"{signed_timestamp}.{BODY}").hex()
    return [[header, signature.upper() if upper else signature], ["X-PCB-Timestamp", str(timestamp)]], body


vectors = []


def add(name, scheme, headers, body, expected):
    vectors.append({"name": name, "scheme": scheme, "headers": headers, "body": body, "now": NOW,
                    "secret": SECRET, "expected": expected})


headers, body = paisr()
add("paisr: authentic", PAISR, headers, body, "ok")
headers, body = paisr(header="X-Paisr-Signature")
add("paisr: the newer header name", PAISR, headers, body, "ok")
headers, body = paisr(upper=True)
add("paisr: upper-case hex", PAISR, headers, body, "ok")
headers, _ = paisr()
add("paisr: tampered body", PAISR, headers, BODY.replace("654321", "654322"), "BadSignature")
headers, body = paisr(timestamp=NOW - 10, signed_timestamp=NOW - 20)
add("paisr: tampered timestamp", PAISR, headers, body, "BadSignature")
headers, body = paisr(secret=OTHER)
add("paisr: wrong secret", PAISR, headers, body, "BadSignature")
headers, body = paisr(timestamp=NOW - 301)
add("paisr: stale by 301 s", PAISR, headers, body, "OutsideTolerance")
headers, body = paisr(timestamp=NOW + 301)
add("paisr: 301 s in the future", PAISR, headers, body, "OutsideTolerance")
headers, body = paisr(timestamp=NOW - 300)
add("paisr: 300 s old, at the edge", PAISR, headers, body, "ok")
headers, body = paisr()
add("paisr: no timestamp header", PAISR, headers[:1], body, "MissingHeader")
add("paisr: no signature header", PAISR, headers[1:], body, "MissingHeader")
add("paisr: the signature header twice", PAISR, [headers[0], headers[0], headers[1]], body, "DuplicateHeader")
add("paisr: both header names", PAISR, [headers[0], ["X-Paisr-Signature", headers[0][1]], headers[1]], body,
    "DuplicateHeader")
add("paisr: truncated signature", PAISR, [[headers[0][0], headers[0][1][:-2]], headers[1]], body, "BadSignature")
add("paisr: odd-length signature", PAISR, [[headers[0][0], headers[0][1][:-1]], headers[1]], body,
    "MalformedHeader")

razorpay_signature = mac(SECRET, BODY).hex()
add("razorpay: authentic", RAZORPAY, [["X-Razorpay-Signature", razorpay_signature]], BODY, "ok")
add("razorpay: tampered body", RAZORPAY, [["X-Razorpay-Signature", razorpay_signature]], BODY + " ", "BadSignature")

stripe_signature = mac(SECRET, f"{NOW}.{BODY}").hex()
other_signature = mac(OTHER, f"{NOW}.{BODY}").hex()
add("stripe: authentic", STRIPE, [["Stripe-Signature", f"t={NOW},v1={stripe_signature}"]], BODY, "ok")
add("stripe: several v1, one matches", STRIPE,
    [["Stripe-Signature", f"t={NOW},v1={other_signature},v1={stripe_signature},v0=ignored"]], BODY, "ok")
add("stripe: several v1, none matches", STRIPE,
    [["Stripe-Signature", f"t={NOW},v1={other_signature},v1={other_signature}"]], BODY, "BadSignature")
add("stripe: no v1", STRIPE, [["Stripe-Signature", f"t={NOW},v0={stripe_signature}"]], BODY, "MalformedHeader")
add("stripe: no t", STRIPE, [["Stripe-Signature", f"v1={stripe_signature}"]], BODY, "MalformedHeader")
add("stripe: stale", STRIPE,
    [["Stripe-Signature", f"t={NOW - 400},v1={mac(SECRET, f'{NOW - 400}.{BODY}').hex()}"]], BODY,
    "OutsideTolerance")

base64_signature = base64.b64encode(mac(SECRET, BODY)).decode()
add("base64: authentic", BASE64, [["X-Signature", base64_signature]], BODY, "ok")
add("base64: not base64", BASE64, [["X-Signature", "***"]], BODY, "MalformedHeader")

print(json.dumps(vectors, indent=1))
