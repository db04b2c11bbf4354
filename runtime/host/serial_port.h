//===- serial_port.h - POSIX serial port transport --------------*- C++ -*-===//
//
// A tty (USB serial adapter or pseudo-terminal) in raw 8N1 mode at a given
// baud rate, with poll()-bounded reads and writes.
//
//===----------------------------------------------------------------------===//

#ifndef PLASTICC_RUNTIME_HOST_SERIAL_PORT_H
#define PLASTICC_RUNTIME_HOST_SERIAL_PORT_H

#include "runtime/host/transport.h"

#include <memory>

namespace plasticc::host {

class SerialPort : public Transport {
public:
  /// Opens \p path raw at \p baud (one of the standard termios rates).
  /// Returns null with \p error set ("<path>: <reason>") on failure.
  static std::unique_ptr<SerialPort> open(const std::string &path,
                                          unsigned baud, std::string &error);
  ~SerialPort() override;

  bool write(const uint8_t *data, size_t size, int timeoutMs,
             std::string &error) override;
  long read(uint8_t *data, size_t capacity, int timeoutMs,
            std::string &error) override;
  std::string name() const override { return path; }

private:
  SerialPort(std::string path, int fd) : path(std::move(path)), fd(fd) {}
  std::string path;
  int fd;
};

} // namespace plasticc::host

#endif // PLASTICC_RUNTIME_HOST_SERIAL_PORT_H
