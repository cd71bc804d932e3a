/** Test helpers of the enforcer for other packages' tests: the GitHub wire-format server and the fixture repository. */
export { FIXTURE_FILES } from '../../test/fixture-repo.ts';
export { GitHubFake, githubTarball, rawTarball } from '../../test/github-fake.ts';
