import { describe, expect, it } from "vitest";
import { isPrivateHost, privateAddressesIn, privateHostOf } from "../../../src/base/private-address.ts";

describe("the one rule for addresses readers cannot reach", () => {
  it("holds every spelling of this machine to be private, as the URL parser normalises it", () => {
    for (const url of ["http://127.0.0.1:8080/", "http://127.1:8080/", "http://0x7f.1/", "http://2130706433/", "http://0.0.0.0:8080/", "http://localhost/", "http://LOCALHOST./", "http://app.localhost/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/"]) {
      expect(privateHostOf(url), url).toBeDefined();
    }
  });

  it("holds private networks to be private: 10/8, 172.16/12, 192.168/16, link-local, shared NAT, IPv6 unique-local and link-local", () => {
    for (const host of ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.10.10", "100.64.0.1", "[fd12:3456::1]", "[fe80::1]"]) {
      expect(isPrivateHost(host), host).toBe(true);
    }
  });

  it("leaves public hosts and addresses alone, including the neighbours of private ranges", () => {
    for (const host of ["example.org", "172.32.0.1", "172.15.0.1", "192.169.0.1", "100.128.0.1", "8.8.8.8", "[2001:db8::1]", "localhost.example.org"]) {
      expect(isPrivateHost(host), host).toBe(false);
    }
    expect(privateHostOf("not a url")).toBeUndefined();
    expect(privateHostOf("tag:example.org,2024-01-01:a")).toBeUndefined();
  });

  it("finds private addresses in free text, with or without a scheme, and nothing else", () => {
    const text = "see https://example.org/a and http://127.1:8080/x) or localhost:4000/b, 127.0.0.1:9/c; 1 0 0 1 72.5 700.25 Tm";
    expect(privateAddressesIn(text)).toEqual(["http://127.1:8080/x", "localhost:4000/b", "127.0.0.1:9/c"]);
  });
});
