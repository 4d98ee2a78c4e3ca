import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';

export const LIVE_HUB_URL = '/hubs/live';

/** Sent by the server when the user's sessions end (e.g. an admin disabled them). */
export const SESSION_ENDED = 'SessionEnded';

/** Hub methods the server exposes; names are the contract with the Host's live hub. */
export const HubMethods = {
  subscribeBoard: 'SubscribeBoard',
  unsubscribeBoard: 'UnsubscribeBoard',
} as const;

export type LiveHandler = (...args: unknown[]) => void;

/**
 * Called each time the connection joins a board's group (first join and after every reconnect) with the tenant's
 * board-data version at that moment (null when the server could not tell). A page whose board was read at an older
 * version may have missed a change announced before it joined, and should reload.
 */
export type JoinedHandler = (version: number | null) => void;

/** The slice of `HubConnection` the client uses, so tests can pass a fake. */
export type LiveConnection = Pick<HubConnection, 'start' | 'stop' | 'invoke' | 'on' | 'off' | 'onreconnected' | 'state'>;

export type ConnectionFactory = () => LiveConnection;

export const createHubConnection: ConnectionFactory = () => {
  const connection = new HubConnectionBuilder()
    .withUrl(LIVE_HUB_URL, { withCredentials: true })
    .withAutomaticReconnect()
    .configureLogging(import.meta.env.DEV ? LogLevel.Information : LogLevel.Warning)
    .build();
  // The server ends a disabled user's sessions; leave for the sign-in page rather than reconnecting.
  connection.on(SESSION_ENDED, () => {
    void connection.stop();
    window.location.assign('/sign-in');
  });
  return connection;
};

/**
 * The single connection to `/hubs/live`. It is created on first use (no socket for pages that never
 * subscribe), reference-counts board subscriptions, and re-joins every board after a reconnect, telling the
 * subscribers the version each join saw.
 */
export class LiveClient {
  private connection: LiveConnection | null = null;
  private starting: Promise<void> | null = null;
  private readonly boards = new Map<string, number>();
  private readonly joinedHandlers = new Map<string, Set<JoinedHandler>>();
  private readonly factory: ConnectionFactory;

  constructor(factory: ConnectionFactory = createHubConnection) {
    this.factory = factory;
  }

  get isConnected(): boolean {
    return this.connection?.state === HubConnectionState.Connected;
  }

  /**
   * Joins the board's group; the returned function leaves it (once the last subscriber leaves). A later subscriber
   * of an already joined board hears nothing it could have missed, so only the subscriber that caused the join hears
   * the first `onJoined`; every subscriber hears those after a reconnect.
   */
  async subscribe(boardId: string, onJoined?: JoinedHandler): Promise<() => Promise<void>> {
    const count = this.boards.get(boardId) ?? 0;
    this.boards.set(boardId, count + 1);
    const connection = await this.ensureStarted();
    if (count === 0) {
      const version = await this.join(connection, boardId);
      onJoined?.(version);
    }
    if (onJoined) {
      const handlers = this.joinedHandlers.get(boardId) ?? new Set<JoinedHandler>();
      handlers.add(onJoined);
      this.joinedHandlers.set(boardId, handlers);
    }

    let released = false;
    return async () => {
      if (released) return;
      released = true;
      if (onJoined) this.joinedHandlers.get(boardId)?.delete(onJoined);
      const remaining = (this.boards.get(boardId) ?? 1) - 1;
      if (remaining > 0) {
        this.boards.set(boardId, remaining);
        return;
      }
      this.boards.delete(boardId);
      this.joinedHandlers.delete(boardId);
      if (this.connection?.state === HubConnectionState.Connected) {
        await this.connection.invoke(HubMethods.unsubscribeBoard, boardId);
      }
    };
  }

  /** Listens to a server-sent event (e.g. `CardMoved`); returns a function that stops listening. */
  on(event: string, handler: LiveHandler): () => void {
    const connection = this.getConnection();
    connection.on(event, handler);
    return () => connection.off(event, handler);
  }

  async stop(): Promise<void> {
    this.boards.clear();
    this.joinedHandlers.clear();
    const connection = this.connection;
    this.connection = null;
    this.starting = null;
    if (connection) await connection.stop();
  }

  private getConnection(): LiveConnection {
    if (!this.connection) {
      const connection = this.factory();
      connection.onreconnected(() => {
        // Changes announced while the connection was down were lost: each join tells the pages whether to reload.
        for (const boardId of this.boards.keys()) {
          void this.join(connection, boardId).then(
            (version) => this.joinedHandlers.get(boardId)?.forEach((handler) => handler(version)),
            (error: unknown) => console.warn('Could not re-join a board', error),
          );
        }
      });
      this.connection = connection;
    }
    return this.connection;
  }

  private async join(connection: LiveConnection, boardId: string): Promise<number | null> {
    const version: unknown = await connection.invoke(HubMethods.subscribeBoard, boardId);
    return typeof version === 'number' ? version : null;
  }

  private async ensureStarted(): Promise<LiveConnection> {
    const connection = this.getConnection();
    if (connection.state === HubConnectionState.Connected) return connection;
    if (!this.starting) {
      this.starting = connection.start().finally(() => {
        this.starting = null;
      });
    }
    await this.starting;
    return connection;
  }
}

let shared: LiveClient | null = null;

/** The app-wide live client (one hub connection per browser tab). */
export function getLiveClient(): LiveClient {
  shared ??= new LiveClient();
  return shared;
}
