using System.IO.Compression;
using System.Text.Json;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>
/// A value serialised as gzipped JSON, held in 32 KB chunks. A board of 5,000 cards is 3 MB of JSON: one array of it,
/// and the growing buffers that built it, landed on the large object heap, which is not compacted, so every rebuild
/// left megabytes of free but resident holes. Chunks below 85 KB live on the ordinary heap; only the gzipped form is
/// kept (≈ 10 % of the JSON) since browsers all take gzip, and the rare client that does not gets it inflated on the way out.
/// </summary>
internal sealed class GzipChunks
{
    public const int ChunkSize = 32 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _last = ChunkSize;

    private GzipChunks()
    {
    }

    /// <summary>The gzipped bytes, chunk by chunk.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Chunks =>
        _chunks.Select((c, i) => new ReadOnlyMemory<byte>(c, 0, i == _chunks.Count - 1 ? _last : ChunkSize));

    public long Length => _chunks.Count == 0 ? 0 : ((long)(_chunks.Count - 1) * ChunkSize) + _last;

    public static async Task<GzipChunks> SerializeAsync<T>(T value, JsonSerializerOptions options)
    {
        var result = new GzipChunks();
        await using (var gzip = new GZipStream(new Appender(result), CompressionLevel.Fastest))
        {
            await JsonSerializer.SerializeAsync(gzip, value, options);
        }

        return result;
    }

    /// <summary>The JSON itself, inflated as it is read.</summary>
    public Stream OpenJson() => new GZipStream(new Reader(this), CompressionMode.Decompress);

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_last == ChunkSize)
            {
                _chunks.Add(new byte[ChunkSize]);
                _last = 0;
            }

            var n = Math.Min(bytes.Length, ChunkSize - _last);
            bytes[..n].CopyTo(_chunks[^1].AsSpan(_last));
            _last += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>The write end the gzip stream fills.</summary>
    private sealed class Appender(GzipChunks target) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => target.Length;

        public override long Position { get => Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => target.Append(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => target.Append(buffer);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            target.Append(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            target.Append(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>The chunks read back in order, for inflating.</summary>
    private sealed class Reader(GzipChunks source) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => source.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var available = source.Length - _position;
            if (available <= 0 || buffer.IsEmpty)
            {
                return 0;
            }

            var chunk = (int)(_position / ChunkSize);
            var at = (int)(_position % ChunkSize);
            var n = (int)Math.Min(Math.Min(buffer.Length, ChunkSize - at), available);
            source._chunks[chunk].AsSpan(at, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
