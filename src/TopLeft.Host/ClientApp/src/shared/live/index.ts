export { LiveClient, getLiveClient, createHubConnection, HubMethods, LIVE_HUB_URL } from './liveClient';
export type { LiveConnection, LiveHandler, ConnectionFactory } from './liveClient';
export { useBoardLive } from './useBoardLive';
