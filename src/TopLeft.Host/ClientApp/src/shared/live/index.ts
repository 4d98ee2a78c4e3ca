export { LiveClient, getLiveClient, createHubConnection, HubMethods, LIVE_HUB_URL } from './liveClient';
export type { LiveConnection, LiveHandler, JoinedHandler, ConnectionFactory } from './liveClient';
export { useBoardLive } from './useBoardLive';
