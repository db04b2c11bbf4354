//===- transport.h - Byte transport to a board ------------------*- C++ -*-===//
//
// The host loader talks to the board through this interface only: a POSIX
// serial port on real hardware (serial_port.h), the Verilated board top in
// tests. Every call is bounded in time; errors come back as text, never as
// exceptions or aborts.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_RUNTIME_HOST_TRANSPORT_H
#define PLASTICC_RUNTIME_HOST_TRANSPORT_H

#include <cstddef>
#include <cstdint>
#include <string>

namespace plasticc::host {

class Transport {
public:
  virtual ~Transport() = default;

  /// Sends all \p size bytes. Returns false with \p error set when the
  /// device fails or does not take the bytes within \p timeoutMs.
  virtual bool write(const uint8_t *data, size_t size, int timeoutMs,
                     std::string &error) = 0;

  /// Receives at most \p capacity bytes, waiting up to \p timeoutMs for the
  /// first. Returns the number received (0 on timeout) or -1 with \p error
  /// set when the device fails.
  virtual long read(uint8_t *data, size_t capacity, int timeoutMs,
                    std::string &error) = 0;

  /// What the messages call the device, e.g. "/dev/ttyUSB1".
  virtual std::string name() const = 0;
};

} // namespace plasticc::host

#endif // PLASTICC_RUNTIME_HOST_TRANSPORT_H
