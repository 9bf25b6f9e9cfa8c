namespace Extract.Cli.Input;

/// <summary>Reads a stream line by line as bytes (so that invalid UTF-8 can be located), in constant memory per line.</summary>
internal sealed class ByteLines(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private long _consumed;
    private bool _eof;

    /// <summary>The next line without its line break, and its byte offset in the stream.</summary>
    public bool TryRead(out ReadOnlyMemory<byte> line, out long offset)
    {
        int scanFrom = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                offset = _consumed;
                line = _buffer.AsMemory(_start, newline - _start);
                _consumed += newline + 1 - _start;
                _start = newline + 1;
                return true;
            }
            if (_eof)
            {
                offset = _consumed;
                line = _buffer.AsMemory(_start, _end - _start);
                _consumed += _end - _start;
                bool any = _end > _start;
                _start = _end;
                return any;
            }
            scanFrom = _end - _start;
            Fill();
            scanFrom += _start;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }
}
