import { HOST_PROFILES, HOSTS, type HostProfile } from "./strict-excel";

/**
 * Register a suite once per host the manifest admits (the floor, the newest without notes, the
 * newest), titled "on Excel <host>". Returns the host of the test running now, for the fakes a test
 * builds.
 */
export function eachHost(suite: () => void): () => HostProfile {
  let current: HostProfile = HOSTS.newest;
  describe.each(HOST_PROFILES)("on Excel $name", (profile) => {
    beforeAll(() => {
      current = profile;
    });
    suite();
  });
  return () => current;
}
