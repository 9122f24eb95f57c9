/**
 * The plan the schedule calculator opens with: a checkout launch whose critical path runs through the
 * payments vendor, the way real ones tend to. A UI default, like 99.99 in the availability field.
 */
export const SAMPLE_PROJECT = `# Checkout revamp. Durations are working days;
# an estimate is [optimistic, likely, pessimistic].
tasks:
  - id: requirements
    name: Requirements sign-off
    estimate: [2, 3, 5]
  - id: design
    name: Technical design
    estimate: [4, 5, 8]
    depends: [requirements]
  - id: vendor-contract
    name: Payments vendor contract
    estimate: [5, 8, 15]
    depends: [requirements]
  - id: build
    name: Build checkout service
    estimate: [10, 15, 22]
    depends: [design]
  - id: vendor-integration
    name: Vendor integration
    estimate: [8, 12, 25]
    depends: [design, vendor-contract]
  - id: load-test
    name: Load test
    duration: 3
    depends: [build]
  - id: security-review
    name: Security review
    estimate: [3, 5, 10]
    depends: [build, vendor-integration]
  - id: launch
    name: Launch
    duration: 1
    depends: [security-review, load-test]
`;
