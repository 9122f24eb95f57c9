export { createApp, type App, type AppDeps } from './app.js';
export { openApp } from './open.js';
export { dataHome, databaseFile, serverPort, DEFAULT_HOST, DEFAULT_PORT } from './settings/config.js';
export { packageVersion } from './version.js';
export { hostedConfig, openHosted, type HostedConfig, type HostedRuntime } from './hosted.js';
export { ROLES, type Account, type Role } from './accounts/accounts.js';
export type { PeerView, PeerPhase, PeerRole, PeerOpen, PeerRoundScore } from './peer/peer.js';
