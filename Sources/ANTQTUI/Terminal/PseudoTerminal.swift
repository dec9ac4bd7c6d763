import CNcursesw
import Foundation

/// A pseudo-terminal pair for driving a `TerminalSession` without a real terminal: the
/// session (or a child process) reads and writes the slave side; tests and the benchmark
/// type into and read the master side, as a terminal emulator would.
public final class PseudoTerminal {
  public let master: Int32
  public let slave: Int32
  public let input: UnsafeMutablePointer<FILE>
  public let output: UnsafeMutablePointer<FILE>

  public init(rows: Int = 24, columns: Int = 80) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    guard antq_openpty(&master, &slave) == 0 else { throw POSIXError(.ENXIO) }
    self.master = master
    self.slave = slave
    input = fdopen(slave, "r")!
    output = fdopen(dup(slave), "w")!
    resize(rows: rows, columns: columns)
  }

  deinit {
    fclose(input)
    fclose(output)
    close(master)
  }

  /// Sets the window size the slave reports (what a terminal emulator does on resize).
  public func resize(rows: Int, columns: Int) {
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
  }

  /// Types `bytes` as if on the keyboard.
  public func type(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
  }

  public func type(_ text: String) { type(Array(text.utf8)) }

  /// Everything the session wrote, read until nothing more arrives for `quietMilliseconds`.
  public func readOutput(quietMilliseconds: Int32 = 150) -> [UInt8] {
    var collected: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    while poll(&poller, 1, quietMilliseconds) > 0 {
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { break }
      collected.append(contentsOf: buffer[0..<count])
    }
    return collected
  }

  public func readOutputText() -> String {
    String(decoding: readOutput(), as: UTF8.self)
  }

  /// Reads output until `marker` has appeared; the seconds since `start` it took, or nil
  /// when `seconds` passed first.
  public func waitFor(_ marker: String, seconds: Double, since start: Date) -> Double? {
    let needle = Array(marker.utf8)
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    while Date().timeIntervalSince(start) < seconds {
      guard poll(&poller, 1, 20) > 0 else { continue }
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { return nil }
      seen.append(contentsOf: buffer[0..<count])
      if seen.firstRange(of: needle) != nil { return Date().timeIntervalSince(start) }
    }
    return nil
  }
}
