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
 * subscribe), reference-counts board subscriptions, and re-joins every board after a reconnect.
 */
export class LiveClient {
  private connection: LiveConnection | null = null;
  private starting: Promise<void> | null = null;
  private readonly boards = new Map<string, number>();
  private readonly factory: ConnectionFactory;

  constructor(factory: ConnectionFactory = createHubConnection) {
    this.factory = factory;
  }

  get isConnected(): boolean {
    return this.connection?.state === HubConnectionState.Connected;
  }

  /** Joins the board's group; the returned function leaves it (once the last subscriber leaves). */
  async subscribe(boardId: string): Promise<() => Promise<void>> {
    const count = this.boards.get(boardId) ?? 0;
    this.boards.set(boardId, count + 1);
    const connection = await this.ensureStarted();
    if (count === 0) await connection.invoke(HubMethods.subscribeBoard, boardId);

    let released = false;
    return async () => {
      if (released) return;
      released = true;
      const remaining = (this.boards.get(boardId) ?? 1) - 1;
      if (remaining > 0) {
        this.boards.set(boardId, remaining);
        return;
      }
      this.boards.delete(boardId);
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
    const connection = this.connection;
    this.connection = null;
    this.starting = null;
    if (connection) await connection.stop();
  }

  private getConnection(): LiveConnection {
    if (!this.connection) {
      const connection = this.factory();
      connection.onreconnected(() => {
        for (const boardId of this.boards.keys()) {
          void connection.invoke(HubMethods.subscribeBoard, boardId);
        }
      });
      this.connection = connection;
    }
    return this.connection;
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
