import { HubConnectionState } from '@microsoft/signalr';
import { describe, expect, it, vi } from 'vitest';
import { HubMethods, LiveClient, type LiveConnection } from './liveClient';

function fakeConnection() {
  let reconnected: (() => void) | undefined;
  const connection = {
    state: HubConnectionState.Disconnected as HubConnectionState,
    start: vi.fn(async () => {
      connection.state = HubConnectionState.Connected;
    }),
    stop: vi.fn(async () => {
      connection.state = HubConnectionState.Disconnected;
    }),
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
    on: vi.fn(),
    off: vi.fn(),
    onreconnected: vi.fn((callback: () => void) => {
      reconnected = callback;
    }),
    simulateReconnect: () => reconnected?.(),
  };
  return connection;
}

describe('LiveClient', () => {
  it('connects only when a board is first subscribed, and joins each board once', async () => {
    const connection = fakeConnection();
    const factory = vi.fn(() => connection as unknown as LiveConnection);
    const client = new LiveClient(factory);
    expect(factory).not.toHaveBeenCalled();

    const [leaveA1] = await Promise.all([client.subscribe('a'), client.subscribe('a')]);
    const leaveB = await client.subscribe('b');

    expect(factory).toHaveBeenCalledTimes(1);
    expect(connection.start).toHaveBeenCalledTimes(1);
    expect(connection.invoke.mock.calls).toEqual([
      [HubMethods.subscribeBoard, 'a'],
      [HubMethods.subscribeBoard, 'b'],
    ]);

    await leaveA1();
    await leaveA1();
    expect(connection.invoke).not.toHaveBeenCalledWith(HubMethods.unsubscribeBoard, 'a');
    await leaveB();
    expect(connection.invoke).toHaveBeenCalledWith(HubMethods.unsubscribeBoard, 'b');
  });

  it('re-joins the subscribed boards after a reconnect', async () => {
    const connection = fakeConnection();
    const client = new LiveClient(() => connection as unknown as LiveConnection);
    await client.subscribe('a');
    connection.invoke.mockClear();

    connection.simulateReconnect();

    expect(connection.invoke).toHaveBeenCalledWith(HubMethods.subscribeBoard, 'a');
  });

  it('tells the subscriber the version each join saw: on the first join and again after a reconnect', async () => {
    const connection = fakeConnection();
    let version = 41;
    connection.invoke.mockImplementation(async () => version);
    const client = new LiveClient(() => connection as unknown as LiveConnection);
    const joined = vi.fn();
    const later = vi.fn();

    const leave = await client.subscribe('a', joined);
    await client.subscribe('a', later);
    expect(joined.mock.calls).toEqual([[41]]);
    expect(later).not.toHaveBeenCalled();

    version = 45;
    connection.simulateReconnect();
    await vi.waitFor(() => expect(joined.mock.calls).toEqual([[41], [45]]));
    expect(later.mock.calls).toEqual([[45]]);

    await leave();
    connection.simulateReconnect();
    await vi.waitFor(() => expect(later.mock.calls).toEqual([[45], [45]]));
    expect(joined).toHaveBeenCalledTimes(2);
  });

  it('routes server events to handlers until they unsubscribe', () => {
    const connection = fakeConnection();
    const client = new LiveClient(() => connection as unknown as LiveConnection);
    const handler = vi.fn();

    const off = client.on('CardMoved', handler);
    off();

    expect(connection.on).toHaveBeenCalledWith('CardMoved', handler);
    expect(connection.off).toHaveBeenCalledWith('CardMoved', handler);
    expect(connection.start).not.toHaveBeenCalled();
  });
});
